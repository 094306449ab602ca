/**
 * Limits and sizes for sound import and recording (reliability-a11y.md B-36, B-37). Free of imports;
 * a test checks them against story-schema's `limits`.
 */
export const soundLimits = {
  /** Largest compressed sound file accepted (MP3, M4A, Ogg), in bytes (B-37). */
  maxFileBytes: 50 * 1024 * 1024,
  /** Largest uncompressed file accepted (WAV, FLAC, WebM are converted), in bytes; same as `limits.assetMaxBytes`. */
  maxConvertedFileBytes: 200 * 1024 * 1024,
  /** Longest sound accepted, in milliseconds (B-37); same as `limits.audioMaxDurationMs`. */
  maxDurationMs: 15 * 60 * 1000,
  /** Shortest sound accepted, in milliseconds: anything shorter is treated as empty. */
  minDurationMs: 50,
  /** A WAV larger than this is made smaller (mono, 22.05 kHz, 16-bit), in bytes. */
  compressWavAboveBytes: 10 * 1024 * 1024,
  /** Sample rate of converted and recorded sounds, in hertz. */
  convertedSampleRateHz: 22_050,
  /** Longest recording, in milliseconds: the recorder stops by itself here. */
  maxRecordingMs: 10 * 60 * 1000,
  /** Shortest part of a recording that can be kept after trimming, in milliseconds. */
  minKeptMs: 200,
} as const
