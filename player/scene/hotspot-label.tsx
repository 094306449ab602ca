import { Text } from '@react-three/drei'
import type { MarkerTheme } from './marker-theme'
import { labelFontFor } from './label-fonts'

type Props = { label: string; language: string; theme: MarkerTheme; plateM: number; fontSizeM: number; direction: 'ltr' | 'rtl' }

const noRaycast = () => undefined

/**
 * A hotspot's label below its plate, in SDF text (troika, with the player's own fonts). Its own lazy
 * chunk (hotspot-marker.tsx), so troika and its font never delay the first picture: the plate and
 * icon show at once, the words a moment later.
 */
export default function HotspotLabel({ label, language, theme, plateM, fontSizeM, direction }: Props) {
  const labelFont = labelFontFor(language)
  return (
    <Text
      font={labelFont}
      position={[0, -plateM * 1.5, 0.01]}
      fontSize={fontSizeM}
      maxWidth={fontSizeM * 14}
      anchorX="center"
      anchorY="top"
      textAlign="center"
      direction={direction}
      color={theme.label}
      outlineColor={theme.labelOutline}
      outlineWidth={theme.labelOutlineWidth}
      renderOrder={4}
      raycast={noRaycast}
    >
      {label}
    </Text>
  )
}
