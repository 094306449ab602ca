import { readdirSync, readFileSync, existsSync } from 'node:fs'
import { beforeAll, describe, expect, it } from 'vitest'
import type { SceneId, Story, StoryState } from '../../story-schema/index'
import { availableActions, choose, findScene, parseStoryFile, restoreState, serializeState, startStory } from '../../story-schema/index'

/**
 * Every sample story, explored exhaustively by the engine: breadth-first over every state reachable
 * by choices and links from the start (not by back, which is always possible and would hide stuck
 * states), up to `maxStates` distinct states. States are told apart by what the engine's behaviour
 * depends on (scene, variables, the set of visited scenes, ended), not by history or turn.
 */
const samplesDir = new URL('../../samples/', import.meta.url)
const maxStates = 5_000

const sampleSlugs = (): string[] =>
  existsSync(samplesDir)
    ? readdirSync(samplesDir, { withFileTypes: true })
        .filter((entry) => entry.isDirectory() && existsSync(new URL(`${entry.name}/story.json`, samplesDir)))
        .map((entry) => entry.name)
        .sort()
    : []

const loadSample = (slug: string): Story => {
  const result = parseStoryFile(readFileSync(new URL(`${slug}/story.json`, samplesDir), 'utf8'))
  if (!result.ok) throw new Error(`samples/${slug}/story.json does not load: ${result.error.message}\n${result.error.detail}`)
  return result.story
}

const behaviourKey = (state: StoryState): string =>
  JSON.stringify([state.sceneId, state.variables, [...state.visited].sort(), state.ended])

type Exploration = {
  states: StoryState[]
  truncated: boolean
  failures: string[]
  stuck: StoryState[]
  endedIn: Set<SceneId>
  canEnd: (state: StoryState) => boolean
}

const explore = (story: Story): Exploration => {
  const start = startStory(story).state
  const byKey = new Map<string, StoryState>([[behaviourKey(start), start]])
  const next = new Map<string, Set<string>>()
  const queue = [start]
  const failures: string[] = []
  const stuck: StoryState[] = []
  const endedIn = new Set<SceneId>()
  let truncated = false
  for (let i = 0; i < queue.length; i++) {
    const state = queue[i]!
    const key = behaviourKey(state)
    const onward = new Set<string>()
    next.set(key, onward)
    if (state.ended) endedIn.add(state.ended.sceneId)
    const actions = availableActions(story, state)
    for (const action of actions) {
      const result = choose(story, state, action)
      const what = `in ${state.sceneId}, ${action.hotspotId}${action.choiceId ? ` › ${action.choiceId}` : ''}`
      if (!result.ok) {
        failures.push(`${what}: ${result.reason}`)
        continue
      }
      if (!findScene(story, result.state.sceneId)) failures.push(`${what}: leads to ${result.state.sceneId}`)
      const nextKey = behaviourKey(result.state)
      if (nextKey !== key) onward.add(nextKey)
      if (byKey.has(nextKey)) continue
      if (byKey.size >= maxStates) {
        truncated = true
        continue
      }
      byKey.set(nextKey, result.state)
      queue.push(result.state)
    }
    if (!state.ended && onward.size === 0) stuck.push(state)
  }
  // States from which an ended state can still be reached (backwards over the explored graph).
  const canEndKeys = new Set([...byKey].filter(([, s]) => s.ended).map(([k]) => k))
  for (let grew = true; grew; ) {
    grew = false
    for (const [key, onward] of next) {
      if (!canEndKeys.has(key) && [...onward].some((k) => canEndKeys.has(k))) {
        canEndKeys.add(key)
        grew = true
      }
    }
  }
  return { states: queue, truncated, failures: [...new Set(failures)], stuck, endedIn, canEnd: (state) => canEndKeys.has(behaviourKey(state)) }
}

const describeState = (state: StoryState) => `${state.sceneId} ${JSON.stringify(state.variables)} after ${state.history.join(' → ')}`

const slugs = sampleSlugs()

describe('engine over the sample stories', () => {
  it('has sample stories to explore (samples/<slug>/story.json)', () => {
    expect(slugs.length, 'no samples/<slug>/story.json found').toBeGreaterThan(0)
  })

  for (const slug of slugs) {
    describe(slug, () => {
      let story: Story
      let result: Exploration
      beforeAll(() => {
        story = loadSample(slug)
        result = explore(story)
      }, 120_000)

      it('starts in every language it offers', () => {
        for (const language of story.languages) expect(startStory(story, { language }).state.language).toBe(language)
      })

      it('leads every available choice and link to an existing scene', () => {
        expect(result.failures).toEqual([])
      })

      it('round-trips every reachable state through JSON', () => {
        for (const state of result.states) expect(restoreState(story, serializeState(state))).toEqual(state)
      }, 120_000)

      it('reaches every ending scene', () => {
        const endings = story.scenes.filter((scene) => scene.ending).map((scene) => scene.id)
        expect(endings.filter((id) => !result.endedIn.has(id)), result.truncated ? `explored only ${maxStates} states` : '').toEqual([])
      })

      it('never leaves the viewer stuck: some action changes something in every state that has not ended', () => {
        expect(result.stuck.map(describeState)).toEqual([])
      })

      it('can still reach an ending from every state, when the story has endings', () => {
        if (result.truncated || result.endedIn.size === 0) return
        expect(result.states.filter((state) => !result.canEnd(state)).map(describeState)).toEqual([])
      })
    })
  }
})
