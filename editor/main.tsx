import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app'
import './editor.css'
import './ui/ui.css'
import './library/library.css'

/** Entry of the editor page (`/`). */
const root = document.getElementById('root')
if (!root) throw new Error('The page has no #root element')
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
)
