import type { Scene } from '@story-schema'
import { makeId } from '@story-schema'
import { useEffect, useRef, useState } from 'react'
import { isMediaStoreError } from '../persistence/store-photo'
import { useEditor, useSceneEditor } from '../scene-editor/scene-editor-context'
import { sceneTitle } from '../state'
import { Button } from '../ui/button'
import { LevelMeter } from './level-meter'
import { setNarrationAudio } from './narration-commands'
import { RecordedTake } from './recorded-take'
import { SavedNarration } from './saved-narration'
import { soundLimits } from './sound-limits'
import { recorderStrings as t, soundscapeStrings } from './strings'
import type { TrimRange } from './trim'
import { useListen } from './use-listen'
import { useRecorder } from './use-recorder'
import { useSoundCommit } from './use-sound-commit'
import { encodeMonoWav16 } from './wav-encode'
import { webAudioCodec } from './web-audio-codec'

const names = new Map<string, string>()

/** The language's own name ("norsk bokmål"), made once per language (each `Intl.DisplayNames` costs). */
const languageName = (language: string) => {
  let name = names.get(language)
  if (name === undefined) {
    try {
      name = new Intl.DisplayNames([language], { type: 'language' }).of(language) ?? language
    } catch {
      name = language
    }
    names.set(language, name)
  }
  return name
}

/**
 * Records the scene's narration for the language being written (issue #6): Record → level meter and
 * Stop → Listen, Retake, trim (ms fields, "listen to the kept part") → Save (a mono 22.05 kHz WAV,
 * stored before the story references it, one undo step). Keyboard only: each step moves the focus to
 * the next button; what happens is said in a status line.
 */
export const NarrationRecorder = ({ scene }: { scene: Scene }) => {
  const { storeSound, announce } = useSceneEditor()
  const { language, doc } = useEditor((state) => ({ language: state.session.language, doc: state.doc }))
  const commit = useSoundCommit(scene.id)
  const recorder = useRecorder()
  const listen = useListen()
  const [saveError, setSaveError] = useState<string | null>(null)
  const [saving, setSaving] = useState(false)
  const root = useRef<HTMLDivElement>(null)
  const { state } = recorder
  const focus = (selector: string) => requestAnimationFrame(() => root.current?.querySelector<HTMLElement>(selector)?.focus())
  useEffect(() => {
    if (state.step === 'recording') focus('[data-recorder="stop"]')
    if (state.step === 'recorded') focus('[data-recorder="listen"]')
    if (state.step === 'failed') focus('[data-recorder="record"]')
  }, [state.step])
  const record = () => {
    listen.stop()
    setSaveError(null)
    void recorder.start()
  }
  const save = async (bytes: ArrayBuffer, trim: TrimRange) => {
    if (!storeSound) return
    setSaving(true)
    try {
      const rateHz = soundLimits.convertedSampleRateHz
      const wav = encodeMonoWav16(await webAudioCodec.renderMono(bytes, rateHz, trim), rateHz)
      const sha256 = await storeSound(wav, 'audio/wav')
      const id = makeId('asset')
      const fileName = `${sceneTitle(doc, scene, language) || 'scene'} narration ${language}`
      const asset = { id, fileName, mime: 'audio/wav' as const, bytes: wav.byteLength, sha256, durationMs: Math.round(trim.endMs - trim.startMs) }
      const refused = commit(setNarrationAudio, { sceneId: scene.id, language, assetId: id, asset }, soundscapeStrings.steps.narration)
      setSaveError(refused)
      if (!refused) {
        listen.stop()
        recorder.reset()
        announce(t.saved(languageName(language)))
        focus('#saved-narration-line')
      }
    } catch (error) {
      setSaveError(isMediaStoreError(error) ? error.message : t.errors.failed)
    } finally {
      setSaving(false)
    }
  }
  return (
    <div className="narration-recorder" ref={root}>
      <h5>{t.heading}</h5>
      <p className="field-hint">{t.help(languageName(language))}</p>
      <SavedNarration scene={scene} language={language} listen={listen} />
      <p className="recorder-status" role="status">
        {state.step === 'asking' && t.asking}
        {state.step === 'recording' && t.recording(state.elapsedMs)}
        {state.step === 'recorded' && t.recorded(state.take.durationMs)}
        {saving && t.saving}
      </p>
      {state.step === 'failed' && (
        <p className="field-error" role="alert">
          <span aria-hidden="true">⚠ </span>
          {t.errors[state.problem]}
        </p>
      )}
      {(state.step === 'idle' || state.step === 'failed') && storeSound && (
        <Button data-recorder="record" onClick={record}>
          <span aria-hidden="true">● </span>
          {t.record}
        </Button>
      )}
      {state.step === 'recording' && (
        <>
          <LevelMeter percent={state.levelPercent} />
          <Button data-recorder="stop" variant="primary" onClick={recorder.stop}>
            <span aria-hidden="true">■ </span>
            {t.stop}
          </Button>
        </>
      )}
      {state.step === 'recorded' && (
        <RecordedTake
          key={state.take.id}
          take={state.take}
          listen={listen}
          saving={saving}
          error={saveError}
          onRetake={record}
          onSave={(trim) => void save(state.take.bytes, trim)}
          onDiscard={() => {
            listen.stop()
            recorder.reset()
            focus('[data-recorder="record"]')
          }}
        />
      )}
    </div>
  )
}
