import { useThree } from '@react-three/fiber'
import type { Scene } from '@story-schema'
import { useEffect } from 'react'
import { directionOf } from '../runtime/story-text'
import { textScaleBySize } from '../runtime/settings'
import { usePlayer, usePlayerState, useStoryText } from '../ui/player-context'
import { HotspotMarker } from './hotspot-marker'
import type { HotspotRegistry } from './hotspot-registry'
import { markerThemes } from './marker-theme'

/**
 * Every hotspot of the scene, mounted once per scene and shown or hidden as conditions change (the
 * engine's visible hotspots), so a choice never mounts or unmounts 3D objects mid-scene.
 */
export function HotspotLayer({ scene, registry }: { scene: Scene; registry: HotspotRegistry }) {
  const player = usePlayer()
  const text = useStoryText()
  const playing = usePlayerState((s) => s.phase === 'playing')
  usePlayerState((s) => s.run)
  const focusedId = usePlayerState((s) => s.focusedHotspotId)
  const invalidate = useThree((s) => s.invalidate)
  useEffect(() => invalidate(), [focusedId, invalidate]) // a focus ring to draw
  const highContrast = usePlayerState((s) => s.settings.highContrast)
  const textSize = usePlayerState((s) => s.settings.textSize)
  const language = usePlayerState((s) => s.settings.language)
  const visibleIds = new Set(playing ? player.hotspotsNow().map((h) => h.id) : [])
  const theme = markerThemes[highContrast ? 'high' : 'normal']
  return (
    <group name="hotspots">
      {scene.hotspots.map((hotspot) => (
        <HotspotMarker
          key={hotspot.id}
          hotspot={hotspot}
          label={text(hotspot.kind === 'billboard' ? hotspot.title : hotspot.label)}
          visible={visibleIds.has(hotspot.id)}
          registry={registry}
          theme={theme}
          textScale={textScaleBySize[textSize]}
          direction={directionOf(language)}
        />
      ))}
    </group>
  )
}
