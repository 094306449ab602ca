import { useEffect, useState } from 'react'
import { loadSampleIndex } from './sample-index'
import type { SampleEntry } from './sample-index'

type LoadState = { status: 'loading' } | { status: 'ready'; samples: SampleEntry[] } | { status: 'failed'; message: string }

/** The sample stories, each with a link that plays it in the player. */
export const SampleLibrary = () => {
  const [state, setState] = useState<LoadState>({ status: 'loading' })
  useEffect(() => {
    let live = true
    loadSampleIndex(document.baseURI)
      .then((samples) => live && setState({ status: 'ready', samples }))
      .catch((error: unknown) => live && setState({ status: 'failed', message: error instanceof Error ? error.message : String(error) }))
    return () => {
      live = false
    }
  }, [])

  return (
    <section className="sample-library" aria-labelledby="samples-heading">
      <h2 id="samples-heading">Sample stories</h2>
      {state.status === 'loading' && <p role="status">Loading the sample stories…</p>}
      {state.status === 'failed' && <p role="alert">{state.message}</p>}
      {state.status === 'ready' && (
        <ul className="sample-list">
          {state.samples.map((sample) => (
            <li key={sample.slug} className="sample-card">
              <h3 dir="auto">{sample.title}</h3>
              <p dir="auto">{sample.summary}</p>
              <p className="sample-languages">Languages: {sample.languages.join(', ')}</p>
              <a className="button" href={`play/?story=${encodeURIComponent(`../samples/${sample.path}`)}`}>
                Play <span className="visually-hidden">{sample.title}</span>
              </a>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
