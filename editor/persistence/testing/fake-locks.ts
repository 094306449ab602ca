import type { LockManagerLike } from '../story-lock'

type Callback = (lock: Lock | null) => Promise<unknown>
type Waiter = { run: () => void; signal?: AbortSignal }
type Holder = { token: object; reject: (error: unknown) => void }

/** An in-memory Web Locks manager (exclusive locks, ifAvailable, signal, steal), shared by fake "tabs". */
export const createFakeLocks = (): LockManagerLike => {
  const held = new Map<string, Holder>()
  const queues = new Map<string, Waiter[]>()
  const grant = (name: string, callback: Callback): Promise<unknown> =>
    new Promise<unknown>((resolve, reject) => {
      const token = {}
      held.set(name, { token, reject })
      const done = Promise.resolve().then(() => callback({ name, mode: 'exclusive' } as Lock))
      done.then(resolve, reject)
      void done
        .finally(() => {
          if (held.get(name)?.token !== token) return // stolen: the thief holds it now
          held.delete(name)
          const next = (queues.get(name) ?? []).filter((w) => !w.signal?.aborted)
          queues.set(name, next)
          next.shift()?.run()
        })
        .catch(() => undefined)
    })
  const request = ((name: string, optionsOrCallback: LockOptions | Callback, maybeCallback?: Callback) => {
    const options = typeof optionsOrCallback === 'function' ? {} : optionsOrCallback
    const callback = (typeof optionsOrCallback === 'function' ? optionsOrCallback : maybeCallback) as Callback
    if (options.steal) {
      held.get(name)?.reject(new DOMException('The lock was stolen', 'AbortError'))
      held.delete(name)
      return grant(name, callback)
    }
    if (!held.has(name)) return grant(name, callback)
    if (options.ifAvailable) return Promise.resolve().then(() => callback(null))
    return new Promise<unknown>((resolve, reject) => {
      const waiter: Waiter = { run: () => grant(name, callback).then(resolve, reject), signal: options.signal }
      options.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')))
      queues.set(name, [...(queues.get(name) ?? []), waiter])
    })
  }) as LockManagerLike['request']
  return {
    request,
    query: async () => ({ held: [...held.keys()].map((name) => ({ name, mode: 'exclusive' as const, clientId: 'fake' })), pending: [] }),
  }
}
