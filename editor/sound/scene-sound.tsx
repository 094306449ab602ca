import type { AmbientBed, AssetId, PositionalSound, Scene } from '@story-schema'
import { makeId } from '@story-schema'
import { useRef } from 'react'
import { useEditor, useSceneEditor } from '../scene-editor/scene-editor-context'
import { AddSoundControls } from './add-sound-controls'
import { BedRow } from './bed-row'
import { MixPreviewButtons } from './mix-preview-buttons'
import { NarrationRecorder } from './narration-recorder'
import { PositionalRow } from './positional-row'
import type { NewSoundAsset } from './sound-asset'
import { addBed, addPositionalSound } from './soundscape-commands'
import './sound.css'
import { soundscapeStrings as t } from './strings'
import { useSoundCommit } from './use-sound-commit'

/**
 * The scene's sound in its details panel (issue #6): background sounds, sounds in one direction, the
 * mix preview, and the narration recorder. Every change is one undoable command.
 */
export const SceneSound = ({ scene }: { scene: Scene }) => {
  const commit = useSoundCommit(scene.id)
  const { announce } = useSceneEditor()
  const view = useEditor((state) => state.session.view)
  const section = useRef<HTMLElement>(null)
  const focusHeading = (selector: string) => () =>
    requestAnimationFrame(() => section.current?.querySelector<HTMLElement>(selector)?.focus())
  const { beds, sounds } = scene.soundscape
  const add = (kind: 'bed' | 'positional') => (assetId: AssetId, asset?: NewSoundAsset): string | null => {
    const id = makeId('sound')
    if (kind === 'bed') {
      const bed: AmbientBed = { id, assetId, gain: 0.8, loop: true, fadeInMs: 1000, fadeOutMs: 1000 }
      const refused = commit(addBed, { sceneId: scene.id, bed, asset }, t.steps.addBed)
      if (!refused && !asset) announce(t.added(t.bedName(beds.length)))
      return refused
    }
    const yawDeg = Math.round(view.yawDeg * 10) / 10
    const pitchDeg = Math.round(view.pitchDeg * 10) / 10
    const sound: PositionalSound = { id, assetId, yawDeg, pitchDeg, distanceM: 3, gain: 0.8, loop: true }
    const refused = commit(addPositionalSound, { sceneId: scene.id, sound, asset }, t.steps.addPositional)
    if (!refused && !asset) announce(t.added(t.positionalName(sounds.length)))
    return refused
  }
  return (
    <section className="scene-sound" aria-labelledby="scene-sound-heading" ref={section}>
      <h4 id="scene-sound-heading">{t.heading}</h4>
      <h5 id="scene-beds-heading" tabIndex={-1}>
        {t.bedsHeading}
      </h5>
      <p className="field-hint">{t.bedsHelp}</p>
      {beds.length === 0 ? (
        <p className="sound-empty">{t.noBeds}</p>
      ) : (
        <ul className="sound-list" aria-labelledby="scene-beds-heading">
          {beds.map((bed, index) => (
            <BedRow key={bed.id} bed={bed} index={index} sceneId={scene.id} onRemoved={focusHeading('#scene-beds-heading')} />
          ))}
        </ul>
      )}
      <AddSoundControls addLabel={t.addBed} importLabel={t.importBed} onAdd={add('bed')} />
      <h5 id="scene-positional-heading" tabIndex={-1}>
        {t.positionalHeading}
      </h5>
      <p className="field-hint">{t.positionalHelp}</p>
      {sounds.length === 0 ? (
        <p className="sound-empty">{t.noPositional}</p>
      ) : (
        <ul className="sound-list" aria-labelledby="scene-positional-heading">
          {sounds.map((sound, index) => (
            <PositionalRow key={sound.id} sound={sound} index={index} sceneId={scene.id} onRemoved={focusHeading('#scene-positional-heading')} />
          ))}
        </ul>
      )}
      <AddSoundControls addLabel={t.addPositional} importLabel={t.importPositional} onAdd={add('positional')} />
      <MixPreviewButtons scene={scene} />
      <NarrationRecorder scene={scene} />
    </section>
  )
}
