import type { CaptionPosition } from '../captions'
import { CaptionRegion } from '../captions'
import { useStore } from 'zustand'
import { usePlayer, usePlayerState } from './player-context'
import { strings } from './strings'

/** Where on the flat screen each caption position puts the region (in the playing screen's flow). */
export type CaptionSlot = 'top' | 'middle' | 'bottom'
const slotOf: Record<CaptionPosition, CaptionSlot> = {
  'head-locked-below-centre': 'middle',
  'near-speaker': 'middle',
  bottom: 'bottom',
  top: 'top',
}

/**
 * The flat player's captions (C-13): narration and sound captions as DOM text, from the caption feed,
 * at the viewer's size, plate and position (C-12). One component for both (the old `caption-line`
 * was an aria-live line for sound hotspots only): `CaptionRegion` is a labelled region, NOT a live
 * region — C-13 asks for captions as real DOM text a screen reader or braille display can read at any
 * time, with the transcript as the full text route; announcing every cue would talk over the
 * narration the viewer already hears, twice. Rendered in one slot of the playing screen, so captions
 * never cover the Choices or a panel.
 */
export function CaptionsView({ slot }: { slot: CaptionSlot }) {
  const player = usePlayer()
  const on = usePlayerState((s) => s.settings.captions)
  const look = usePlayerState((s) => s.captionLook)
  const items = useStore(player.captions.store, (s) => s.items)
  if (!on || slotOf[look.position] !== slot) return null
  return <CaptionRegion captions={items} settings={look} label={strings.captionsLabel} />
}
