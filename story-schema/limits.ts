/**
 * Hard limits for story files (reliability-a11y.md §B.6). Checked before and during parsing so that a
 * hostile or broken file can never exhaust memory or the call stack, and never truncated silently.
 */
export const limits = {
  /** Largest story.json accepted, in bytes, checked before decoding (B-17). */
  storyFileMaxBytes: 10 * 1024 * 1024,
  /** Deepest JSON nesting accepted, checked iteratively before the schema (B-18). */
  maxJsonDepth: 64,
  /** Most JSON values (objects, arrays, primitives) in one file. */
  maxJsonNodes: 500_000,
  /** Longest single string anywhere in the file, in UTF-16 code units. */
  maxStringLength: 50_000,
  titleMaxChars: 200,
  labelMaxChars: 120,
  descriptionMaxChars: 5_000,
  bodyMaxChars: 20_000,
  captionMaxChars: 500,
  nameMaxChars: 120,
  urlMaxChars: 2_000,
  maxScenes: 1_000,
  maxHotspotsPerScene: 100,
  maxChoicesPerBillboard: 12,
  maxAssets: 5_000,
  maxVariables: 200,
  maxEffectsPerAction: 20,
  maxCuesPerNarration: 2_000,
  maxSoundsPerScene: 32,
  maxConditionDepth: 8,
  /** Largest media file, in bytes (B-37). */
  assetMaxBytes: 200 * 1024 * 1024,
  /** Largest panorama side, in pixels (B-33, B-34). */
  imageMaxSidePx: 16_384,
  /** Longest audio clip, in milliseconds (B-37). */
  audioMaxDurationMs: 15 * 60 * 1000,
} as const
