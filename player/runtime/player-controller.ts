import type { ChoiceId, EngineEffect, Hotspot, HotspotId, Scene, SceneId, Story } from '@story-schema'
import type { CaptionSettings } from '../captions/caption-settings'
import { loadCaptionSettings, saveCaptionSettings } from '../captions/caption-settings'
import { createCaptionFeed } from './caption-feed'
import { dispatchEffects } from './effect-sink'
import type { PlayerAudio } from './player-audio'
import { createPlayerAudio } from './player-audio'
import type { PlayerStore } from './player-store'
import { createPlayerStore } from './player-store'
import { clearProgress, loadProgress, saveProgress } from './progress-storage'
import type { FadeStore, FrameWaiter } from './scene-fade'
import { createFadeStore, runThroughBlack, windowFrameWaiter } from './scene-fade'
import { applySceneView } from './scene-view'
import type { PlayerSettings } from './settings'
import { loadSettings, saveSettings } from './settings'
import type { ActResult, RunStep } from './story-run'
import { actInRun, backInRun, runChoices, runEnded, runHotspots, runInLanguage, runSceneId, startRun, stepShowsScene } from './story-run'
import { textIn } from './story-text'
import type { ViewStore } from './view-store'
import { createViewStore } from './view-store'

/**
 * The player's actions: start, continue, select a hotspot, pick a choice, back, restart, settings.
 * Every input (DOM button, 3D click, controller, gaze dwell) ends in `select` or `choose`, so all of
 * them behave the same. Pure TS (no React, no three): the 3D view plugs in through `attachView`.
 */
export type ControllerOptions = {
  startSceneId?: SceneId
  persistProgress: boolean
  onEffect?: (effect: EngineEffect) => void
  onSceneChange?: (sceneId: SceneId) => void
}

/** What the 3D view (and the headset rig) register; none in text mode. */
export type ViewHooks = {
  /** Called while the screen is black with the scene about to show (C-18): the headset recenters here. */
  showScene?(scene: Scene): void
  nextFrame?: FrameWaiter
}

