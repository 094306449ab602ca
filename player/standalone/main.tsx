import './zod-jitless'
import { startUiLocale } from '@i18n'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { registerPublishedWorker } from './offline-worker'
import { PlayPage } from './play-page'
import './play-page.css'

/** Entry of the standalone player page, /play/?story=<url of story.json>, and of published stories. */
registerPublishedWorker(document, window.location)
startUiLocale()
const root = document.getElementById('root')
if (root) {
  createRoot(root).render(
    <StrictMode>
      <PlayPage />
    </StrictMode>,
  )
}
