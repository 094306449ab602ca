import type { HotspotId, SceneId, Story } from '@story-schema'
import { createStore } from 'zustand/vanilla'
import type { CaptionSettings } from '../captions'
import type { PlayerSettings } from './settings'
import type { StoryRun } from './story-run'

/**
 * What the player shows, in one vanilla zustand store per <StoryPlayer>. It changes on viewer actions
 * (a choice, a setting), never per frame. Actions live in player-controller.ts.
 */
export type PlayerPhase = 'start' | 'settings' | 'playing'

export type PlayerNotice = { kind: 'unfinished'; label: string }

export type PlayerState = {
  phase: PlayerPhase
  /** Where the settings screen goes back to. */
  settingsFrom: 'start' | 'playing'
  run: StoryRun | null
  settings: PlayerSettings
  /** How captions look: size, plate opacity, position (C-12). */
  captionLook: CaptionSettings
  hasSavedProgress: boolean
  /** The billboard whose panel is open. */
  openHotspotId: HotspotId | null
  /** The hotspot whose DOM button has keyboard focus, shown as a focus ring in 3D. */
  focusedHotspotId: HotspotId | null
  notice: PlayerNotice | null
  /** True from a choice until the new scene has faded in: further choices wait (a cool-down, C-5). */
  transitioning: boolean
  /** Increases when a new scene is shown, for focus and announcements (C-27). */
  sceneEpoch: number
  /** Scenes whose panorama failed to load (B-32): the description is shown instead. */
  failedPictureSceneIds: readonly SceneId[]
  /** The browser can run an immersive-vr session and the XR module is loaded ("Enter VR" shows). */
  xrSupported: boolean
  /** The headset session is running. */
  inXr: boolean
  /** Gyroscope look is on (phones). */
  motionOn: boolean
}

export const createPlayerStore = (_story: Story, settings: PlayerSettings, captionLook: CaptionSettings, hasSavedProgress: boolean) =>
  createStore<PlayerState>(() => ({
    phase: 'start',
    settingsFrom: 'start',
    run: null,
    settings,
    captionLook,
    hasSavedProgress,
    openHotspotId: null,
    focusedHotspotId: null,
    notice: null,
    transitioning: false,
    sceneEpoch: 0,
    failedPictureSceneIds: [],
    xrSupported: false,
    inXr: false,
    motionOn: false,
  }))

export type PlayerStore = ReturnType<typeof createPlayerStore>
