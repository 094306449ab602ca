import type { ThreeEvent } from '@react-three/fiber'
import { useThree } from '@react-three/fiber'
import type { HotspotId, Scene, Story } from '@story-schema'
import { useEffect, useLayoutEffect, useRef } from 'react'
import type { Group } from 'three'
import type { PanoramaTextures } from '../media/panorama-textures'
import { panoramaOf } from '../runtime/scene-view'
import type { ViewStore } from '../runtime/view-store'
import { directionOf, textIn } from '../runtime/story-text'
import { ViewCameraRig } from '../scene/camera-rig'
import type { HotspotRegistry } from '../scene/hotspot-registry'
import { MarkerBody } from '../scene/marker-body'
import { markerThemes } from '../scene/marker-theme'
import { PanoramaMesh } from '../scene/panorama-sphere'
import { applyNorthHeading } from '../scene/spherical'

/** Labels a little larger than the player's default: the editor's view is a small part of the screen. */
const labelScale = 1.5

type Props = {
  story: Story
  scene: Scene
  language: string
  view: ViewStore
  textures: PanoramaTextures
  registry: HotspotRegistry
  selectedHotspotId: HotspotId | null
  highContrast: boolean
  onSelect: (hotspotId: HotspotId) => void
  onGrab: (hotspotId: HotspotId, event: PointerEvent) => void
}

/**
 * Inside the authoring canvas: the player's camera rig, panorama and markers for one scene, turned by
 * its north heading like the player turns it. Every hotspot shows (conditions are not evaluated
 * here), the selected one with the focus ring, and a marker selects instead of following its link.
 */
export function AuthoringScene({ story, scene, language, view, textures, registry, selectedHotspotId, highContrast, onSelect, onGrab }: Props) {
  const group = useRef<Group>(null)
  const gl = useThree((s) => s.gl)
  const invalidate = useThree((s) => s.invalidate)
  const selected = useRef(selectedHotspotId)
  useLayoutEffect(() => {
    selected.current = selectedHotspotId
    invalidate()
  }, [selectedHotspotId, invalidate])
  useLayoutEffect(() => {
    if (group.current) applyNorthHeading(group.current, scene.northHeadingDeg)
    invalidate()
  }, [scene.northHeadingDeg, invalidate])
  useEffect(() => {
    textures.useRenderer(gl)
    return () => textures.useRenderer(null)
  }, [gl, textures])
  useEffect(() => textures.retainOnly([scene.panoramaAssetId]), [textures, scene.panoramaAssetId])

  const text = textIn(story, language)
  const theme = markerThemes[highContrast ? 'high' : 'normal']
  return (
    <>
      <ViewCameraRig view={view} northHeadingDeg={scene.northHeadingDeg} />
      <group ref={group}>
        <PanoramaMesh key={scene.id} asset={panoramaOf(story, scene)} textures={textures} onFailed={() => undefined} />
        {scene.hotspots.map((hotspot) => (
          <MarkerBody
            key={hotspot.id}
            hotspot={hotspot}
            label={text(hotspot.kind === 'billboard' ? hotspot.title : hotspot.label)}
            visible
            registry={registry}
            theme={theme}
            textScale={labelScale}
            direction={directionOf(language)}
            labelLanguage={language}
            onSelect={() => onSelect(hotspot.id)}
            isFocused={() => selected.current === hotspot.id}
            onGrab={(event: ThreeEvent<PointerEvent>) => onGrab(hotspot.id, event.nativeEvent)}
          />
        ))}
      </group>
    </>
  )
}
