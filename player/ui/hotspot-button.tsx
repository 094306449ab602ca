import type { Hotspot } from '@story-schema'
import { glyphOf, HotspotGlyph } from './hotspot-glyph'
import { usePlayer, useStoryText } from './player-context'
import { strings } from './strings'


/**
 * The DOM twin of a 3D hotspot (C-1): a real button, in author order, with a shape glyph, a word for
 * what it does and the label (never colour alone, C-24). Focusing it rings the 3D hotspot.
 */
export function HotspotButton({ hotspot, expanded }: { hotspot: Hotspot; expanded?: boolean }) {
  const player = usePlayer()
  const text = useStoryText()
  const label = text(hotspot.label)
  return (
    <button
      type="button"
      className={`hotspot-button hotspot-button-${hotspot.kind}`}
      data-hotspot-id={hotspot.id}
      aria-expanded={hotspot.kind === 'billboard' ? !!expanded : undefined}
      onClick={() => player.select(hotspot.id)}
      onFocus={() => player.setFocusedHotspot(hotspot.id)}
      onBlur={() => player.setFocusedHotspot(null)}
    >
      <HotspotGlyph kind={glyphOf(hotspot)} />
      <span className="hotspot-button-kind">{strings.hotspotKinds[hotspot.kind]}:</span>{' '}
      <span className="hotspot-button-label">{label}</span>
    </button>
  )
}
