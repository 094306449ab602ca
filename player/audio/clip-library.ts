import type { AudioAsset } from '@story-schema'
import type { AudioBackend, ClipErrorReason } from './audio-backend'
import type { Clock, TimerHandle } from './clock'

/**
 * Every clip the mixer has asked for: loading, ready, or unavailable and why (C-16, B-36). A load that
 * someone waits for gets `loadTimeoutMs` to finish (a background preload has no deadline until a voice
 * needs it); a decoded clip more than `1 − minDurationRatio` shorter than its asset's `durationMs` is
 * treated as corrupt. An unavailable clip stays unavailable for the life of the mixer, so the notice does
 * not flicker and the story never waits on it again.
 */
export type ClipState =
  | { status: 'loading' }
  | { status: 'ready'; durationMs: number }
  | { status: 'unavailable'; reason: UnavailableReason }

/** Why a sound cannot be heard. */
export type UnavailableReason = ClipErrorReason | 'missing' | 'timeout' | 'truncated'

/** An asset the mixer could not play, for the "audio unavailable" notice. */
export type UnavailableAsset = { assetId: string; reason: UnavailableReason; detail: string }

/** What the library needs from its owner. */
export type ClipLibraryOptions = {
  backend: AudioBackend
  clock: Clock
  /** The audio asset with this id, or undefined when the story has none. */
  findAudioAsset: (assetId: string) => AudioAsset | undefined
  /** Where to fetch an asset from; undefined when it cannot be found (it is then unavailable). */
  resolveAssetUrl: (asset: AudioAsset) => string | undefined
  /** How long a needed clip may take to load, in ms. */
  loadTimeoutMs: number
  /** Shortest decoded/declared duration ratio accepted (0.75 = up to 25 % short). */
  minDurationRatio: number
  /** Something became ready or unavailable. */
  onChange: () => void
}

type Waiter = (state: ClipState) => void
type Entry = { state: ClipState; waiters: Set<Waiter>; timeout: TimerHandle | undefined }

/** The clip library: see `ClipState`. */
export type ClipLibrary = ReturnType<typeof createClipLibrary>

/** Creates the clip library. Nothing loads until `request` or `whenSettled`. */
export const createClipLibrary = (options: ClipLibraryOptions) => {
  const { backend, clock } = options
  const entries = new Map<string, Entry>()
  const failures = new Map<string, UnavailableAsset>()

  const settle = (assetId: string, entry: Entry, state: ClipState) => {
    if (entries.get(assetId) !== entry) return
    if (entry.timeout !== undefined) clock.cancel(entry.timeout)
    entry.timeout = undefined
    entry.state = state
    const waiters = [...entry.waiters]
    entry.waiters.clear()
    for (const waiter of waiters) waiter(state)
    options.onChange()
  }

  const fail = (assetId: string, entry: Entry | undefined, reason: UnavailableReason, detail: string) => {
    failures.set(assetId, { assetId, reason, detail })
    if (!entry) {
      options.onChange()
      return
    }
    try {
      backend.unloadClip(assetId)
    } catch {
      // The backend promises not to throw; the clip is unavailable either way.
    }
    settle(assetId, entry, { status: 'unavailable', reason })
    entries.delete(assetId)
  }

  const startLoad = (assetId: string): Entry | undefined => {
    const asset = options.findAudioAsset(assetId)
    let url: string | undefined
    try {
      url = asset && options.resolveAssetUrl(asset)
    } catch {
      url = undefined
    }
    if (!asset || !url) {
      fail(assetId, undefined, 'missing', asset ? 'no URL for the file' : 'no audio asset with this id')
      return undefined
    }
    const entry: Entry = { state: { status: 'loading' }, waiters: new Set(), timeout: undefined }
    entries.set(assetId, entry)
    const declaredMs = asset.durationMs
    try {
      backend.loadClip(assetId, { url, mime: asset.mime }, {
        onLoad: (durationMs) => {
          if (entries.get(assetId) !== entry || entry.state.status !== 'loading') return
          if (declaredMs > 0 && durationMs < declaredMs * options.minDurationRatio) {
            fail(assetId, entry, 'truncated', `decoded ${Math.round(durationMs)} ms of ${declaredMs} ms`)
          } else settle(assetId, entry, { status: 'ready', durationMs })
        },
        onError: (reason, detail) => {
          if (entries.get(assetId) === entry && entry.state.status === 'loading') fail(assetId, entry, reason, detail)
        },
      })
    } catch (error) {
      fail(assetId, entry, 'load-error', String(error))
    }
    return entries.get(assetId)
  }

  const state = (assetId: string): ClipState | undefined => {
    const failure = failures.get(assetId)
    if (failure) return { status: 'unavailable', reason: failure.reason }
    return entries.get(assetId)?.state
  }

  const request = (assetId: string): ClipState =>
    state(assetId) ?? startLoad(assetId)?.state ?? state(assetId) ?? { status: 'unavailable', reason: 'missing' }

  return {
    /** Starts loading the clip unless it is known; returns its state. */
    request,

    /** The clip's state, or undefined when it was never requested (or has been unloaded). */
    state,

    /**
     * Calls `callback` once the clip is ready or unavailable (at once when it already is), loading it
     * if needed and starting its load timeout. Returns a function that stops waiting.
     */
    whenSettled(assetId: string, callback: Waiter): () => void {
      const current = request(assetId)
      const entry = entries.get(assetId)
      if (current.status !== 'loading' || !entry) {
        callback(current)
        return () => {}
      }
      entry.waiters.add(callback)
      if (entry.timeout === undefined) {
        entry.timeout = clock.schedule(() => {
          entry.timeout = undefined
          if (entries.get(assetId) === entry && entry.state.status === 'loading') {
            fail(assetId, entry, 'timeout', `not loaded after ${options.loadTimeoutMs} ms`)
          }
        }, options.loadTimeoutMs)
      }
      return () => entry.waiters.delete(callback)
    },

    /** Unloads every clip not in `needed` that nobody is waiting for (failures are remembered). */
    retainOnly(needed: ReadonlySet<string>): void {
      for (const [assetId, entry] of [...entries]) {
        if (needed.has(assetId) || entry.waiters.size > 0) continue
        if (entry.timeout !== undefined) clock.cancel(entry.timeout)
        entries.delete(assetId)
        backend.unloadClip(assetId)
      }
    },

    /** Ids of the clips loaded or loading now. */
    loadedIds: (): string[] => [...entries.keys()],

    /** Every asset found unavailable so far, in the order found. */
    unavailable: (): UnavailableAsset[] => [...failures.values()].map((failure) => ({ ...failure })),

    /** Unloads everything and cancels every timer. */
    dispose(): void {
      for (const [assetId, entry] of entries) {
        if (entry.timeout !== undefined) clock.cancel(entry.timeout)
        backend.unloadClip(assetId)
      }
      entries.clear()
    },
  }
}
