import type { Texture, WebGLRenderer } from 'three'
import { DoubleSide, ShaderMaterial } from 'three'

/**
 * The panorama's material: the photo's own sRGB bytes straight to the screen (no decode to linear on
 * every texel fetch and encode back per pixel, which a MeshBasicMaterial does and which costs ~15 % of
 * a frame on a software GPU), or, without a picture yet, a sky-to-ground shade from vertex colours.
 * Nothing is lit or blended on a panorama, so the result is the photo, exactly.
 *
 * Pooled per renderer: a scene change unmounts the old sphere and mounts the new one in the same
 * commit; if the old material were disposed there, three.js would release its shader program and
 * compile the same one again for the new scene (≈ 0.4 s of `getProgramInfoLog` under SwiftShader,
 * in the middle of a switch). A released material goes back to the pool, its program stays linked;
 * the pool goes with the renderer (the context takes the GPU objects with it).
 */
export type PanoramaMaterial = ShaderMaterial & { uniforms: { map: { value: Texture | null }; hasMap: { value: boolean } } }

const vertexShader = /* glsl */ `
varying vec2 vUv;
varying vec3 vShade;
void main() {
  vUv = uv;
  vShade = color;
  gl_Position = projectionMatrix * modelViewMatrix * vec4(position, 1.0);
}`

const fragmentShader = /* glsl */ `
uniform sampler2D map;
uniform bool hasMap;
varying vec2 vUv;
varying vec3 vShade;
void main() {
  gl_FragColor = hasMap ? texture2D(map, vUv) : vec4(pow(vShade, vec3(1.0 / 2.2)), 1.0);
}`

const pools = new WeakMap<WebGLRenderer, PanoramaMaterial[]>()

const poolOf = (renderer: WebGLRenderer): PanoramaMaterial[] => {
  const existing = pools.get(renderer)
  if (existing) return existing
  const pool: PanoramaMaterial[] = []
  pools.set(renderer, pool)
  return pool
}

const createMaterial = (): PanoramaMaterial =>
  new ShaderMaterial({
    uniforms: { map: { value: null }, hasMap: { value: false } },
    vertexShader,
    fragmentShader,
    vertexColors: true,
    side: DoubleSide,
    depthWrite: false,
  }) as PanoramaMaterial

/** Shows `texture` (or the shade when null). */
export const setPanoramaPicture = (material: PanoramaMaterial, texture: Texture | null): void => {
  material.uniforms.map.value = texture
  material.uniforms.hasMap.value = texture !== null
}

/** A material for one panorama mesh. */
export const acquirePanoramaMaterial = (renderer: WebGLRenderer): PanoramaMaterial => poolOf(renderer).pop() ?? createMaterial()

/** Gives a material back (its picture is let go: textures belong to `PanoramaTextures`). */
export const releasePanoramaMaterial = (renderer: WebGLRenderer, material: PanoramaMaterial): void => {
  setPanoramaPicture(material, null)
  poolOf(renderer).push(material)
}
