import { Canvas } from '@react-three/fiber'
import type { ReactNode } from 'react'
import { lazy, Suspense, useEffect, useLayoutEffect, useRef, useState } from 'react'
import type { FirstFrame } from '../first-frame/first-frame'
import { attachPointerLook } from '../input/pointer-look'
import { handleLookKey } from '../input/keyboard-look'
import type { GpuLimits } from '../media/gpu-limits'
import { panoramaLimitPx, wantsAntialias } from '../media/gpu-limits'
import { PanoramaTextures } from '../media/panorama-textures'
import { usePlayer, usePlayerState } from '../ui/player-context'
import { strings } from '../ui/strings'
import type { XrModule } from '../xr/xr-loader'
import { immersiveVrSupported, onXrLoaded } from '../xr/xr-loader'
import { FirstFrameHandoff } from './first-frame-handoff'
import { HotspotRegistry } from './hotspot-registry'
import { SceneRoot } from './scene-root'
import { testBridgeWanted } from './test-host'

const TestBridge = lazy(() => import('./test-bridge'))

/**
 * The 360° view: the canvas, drag/pinch/wheel/keyboard look, and (once the viewer asks for VR) the
 * lazily loaded XR layer around the scene. Loaded as its own chunk, so the start screen and the
 * text mode never wait for three.js. Frames are drawn on demand (a view change, a picture arriving, a
 * fade, a hover), so an idle phone draws nothing; a headset session draws every frame. `flat`: no tone
 * mapping, so photos keep their colours.
 */
export default function PanoramaView({ gpu, allowXr, firstFrame }: { gpu: GpuLimits; allowXr: boolean; firstFrame: FirstFrame | null }) {
  const player = usePlayer()
  const wrapper = useRef<HTMLDivElement>(null)
  const [textures] = useState(() => new PanoramaTextures(player.story, player.resolveAssetUrl, panoramaLimitPx(gpu)))
  const [registry] = useState(() => new HotspotRegistry())
  const [xr, setXr] = useState<XrModule | null>(null)
  const playing = usePlayerState((s) => s.phase === 'playing')

  useEffect(() => () => textures.dispose(), [textures])
  // Take over the scene's picture now (media/early-pictures.ts), while the canvas and the scene are
  // still being set up; TextureKeeper keeps it, and it is uploaded on the first frame or ahead.
  useEffect(() => {
    const scene = player.shownScene()
    if (scene) textures.request(scene.panoramaAssetId)
  }, [player, textures])
  // Over the canvas until the view has drawn the opening picture (first-frame-handoff.tsx).
  useLayoutEffect(() => {
    if (firstFrame && wrapper.current) firstFrame.place(wrapper.current, 'last')
  }, [firstFrame])
  useEffect(() => (wrapper.current ? attachPointerLook(wrapper.current, player.view) : undefined), [player])
  useEffect(() => {
    if (!allowXr) return
    let live = true
    void immersiveVrSupported().then((supported) => {
      if (supported && live) player.store.setState({ xrSupported: true })
    })
    // The XR layer wraps the scene once "Enter VR" has loaded it (xr-loader.ts), not before.
    const stop = onXrLoaded((module) => setXr(() => module))
    return () => {
      live = false
      stop()
    }
  }, [allowXr, player])

  const scene: ReactNode = <SceneRoot textures={textures} registry={registry} />
  return (
    <div
      ref={wrapper}
      className="panorama-view"
      tabIndex={playing ? 0 : -1}
      role="application"
      aria-label={strings.viewLabel}
      aria-hidden={playing ? undefined : true}
      onKeyDown={(event) => handleLookKey(event, player.view)}
    >
      <Canvas flat frameloop="demand" camera={{ fov: 75, near: 0.1, far: 200, position: [0, 0, 0] }} dpr={[1, 2]} gl={{ antialias: wantsAntialias() }}>
        {xr ? <xr.XrRoot registry={registry}>{scene}</xr.XrRoot> : scene}
        {firstFrame && <FirstFrameHandoff firstFrame={firstFrame} textures={textures} />}
        {testBridgeWanted() && (
          <Suspense fallback={null}>
            <TestBridge textures={textures} registry={registry} />
          </Suspense>
        )}
      </Canvas>
    </div>
  )
}
