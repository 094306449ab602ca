import { equirectTurn } from './equirect-turn'

/**
 * The smallest renderer that shows an equirectangular photo: WebGL 2, one full-screen triangle, and
 * per pixel the ray's yaw and pitch looked up in the picture (as Pannellum does). It draws the first
 * frame while React, three.js and the player are still loading (`first-frame.ts`); the 3D view then
 * takes over. The photo's bytes go to the screen untouched, as in the 3D view's panorama material, so
 * the hand-over does not change a pixel's colour. No mipmaps, no depth, no antialiasing.
 */
const vertexSource = `#version 300 es
in vec2 corner;
out vec2 ndc;
void main() {
  ndc = corner;
  gl_Position = vec4(corner, 0.0, 1.0);
}`

const fragmentSource = `#version 300 es
precision highp float;
uniform sampler2D picture;
uniform mat3 turn;
uniform vec2 halfTan;
in vec2 ndc;
out vec4 colour;
void main() {
  vec3 ray = turn * vec3(ndc * halfTan, -1.0);
  float yaw = atan(ray.x, -ray.z);
  float pitch = atan(ray.y, length(ray.xz));
  colour = texture(picture, vec2(yaw * 0.1591549431 + 0.5, 0.5 - pitch * 0.3183098862));
}`

export type PaintView = { yawDeg: number; pitchDeg: number; verticalFovDeg: number }

export type EquirectPainter = {
  readonly maxTextureSizePx: number
  /** Uploads the picture, draws it once for `view`, and lets the texture go (the canvas keeps the frame). */
  paint(picture: ImageBitmap, view: PaintView): void
  dispose(): void
}

const compile = (gl: WebGL2RenderingContext, type: number, source: string): WebGLShader | null => {
  const shader = gl.createShader(type)
  if (!shader) return null
  gl.shaderSource(shader, source)
  gl.compileShader(shader)
  return shader
}

/** A painter on `canvas`, or null where WebGL 2 or the shaders are not available. */
export const createEquirectPainter = (canvas: HTMLCanvasElement): EquirectPainter | null => {
  const gl = canvas.getContext('webgl2', { alpha: false, antialias: false, depth: false, stencil: false, powerPreference: 'high-performance' })
  if (!gl) return null
  const program = gl.createProgram()
  const vertex = compile(gl, gl.VERTEX_SHADER, vertexSource)
  const fragment = compile(gl, gl.FRAGMENT_SHADER, fragmentSource)
  if (!program || !vertex || !fragment) return null
  gl.attachShader(program, vertex)
  gl.attachShader(program, fragment)
  gl.linkProgram(program)
  const corners = gl.createBuffer()
  gl.bindBuffer(gl.ARRAY_BUFFER, corners)
  gl.bufferData(gl.ARRAY_BUFFER, new Float32Array([-1, -1, 3, -1, -1, 3]), gl.STATIC_DRAW)
  const maxTextureSizePx = Number(gl.getParameter(gl.MAX_TEXTURE_SIZE)) || 2048
  let linked: boolean | null = null

  return {
    maxTextureSizePx,
    paint(picture, view) {
      // Asked only now, so the link ran in parallel with the picture's download and decode.
      linked ??= gl.getProgramParameter(program, gl.LINK_STATUS) === true
      if (!linked || gl.isContextLost()) return
      const texture = gl.createTexture()
      gl.bindTexture(gl.TEXTURE_2D, texture)
      gl.texImage2D(gl.TEXTURE_2D, 0, gl.RGBA8, gl.RGBA, gl.UNSIGNED_BYTE, picture)
      gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_MIN_FILTER, gl.LINEAR)
      gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_MAG_FILTER, gl.LINEAR)
      gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_WRAP_S, gl.REPEAT)
      gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_WRAP_T, gl.CLAMP_TO_EDGE)
      gl.useProgram(program)
      const aspect = canvas.width / Math.max(1, canvas.height)
      const halfTanY = Math.tan((view.verticalFovDeg * Math.PI) / 360)
      gl.uniform2f(gl.getUniformLocation(program, 'halfTan'), halfTanY * aspect, halfTanY)
      gl.uniformMatrix3fv(gl.getUniformLocation(program, 'turn'), false, equirectTurn(view.yawDeg, view.pitchDeg))
      gl.uniform1i(gl.getUniformLocation(program, 'picture'), 0)
      const corner = gl.getAttribLocation(program, 'corner')
      gl.enableVertexAttribArray(corner)
      gl.vertexAttribPointer(corner, 2, gl.FLOAT, false, 0, 0)
      gl.viewport(0, 0, canvas.width, canvas.height)
      gl.drawArrays(gl.TRIANGLES, 0, 3)
      gl.deleteTexture(texture)
    },
    dispose() {
      gl.getExtension('WEBGL_lose_context')?.loseContext()
    },
  }
}
