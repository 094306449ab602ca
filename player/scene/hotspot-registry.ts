import type { HotspotId } from '@story-schema'
import type { Object3D } from 'three'

/**
 * Everything a viewer can select in 3D, for gaze dwell (raycasts against hit areas) and for the test
 * bridge (projected screen positions): the scene's hotspots, and headset buttons (menu, panels) that
 * carry their own action. One registry per canvas.
 */
export type RegisteredHotspot = { id: HotspotId; marker: Object3D; hitArea: Object3D }
export type RegisteredButton = { id: string; hitArea: Object3D; onSelect: () => void }
export type SelectTarget = { kind: 'hotspot'; id: HotspotId } | { kind: 'button'; id: string; onSelect: () => void }

const shown = (object: Object3D): boolean => {
  for (let o: Object3D | null = object; o; o = o.parent) if (!o.visible) return false
  return true
}

export class HotspotRegistry {
  private readonly hotspots = new Map<HotspotId, RegisteredHotspot>()
  private readonly buttons = new Map<string, RegisteredButton>()
  private readonly blockers = new Set<Object3D>()
  /** What the headset gaze rests on (shown with the focus ring), written by the dwell loop. */
  gazedId: string | null = null
  /** Grows whenever a headset button appears, so gaze dwell can ignore what pops up under the gaze. */
  buttonsVersion = 0

  add(item: RegisteredHotspot): () => void {
    this.hotspots.set(item.id, item)
    return () => {
      if (this.hotspots.get(item.id) === item) this.hotspots.delete(item.id)
    }
  }

  addButton(item: RegisteredButton): () => void {
    this.buttons.set(item.id, item)
    this.buttonsVersion++
    return () => {
      if (this.buttons.get(item.id) === item) this.buttons.delete(item.id)
    }
  }

  /** A panel's plate: it stops the gaze, so nothing behind an open panel is selected by looking at it. */
  addBlocker(object: Object3D): () => void {
    this.blockers.add(object)
    return () => this.blockers.delete(object)
  }

  get(id: HotspotId): RegisteredHotspot | undefined {
    return this.hotspots.get(id)
  }

  getButton(id: string): RegisteredButton | undefined {
    return this.buttons.get(id)
  }

  /** Hit areas of everything showing now, and panel plates (hidden hotspots and closed panels are left out). */
  visibleHitAreas(): Object3D[] {
    const out: Object3D[] = []
    for (const blocker of this.blockers) if (shown(blocker)) out.push(blocker)
    for (const item of this.buttons.values()) if (shown(item.hitArea)) out.push(item.hitArea)
    for (const item of this.hotspots.values()) if (shown(item.hitArea)) out.push(item.hitArea)
    return out
  }

  /** What a hit area belongs to (nothing, for a panel's plate). */
  targetOf(hitArea: Object3D): SelectTarget | undefined {
    for (const item of this.buttons.values()) if (item.hitArea === hitArea) return { kind: 'button', id: item.id, onSelect: item.onSelect }
    for (const item of this.hotspots.values()) if (item.hitArea === hitArea) return { kind: 'hotspot', id: item.id }
    return undefined
  }
}
