import { limits } from '@story-schema'

/**
 * What a story package may hold (reliability-a11y.md B-3..B-8, B-17, B-37). Checked against the
 * sizes the zip declares before anything is unpacked, and again against the bytes actually unpacked.
 */
export const packageLimits = {
  /** Most entries in one package (B-7). */
  maxEntries: 2_000,
  /** Largest story.json or manifest.json, unpacked (B-17). */
  jsonMaxBytes: limits.storyFileMaxBytes,
  /** Largest media file, unpacked (B-37). */
  mediaMaxBytes: limits.assetMaxBytes,
  /** Most bytes all entries may unpack to together (B-3). */
  totalMaxBytes: 1024 * 1024 * 1024,
  /** Highest unpacked : packed ratio (B-3) for an entry larger than `ratioFromBytes`. */
  maxRatio: 200,
  ratioFromBytes: 1024 * 1024,
  /** Longest entry name, in bytes (B-8). */
  nameMaxBytes: 120,
  /** Size of the tail read to find the end of the central directory (22 bytes + a 64 KiB comment). */
  tailBytes: 22 + 65_535,
} as const
