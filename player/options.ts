import type { EngineEffect, SceneId } from '@story-schema'
import type { FirstFrame } from './first-frame/first-frame'

/**
 * Options of <StoryPlayer>. Every option has a default, so `options` may be left out. The editor's
 * preview typically passes `{ showStartScreen: false, startSceneId, persistProgress: false }`.
 */
export type PlayerOptions = {
  /** Show the start screen (title, settings, Start/Continue) first. @default true */
  showStartScreen?: boolean
  /** Start at this scene instead of the story's start. @default story.startSceneId */
  startSceneId?: SceneId
  /** Remember progress in localStorage (key per story id) and offer "Continue". @default true */
  persistProgress?: boolean
  /** Every effect the engine emits (set, playSound, goTo, end…), for embedders (sound plays by itself). */
  onEffect?: (effect: EngineEffect) => void
  /** Called when a new scene shows. */
  onSceneChange?: (sceneId: SceneId) => void
  /** Tell the story in words, without 360° pictures, even where WebGL works. @default false */
  textMode?: boolean
  /** Offer "Enter VR" where the browser supports immersive-vr. @default true */
  allowXr?: boolean
  /**
   * The interface language (buttons, menus) follows the story language the viewer picks, when there is
   * a catalogue for it and the viewer has not chosen an interface language (C-26). The standalone page
   * turns it on; inside the editor the interface stays in the editor's language. @default false
   */
  uiLanguageFollowsStory?: boolean
  /**
   * The opening picture already painted by the page (`startFirstFrame`, player/first-frame/): the
   * player places its canvas over the 3D view and removes it once the view shows the picture.
   */
  firstFrame?: FirstFrame | null
}

export type ResolvedPlayerOptions = Required<Omit<PlayerOptions, 'startSceneId' | 'onEffect' | 'onSceneChange' | 'firstFrame'>> &
  Pick<PlayerOptions, 'startSceneId' | 'onEffect' | 'onSceneChange' | 'firstFrame'>

export const resolvePlayerOptions = (options: PlayerOptions = {}): ResolvedPlayerOptions => ({
  showStartScreen: options.showStartScreen ?? true,
  persistProgress: options.persistProgress ?? true,
  textMode: options.textMode ?? false,
  allowXr: options.allowXr ?? true,
  uiLanguageFollowsStory: options.uiLanguageFollowsStory ?? false,
  startSceneId: options.startSceneId,
  onEffect: options.onEffect,
  onSceneChange: options.onSceneChange,
  firstFrame: options.firstFrame,
})
