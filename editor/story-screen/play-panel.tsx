import { StoryPlayer } from '@player'
import type { SceneId } from '@story-schema'
import { findScene, localize } from '@story-schema'
import { useState } from 'react'
import type { EditorStore } from '../state'
import { useEditorStore } from '../state'
import { Button } from '../ui/button'
import { storyScreenStrings as t } from './strings'

type PlayPanelProps = {
  editor: EditorStore
  resolve: (path: string) => string
  /** Start here instead of the story's start (a scene chosen on the map of a read-only tab). */
  fromSceneId?: SceneId
}

let runs = 0

/**
 * The "Play" view: the story as a viewer gets it, in <StoryPlayer> (player/index.ts), without the
 * start screen and without keeping progress. The player takes the story once, so the buttons play
 * the latest version again, from the start or from the scene open in the editor. Loaded lazily.
 */
export const PlayPanel = ({ editor, resolve, fromSceneId }: PlayPanelProps) => {
  const { doc, activeSceneId, language } = useEditorStore(editor, (state) => ({
    doc: state.doc,
    activeSceneId: state.session.activeSceneId,
    language: state.session.language,
  }))
  const [run, setRun] = useState(() => ({ story: doc, from: fromSceneId, key: ++runs }))
  const titleOf = (sceneId: SceneId | undefined) => {
    const scene = sceneId ? findScene(doc, sceneId) : undefined
    return scene ? localize(scene.title, language, doc.language) : ''
  }
  const open = findScene(doc, activeSceneId)
  const from = run.from && findScene(run.story, run.from) ? run.from : undefined
  return (
    <section className="play-panel" aria-labelledby="play-panel-heading">
      <div className="play-panel-bar">
        <h2 id="play-panel-heading" className="visually-hidden">
          {t.playHeading}
        </h2>
        <Button variant="primary" onClick={() => setRun({ story: editor.getState().doc, from: undefined, key: ++runs })}>
          <span aria-hidden="true">▶ </span>
          {t.playFromStart}
        </Button>
        {open && open.id !== doc.startSceneId && (
          <Button onClick={() => setRun({ story: editor.getState().doc, from: open.id, key: ++runs })}>
            <span aria-hidden="true">▶ </span>
            {t.playFromScene(titleOf(open.id))}
          </Button>
        )}
        <p className="story-panel-help">
          {from ? `${t.playingFrom(titleOf(from))} ` : ''}
          {t.playHelp}
        </p>
      </div>
      <div className="play-panel-player">
        <StoryPlayer
          key={run.key}
          story={run.story}
          resolveAssetUrl={resolve}
          options={{ showStartScreen: false, persistProgress: false, startSceneId: from }}
        />
      </div>
    </section>
  )
}
