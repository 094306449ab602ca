import type { Story } from '@story-schema'
import { useEffect, useState } from 'react'
import { StoryErrorScreen, StoryPlayer } from '../index'
import { loadStoryText } from '../runtime/load-story-file'
import { strings } from '../ui/strings'
import { assetResolverFor, storyUrlFrom } from './story-url'

type PageState =
  | { kind: 'loading' }
  | { kind: 'error'; message: string; problems: string[] }
  | { kind: 'ready'; story: Story; resolveAssetUrl: (path: string) => string }
  | { kind: 'no-story' }

const samples = [
  { slug: 'my-street', title: 'My street' },
  { slug: 'harbour-at-dawn', title: 'Harbour at dawn' },
]

/** Loads the story named by ?story=, checks it, and hands it to <StoryPlayer> (or says what is wrong). */
export function PlayPage() {
  const [state, setState] = useState<PageState>({ kind: 'loading' })

  useEffect(() => {
    const target = storyUrlFrom(window.location.href)
    if (!target.ok) {
      setState(target.reason === 'missing' ? { kind: 'no-story' } : { kind: 'error', message: strings.badStoryUrl, problems: [] })
      return
    }
    let live = true
    fetch(target.url, { credentials: 'same-origin' })
      .then(async (response) => {
        if (!response.ok) throw new Error(strings.storyFetchFailed(`${response.status} ${response.statusText}`.trim()))
        const result = loadStoryText(await response.text())
        if (!live) return
        if (result.ok) {
          document.title = Object.values(result.story.title)[0] ?? document.title
          setState({ kind: 'ready', story: result.story, resolveAssetUrl: assetResolverFor(target.url) })
        } else setState({ kind: 'error', message: result.message, problems: result.problems })
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
          {samples.map((sample) => (
            <li key={sample.slug}>
              <a href={`?story=/samples/${sample.slug}/story.json`}>{sample.title}</a>
            </li>
          ))}
        </ul>
      </main>
    )
  }
  return (
    <main className="play-page">
      <StoryPlayer story={state.story} resolveAssetUrl={state.resolveAssetUrl} />
    </main>
  )
}
