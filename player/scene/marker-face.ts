import type { BufferGeometry } from 'three'
import { CircleGeometry, Color, Float32BufferAttribute, MeshBasicMaterial, RingGeometry } from 'three'
import { mergeGeometries } from 'three/examples/jsm/utils/BufferGeometryUtils.js'
import type { GlyphKind } from '../ui/hotspot-glyph'
import { iconGeometry } from './marker-icons'
import type { MarkerTheme } from './marker-theme'

/**
 * A marker's face in ONE draw call: the dark plate, the white halo ring and the kind's icon, merged
 * into one geometry with per-vertex colours (RGBA: the plate is see-through) and drawn in that order.
 * Twenty markers were sixty draw calls a frame; on a software GPU each one costs (tests/bench).
 */
/** Position and one colour per vertex only, so the three parts merge (all three are indexed). */
const part = (geometry: BufferGeometry, colour: string, alpha: number): BufferGeometry => {
  geometry.deleteAttribute('normal')
  geometry.deleteAttribute('uv')
  const { r, g, b } = new Color(colour)
  const count = geometry.getAttribute('position').count
  const colours = new Float32Array(count * 4)
  for (let i = 0; i < count; i++) colours.set([r, g, b, alpha], i * 4)
  geometry.setAttribute('color', new Float32BufferAttribute(colours, 4))
  return geometry
}

/** The face of a marker whose plate has radius `plateM` (metres), in the theme's colours. */
export const markerFaceGeometry = (plateM: number, kind: GlyphKind, theme: MarkerTheme): BufferGeometry => {
  const icon = iconGeometry(kind).clone()
  icon.scale(plateM * 1.25, plateM * 1.25, 1)
  const parts = [
    part(new CircleGeometry(plateM, 48), theme.plate, theme.plateOpacity),
    part(new RingGeometry(plateM, plateM * 1.12, 48), theme.ring, 1),
    part(icon, theme.icon, 1),
  ]
  const merged = mergeGeometries(parts, false)
  parts.forEach((p) => p.dispose())
  if (!merged) throw new Error('marker face: the parts do not merge')
  return merged
}

/** One material for every marker face: colours come from the vertices. */
export const markerFaceMaterial = new MeshBasicMaterial({ vertexColors: true, transparent: true, depthWrite: false })
