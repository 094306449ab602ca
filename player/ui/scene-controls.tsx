import type { ReactNode } from 'react'
import { runCanGoBack } from '../runtime/story-run'
import { usePlayer, usePlayerState } from './player-context'
import { strings } from './strings'
import { ViewControls } from './view-controls'

type Props = { textMode: boolean; describeOpen: boolean; onDescribe: () => void; children?: ReactNode }

/**
 * The scene's controls, after the choices in reading and Tab order (C-1): turn buttons, the
 * description (C-17), back, settings and extras such as Enter VR.
 */
export function SceneControls({ textMode, describeOpen, onDescribe, children }: Props) {
  const player = usePlayer()
  const canGoBack = usePlayerState((s) => s.run !== null && runCanGoBack(s.run))
  return (
    <div className="scene-controls">
      {!textMode && <ViewControls />}
      <div className="scene-controls-actions">
        {!textMode && (
          <button type="button" className="player-button" aria-expanded={describeOpen} aria-controls="story-player-description" onClick={onDescribe}>
            {describeOpen ? strings.hideDescription : strings.describe}
          </button>
        )}
        {canGoBack && (
          <button type="button" className="player-button" onClick={() => player.back()}>
            <span aria-hidden="true">← </span>
            {strings.back}
          </button>
        )}
        <button type="button" className="player-button" onClick={() => player.openSettings()}>
          {strings.settings}
        </button>
        {children}
      </div>
    </div>
  )
}