export const createPlayerController = (story: Story, resolveAssetUrl: (path: string) => string, options: ControllerOptions) => {
  const saved = options.persistProgress ? loadProgress(story) : undefined
  const resumable = saved && !runEnded(saved) ? saved : undefined
  const settings = loadSettings(story)
  const store: PlayerStore = createPlayerStore(story, settings, loadCaptionSettings(), !!resumable)
  const fade: FadeStore = createFadeStore()
  const view: ViewStore = createViewStore()
  const audio: PlayerAudio = createPlayerAudio(story, resolveAssetUrl, settings.language)
  const viewHooks = new Set<ViewHooks>()
  const nextFrame: FrameWaiter = () => ([...viewHooks].find((h) => h.nextFrame)?.nextFrame ?? windowFrameWaiter)()

  const sceneOf = (id: SceneId): Scene | undefined => story.scenes.find((s) => s.id === id)
  const currentScene = (): Scene | undefined => {
    const run = store.getState().run
    return run ? sceneOf(runSceneId(run)) : undefined
  }
  const captionView = () => ({ language: store.getState().settings.language, size: store.getState().captionLook.size })
  const captions = createCaptionFeed({ story, audio, scene: currentScene, view: captionView })
  const firstScene = sceneOf(resumable ? runSceneId(resumable) : (options.startSceneId ?? story.startSceneId))
  if (firstScene) applySceneView(view, story, firstScene)
  const hotspotsNow = (): Hotspot[] => {
    const run = store.getState().run
    return run ? runHotspots(story, run) : []
  }
  const language = () => store.getState().settings.language
  const fadeMs = (): number => {
    if (viewHooks.size === 0 || store.getState().settings.reducedMotion || story.playerDefaults.transition.kind === 'cut') return 0
    return story.playerDefaults.transition.fadeMs
  }

  const commit = (step: RunStep, newScene: boolean): void => {
    const state = store.getState()
    const scene = sceneOf(runSceneId(step.run))
    store.setState({
      run: step.run,
      openHotspotId: null,
      notice: null,
      sceneEpoch: newScene ? state.sceneEpoch + 1 : state.sceneEpoch,
    })
    if (newScene && scene) {
      applySceneView(view, story, scene)
      for (const hooks of viewHooks) hooks.showScene?.(scene)
      audio.sceneShown(scene)
      options.onSceneChange?.(scene.id)
    }
    dispatchEffects(step.effects, audio, options.onEffect)
    if (!options.persistProgress) return
    if (runEnded(step.run)) clearProgress(story)
    else saveProgress(story, step.run)
  }

  /** Shows a step: new scenes through black (C-18), the same scene at once. Input waits meanwhile. */
  const moveTo = async (step: RunStep, always = false): Promise<void> => {
    const newScene = always || stepShowsScene(store.getState().run, step)
    if (!newScene) return commit(step, false)
    store.setState({ transitioning: true })
    try {
      await runThroughBlack(fade, fadeMs(), () => commit(step, true), nextFrame)
    } finally {
      store.setState({ transitioning: false })
    }
  }

  const begin = (step: RunStep): void => {
    store.setState({ phase: 'playing', hasSavedProgress: false })
    commit(step, true)
  }

  const settle = (hotspot: Hotspot, result: ActResult): void => {
    if (result.kind === 'unfinished') store.setState({ notice: { kind: 'unfinished', label: textIn(story, language())(hotspot.label) } })
    else if (result.kind === 'moved') void moveTo(result.step)
  }

  return {
    story,
    store,
    fade,
    view,
    /** Sound: the one mixer, its settings, pause and unlock (player-audio.ts). */
    audio,
    /** The captions showing now (caption-feed.ts). */
    captions,
    resolveAssetUrl,
    currentScene,
    /** The scene on screen: the run's, or before the start the one the story will open with. */
    shownScene: (): Scene | undefined => currentScene() ?? firstScene,
    hotspotsNow,
    sceneOf,
    /** The 3D view (and the headset rig) plug in; returns the function that unplugs them. */
    attachView(hooks: ViewHooks): () => void {
      viewHooks.add(hooks)
      return () => viewHooks.delete(hooks)
    },
    start(): void {
      if (options.persistProgress) clearProgress(story)
      begin(startRun(story, language(), options.startSceneId))
    },
    resume(): void {
      const run = options.persistProgress ? loadProgress(story) : undefined
      if (run) begin({ run: runInLanguage(story, run, language()), effects: [] })
      else this.start()
    },
    restart(): void {
      void moveTo(startRun(story, language(), options.startSceneId), true)
    },
    back(): void {
      const { run, transitioning } = store.getState()
      const step = run && !transitioning ? backInRun(story, run) : null
      if (step) void moveTo(step)
    },
    /** A hotspot was chosen by any input. Ignored while a scene change is running (a cool-down). */
    select(hotspotId: HotspotId): void {
      const state = store.getState()
      if (!state.run || state.transitioning || runEnded(state.run)) return
      const hotspot = hotspotsNow().find((h) => h.id === hotspotId)
      if (!hotspot) return
      if (hotspot.kind === 'billboard') {
        store.setState({ openHotspotId: state.openHotspotId === hotspot.id ? null : hotspot.id, notice: null })
        return
      }
      settle(hotspot, actInRun(story, state.run, hotspot))
    },
    /** A choice on a billboard was picked. */
    choose(hotspotId: HotspotId, choiceId: ChoiceId): void {
      const state = store.getState()
      if (!state.run || state.transitioning) return
      const hotspot = hotspotsNow().find((h) => h.id === hotspotId)
      const choice = hotspot ? runChoices(story, state.run, hotspot).find((c) => c.id === choiceId) : undefined
      if (hotspot && choice) settle(hotspot, actInRun(story, state.run, hotspot, choice))
    },
    closePanel: (): void => store.setState({ openHotspotId: null }),
    dismissNotice: (): void => store.setState({ notice: null }),
    openSettings(): void {
      const { phase } = store.getState()
      store.setState({ phase: 'settings', settingsFrom: phase === 'playing' ? 'playing' : 'start' })
    },
    closeSettings: (): void => store.setState({ phase: store.getState().settingsFrom }),
    updateSettings(patch: Partial<PlayerSettings>): void {
      const { settings, run } = store.getState()
      const next = { ...settings, ...patch }
      store.setState({ settings: next, run: run && patch.language ? runInLanguage(story, run, patch.language) : run })
      if (patch.language) audio.setLanguage(patch.language)
      saveSettings(next)
    },
    /** Caption size, plate and position (C-12), remembered in this browser. */
    updateCaptionLook(patch: Partial<CaptionSettings>): void {
      const next = { ...store.getState().captionLook, ...patch }
      store.setState({ captionLook: next })
      saveCaptionSettings(next)
    },
    setFocusedHotspot(id: HotspotId | null): void {
      if (store.getState().focusedHotspotId !== id) store.setState({ focusedHotspotId: id })
    },
    pictureFailed(sceneId: SceneId): void {
      const failed = store.getState().failedPictureSceneIds
      if (!failed.includes(sceneId)) store.setState({ failedPictureSceneIds: [...failed, sceneId] })
    },
  }
}

export type PlayerController = ReturnType<typeof createPlayerController>
