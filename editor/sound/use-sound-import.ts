import { makeId } from '@story-schema'
import { useCallback, useState } from 'react'
import { isMediaStoreError } from '../persistence/store-photo'
import { useSceneEditor } from '../scene-editor/scene-editor-context'
import { importSound, type SoundFile } from './import-sound'
import type { NewSoundAsset } from './sound-asset'
import { isSoundImportError } from './sound-import-error'
import { soundErrorStrings } from './strings'
import { webAudioCodec } from './web-audio-codec'

/** Where an import is: nothing, checking a file, or refused (a message naming the file). */
export type SoundImportState = { busy: string | null; error: string | null }

/**
 * Imports a sound file (checked and perhaps converted by `importSound`), stores it in the media store
 * and answers it as a `NewSoundAsset` for a command to add in the same step that uses it, with the
 * import's notes; or null after showing why not. Nothing in the story changes until the command runs.
 */
export const useSoundImport = () => {
  const { storeSound } = useSceneEditor()
  const [state, setState] = useState<SoundImportState>({ busy: null, error: null })
  const run = useCallback(
    async (file: SoundFile): Promise<{ asset: NewSoundAsset; notes: string[] } | null> => {
      if (!storeSound) return null
      setState({ busy: file.name, error: null })
      try {
        const sound = await importSound(file, webAudioCodec)
        const sha256 = await storeSound(sound.bytes, sound.mime)
        setState({ busy: null, error: null })
        const asset: NewSoundAsset = {
          id: makeId('asset'),
          fileName: sound.fileName,
          mime: sound.mime,
          bytes: sound.bytes.byteLength,
          sha256,
          durationMs: sound.durationMs,
        }
        return { asset, notes: sound.notes }
      } catch (error) {
        const known = isSoundImportError(error) || isMediaStoreError(error)
        setState({ busy: null, error: known ? error.message : soundErrorStrings.corrupt(file.name) })
        return null
      }
    },
    [storeSound],
  )
  const clearError = useCallback(() => setState((old) => ({ ...old, error: null })), [])
  return { ...state, run, clearError, canImport: storeSound !== undefined }
}
