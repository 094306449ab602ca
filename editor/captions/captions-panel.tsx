import './captions.css'
import type { CaptionCue, SceneId } from '@story-schema'
import { cueProblems, findAsset, localize } from '@story-schema'
import { useId, useRef, useState } from 'react'
import type { EditorStore } from '../state'
import { useEditorStore } from '../state'
import { directionOf, languageName } from '../languages/language-names'
import { CheckboxField } from '../scene-editor/fields/checkbox-field'
import { Button } from '../ui/button'
import { newCueAfter, secondsText } from './cue-edits'
import { CueTable } from './cue-table'
import { narrationIn, setNarrationCues, setNarrationNoWords } from './narration-commands'
import { captionsStrings as t } from './strings'
import { VttTransfer } from './vtt-transfer'
import { useClipPlayer } from './use-clip-player'
import { Waveform } from './waveform'

type CaptionsPanelProps = {
  editor: EditorStore
  /** Package path → a URL the browser can load (the narration sound). */
  resolve: (path: string) => string
}

/**
 * The Captions tab (C-10, C-11): choose a scene and a language; see the narration sound as a
 * waveform with the captions on it; edit the captions in a table (add, split, delete, play from one,
 * nudge times by keyboard); import and export WebVTT; mark a sound as having no words. Problems
 * (overlaps, an end before the start, past the end of the sound) are written next to the caption.
 */
export const CaptionsPanel = ({ editor, resolve }: CaptionsPanelProps) => {
  const { doc, activeSceneId, language: editorLanguage } = useEditorStore(editor, (state) => ({
    doc: state.doc,
    activeSceneId: state.session.activeSceneId,
    language: state.session.language,
  }))
  const [chosenScene, setChosenScene] = useState<SceneId>(activeSceneId)
  const [chosenLanguage, setChosenLanguage] = useState(editorLanguage)
  const [status, setStatus] = useState({ text: '', count: 0 })
  const root = useRef<HTMLElement>(null)
  const id = useId()
  const scene = doc.scenes.find((candidate) => candidate.id === chosenScene) ?? doc.scenes[0]!
  const language = doc.languages.includes(chosenLanguage) ? chosenLanguage : doc.language
  const narration = narrationIn(scene, language)
  const sound = narration?.assetId ? findAsset(doc, narration.assetId) : undefined
  const durationMs = sound?.kind === 'audio' ? sound.durationMs : undefined
  const soundUrl = sound?.kind === 'audio' ? resolve(sound.path) : undefined
  const player = useClipPlayer(soundUrl)
  const cues = narration?.cues ?? []
  const problems = cueProblems(cues, durationMs)
  const dir = directionOf(language)
  const sceneTitle = localize(scene.title, doc.language, doc.language)
  const announce = (text: string) => setStatus((old) => ({ text, count: old.count + 1 }))

  const save = (next: CaptionCue[], step: string, key?: string): string | null => {
    const result = editor.getState().applyCommand(
      setNarrationCues,
      { sceneId: scene.id, language, cues: next },
      key ? { label: step, capture: 'coalesce', key } : { label: step },
    )
    return result.ok ? null : result.error.message
  }
  const focusRow = (row: number) =>
    requestAnimationFrame(() => root.current?.querySelector<HTMLElement>(`[data-cue-row="${row}"] textarea`)?.focus())
  const afterChange = (message: string, row: number) => {
    announce(message)
    if (row >= 0) focusRow(row)
  }
  const addCue = () => {
    if (save([...cues, newCueAfter(cues, t.newCueText, durationMs)], t.steps.add) === null) {
      afterChange(t.added(cues.length + 1), cues.length)
      requestAnimationFrame(() => root.current?.querySelector<HTMLTextAreaElement>(`[data-cue-row="${cues.length}"] textarea`)?.select())
    }
  }

  return (
    <section className="captions-panel" aria-labelledby="captions-panel-heading" ref={root}>
      <h2 id="captions-panel-heading">{t.heading}</h2>
      <p className="field-hint">{t.help}</p>
      <div className="captions-pickers">
        <div>
          <label htmlFor={`${id}-scene`}>{t.sceneLabel}</label>
          <select id={`${id}-scene`} value={scene.id} onChange={(event) => setChosenScene(event.target.value as SceneId)}>
            {doc.scenes.map((candidate, index) => (
              <option key={candidate.id} value={candidate.id}>
                {`${index + 1}. ${localize(candidate.title, doc.language, doc.language)}`}
                {candidate.narrations.length > 0 ? ' ♪' : ''}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor={`${id}-language`}>{t.languageLabel}</label>
          <select id={`${id}-language`} value={language} onChange={(event) => setChosenLanguage(event.target.value)}>
            {doc.languages.map((tag) => (
              <option key={tag} value={tag}>
                {languageName(tag)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <p>{sound ? t.soundIs(sound.path.split('/').pop() ?? sound.path, secondsText(durationMs ?? 0)) : t.noSound}</p>
      {sound && (
        <CheckboxField
          label={t.noWords}
          hint={t.noWordsHint}
          checked={narration?.noWords === true}
          onChange={(noWords) => editor.getState().applyCommand(setNarrationNoWords, { sceneId: scene.id, language, noWords }, { label: t.steps.noWords })}
        />
      )}
      {soundUrl && durationMs !== undefined && <Waveform url={soundUrl} durationMs={durationMs} cues={cues} playheadMs={player.playheadMs} />}
      <VttTransfer cues={cues} fileTitle={sceneTitle} language={language} save={save} announce={announce} />
      <p className="captions-status" role="status">
        <span key={status.count}>{status.text}</span>
      </p>
      {cues.length === 0 ? (
        <p>{t.none}</p>
      ) : (
        <CueTable
          caption={t.tableLabel(sceneTitle, languageName(language))}
          cues={cues}
          problems={problems}
          language={language}
          dir={dir}
          save={save}
          onPlay={soundUrl ? player.playFrom : undefined}
          afterChange={afterChange}
        />
      )}
      <div className="captions-actions">
        <Button onClick={addCue}>
          <span aria-hidden="true">+ </span>
          {t.add}
        </Button>
        {player.playheadMs !== null && <Button onClick={player.stop}>{t.stop}</Button>}
      </div>
      {cues.length > 0 && (
        <div className="captions-problems">
          <h3>{problems.length > 0 ? t.problemsHeading(problems.length) : t.noProblems}</h3>
          {problems.length > 0 && (
            <ul>
              {problems.map((problem, index) => (
                <li key={index}>{t.problemAt(problem.index + 1, problem.message)}</li>
              ))}
            </ul>
          )}
        </div>
      )}
    </section>
  )
}
