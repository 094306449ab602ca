import { useUiLocale } from '@i18n'
import { useEffect, useState } from 'react'
import { useRoute } from './app-route'
import { LibraryContext } from './library/library-context'
import { LeaveGuard } from './library/leave-guard'
import { LibraryScreen } from './library/library-screen'
import type { LibraryServices } from './library/library-services'
import { createLibraryServices } from './library/library-services'
import { PlayScreen } from './library/play-screen'
import { TrashScreen } from './library/trash-screen'
import { openLibraryStorage } from './persistence/open-library-storage'
import { StoryScreen } from './story-screen/story-screen'
import { OfflineReadyNotice } from './app-offline/offline-ready-notice'
import { Banner } from './ui/banner'
import { strings } from './ui/strings'
import { GuidePanel } from './guide/guide-panel'
import { warmLanguageNames } from './languages/warm-language-names'

/**
 * The authoring app: opens the library storage (IndexedDB, or memory with a banner when the browser
 * can't keep data, A-F14) and shows the screen the URL hash names.
 */
export const App = () => {
  const [services, setServices] = useState<LibraryServices | null>(null)
  const route = useRoute()
  // Every string of the editor is read again when the interface language changes (C-26).
  useUiLocale()
  useEffect(() => {
    // Off the page, while it is idle: the story screen names languages as soon as it opens.
    const idle = typeof requestIdleCallback === 'function' ? requestIdleCallback(warmLanguageNames, { timeout: 3000 }) : null
    return () => {
      if (idle !== null) cancelIdleCallback(idle)
    }
  }, [])
  useEffect(() => {
    let live = true
    let made: LibraryServices | null = null
    void openLibraryStorage().then((storage) => {
      if (!live) return storage.close()
      made = createLibraryServices(storage, document.baseURI)
      setServices(made)
    })
    return () => {
      live = false
      made?.dispose()
    }
  }, [])

  if (!services) {
    return (
      <main className="app">
        <p role="status">{strings.openingLibrary}</p>
      </main>
    )
  }
  return (
    <LibraryContext.Provider value={services}>
      <div className={`app app-${route.name}`}>
        <LeaveGuard />
        {services.storage.kind === 'memory' && (
          <header className="app-header">
            <Banner tone="danger" title={strings.memoryBannerTitle}>
              <p>{strings.memoryBanner}</p>
            </Banner>
          </header>
        )}
        {route.name !== 'play' && <GuidePanel />}
        <main className="app-main">
          {route.name === 'library' && <LibraryScreen />}
          {route.name === 'trash' && <TrashScreen />}
          {route.name === 'story' && <StoryScreen key={route.id} storyId={route.id} place={route} />}
          {route.name === 'play' && <PlayScreen key={route.id} storyId={route.id} />}
        </main>
        <OfflineReadyNotice />
      </div>
    </LibraryContext.Provider>
  )
}
