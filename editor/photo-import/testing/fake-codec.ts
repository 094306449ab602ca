import type { PhotoCodec } from '../photo-codec'

/** A raster in the fake codec: just a size and an id, so tests can follow what was freed. */
export type FakeRaster = { widthPx: number; heightPx: number; id: number }

/**
 * A codec for Node tests: "decodes" to a given size (or fails), "encodes" to a few bytes that name
 * the size, and records every call so tests can check order and that everything was freed.
 */
export const fakeCodec = (decoded: { widthPx: number; heightPx: number } | Error, options: { failEncodeAt?: number } = {}) => {
  let nextId = 0
  const live = new Set<number>()
  const calls: string[] = []
  const make = (widthPx: number, heightPx: number): FakeRaster => {
    const raster = { widthPx, heightPx, id: nextId++ }
    live.add(raster.id)
    return raster
  }
  const codec: PhotoCodec<FakeRaster> = {
    async decode() {
      calls.push('decode')
      if (decoded instanceof Error) throw decoded
      return make(decoded.widthPx, decoded.heightPx)
    },
    async resize(source, widthPx, heightPx) {
      calls.push(`resize ${source.widthPx}→${widthPx}×${heightPx}`)
      return make(widthPx, heightPx)
    },
    async encodeJpeg(raster) {
      calls.push(`encode ${raster.widthPx}`)
      if (options.failEncodeAt === raster.widthPx) throw new RangeError('Out of memory')
      return new TextEncoder().encode(`jpeg ${raster.widthPx}×${raster.heightPx}`).buffer as ArrayBuffer
    },
    release(raster) {
      calls.push(`release ${raster.widthPx}`)
      live.delete(raster.id)
    },
  }
  return { codec, calls, live }
}
