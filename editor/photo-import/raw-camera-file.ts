/** Why a file is refused by its name alone: a 360° camera's own raw format, which must be exported first. */
export type RawCameraCode = 'raw-360-photo' | 'raw-360-video'

/**
 * Insta360 `.insp` photos and `.insv` videos are unstitched dual-fisheye pictures with gyro data
 * (features.md, camera table): an `.insp` even starts like a JPEG, so its bytes alone would import as
 * two round blobs. Their name says what they are, and what to export instead (B-31).
 */
export const rawCameraFile = (fileName: string): RawCameraCode | null => {
  const extension = /\.([a-z0-9]+)$/i.exec(fileName.trim())?.[1]?.toLowerCase()
  if (extension === 'insp') return 'raw-360-photo'
  if (extension === 'insv') return 'raw-360-video'
  return null
}
