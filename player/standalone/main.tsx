import { startUiLocale } from '@i18n'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { PlayPage } from './play-page'

/** Entry of the standalone player page, /play/?story=<url of story.json>. */
startUiLocale()
const root = document.getElementById('root')
if (root) {
  createRoot(root).render(
    <StrictMode>
      <PlayPage />
    </StrictMode>,
  )
}
