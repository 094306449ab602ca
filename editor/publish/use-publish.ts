import type { Story } from '@story-schema'
import { useState } from 'react'
import { downloadFile } from '../library/download-file'
import type { LibraryStorage } from '../persistence/library-storage'
import { fetchPlayerFiles } from './player-files'
import { singleFileBlob } from './single-file'
import type { StoryForPublishing } from './story-for-publishing'
import { storyForPublishing } from './story-for-publishing'
import { publishStrings as t } from './strings'
import { websiteZip } from './website-zip'

export type PublishStatus = { text: string; tone: 'info' | 'danger'; busy: boolean }

/** A version for the offline cache: a new one for every publication, so a re-published folder refreshes. */
const versionNow = (): string => new Date().toISOString()

/**
 * The publish actions: read the story's media, fetch the player's files, make the zip or the single
 * file, and say what happened. `websiteBlob` is shared with "Share in the room".
 */
export const usePublish = (story: () => Story, storage: Pick<LibraryStorage, 'getMediaBlob'>) => {
  const [status, setStatus] = useState<PublishStatus | null>(null)

  const prepare = async (): Promise<StoryForPublishing> => {
    const ready = await storyForPublishing(story(), storage)
    return ready
  }
  const problem = (error: unknown) => {
    console.error('Publishing failed', error)
    const playerMissing = error instanceof Error && error.message.includes('player-files')
    setStatus({ text: playerMissing ? t.playerMissing : t.failed, tone: 'danger', busy: false })
  }
  const done = (ready: StoryForPublishing, text: string) => {
    const missing = ready.missing.length > 0 ? ` ${t.missingMedia(ready.missing.length)}` : ''
    setStatus({ text: `${text}${missing}`, tone: 'info', busy: false })
  }

  const websiteBlob = async (): Promise<{ blob: Blob; ready: StoryForPublishing }> => {
    const ready = await prepare()
    const blob = await websiteZip(ready, await fetchPlayerFiles(), versionNow())
    return { blob, ready }
  }

  const downloadWebsite = async () => {
    setStatus({ text: t.making, tone: 'info', busy: true })
    try {
      const { blob, ready } = await websiteBlob()
      const name = `${ready.slug}-website.zip`
      downloadFile(blob, name)
      done(ready, t.websiteReady(name))
    } catch (error) {
      problem(error)
    }
  }

  const downloadSingle = async () => {
    setStatus({ text: t.making, tone: 'info', busy: true })
    try {
      const ready = await prepare()
      const blob = await singleFileBlob(ready, await fetchPlayerFiles())
      const name = `${ready.slug}.html`
      downloadFile(blob, name)
      done(ready, t.singleReady(name))
    } catch (error) {
      problem(error)
    }
  }

  return { status, setStatus, downloadWebsite, downloadSingle, websiteBlob }
}
