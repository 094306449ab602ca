/* eslint-disable @typescript-eslint/no-explicit-any -- these tests edit raw, unvalidated story JSON */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { serializeStoryFile } from '../story-file'
import { fakeLink, fakeScene, fakeStory } from '../testing/fake-story'
import { storyFileErrorTypes } from './load-result'
import type { LoadResult } from './load-result'
import { parseStoryFile } from './parse-story-file'

/** A proper result, and not one from the last-resort guard (which would mean a bug). */
const isLoadResult = (result: LoadResult): boolean =>
  result.ok
    ? Array.isArray(result.repairs) && Array.isArray(result.warnings)
    : storyFileErrorTypes.includes(result.error.type) && result.error.message.length > 0 && !result.error.detail.startsWith('unexpected failure')

const harbourFile = () =>
  JSON.parse(
    serializeStoryFile(
      fakeStory({ scenes: [fakeScene('harbour', { title: { en: 'Harbour' }, hotspots: [fakeLink('door', 'b', { label: { en: 'Door' } })] }), fakeScene('b')] }),
    ),
  ) as { story: Record<string, any> } & Record<string, unknown>

const deepFreeze = (value: unknown): void => {
  if (typeof value !== 'object' || value === null) return
  Object.freeze(value)
  for (const child of Object.values(value)) deepFreeze(child)
}

describe('parseStoryFile: never throws', () => {
  it('returns a LoadResult for anything at all', () => {
    const anything = fc.anything({
      withBigInt: true,
      withBoxedValues: true,
      withDate: true,
      withMap: true,
      withNullPrototype: true,
      withObjectString: true,
      withSet: true,
      withSparseArray: true,
      withTypedArray: true,
    })
    fc.assert(
      fc.property(anything, (value) => {
        expect(isLoadResult(parseStoryFile(value))).toBe(true)
      }),
      { numRuns: 300 },
    )
  })

  it('returns a LoadResult for any JSON text, any bytes, and any envelope around any story', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(isLoadResult(parseStoryFile(JSON.stringify(value)))).toBe(true)
      }),
    )
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        expect(isLoadResult(parseStoryFile(bytes))).toBe(true)
      }),
    )
    fc.assert(
      fc.property(fc.jsonValue(), fc.integer({ min: -1, max: 3 }), (story, schemaVersion) => {
        expect(isLoadResult(parseStoryFile({ format: 'storysphere.story', schemaVersion, story }))).toBe(true)
      }),
    )
  })

  it('returns a LoadResult when hostile code hands it a throwing Proxy', () => {
    const hostile = new Proxy({}, { ownKeys: () => { throw new Error('boom') } })
    expect(parseStoryFile(hostile)).toMatchObject({ ok: false, error: { type: 'invalidStory' } })
  })

  it('survives a valid story with random fields replaced by random JSON', () => {
    const paths = [['title'], ['scenes', 0, 'hotspots', 0], ['scenes', 0, 'initialView'], ['playerDefaults'], ['assets', 0], ['scenes', 1, 'soundscape']]
    fc.assert(
      fc.property(fc.constantFrom(...paths), fc.jsonValue({ maxDepth: 3 }), (path, value) => {
        const file = harbourFile()
        let holder: any = file.story
        for (const key of path.slice(0, -1)) holder = holder[key]
        holder[path[path.length - 1]!] = value
        expect(isLoadResult(parseStoryFile(file))).toBe(true)
      }),
    )
  })
})

