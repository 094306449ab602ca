import type { Scene } from '@story-schema'
import { useEffect, useRef, useState } from 'react'
import { useEditor, useSceneEditor } from '../scene-editor/scene-editor-context'
import { Button } from '../ui/button'
import type { MixPreview } from './mix-preview'
import { playMix } from './mix-preview'
import { soundscapeStrings as t } from './strings'

type Mode = 'beds' | 'here' | null

/**
 * "Preview mix" plays the scene's background sounds (with their fades) until stopped; "Listen from
 * here" adds the sounds in one direction, heard from where the editor's view looks, and follows the
 * view while it plays. Each button toggles (its words say which way); the status line says what plays.
 */
export const MixPreviewButtons = ({ scene }: { scene: Scene }) => {
  const { store, resolveAssetUrl, announce } = useSceneEditor()
  const view = useEditor((state) => state.session.view)
  const [mode, setMode] = useState<Mode>(null)
  const playing = useRef<MixPreview | null>(null)
  const stop = () => {
    playing.current?.stop()
    playing.current = null
  }
  useEffect(() => stop, [scene.id])
  useEffect(() => playing.current?.setListener(view.yawDeg, view.pitchDeg), [view.yawDeg, view.pitchDeg])
  const toggle = async (next: Exclude<Mode, null>) => {
    stop()
    if (mode === next) {
      setMode(null)
      announce(t.previewStopped)
      return
    }
    const doc = store.getState().doc
    const urlOf = (assetId: string) => {
      const asset = doc.assets.find((candidate) => candidate.id === assetId)
      return asset ? resolveAssetUrl(asset.path) : undefined
    }
    try {
      const listener = next === 'here' ? { yawDeg: view.yawDeg, pitchDeg: view.pitchDeg } : undefined
      playing.current = await playMix({ beds: scene.soundscape.beds, sounds: scene.soundscape.sounds, listener, urlOf })
      setMode(next)
      announce(next === 'here' ? t.listeningHere(view.yawDeg, view.pitchDeg) : t.previewPlaying)
    } catch {
      setMode(null)
      announce(t.previewFailed)
    }
  }
  const empty = scene.soundscape.beds.length === 0 && scene.soundscape.sounds.length === 0
  return (
    <div className="mix-preview-buttons">
      <Button disabled={empty && mode === null} onClick={() => void toggle('beds')}>
        <span aria-hidden="true">{mode === 'beds' ? '■ ' : '▶ '}</span>
        {mode === 'beds' ? t.stopPreview : t.previewMix}
      </Button>
      <Button disabled={empty && mode === null} onClick={() => void toggle('here')}>
        <span aria-hidden="true">{mode === 'here' ? '■ ' : '◉ '}</span>
        {mode === 'here' ? t.stopPreview : t.listenHere}
      </Button>
    </div>
  )
}
