import type { AssetId, Story } from '@story-schema'
import type { WebGLRenderer } from 'three'
import { LinearFilter, NoColorSpace, Texture } from 'three'
import { decodeOrTakeEarly } from './early-pictures'
import type { ImageFile } from './pick-derivative'
import { pickPanoramaFiles } from './pick-derivative'

/**
 * Panorama textures for one canvas: the preview first, then the full size, decoded off the main thread
 * and uploaded to the GPU ahead of use (renderer.initTexture), so no frame that switches scenes uploads.
 * Only the current scene's and its neighbours' textures are kept; the rest are disposed.
 */
export type PanoramaStatus = 'loading' | 'preview' | 'full' | 'failed'

export type PanoramaEntry = {
  readonly assetId: AssetId
  status: PanoramaStatus
  /** The best texture so far (preview, then full). */
  texture: Texture | null
  /** Which file the texture shows (for tests and debugging). */
  source: string | null
}

type Slot = PanoramaEntry & { listeners: Set<() => void>; abort: AbortController; textures: Texture[] }

/**
 * No mipmaps, like Pannellum, Marzipano and Photo Sphere Viewer: a panorama is seen at most about 2×
 * minified at the widest view, where bilinear filtering holds up, while the mip chain costs a third
 * more texture memory (43 MB at 8192 px, on a headset that shares 4 GB) and its generation ~1.4 s per
 * 8K picture on a software GPU (shared/bench/peers/RESULTS.md, "three.js mipmap experiment").
 * The bytes stay as the photo has them (no sRGB decode when sampled): `panorama-material.ts` writes
 * them to the screen untouched, as every photo viewer does.
 */
const makeTexture = (bitmap: ImageBitmap): Texture => {
  const texture = new Texture(bitmap)
  texture.flipY = false
  texture.colorSpace = NoColorSpace
  texture.generateMipmaps = false
  texture.minFilter = LinearFilter
  texture.magFilter = LinearFilter
  texture.needsUpdate = true
  return texture
}

const freeTexture = (texture: Texture): void => {
  texture.dispose()
  const image = texture.image as ImageBitmap | undefined
  image?.close?.()
}

export class PanoramaTextures {
  private readonly slots = new Map<AssetId, Slot>()
  private renderer: WebGLRenderer | null = null

  constructor(
    private readonly story: Pick<Story, 'assets'>,
    private readonly resolveAssetUrl: (path: string) => string,
    private readonly limitPx: number,
  ) {}

  /** The renderer uploads textures as soon as they are decoded. */
  useRenderer(renderer: WebGLRenderer | null): void {
    this.renderer = renderer
  }

  /** The entry for a panorama, starting its load the first time. */
  request(assetId: AssetId): PanoramaEntry {
    const existing = this.slots.get(assetId)
    if (existing) return existing
    const slot: Slot = { assetId, status: 'loading', texture: null, source: null, listeners: new Set(), abort: new AbortController(), textures: [] }
    this.slots.set(assetId, slot)
    void this.load(slot)
    return slot
  }

  /** Calls `listener` whenever the entry's texture or status changes; returns the unsubscribe. */
  subscribe(assetId: AssetId, listener: () => void): () => void {
    const slot = this.slots.get(assetId) ?? (this.request(assetId) as Slot)
    slot.listeners.add(listener)
    return () => slot.listeners.delete(listener)
  }

  /** Disposes every panorama not in `keep` and starts loading `loadNow` (a subset of `keep`). */
  retainOnly(keep: readonly AssetId[], loadNow: readonly AssetId[] = keep): void {
    for (const [id, slot] of this.slots) {
      if (keep.includes(id)) continue
      slot.abort.abort()
      slot.textures.forEach(freeTexture)
      this.slots.delete(id)
    }
    loadNow.forEach((id) => this.request(id))
  }

  /** True when the panorama has its final texture (or has failed): time to load the neighbours. */
  settled(assetId: AssetId): boolean {
    const status = this.slots.get(assetId)?.status
    return status === 'full' || status === 'failed'
  }

  entries(): PanoramaEntry[] {
    return [...this.slots.values()].map(({ assetId, status, texture, source }) => ({ assetId, status, texture, source }))
  }

  dispose(): void {
    this.retainOnly([])
  }

  private async load(slot: Slot): Promise<void> {
    const asset = this.story.assets.find((a) => a.id === slot.assetId)
    if (!asset || asset.kind !== 'panorama') return this.update(slot, 'failed')
    const files = pickPanoramaFiles(asset, this.limitPx)
    const preview = files.preview ? this.show(slot, files.preview, null, 'preview').catch(() => undefined) : Promise.resolve()
    try {
      await this.show(slot, files.full, files.resizeTo, 'full')
    } catch {
      await preview
      if (!slot.abort.signal.aborted) this.update(slot, slot.texture ? 'preview' : 'failed')
    }
  }

  private async show(slot: Slot, file: ImageFile, resizeTo: { widthPx: number; heightPx: number } | null, status: PanoramaStatus) {
    const bitmap = await decodeOrTakeEarly(this.resolveAssetUrl(file.path), resizeTo, slot.abort.signal)
    if (slot.abort.signal.aborted || (status === 'preview' && slot.status === 'full')) {
      bitmap.close()
      return
    }
    const texture = makeTexture(bitmap)
    this.renderer?.initTexture(texture)
    const previous = slot.textures
    slot.textures = [texture]
    slot.texture = texture
    slot.source = file.path
    this.update(slot, status)
    previous.forEach(freeTexture)
  }

  private update(slot: Slot, status: PanoramaStatus): void {
    slot.status = status
    slot.listeners.forEach((listener) => listener())
  }
}
