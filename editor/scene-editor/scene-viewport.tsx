import type { HotspotKind, Scene } from '@story-schema'
import { lazy, Suspense, useState } from 'react'
import { sceneTitle } from '../state'
import { Button } from '../ui/button'
import { FlatPanorama } from './flat-panorama'
import { HotspotList } from './hotspot-list'
import { PanoramaViewport } from './panorama-viewport'
import { useEditor, useSceneEditor } from './scene-editor-context'
import { sceneEditorStrings as t } from './strings'
import { useWebGlWhenIdle } from './use-web-gl-when-idle'
import { ViewControls } from './view-controls'

const PreviewPlayer = lazy(() => import('./preview-player').then((module) => ({ default: module.PreviewPlayer })))

/**
 * The open scene: the 360° view (the player's renderer; without WebGL, the whole photo flattened),
 * the view controls, the hotspot list, and (on request, loaded lazily) the 360° preview that plays.
 * The 360° view starts once the screen has been drawn and the browser is idle (`use-web-gl-when-idle.ts`).
 */
export const SceneViewport = ({ scene }: { scene: Scene }) => {
  const { resolveAssetUrl } = useSceneEditor()
  const { doc, view, language } = useEditor((state) => ({ doc: state.doc, view: state.session.view, language: state.session.language }))
  const [preview, setPreview] = useState(false)
  // The 360° view asks the GPU itself and calls onUnavailable when there is no WebGL, so no probe here
  // (a second throwaway WebGL context cost 130–250 ms of frozen page when a story opened); only a
  // browser without the WebGL API at all (or a test in Node) gets the flat photo at once.
  const { state: view360, unavailable } = useWebGlWhenIdle()
  const [kind, setKind] = useState<HotspotKind>('link')
  return (
    <section className="scene-viewport" aria-labelledby="scene-viewport-heading">
      <h2 id="scene-viewport-heading" dir="auto">
        {t.viewportHeading(sceneTitle(doc, scene, language) || t.untitled)}
      </h2>
      {view360 === 'waiting' && (
        <div className="panorama-viewport">
          <p className="panorama-viewport-frame panorama-viewport-waiting" role="status">
            {t.view360Loading}
          </p>
        </div>
      )}
      {view360 === 'shown' && <PanoramaViewport scene={scene} kind={kind} onUnavailable={unavailable} />}
      {view360 === 'unavailable' && (
        <>
          <p className="field-hint">{t.view360Unavailable}</p>
          <FlatPanorama scene={scene} />
        </>
      )}
      <ViewControls scene={scene} kind={kind} onKindChange={setKind} />
      <HotspotList scene={scene} />
      <div className="scene-viewport-preview">
        <Button onClick={() => setPreview((shown) => !shown)} aria-expanded={preview}>
          {preview ? t.hidePreview : t.showPreview}
        </Button>
        <p className="field-hint">{t.previewHelp}</p>
        {preview && (
          <Suspense fallback={<p role="status">{t.loadingPreview}</p>}>
            <PreviewPlayer story={doc} sceneId={scene.id} view={view} resolveAssetUrl={resolveAssetUrl} />
          </Suspense>
        )}
      </div>
    </section>
  )
}
