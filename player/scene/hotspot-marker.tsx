import type { Hotspot } from '@story-schema'
import { usePlayer } from '../ui/player-context'
import type { HotspotRegistry } from './hotspot-registry'
import { useLabelFont } from './label-fonts'
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
  const font = useLabelFont()
  const id = props.hotspot.id
  return (
    <MarkerBody
      {...props}
      font={font}
      onSelect={() => player.select(id)}
      isFocused={() => player.store.getState().focusedHotspotId === id}
    />
  )
}
