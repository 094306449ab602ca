import { followStoryLanguage, useUiLocale } from '@i18n'
import type { Story } from '@story-schema'
import type { CSSProperties } from 'react'
import { lazy, Suspense, useEffect, useLayoutEffect, useRef, useState } from 'react'
import { useStore } from 'zustand'
import { startEarlyPictures } from './media/early-pictures'
import { panoramaLimitPx, probeGpu } from './media/gpu-limits'
import type { PlayerOptions } from './options'
import { resolvePlayerOptions } from './options'
import { createPlayerController } from './runtime/player-controller'
import { textScaleBySize } from './runtime/settings'
import { directionOf } from './runtime/story-text'
import { PlayerContext } from './ui/player-context'
import { PlayingScreen } from './ui/playing-screen'
import { SettingsScreen } from './ui/settings-screen'
import { SoundHost } from './ui/sound-host'
import { StartScreen } from './ui/start-screen'
import { ViewErrorBoundary } from './ui/view-error-boundary'
import { EnterVrButton } from './xr/enter-vr-button'
import './ui/player-base.css'
import './ui/player-screens.css'
import './ui/playing-screen.css'
import './ui/captions-sound.css'

const PanoramaView = lazy(() => import('./scene/panorama-view'))

export type StoryPlayerProps = {
  /** A story that came through story-schema's parseStoryFile. */
  story: Story
  /** Turns a package path ("images/harbour.jpg") into a URL the browser can load. */
  resolveAssetUrl: (path: string) => string
  options?: PlayerOptions
}

/**
 * Plays a story on a desktop, a phone or a headset. Give it a new `key` to play another story.
 * Without WebGL (or with options.textMode) it tells the whole story in words.
 */
export function StoryPlayer({ story, resolveAssetUrl, options }: StoryPlayerProps) {
  const [resolved] = useState(() => resolvePlayerOptions(options))
  const [player] = useState(() => createPlayerController(story, resolveAssetUrl, resolved))
  const [gpu, setGpu] = useState(() => (resolved.textMode ? null : probeGpu()))
  // The first picture starts loading now, in parallel with the 3D view's chunk (media/early-pictures.ts).
  useState(() => gpu && startEarlyPictures(story, player.shownScene()?.id, resolveAssetUrl, panoramaLimitPx(gpu)))
  const phase = useStore(player.store, (s) => s.phase)
  const settings = useStore(player.store, (s) => s.settings)
  // Every string of the player is read again when the interface language changes (C-26).
  useUiLocale()

  const [openingLanguage] = useState(settings.language)
  useEffect(() => {
    if (resolved.uiLanguageFollowsStory) followStoryLanguage(settings.language, settings.language === openingLanguage)
  }, [resolved, settings.language, openingLanguage])

  useEffect(() => {
    if (resolved.showStartScreen || player.store.getState().phase !== 'start') return
    // No start button (the editor's preview): sound may start only if the page already had the
    // viewer's gesture (C-15); otherwise "Play sound" starts it.
    if (typeof navigator !== 'undefined' && navigator.userActivation?.hasBeenActive) player.audio.unlock()
    player.start()
  }, [player, resolved])

  // The page's first frame (player/first-frame/) waits under the 3D view until the view takes over;
  // text mode, a broken view or another opening scene let it go at once. (Not let go on unmount: the
  // page owns it, and React's StrictMode unmounts once on purpose.)
  const root = useRef<HTMLDivElement>(null)
  const firstFrame = resolved.firstFrame
  useLayoutEffect(() => {
    if (!firstFrame) return
    if (gpu && root.current && player.shownScene()?.id === firstFrame.sceneId) firstFrame.place(root.current, 'first')
    else firstFrame.release()
  }, [firstFrame, gpu, player])

  const style = { '--text-scale': String(textScaleBySize[settings.textSize]) } as CSSProperties
  return (
    <PlayerContext.Provider value={player}>
      <div
        ref={root}
        className={`story-player${gpu ? '' : ' text-only'}`}
        lang={settings.language}
        dir={directionOf(settings.language)}
        data-contrast={settings.highContrast ? 'high' : 'normal'}
        data-reduced-motion={settings.reducedMotion ? 'true' : 'false'}
        style={style}
      >
        <SoundHost />
        {phase === 'start' && <StartScreen />}
        {phase === 'settings' && <SettingsScreen />}
        {phase === 'playing' && <PlayingScreen textMode={!gpu} extraActions={gpu && resolved.allowXr ? <EnterVrButton /> : null} />}
        {/* After the DOM layer in Tab order (the arrow-key view comes last), drawn behind it. */}
        {gpu && (
          <ViewErrorBoundary onError={() => setGpu(null)}>
            <Suspense fallback={null}>
              <PanoramaView gpu={gpu} allowXr={resolved.allowXr} firstFrame={firstFrame ?? null} />
            </Suspense>
          </ViewErrorBoundary>
        )}
      </div>
    </PlayerContext.Provider>
  )
}
