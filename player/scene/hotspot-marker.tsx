import type { Hotspot } from '@story-schema'
import { usePlayer, usePlayerState } from '../ui/player-context'
import type { HotspotRegistry } from './hotspot-registry'
import { MarkerBody } from './marker-body'
import type { MarkerTheme } from './marker-theme'

type Props = {
  hotspot: Hotspot
  label: string
  visible: boolean
  registry: HotspotRegistry
  theme: MarkerTheme
  textScale: number
  direction: 'ltr' | 'rtl'
}

/**
 * A hotspot of the story being played: selecting it goes through `player.select`, and the focus ring
 * follows the player's focused hotspot (the DOM button with the keyboard focus) and the gaze.
 */
export function HotspotMarker(props: Props) {
  const player = usePlayer()
  const id = props.hotspot.id
  const language = usePlayerState((s) => s.settings.language)
  return (
    <MarkerBody
      {...props}
      labelLanguage={language}
      onSelect={() => player.select(id)}
      isFocused={() => player.store.getState().focusedHotspotId === id}
    />
  )
}
