/** A picture made in the browser, ready for `putMedia`. */
export type MadePicture = { bytes: Uint8Array; mime: 'image/jpeg'; widthPx: number; heightPx: number }

const paint = (canvas: HTMLCanvasElement) => {
  const context = canvas.getContext('2d')
  if (!context) throw new Error('This browser cannot draw pictures (no 2D canvas).')
  const { width, height } = canvas
  // A neutral sky-to-ground grey, lighter above the horizon, so up and down are clear in the player.
  const gradient = context.createLinearGradient(0, 0, 0, height)
  gradient.addColorStop(0, '#d9dce1')
  gradient.addColorStop(0.5, '#a9aeb6')
  gradient.addColorStop(0.5, '#8d939c')
  gradient.addColorStop(1, '#5a6068')
  context.fillStyle = gradient
  context.fillRect(0, 0, width, height)
}

const toJpeg = (canvas: HTMLCanvasElement): Promise<Uint8Array> =>
  new Promise((resolve, reject) => {
    canvas.toBlob(
      (blob) => (blob ? blob.arrayBuffer().then((buffer) => resolve(new Uint8Array(buffer)), reject) : reject(new Error('The picture could not be made.'))),
      'image/jpeg',
      0.9,
    )
  })

const make = async (widthPx: number, heightPx: number): Promise<MadePicture> => {
  const canvas = document.createElement('canvas')
  canvas.width = widthPx
  canvas.height = heightPx
  paint(canvas)
  return { bytes: await toJpeg(canvas), mime: 'image/jpeg', widthPx, heightPx }
}

/**
 * The grey 360° picture of a new blank story (2048 × 1024, 2:1 equirectangular) and its 256 × 128
 * preview, drawn on a canvas: no download needed, works offline, a few kilobytes each.
 */
export const makeBlankPanorama = async (): Promise<{ panorama: MadePicture; preview: MadePicture }> => ({
  panorama: await make(2048, 1024),
  preview: await make(256, 128),
})
