import type { LockManagerLike } from '../story-lock'

type Callback = (lock: Lock | null) => Promise<unknown>
type Waiter = { run: () => void; signal?: AbortSignal }

/** An in-memory Web Locks manager (exclusive locks, ifAvailable, signal), shared by fake "tabs". */
export const createFakeLocks = (): LockManagerLike => {
  const held = new Set<string>()
  const queues = new Map<string, Waiter[]>()
  const grant = (name: string, callback: Callback): Promise<unknown> => {
    held.add(name)
    const done = Promise.resolve().then(() => callback({ name, mode: 'exclusive' } as Lock))
    void done.finally(() => {
      held.delete(name)
      const next = (queues.get(name) ?? []).filter((w) => !w.signal?.aborted)
      queues.set(name, next)
      next.shift()?.run()
    }).catch(() => undefined)
    return done
  }
  const request = ((name: string, optionsOrCallback: LockOptions | Callback, maybeCallback?: Callback) => {
    const options = typeof optionsOrCallback === 'function' ? {} : optionsOrCallback
    const callback = (typeof optionsOrCallback === 'function' ? optionsOrCallback : maybeCallback) as Callback
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
    query: async () => ({ held: [...held].map((name) => ({ name, mode: 'exclusive' as const, clientId: 'fake' })), pending: [] }),
  }
}
