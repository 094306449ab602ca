import { useUiLocale } from '@i18n'
import type { Story } from '@story-schema'
import { useEffect, useState } from 'react'
import { StoryErrorScreen, StoryPlayer } from '../index'
import { loadStoryText } from '../runtime/load-story-file'
import { strings } from '../ui/strings'
import { storySourceOf } from './story-source'
import { assetResolverFor } from './story-url'

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

/** Loads the story (inline, ?story= or the published meta tag, see story-source.ts), checks it, and hands it to <StoryPlayer> (or says what is wrong). */
export function PlayPage() {
  const [state, setState] = useState<PageState>({ kind: 'loading' })
  useUiLocale()

  useEffect(() => {
    const source = storySourceOf(document, window.location.href)
    const show = (text: string, resolveAssetUrl: (path: string) => string) => {
      const result = loadStoryText(text)
      if (result.ok) {
        document.title = Object.values(result.story.title)[0] ?? document.title
        setState({ kind: 'ready', story: result.story, resolveAssetUrl })
      } else setState({ kind: 'error', message: result.message, problems: result.problems })
    }
    if (source.kind === 'inline') {
      show(source.text, (path) => source.mediaUrls.get(path) ?? 'data:,')
      return
    }
    if (source.kind === 'not-allowed') {
      setState({ kind: 'error', message: strings.badStoryUrl, problems: [] })
      return
    }
    if (source.kind === 'missing') {
      void listSamples().then((samples) => setState({ kind: 'no-story', samples }))
      return
    }
    let live = true
    fetch(source.url, { credentials: 'same-origin' })
      .then(async (response) => {
        if (!response.ok) throw new Error(strings.storyFetchFailed(`${response.status} ${response.statusText}`.trim()))
        const text = await response.text()
        if (live) show(text, assetResolverFor(source.url))
      })
      .catch((error: unknown) => {
        if (live) setState({ kind: 'error', message: error instanceof Error ? error.message : String(error), problems: [] })
      })
    return () => {
      live = false
    }
  }, [])

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
      <StoryPlayer story={state.story} resolveAssetUrl={state.resolveAssetUrl} options={standaloneOptions} />
    </main>
  )
}
