import type { Scene } from '@story-schema'
import type { NarrationState } from '../audio/narration-player'
import type { Placement } from '../audio/voice'
import { activeCues } from './active-cues'
import type { CaptionItem } from './caption-region'
import { captionPages } from './caption-lines'
import { captionMaxCharsPerLine, type CaptionSize } from './caption-settings'
import type { SoundCaption } from './sound-captions'

/**
 * What the captions say now, as items for the DOM region and the headset plate: the narration's cue
 * page at the narration's position (at most two lines, speaker on the first page, C-11), then the
 * newest sound caption (with its direction, for near-speaker captions). Pure: the caption feed
 * (runtime/caption-feed.ts) calls it about ten times a second.
 */
export type ShownCaption = CaptionItem & {
  kind: 'speech' | 'sound'
  /** Where the sound comes from, for near-speaker captions; null for narration. */
  placement: Placement | null
}

export type CaptionsNowInput = {
  scene: Scene | undefined
  size: CaptionSize
  /** The mixer's narration (null when the scene has none). */
  narration: NarrationState | null
  narrationPositionMs: number
  /** Sound captions to show (see activeSoundCaptions and the sound caption memory). */
  sounds: readonly SoundCaption[]
}

const maxLines = 2

export const captionsNow = ({ scene, size, narration, narrationPositionMs, sounds }: CaptionsNowInput): ShownCaption[] => {
  if (!scene) return []
  const layout = { maxLines, maxCharsPerLine: captionMaxCharsPerLine[size] }
  const items: ShownCaption[] = []
  const track = narration && narration.sceneId === scene.id && narration.status !== 'idle' ? narration : null
  const record = track ? scene.narrations.find((n) => n.language === track.language) : undefined
  let linesLeft = maxLines
  for (const cue of record ? activeCues(record.cues, narrationPositionMs) : []) {
    const pages = captionPages(cue, layout)
    const index = Math.max(0, pages.findIndex((page) => narrationPositionMs < page.endMs))
    const page = pages[index]
    if (!page || page.lines.length > linesLeft) break
    linesLeft -= page.lines.length
    items.push({ key: `cue|${record!.language}|${cue.startMs}|${index}`, kind: 'speech', speaker: page.speaker, lines: page.lines, placement: null })
  }
  const sound = sounds.at(-1)
  if (sound) {
    const lines = captionPages({ startMs: 0, endMs: 1, text: sound.text }, layout)[0]?.lines ?? []
    items.push({ key: `sound|${sound.sourceId}|${Math.round(sound.startedAtMs)}`, kind: 'sound', lines, placement: sound.placement })
  }
  return items
}

/** A string that changes exactly when what is shown changes (so the feed sets state only then). */
export const captionsSignature = (items: readonly ShownCaption[]): string =>
  items.map((item) => `${item.key}\u0001${item.speaker ?? ''}\u0001${item.lines.join('\n')}`).join('\u0002')
