import { startUiLocale } from '@i18n'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
// The base styles first; each component's own CSS comes with it and builds on these.
import './editor.css'
import { App } from './app'

/** Entry of the editor page (`/`). */
// The interface language: chosen before on this device, else the browser's, else English (C-26).
startUiLocale()
const root = document.getElementById('root')
if (!root) throw new Error('The page has no #root element')
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
)
