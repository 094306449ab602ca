import { useEffect } from 'react'
import { useLibrary, useLibraryState } from './library-context'

/**
 * When the library lives only in this page's memory (A-F14) and something was made or changed, the
 * browser asks before the page is closed. Renders nothing.
 */
export const LeaveGuard = () => {
  const { storage } = useLibrary()
  const unsaved = useLibraryState((state) => state.unsavedInMemory)
  const atRisk = storage.kind === 'memory' && unsaved
  useEffect(() => {
    if (!atRisk) return
    const warn = (event: BeforeUnloadEvent) => event.preventDefault()
    window.addEventListener('beforeunload', warn)
    return () => window.removeEventListener('beforeunload', warn)
  }, [atRisk])
  return null
}
