import { createContext, useContext } from 'react'
import { useStore } from 'zustand'
import type { LibraryState } from './library-store'
import type { LibraryServices } from './library-services'

/** The library services of this page, given by <App>. */
export const LibraryContext = createContext<LibraryServices | null>(null)

/** The library services; only inside <App>. */
export const useLibrary = (): LibraryServices => {
  const services = useContext(LibraryContext)
  if (!services) throw new Error('useLibrary needs <LibraryContext.Provider>')
  return services
}

/** A piece of the library state, re-rendering when it changes. */
export const useLibraryState = <T>(selector: (state: LibraryState) => T): T => useStore(useLibrary().store, selector)
