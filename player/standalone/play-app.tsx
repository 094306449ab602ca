import { startUiLocale } from '@i18n'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import type { FirstFrame } from '../first-frame/first-frame'
import type { BootStory } from './boot-story'
import { registerPublishedWorker } from './offline-worker'
import { PlayPage } from './play-page'
import './play-page.css'

/** The standalone page's app, loaded by main.ts once the story file is in and its first frame painted. */
export const mountPlayPage = (story: BootStory, firstFrame: FirstFrame | null): void => {
  registerPublishedWorker(document, window.location)
  startUiLocale()
  const root = document.getElementById('root')
  if (!root) return
  createRoot(root).render(
    <StrictMode>
      <PlayPage story={story} firstFrame={firstFrame} />
    </StrictMode>,
  )
}
