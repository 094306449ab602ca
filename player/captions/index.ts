/**
 * player/captions: the caption data layer (cues at a time, two-line layout, sound captions, the scene
 * transcript), the viewer's caption settings, colour tokens with their contrast check, and the DOM
 * caption region. Import from here, not from the files.
 */
export { activeCues } from './active-cues'
export { captionColors, plateCss } from './caption-colors'
export { captionLines, captionPages } from './caption-lines'
export { captionsNow, captionsSignature } from './captions-now'
export type { CaptionsNowInput, ShownCaption } from './captions-now'
export type { CaptionLayout, CaptionPage } from './caption-lines'
export { CaptionRegion } from './caption-region'
export type { CaptionItem, CaptionRegionProps } from './caption-region'
export {
  captionFontScale,
  captionMaxCharsPerLine,
  captionPositions,
  captionSettingsKey,
  captionSettingsSchema,
  captionSizes,
  defaultCaptionSettings,
  loadCaptionSettings,
  minPlateOpacity,
  saveCaptionSettings,
} from './caption-settings'
export type { CaptionPosition, CaptionSettings, CaptionSize } from './caption-settings'
export { compositeOver, contrastRatio, parseHexColor, relativeLuminance, toHexColor } from './contrast'
export type { Rgb } from './contrast'
export { createSoundCaptionMemory } from './sound-caption-memory'
export { activeSoundCaptions } from './sound-captions'
export type { SoundCaption, SoundCaptionOptions } from './sound-captions'
export { sceneTranscript } from './transcript'
export type { TranscriptEntry, TranscriptOptions } from './transcript'