describe('parseStoryFile: the happy path', () => {
  it('opens valid stories with no repairs, and gives back what was saved', () => {
    const story = harbourFile().story
    for (const input of [JSON.stringify(harbourFile()), new TextEncoder().encode(JSON.stringify(harbourFile())), harbourFile()]) {
      const result = parseStoryFile(input)
      if (!result.ok) expect.fail(result.error.message)
      expect(result.repairs).toEqual([])
      expect(result.story).toEqual(story)
    }
  })

  it('reads an ArrayBuffer and other byte views', () => {
    const bytes = new TextEncoder().encode(JSON.stringify(harbourFile()))
    expect(parseStoryFile(bytes.buffer)).toMatchObject({ ok: true })
    expect(parseStoryFile(new DataView(bytes.buffer))).toMatchObject({ ok: true })
  })

  it('round-trips: parse → serialize → parse gives the same story', () => {
    const first = parseStoryFile(harbourFile())
    if (!first.ok) expect.fail(first.error.message)
    const second = parseStoryFile(serializeStoryFile(first.story))
    expect(second).toMatchObject({ ok: true, repairs: [], story: first.story })
  })

  it('returns the checks as warnings', () => {
    const file = harbourFile()
    file.story.scenes[0].hotspots[0].targetSceneId = 'scene:nowhere'
    const result = parseStoryFile(file)
    expect(result.ok && result.warnings).toContainEqual(expect.objectContaining({ code: 'missing-target', severity: 'error' }))
  })
})

describe('parseStoryFile: repairs and safety', () => {
  it('never changes data handed in, even when it repairs it', () => {
    const file = harbourFile()
    file.story.scenes[0].hotspots[0].yawDeg = 200
    delete file.story.startSceneId
    const before = JSON.stringify(file)
    deepFreeze(file)
    const result = parseStoryFile(file)
    expect(result.ok && result.repairs.map((repair) => repair.code)).toEqual(['wrapped-angle', 'set-start-scene'])
    expect(JSON.stringify(file)).toBe(before)
  })

  it('refuses poison keys anywhere, and never pollutes prototypes (B-19)', () => {
    const places = [[], ['story'], ['story', 'scenes', 0], ['story', 'scenes', 0, 'hotspots', 0, 'label'], ['story', 'playerDefaults']]
    fc.assert(
      fc.property(fc.constantFrom(...places), fc.constantFrom('__proto__', 'constructor', 'prototype'), fc.jsonValue(), (path, key, value) => {
        const text = JSON.stringify(harbourFile())
        const file = JSON.parse(text) as Record<string, any>
        let holder = file
        for (const part of path) holder = holder[part]
        Object.defineProperty(holder, key, { value, enumerable: true, writable: true, configurable: true })
        for (const input of [file, JSON.stringify(file)]) {
          const result = parseStoryFile(input)
          expect(result).toMatchObject({ ok: false, error: { type: 'unsafeKey', key, path: [...path, key] } })
        }
        expect(({} as Record<string, unknown>).polluted).toBeUndefined()
        expect(Object.getPrototypeOf({})).toBe(Object.prototype)
      }),
    )
  })

  it('takes smaller limits and a language for names in messages', () => {
    const file = harbourFile()
    file.story.scenes[0].title = { en: 'Harbour', nb: 'Havna' }
    file.story.scenes[0].hotspots[0].yawDeg = 'ti'
    const result = parseStoryFile(file, { language: 'nb' })
    expect(result.ok ? '' : result.error.message).toContain("Scene 'Havna' › hotspot 'Door' › direction (yaw)")
    expect(parseStoryFile(JSON.stringify(harbourFile()), { limits: { storyFileMaxBytes: 100 } })).toMatchObject({ ok: false, error: { type: 'tooLarge' } })
    expect(parseStoryFile(harbourFile(), { limits: { maxJsonDepth: 3 } })).toMatchObject({ ok: false, error: { type: 'tooDeep' } })
    expect(parseStoryFile(harbourFile(), { limits: { maxJsonNodes: 10 } })).toMatchObject({ ok: false, error: { type: 'tooLarge', limit: 'valueCount' } })
  })

  it('refuses an empty file and a file that is only a number, in plain words', () => {
    expect(parseStoryFile('')).toMatchObject({ ok: false, error: { type: 'notJson', message: expect.stringContaining('empty') } })
    expect(parseStoryFile('42')).toMatchObject({ ok: false, error: { type: 'notAStoryFile' } })
  })
})
