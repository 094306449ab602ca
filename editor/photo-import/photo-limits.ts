/**
 * Limits and sizes for photo import (reliability-a11y.md B-33, B-34, B-37). Kept free of imports so
 * the worker bundle stays small; a test checks them against story-schema's `limits`.
 */
export const photoLimits = {
  /** Largest photo file accepted, in bytes, checked before reading it. */
  maxFileBytes: 100 * 1024 * 1024,
  /** Longest side accepted, read from the header before decoding (B-33). Same as `limits.imageMaxSidePx`. */
  maxSidePx: 16_384,
  /** Most pixels accepted (16384 × 8192 ≈ 134 MP, so B-34 panoramas are accepted and downscaled), read from the header (B-33). */
  maxPixels: 16_384 * 8_192,
  /** The main image is made at most this many pixels on its longest side (B-34). */
  mainMaxSidePx: 8192,
  /** Downscaled copies, longest side in pixels, each made when the main image is larger (B-34). */
  downscaledMaxSidesPx: [4096, 2048],
  /** The tiny preview shown while the real picture loads, longest side in pixels. */
  previewMaxSidePx: 256,
  /** JPEG quality for every file made (0–1). */
  jpegQuality: 0.85,
  /** How far from 2:1 a photo may be and still count as a full 360° × 180° panorama, as a fraction. */
  fullAspectTolerance: 0.01,
  /** Viewport shape used to turn GPano's horizontal field of view into our vertical one. */
  referenceViewAspect: 16 / 9,
  /** Field of view used when a photo gives an initial direction but no field of view, in degrees. */
  defaultFovDeg: 75,
} as const
