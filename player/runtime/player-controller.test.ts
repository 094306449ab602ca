import type { EngineEffect, HotspotId, Story } from '@story-schema'
import { fakeLink, fakeScene, fakeStory } from '../../story-schema/testing/fake-story'
import { describe, expect, it } from 'vitest'
import { createPlayerController } from './player-controller'
import { runEnded, runSceneId, startRun, stepShowsScene } from './story-run'

const story: Story = fakeStory({
  scenes: [
    fakeScene('a', {
      hotspots: [fakeLink('to-b', 'b', { yawDeg: 30 }), fakeLink('nowhere', 'missing')],
      initialView: { yawDeg: 10, pitchDeg: 0, fovDeg: 75 },
    }),
    fakeScene('b', { ending: { message: { en: 'The end.' } }, initialView: { yawDeg: -40, pitchDeg: 5, fovDeg: 75 } }),
  ],
})

const at = (player: ReturnType<typeof createPlayerController>) => {
  const run = player.store.getState().run
  return run ? runSceneId(run) : null
}

describe('player controller (no view attached: every change is a cut)', () => {
  it('starts, follows a link, applies the initial view and ends', () => {
    const effects: EngineEffect[] = []
    const player = createPlayerController(story, (p) => `/s/${p}`, { persistProgress: false, onEffect: (e) => effects.push(e) })
    expect(player.store.getState().phase).toBe('start')
    player.start()
    expect(at(player)).toBe('scene:a')
    expect(player.view.getState().yawDeg).toBe(10)
    player.select('hotspot:to-b' as HotspotId)
    expect(at(player)).toBe('scene:b')
    expect(player.view.getState()).toMatchObject({ yawDeg: -40, pitchDeg: 5 })
    expect(runEnded(player.store.getState().run!)).toBe(true)
    expect(player.store.getState().sceneEpoch).toBe(2)
    expect(effects.map((e) => e.type)).toContain('end')
  })

  it('says "This path isn\'t finished" for a missing scene and stays (B-22)', () => {
    const player = createPlayerController(story, (p) => p, { persistProgress: false })
    player.start()
    player.select('hotspot:nowhere' as HotspotId)
    expect(at(player)).toBe('scene:a')
    expect(player.store.getState().notice).toEqual({ kind: 'unfinished', label: 'nowhere' })
  })

  it('ignores hotspots that are not in the scene', () => {
    const player = createPlayerController(story, (p) => p, { persistProgress: false })
    player.start()
    player.select('hotspot:made-up' as HotspotId)
    expect(at(player)).toBe('scene:a')
  })

  it('restarts from the beginning', () => {
    const player = createPlayerController(story, (p) => p, { persistProgress: false })
    player.start()
    player.select('hotspot:to-b' as HotspotId)
    player.restart()
    expect(at(player)).toBe('scene:a')
    expect(runEnded(player.store.getState().run!)).toBe(false)
  })

  it('shows a scene anew for every step that enters one: a link back to the same scene, or entering and ending at once', async () => {
    const looping: Story = fakeStory({
      scenes: [
        fakeScene('a', { hotspots: [fakeLink('again', 'a'), fakeLink('to-b', 'b')] }),
        fakeScene('b', { ending: { message: { en: 'The end.' } } }),
      ],
    })
    const player = createPlayerController(looping, (p) => p, { persistProgress: false })
    player.start()
    player.select('hotspot:again' as HotspotId)
    expect(at(player)).toBe('scene:a')
    expect(player.store.getState().sceneEpoch).toBe(2) // re-entered: fade, initial view, soundscape and narration again
    await Promise.resolve() // the scene change has settled
    player.select('hotspot:to-b' as HotspotId)
    expect(player.store.getState().sceneEpoch).toBe(3)
    const first = startRun(looping, 'en')
    const ended = player.store.getState().run!
    expect(stepShowsScene(first.run, { run: ended, effects: [{ type: 'enterScene', sceneId: ended.state.sceneId }, { type: 'end', sceneId: ended.state.sceneId }] })).toBe(true)
    expect(stepShowsScene(first.run, { run: first.run, effects: [{ type: 'setVariable', name: 'x', value: 1 }] })).toBe(false)
  })
})
