import type { AudioAsset, Scene } from '@story-schema'
import { useEditor, useSceneEditor } from '../scene-editor/scene-editor-context'
import { Button } from '../ui/button'
import { narrationFor, setNarrationAudio } from './narration-commands'
import { recorderStrings as t, soundscapeStrings } from './strings'
import type { useListen } from './use-listen'
import { useSoundCommit } from './use-sound-commit'

type SavedNarrationProps = { scene: Scene; language: string; listen: ReturnType<typeof useListen> }

/** The narration sound saved for the language being written: what it is, listen, remove. */
export const SavedNarration = ({ scene, language, listen }: SavedNarrationProps) => {
  const { resolveAssetUrl, announce } = useSceneEditor()
  const commit = useSoundCommit(scene.id)
  const assets = useEditor((state) => state.doc.assets)
  const narration = narrationFor(scene.narrations, language)
  const asset = assets.find((candidate): candidate is AudioAsset => candidate.id === narration?.assetId && candidate.kind === 'audio')
  if (!asset) return <p className="saved-narration">{t.none}</p>
  const key = `saved:${asset.id}`
  const remove = () => {
    if (commit(setNarrationAudio, { sceneId: scene.id, language, assetId: null }, soundscapeStrings.steps.removeNarration) === null) {
      listen.stop()
      announce(t.none)
    }
  }
  return (
    <div className="saved-narration">
      <p id="saved-narration-line" tabIndex={-1}>
        {t.current(asset.path.split('/').pop() ?? asset.path, asset.durationMs)}
      </p>
      <Button
        onClick={() => (listen.playing === key ? listen.stop() : void listen.play(key, () => fetch(resolveAssetUrl(asset.path)).then((r) => r.arrayBuffer())))}
      >
        {listen.playing === key ? t.stopListening : t.listenSaved}
      </Button>
      <Button variant="danger" onClick={remove}>
        {t.removeSaved}
      </Button>
    </div>
  )
}
