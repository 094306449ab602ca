import { Shape, ShapeGeometry } from 'three'
import type { BufferGeometry } from 'three'
import type { GlyphKind } from '../ui/hotspot-glyph'

/**
 * The 3D hotspot icons, the same shapes as the DOM glyphs (24-unit box, y up), built once and shared
 * by every marker. Unit size: 1 = the icon's width.
 */
const box = (points: [number, number][]): Shape => {
  const shape = new Shape()
  points.forEach(([x, y], i) => (i === 0 ? shape.moveTo(x, 24 - y) : shape.lineTo(x, 24 - y)))
  shape.closePath()
  return shape
}

const rect = (x: number, y: number, w: number, h: number) => box([[x, y], [x + w, y], [x + w, y + h], [x, y + h]])

const circle = (cx: number, cy: number, r: number): Shape => {
  const shape = new Shape()
  shape.absarc(cx, 24 - cy, r, 0, Math.PI * 2, false)
  return shape
}

const shapesFor = (kind: GlyphKind): Shape[] => {
  switch (kind) {
    case 'arrow':
      return [box([[4, 10], [13, 10], [13, 5], [21, 12], [13, 19], [13, 14], [4, 14]])]
    case 'door': {
      const frame = rect(5, 2, 14, 20)
      frame.holes.push(rect(8, 5, 8, 17))
      return [frame, circle(14, 13, 1.4)]
    }
    case 'info':
      return [circle(12, 5.5, 2.4), rect(10, 10, 4, 11)]
    case 'sound':
      return [box([[3, 9], [7, 9], [12, 5], [12, 19], [7, 15], [3, 15]]), rect(15, 9, 2, 6), rect(18.5, 7, 2, 10)]
  }
}

const cache = new Map<GlyphKind, BufferGeometry>()

/** The icon geometry, centred on the origin, 1 unit wide. */
export const iconGeometry = (kind: GlyphKind): BufferGeometry => {
  let geometry = cache.get(kind)
  if (!geometry) {
    geometry = new ShapeGeometry(shapesFor(kind), 4)
    geometry.translate(-12, -12, 0)
    geometry.scale(1 / 24, 1 / 24, 1)
    cache.set(kind, geometry)
  }
  return geometry
}
