import type { TrimRange } from './trim'

let shared: AudioContext | null = null

/** The editor's one AudioContext for previews, made on the first click that needs it (C-15) and resumed. */
export const previewContext = async (): Promise<AudioContext> => {
  shared ??= new AudioContext()
  if (shared.state === 'suspended') await shared.resume()
  return shared
}

const decoded = new Map<string, Promise<AudioBuffer>>()

/** Decodes the sound at `url` once (the URL is an object URL of stored media, so its content never changes). */
export const decodeUrl = (context: AudioContext, url: string): Promise<AudioBuffer> => {
  let buffer = decoded.get(url)
  if (!buffer) {
    buffer = fetch(url)
      .then((response) => response.arrayBuffer())
      .then((bytes) => context.decodeAudioData(bytes))
    buffer.catch(() => decoded.delete(url))
    decoded.set(url, buffer)
  }
  return buffer
}

/** A clip being listened to; `stop()` ends it, `ended` settles when it ends either way. */
export type ClipPlayback = { stop: () => void; ended: Promise<void> }

/** Plays decoded sound (or the `range` of it) once, at full volume. */
export const playBuffer = (context: AudioContext, buffer: AudioBuffer, range?: TrimRange): ClipPlayback => {
  const source = context.createBufferSource()
  source.buffer = buffer
  source.connect(context.destination)
  const ended = new Promise<void>((resolve) => source.addEventListener('ended', () => resolve(), { once: true }))
  const startS = (range?.startMs ?? 0) / 1000
  const endS = range ? range.endMs / 1000 : buffer.duration
  source.start(0, startS, Math.max(0, endS - startS))
  return { stop: () => source.stop(), ended }
}

/** Decodes bytes (a copy: decoding detaches them) with the preview context. */
export const decodeBytes = async (bytes: ArrayBuffer): Promise<AudioBuffer> => (await previewContext()).decodeAudioData(bytes.slice(0))
