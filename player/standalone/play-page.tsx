import { useUiLocale } from '@i18n'
import type { Story } from '@story-schema'
import { useEffect, useState } from 'react'
import { StoryErrorScreen, StoryPlayer } from '../index'
import { loadStoryText } from '../runtime/load-story-file'
import { strings } from '../ui/strings'
import type { FirstFrame } from '../first-frame/first-frame'
import type { BootStory } from './boot-story'

type PageState =
  | { kind: 'loading' }
  | { kind: 'error'; message: string; problems: string[] }
  | { kind: 'ready'; story: Story; resolveAssetUrl: (path: string) => string }
  | { kind: 'no-story'; samples: SampleEntry[] }

type SampleEntry = { slug: string; title: string; summary?: string }

/** The samples shipped with the app (samples/index.json), or none when the list cannot be read. */
const listSamples = async (): Promise<SampleEntry[]> => {
  try {
    const response = await fetch('/samples/index.json')
    const list = (await response.json()) as unknown
    return Array.isArray(list) ? list.filter((s): s is SampleEntry => typeof s?.slug === 'string' && typeof s?.title === 'string') : []
  } catch {
    return []
  }
}

/** On its own page the player's buttons and menus speak the story's language where they can (C-26). */
const standaloneOptions = { uiLanguageFollowsStory: true } as const

/** Checks the story main.ts fetched (inline, ?story= or the published meta tag) and hands it to <StoryPlayer>, or says what is wrong. */
export function PlayPage({ story, firstFrame }: { story: BootStory; firstFrame: FirstFrame | null }) {
  const [state, setState] = useState<PageState>({ kind: 'loading' })
  useUiLocale()

  useEffect(() => {
    if (story.kind === 'not-allowed') return setState({ kind: 'error', message: strings.badStoryUrl, problems: [] })
    if (story.kind === 'http-error') return setState({ kind: 'error', message: strings.storyFetchFailed(story.status), problems: [] })
    if (story.kind === 'network-error') return setState({ kind: 'error', message: story.message, problems: [] })
    if (story.kind === 'text') {
      const result = loadStoryText(story.text)
      if (result.ok) {
        document.title = Object.values(result.story.title)[0] ?? document.title
        return setState({ kind: 'ready', story: result.story, resolveAssetUrl: story.resolveAssetUrl })
      }
      return setState({ kind: 'error', message: result.message, problems: result.problems })
    }
    let live = true
    void listSamples().then((samples) => live && setState({ kind: 'no-story', samples }))
    return () => {
      live = false
    }
  }, [story])
  // A story that cannot play takes the first frame with it.
  useEffect(() => {
    if (state.kind === 'error' || state.kind === 'no-story') firstFrame?.release()
  }, [state.kind, firstFrame])

  if (state.kind === 'loading') return <p className="play-page-loading" role="status">{strings.loading}</p>
  if (state.kind === 'error') return <StoryErrorScreen message={state.message} problems={state.problems} />
  if (state.kind === 'no-story') {
    return (
      <main className="play-page-samples">
        <h1>{strings.noStoryUrl}</h1>
        <p>{strings.pickSample}:</p>
        <ul>
          {state.samples.map((sample) => (
            <li key={sample.slug}>
              <a href={`?story=/samples/${encodeURIComponent(sample.slug)}/story.json`}>{sample.title}</a>
              {sample.summary && <p>{sample.summary}</p>}
            </li>
          ))}
        </ul>
      </main>
    )
  }
  return (
    <main className="play-page">
      <StoryPlayer story={state.story} resolveAssetUrl={state.resolveAssetUrl} options={{ ...standaloneOptions, firstFrame }} />
    </main>
  )
}
