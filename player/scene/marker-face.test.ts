import { Color } from 'three'
import { describe, expect, it } from 'vitest'
import { markerFaceGeometry } from './marker-face'
import { iconGeometry } from './marker-icons'
import { markerThemes } from './marker-theme'

describe('markerFaceGeometry: plate, ring and icon in one draw call', () => {
  it('holds the three parts in drawing order, each in its theme colour (the plate see-through)', () => {
    const theme = markerThemes.normal
    const face = markerFaceGeometry(0.5, 'arrow', theme)
    const colours = face.getAttribute('color')
    expect(colours.itemSize).toBe(4)
    const plate = new Color(theme.plate)
    expect([colours.getX(0), colours.getY(0), colours.getZ(0), colours.getW(0)].map((v) => +v.toFixed(4))).toEqual(
      [plate.r, plate.g, plate.b, theme.plateOpacity].map((v) => +v.toFixed(4)),
    )
    const last = colours.count - 1
    const icon = new Color(theme.icon)
    expect([colours.getX(last), colours.getW(last)]).toEqual([icon.r, 1])
    const iconVertices = iconGeometry('arrow').getAttribute('position').count
    expect(face.getAttribute('position').count).toBe(50 + 2 * 49 + iconVertices) // circle: centre + 49; ring: 2 rows of 49
    expect(face.index).not.toBeNull()
    expect(face.getAttribute('normal')).toBeUndefined()
  })

  it('leaves the shared icon geometry as it was', () => {
    const before = iconGeometry('door').getAttribute('position').array.slice()
    markerFaceGeometry(2, 'door', markerThemes.high)
    expect(iconGeometry('door').getAttribute('position').array).toEqual(before)
  })
})
