import { Canvas } from '@react-three/fiber'
import type { HotspotId } from '@story-schema'
import type { KeyboardEvent } from 'react'
import { lazy, Suspense, useEffect, useMemo, useRef, useState } from 'react'
import { handleLookKey } from '../input/keyboard-look'
import { attachPointerLook } from '../input/pointer-look'
import type { GpuLimits } from '../media/gpu-limits'
import { panoramaLimitPx } from '../media/gpu-limits'
import { PanoramaTextures } from '../media/panorama-textures'
import { coverageOf, panoramaOf } from '../runtime/scene-view'
import { HotspotRegistry } from '../scene/hotspot-registry'
import { testBridgeWanted } from '../scene/test-host'
import type { PanoramaEditorViewProps } from './authoring-props'
import { attachAuthoringPointer } from './authoring-pointer'
import { AuthoringScene } from './authoring-scene'
import { directionAtNdc, insideCoverage, ndcOf } from './screen-direction'
import { useControlledView } from './use-controlled-view'

const AuthoringTestBridge = lazy(() => import('./authoring-test-bridge'))

/**
 * The authoring view's canvas (its own chunk, loaded by `PanoramaEditorView`): the player's renderer
 * for one scene, with the player's drag/wheel/pinch and arrow-key look, and the authoring pointer
 * (click to place, drag a marker to move it). Frames are drawn on demand.
 */
/**
 * The editor's view shows at most the 4096 px copy the photo import makes: plenty to place a hotspot
 * on a laptop screen, a quarter of the 8192 texture's memory (128 MB) on a borrowed laptop, and its
 * upload a quarter of the main-thread task right after a new story opens (tests/bench).
 */
const authoringLimitPx = 4096

export default function EditorCanvas({ gpu, props }: { gpu: GpuLimits; props: PanoramaEditorViewProps }) {
  const { story, sceneId, resolveAssetUrl, describedBy, label } = props
  const scene = story.scenes.find((candidate) => candidate.id === sceneId)
  const coverage = coverageOf(scene ? panoramaOf(story, scene) : undefined)
  const view = useControlledView(props.view, coverage, props.onViewChange)
  const wrapper = useRef<HTMLDivElement>(null)
  const assets = story.assets
  const textures = useMemo(() => new PanoramaTextures({ assets }, resolveAssetUrl, Math.min(authoringLimitPx, panoramaLimitPx(gpu))), [assets, resolveAssetUrl, gpu])
  useEffect(() => () => textures.dispose(), [textures])
  const [registry] = useState(() => new HotspotRegistry())
  const latest = useRef({ props, coverage })
  useEffect(() => {
    latest.current = { props, coverage }
  })
  const [grab, setGrab] = useState<((hotspotId: HotspotId, event: PointerEvent) => void) | null>(null)

  useEffect(() => (wrapper.current ? attachPointerLook(wrapper.current, view) : undefined), [view])
  useEffect(() => {
    const element = wrapper.current
    if (!element) return
    const now = () => latest.current.props
    const pointer = attachAuthoringPointer(element, {
      pointAt: (clientX, clientY) => {
        const canvas = element.querySelector('canvas')
        if (!canvas) return null
        const direction = directionAtNdc(ndcOf(clientX, clientY, canvas.getBoundingClientRect()), view.getState())
        return insideCoverage(latest.current.coverage, direction) ? direction : null
      },
      place: (direction) => now().onPlace?.(direction, 'pointer'),
      select: (hotspotId) => now().onSelectHotspot?.(hotspotId),
      moveStart: (hotspotId) => now().onMoveHotspotStart?.(hotspotId),
      move: (hotspotId, direction) => now().onMoveHotspot?.(hotspotId, direction),
      moveEnd: (hotspotId, cancelled) => now().onMoveEnd?.(hotspotId, { cancelled }),
    })
    setGrab(() => pointer.grab)
    return pointer.detach
  }, [view])

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return
    if (event.key === 'Enter' && event.target === event.currentTarget) {
      event.preventDefault()
      const { yawDeg, pitchDeg } = view.getState()
      props.onPlace?.({ yawDeg: Math.round(yawDeg * 10) / 10 + 0, pitchDeg: Math.round(pitchDeg * 10) / 10 + 0 }, 'keyboard')
      return
    }
    handleLookKey(event, view)
  }

  return (
    <div
      ref={wrapper}
      className="panorama-editor-view"
      tabIndex={0}
      role="application"
      aria-label={label}
      aria-describedby={describedBy}
      onKeyDown={onKeyDown}
      style={{ position: 'relative', width: '100%', height: '100%', touchAction: 'none', cursor: 'crosshair' }}
    >
      <Canvas flat frameloop="demand" camera={{ fov: 75, near: 0.1, far: 200, position: [0, 0, 0] }} dpr={[1, 2]} gl={{ antialias: true }}>
        {scene && grab && (
          <AuthoringScene
            story={story}
            scene={scene}
            language={props.language ?? story.language}
            view={view}
            textures={textures}
            registry={registry}
            selectedHotspotId={props.selectedHotspotId ?? null}
            highContrast={props.highContrast ?? false}
            onSelect={(hotspotId) => latest.current.props.onSelectHotspot?.(hotspotId)}
            onGrab={grab}
          />
        )}
        {testBridgeWanted() && (
          <Suspense fallback={null}>
            <AuthoringTestBridge view={view} registry={registry} textures={textures} northHeadingDeg={scene?.northHeadingDeg ?? 0} />
          </Suspense>
        )}
      </Canvas>
    </div>
  )
}
