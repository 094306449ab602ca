/**
 * What the device's WebGL can do, asked once with a throwaway context: whether WebGL exists at all (no
 * WebGL → text mode) and MAX_TEXTURE_SIZE (which panorama size to load). Phones get at most 4096 px.
 */
export type GpuLimits = { maxTextureSizePx: number; phone: boolean }

export const isPhone = (): boolean =>
  typeof matchMedia === 'function' && matchMedia('(pointer: coarse)').matches && Math.min(screen.width, screen.height) < 820

export const probeGpu = (): GpuLimits | null => {
  try {
    const canvas = document.createElement('canvas')
    const gl = (canvas.getContext('webgl2') ?? canvas.getContext('webgl')) as WebGLRenderingContext | null
    if (!gl) return null
    const maxTextureSizePx = Number(gl.getParameter(gl.MAX_TEXTURE_SIZE)) || 2048
    gl.getExtension('WEBGL_lose_context')?.loseContext()
    return { maxTextureSizePx, phone: isPhone() }
  } catch {
    return null
  }
}

/** The largest panorama side to load on this device. */
export const panoramaLimitPx = (limits: GpuLimits): number => Math.min(limits.maxTextureSizePx, limits.phone ? 4096 : 16384)

/**
 * Multisampling only in a headset's browser. On a screen the view is a photo (no geometric edges but
 * the small markers), and MSAA cost ~30 % of each frame on a software GPU (tests/bench); a headset
 * shows the markers, panels and controller rays close up, and three.js gives the XR layer the
 * context's antialias setting, so it is decided when the context is made.
 */
export const wantsAntialias = (): boolean =>
  typeof navigator !== 'undefined' && /OculusBrowser|Quest|Pico|Wolvic|MagicLeap/i.test(navigator.userAgent)
