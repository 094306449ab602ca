import { createContext, useContext } from 'react'
import { useStore } from 'zustand'
import type { PlayerController } from '../runtime/player-controller'
import type { PlayerState } from '../runtime/player-store'
import type { TextIn } from '../runtime/story-text'
import { textIn } from '../runtime/story-text'

/** The controller of the <StoryPlayer> around a component. */
export const PlayerContext = createContext<PlayerController | null>(null)

export const usePlayer = (): PlayerController => {
  const player = useContext(PlayerContext)
  if (!player) throw new Error('usePlayer needs a <StoryPlayer> around it')
  return player
}

/** A slice of the player state; re-renders only when it changes. */
export const usePlayerState = <T,>(selector: (state: PlayerState) => T): T => useStore(usePlayer().store, selector)

/** Story text in the viewer's language. */
export const useStoryText = (): TextIn => {
  const player = usePlayer()
  const language = usePlayerState((s) => s.settings.language)
  return textIn(player.story, language)
}
