/* eslint-disable @typescript-eslint/no-explicit-any -- these tests edit raw, unvalidated story JSON */
import { describe, expect, it } from 'vitest'
import { fakeLink, fakeScene, fakeStory } from '../testing/fake-story'
import { validateStoryFile } from './validate-story-file'

const harbour = () =>
  fakeStory({
    scenes: [fakeScene('harbour', { title: { en: 'Harbour' }, hotspots: [fakeLink('door', 'b', { label: { en: 'Door' } })] }), fakeScene('b')],
  })
const fileWith = (change: (story: Record<string, any>) => void) => {
  const story = JSON.parse(JSON.stringify(harbour())) as Record<string, any>
  change(story)
  return { format: 'storysphere.story', schemaVersion: 1, story }
}
const messages = (change: (story: Record<string, any>) => void) => {
  const result = validateStoryFile(fileWith(change))
  return result.ok ? [] : result.problems.map((problem) => problem.message)
}
const door = "Scene 'Harbour' › hotspot 'Door'"

describe('validateStoryFile', () => {
  it('accepts a valid file', () => {
    expect(validateStoryFile(fileWith(() => {}))).toMatchObject({ ok: true })
  })

  it('words each kind of problem plainly, with the place first (B-20)', () => {
    expect(messages((s) => (s.scenes[0].hotspots[0].targetSceneId = 'harbour'))).toEqual([`${door} › target: must be an id like "scene:my-scene"`])
    expect(messages((s) => delete s.scenes[0].hotspots[0].label)).toEqual([`${door.replace("'Door'", 'hotspot:door')} › label: is missing`])
    expect(messages((s) => (s.scenes[0].hotspots[0].yawDeg = '10'))).toEqual([`${door} › direction (yaw): must be a number (it is text)`])
    expect(messages((s) => (s.scenes[0].hotspots[0].yawDeg = 180))).toEqual([`${door} › direction (yaw): must be less than 180 (it is 180)`])
    expect(messages((s) => (s.scenes[0].hotspots[0].pitchDeg = -91))).toEqual([`${door} › height (pitch): must be at least -90 (it is -91)`])
    expect(messages((s) => (s.playerDefaults.dwellMs = 800.5))).toEqual(['Story › player settings › look-to-select time: must be a whole number (it is a number)'])
    expect(messages((s) => (s.scenes[0].hotspots[0].icon = 'star'))).toEqual([`${door} › icon: must be one of: "arrow", "door" (it is "star")`])
    expect(messages((s) => (s.scenes[0].hotspots[0].kind = 'portal'))).toEqual([
      `${door} › kind: "portal" is not one Storysphere knows (it can be "link", "billboard", "sound")`,
    ])
    expect(messages((s) => (s.scenes[0].hotspots[0].colour = 'red'))).toEqual([`${door}: has a field Storysphere does not know: 'colour'`])
    expect(messages((s) => (s.scenes = []))).toEqual(['Story › scenes: needs at least 1 item'])
    expect(messages((s) => (s.title = { english: 'Hi' }))).toEqual(['Story › title: the key "english" must be a language tag such as "en", "nb" or "pt-BR"'])
    expect(messages((s) => (s.title = { en: '' }))).toEqual(['Story › title (en): must not be empty'])
    expect(messages((s) => (s.scenes[0].hotspots[0].label = { en: 'x'.repeat(121) }))).toEqual([
      `Scene 'Harbour' › hotspot '${'x'.repeat(39)}…' › label (en): is too long (at most 120 characters)`,
    ])
    expect(messages((s) => (s.scenes[0].hotspots[0].yawDeg = Number.POSITIVE_INFINITY))).toEqual([
      `${door} › direction (yaw): must be an ordinary number (this one is too big, or not a number at all)`,
    ])
  })

  it('reports extra fields at the top of the file too', () => {
    const result = validateStoryFile({ ...fileWith(() => {}), note: 'hi' })
    expect(result.ok ? [] : result.problems).toEqual([{ where: 'The file', message: "The file: has a field Storysphere does not know: 'note'", path: [] }])
  })

  it('gives each problem its path from the envelope down', () => {
    const result = validateStoryFile(fileWith((s) => (s.scenes[0].hotspots[0].targetSceneId = 1)))
    expect(result.ok ? [] : result.problems.map((problem) => problem.path)).toEqual([['story', 'scenes', 0, 'hotspots', 0, 'targetSceneId']])
  })

  it('lists each problem once, at most 100', () => {
    const result = validateStoryFile(fileWith((s) => (s.variables = Array.from({ length: 150 }, () => ({ name: 1 })))))
    expect(result.ok ? 0 : result.problems.length).toBe(100)
  })
})
