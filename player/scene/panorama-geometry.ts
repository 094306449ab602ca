import { BufferGeometry, Float32BufferAttribute, Vector3 } from 'three'
import type { PanoramaCoverage } from '../runtime/scene-view'
import { directionFromYawPitch } from './spherical'

/**
 * The inside of a sphere (or the part a partial panorama covers) with equirectangular texture
 * coordinates in the story's frame: u runs with yaw (left edge → right edge), v from the top row
 * down (textures are uploaded top row first, flipY off). Vertex colours give the placeholder a
 * sky-to-ground shade when there is no picture.
 */
export const buildPanoramaGeometry = (coverage: PanoramaCoverage, radiusM: number): BufferGeometry => {
  const columns = Math.max(8, Math.round((96 * coverage.yawSpanDeg) / 360))
  const rows = Math.max(4, Math.round((48 * coverage.pitchSpanDeg) / 180))
  const positions: number[] = []
  const uvs: number[] = []
  const colours: number[] = []
  const direction = new Vector3()
  for (let row = 0; row <= rows; row++) {
    const v = row / rows
    const pitchDeg = coverage.pitchTopDeg - coverage.pitchSpanDeg * v
    const shade = 0.22 + 0.18 * ((pitchDeg + 90) / 180)
    for (let column = 0; column <= columns; column++) {
      const u = column / columns
      directionFromYawPitch(coverage.yawStartDeg + coverage.yawSpanDeg * u, pitchDeg, direction).multiplyScalar(radiusM)
      positions.push(direction.x, direction.y, direction.z)
      uvs.push(u, v)
      colours.push(shade, shade * 1.04, shade * 1.1)
    }
  }
  const indices: number[] = []
  for (let row = 0; row < rows; row++) {
    for (let column = 0; column < columns; column++) {
      const a = row * (columns + 1) + column
      const b = a + columns + 1
      indices.push(a, a + 1, b, b, a + 1, b + 1)
    }
  }
  const geometry = new BufferGeometry()
  geometry.setIndex(indices)
  geometry.setAttribute('position', new Float32BufferAttribute(positions, 3))
  geometry.setAttribute('uv', new Float32BufferAttribute(uvs, 2))
  geometry.setAttribute('color', new Float32BufferAttribute(colours, 3))
  return geometry
}
