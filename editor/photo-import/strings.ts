import { defineStrings } from '@i18n'
import { ml } from './strings.ml'
import { nb } from './strings.nb'

/**
 * Every user-facing string of photo import (English).
 */
const quoted = (fileName: string) => `“${fileName}”`
const megabytes = (bytes: number) => `${Math.ceil(bytes / (1024 * 1024))} MB`

/** Error messages, by `PhotoImportErrorCode`. */
const errorsEnglish = {
  'empty-file': (fileName: string) => `${quoted(fileName)} is empty. Choose the photo again.`,
  'file-too-large': (fileName: string, bytes: number, maxBytes: number) =>
    `${quoted(fileName)} is too big to import (${megabytes(bytes)}). Photos can be up to ${megabytes(maxBytes)}.`,
  'svg-not-supported': (fileName: string) =>
    `${quoted(fileName)} is an SVG drawing. SVG is not supported; use a PNG or JPEG photo.`,
  'gif-not-supported': (fileName: string) => `${quoted(fileName)} is a GIF. Use a JPEG, PNG or WebP photo.`,
  'heic-not-supported': (fileName: string) =>
    `${quoted(fileName)} is a HEIC photo, which this tool can't read yet. Save it as a JPEG first ` +
    '(on an iPhone: Settings › Camera › Formats › Most Compatible).',
  'not-an-image': (fileName: string, looksLike: string) =>
    `${quoted(fileName)} is not a photo this tool can read${looksLike === 'unknown' ? '' : ` (it looks like ${looksLike})`}. ` +
    'Use a JPEG, PNG or WebP photo.',
  'too-many-pixels': (fileName: string, widthPx: number, heightPx: number, maxSidePx: number, maxMegapixels: number) =>
    `${quoted(fileName)} is too large: ${widthPx} × ${heightPx} pixels. Photos can be at most ${maxSidePx} pixels ` +
    `on a side and ${maxMegapixels} megapixels in all. Make it smaller in a photo editor first.`,
  'raw-360-photo': (fileName: string) =>
    `${quoted(fileName)} is a raw file from an Insta360 camera (two round fisheye pictures). Open it in the Insta360 app ` +
    'or Insta360 Studio, export it as a 360° photo (JPEG), and import that.',
  'raw-360-video': (fileName: string) =>
    `${quoted(fileName)} is a raw 360° video from an Insta360 camera. Stories use 360° photos: in the Insta360 app or ` +
    'Insta360 Studio, take a snapshot of the video as a 360° photo (JPEG), and import that.',
  'animated-not-supported': (fileName: string) => `${quoted(fileName)} is an animated picture. Use a still photo.`,
  corrupt: (fileName: string) =>
    `${quoted(fileName)} could not be read. The file may be damaged or incomplete; copy it from the camera again.`,
  'encode-failed': (fileName: string) =>
    `The computer ran out of memory while preparing ${quoted(fileName)}. Close other tabs and try again, or use a smaller photo.`,
  'unsupported-browser': () =>
    "This browser can't prepare photos. Update it, or use a recent Chrome, Edge, Firefox or Safari.",
  'worker-failed': (fileName: string) => `Something went wrong while preparing ${quoted(fileName)}. Try again.`,
  cancelled: (fileName: string) => `The import of ${quoted(fileName)} was cancelled.`,
} as const

/** Warning messages, by `PhotoImportWarningCode`. */
const warningsEnglish = {
  'location-removed': () => "The photo's location (GPS) was removed, so it can't tell anyone where it was taken.",
  'made-smaller': (widthPx: number, heightPx: number) =>
    `The photo was made smaller (${widthPx} × ${heightPx} pixels) so that it works on more devices.`,
  'strip-panorama': (widthPx: number, heightPx: number) =>
    `This photo is ${widthPx} × ${heightPx} pixels, wider than a full 360° photo, and says nothing about its shape. ` +
    'It is shown as a band all the way round at eye level.',
  'not-a-panorama': (widthPx: number, heightPx: number) =>
    `This photo is ${widthPx} × ${heightPx} pixels, which is not the shape of a 360° photo. It is shown on part of ` +
    'the sphere and may look stretched.',
  'panorama-info-ignored': () => "The photo's panorama information doesn't fit the picture, so it was ignored.",
  'unsupported-projection': (projection: string) =>
    `The photo says it uses a "${projection}" projection, which is not supported. It is shown as an ordinary 360° photo.`,
  'transparency-filled': () => 'Transparent parts of the picture are filled with black.',
} as const

/** Progress labels, by step. */
const stepsEnglish = {
  reading: () => 'Checking the photo',
  decoding: () => 'Opening the photo',
  main: () => 'Saving the picture',
  downscaled: (widthPx: number) => `Making a smaller copy (${widthPx} pixels wide)`,
  preview: () => 'Making a tiny preview',
} as const

/** Text of the progress component. */
const progressEnglish = {
  /** Shown before the file name, which is rendered in quotes inside <bdi>. */
  importing: 'Importing',
  starting: 'Starting',
  percent: (fraction: number) => `${Math.round(fraction * 100)}%`,
  cancel: 'Cancel',
  cancelLabel: (fileName: string) => `Cancel importing ${quoted(fileName)}`,
} as const

/** The English shapes: the translations (strings.nb.ts, strings.ml.ts) are typed against them. */
export type PhotoImportEnglish = {
  errors: typeof errorsEnglish
  warnings: typeof warningsEnglish
  steps: typeof stepsEnglish
  progress: typeof progressEnglish
}

export const errorStrings = defineStrings('editor/photo-import/errors', errorsEnglish, { nb: nb.errors, ml: ml.errors })

export const warningStrings = defineStrings('editor/photo-import/warnings', warningsEnglish, { nb: nb.warnings, ml: ml.warnings })

export const stepStrings = defineStrings('editor/photo-import/steps', stepsEnglish, { nb: nb.steps, ml: ml.steps })

export const progressStrings = defineStrings('editor/photo-import/progress', progressEnglish, { nb: nb.progress, ml: ml.progress })

/** Text of the notes shown after an import (`PhotoImportNotes`). */
export const noteStrings = {
  /** Shown before the file name, which is rendered in quotes inside <bdi>. */
  title: 'Imported, with notes about',
  dismiss: 'OK, got it',
} as const
