import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { limits } from '../../story-schema/limits'
import type { LoadResult, StoryFileError } from '../../story-schema/load/load-result'
import { parseStoryFile } from '../../story-schema/load/parse-story-file'
import type { RepairCode } from '../../story-schema/load/repair/repair-note'
import { colourSchema } from '../../story-schema/url'

/**
 * The malformed-input table (reliability-a11y.md §B.6, B-16…B-29): every file in
 * tests/fixtures/malformed/ maps to the error it must give (and words its message must contain), or
 * to success with the repairs and warnings it must list. See the folder's README.md.
 */
const folder = join(import.meta.dirname, '../fixtures/malformed')

type Opened = Extract<LoadResult, { ok: true }>

type Expected =
  | { error: StoryFileError['type']; says: readonly string[]; checkError?: (error: StoryFileError) => void }
  | { repairs: { code: RepairCode; where: string }[]; warning?: { code: string; where: string }; checkStory?: (result: Opened) => void }

const door = "Scene 'Harbour' › hotspot 'Door'"
const badLink = { error: 'invalidStory', says: ["Scene 'Harbour' › hotspot 'Sign' › web link: must be a web address starting with https://"] } as const

const table: Record<string, Expected> = {
  'valid-base.json': { repairs: [] },
  'b16-bom.json': { repairs: [] },
  'b16-not-utf8.bin': { error: 'notText', says: ['not a text file', 'UTF-8'] },
  'b16-invalid-json.json': {
    error: 'notJson',
    says: ['line 18, column 28'],
    checkError: (error) => expect(error).toMatchObject({ line: 18, column: 28 }),
  },
  'b19-proto-key.json': { error: 'unsafeKey', says: ['"__proto__"', "Scene 'Boathouse'"] },
  'b19-constructor-key.json': { error: 'unsafeKey', says: ['"constructor"', "Scene 'Harbour' › extra data"] },
  'b20-wrong-types.json': {
    error: 'invalidStory',
    says: [`${door} › direction (yaw): must be a number (it is text)`, '2 problems'],
    checkError: (error) =>
      expect(error.type === 'invalidStory' && error.problems.map((problem) => problem.message)).toEqual([
        `${door} › direction (yaw): must be a number (it is text)`,
        `${door} › size: must be a number (it is a list)`,
      ]),
  },
  'b20-missing-field.json': { error: 'invalidStory', says: ["Scene 'Boathouse' › panorama: is missing"] },
  'b20-extra-field.json': { error: 'invalidStory', says: [`${door}: has a field Storysphere does not know: 'colour'`] },
  'b21-version-too-new.json': {
    error: 'versionTooNew',
    says: ['This story was made with a newer version of Storysphere (format 999). Update Storysphere to open it.'],
  },
  'b21-version-zero.json': { error: 'notAStoryFile', says: ['not a Storysphere story'] },
  'b22-duplicate-scene-ids.json': { error: 'invalidStory', says: ["Scene 'Boathouse' › id: uses the scene id \"scene:harbour\" a second time"] },
  'b22-dangling-target.json': { repairs: [], warning: { code: 'missing-target', where: `${door} › target` } },
  'b22-no-start-scene.json': {
    repairs: [{ code: 'set-start-scene', where: 'Story › start scene' }],
    checkStory: (result) => expect(result.story.startSceneId).toBe('scene:harbour'),
  },
  'b23-infinity-yaw.json': { error: 'invalidStory', says: [`${door} › direction (yaw): must be an ordinary number`] },
  'b23-yaw-out-of-range.json': {
    repairs: [{ code: 'wrapped-angle', where: `${door} › direction (yaw)` }],
    checkStory: (result) => expect(result.story.scenes[0]!.hotspots[0]!.yawDeg).toBe(-90),
  },
  'b23-size-zero.json': {
    repairs: [{ code: 'clamped-number', where: `${door} › size` }],
    checkStory: (result) => expect(result.story.scenes[0]!.hotspots[0]!.sizeDeg).toBe(1),
  },
  'b24-long-title.json': { error: 'invalidStory', says: ['Story › title (en): is too long (at most 200 characters)'] },
  'b24-bidi-override.json': {
    repairs: [{ code: 'removed-hidden-characters', where: "Scene 'Harbour' › hotspot 'Door gnp.exe' › label (en)" }],
    checkStory: (result) => expect(result.story.scenes[0]!.hotspots[0]!.label).toEqual({ en: 'Door gnp.exe' }),
  },
  'b25-html-in-text.json': {
    repairs: [],
    checkStory: (result) => {
      const sign = result.story.scenes[0]!.hotspots[1]!
      expect(sign.kind === 'billboard' && sign.body).toEqual({ en: '<img src=x onerror=alert(1)>' })
    },
  },
  'b26-javascript-url.json': badLink,
  'b26-javascript-mixed-case-url.json': badLink,
  'b26-javascript-tab-url.json': badLink,
  'b26-entity-javascript-url.json': badLink,
  'b26-vbscript-url.json': badLink,
  'b27-data-url.json': badLink,
  'b27-blob-url.json': badLink,
  'b28-https-url.json': {
    repairs: [],
    checkStory: (result) => {
      const sign = result.story.scenes[0]!.hotspots[1]!
      expect(sign.kind === 'billboard' && sign.url).toBe('https://example.org/boat-trips')
    },
  },
  'not-a-story.json': { error: 'notAStoryFile', says: ['not a Storysphere story', 'picked the right file'] },
}

const files = readdirSync(folder).filter((name) => name !== 'README.md')

describe('malformed story files', () => {
  it('has a row for every fixture and a fixture for every row', () => {
    expect(files.sort()).toEqual(Object.keys(table).sort())
  })

  it.each(Object.entries(table))('%s', (file, expected) => {
    const result = parseStoryFile(new Uint8Array(readFileSync(join(folder, file))))
    if ('error' in expected) {
      if (result.ok) expect.fail(`expected ${expected.error}, but it opened`)
      expect(result.error.type).toBe(expected.error)
      for (const words of expected.says) expect(result.error.message).toContain(words)
      expected.checkError?.(result.error)
      return
    }
    if (!result.ok) expect.fail(`expected it to open, but got ${result.error.type}: ${result.error.message}`)
    expect(result.repairs.map(({ code, where }) => ({ code, where }))).toEqual(expected.repairs)
    for (const repair of result.repairs) expect(repair.reason.length).toBeGreaterThan(20)
    if (expected.warning) expect(result.warnings).toContainEqual(expect.objectContaining(expected.warning))
    expect(result.warnings.filter((issue) => issue.severity === 'error' && issue.code !== expected.warning?.code)).toEqual([])
    expected.checkStory?.(result)
  })

  it('leaves Object.prototype alone (B-19)', () => {
    for (const file of ['b19-proto-key.json', 'b19-constructor-key.json']) parseStoryFile(readFileSync(join(folder, file), 'utf8'))
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })
})

describe('generated bad inputs', () => {
  const base = readFileSync(join(folder, 'valid-base.json'), 'utf8')

  it('B-17: refuses a file over the size cap before decoding it', () => {
    const result = parseStoryFile(new Uint8Array(limits.storyFileMaxBytes + 1))
    expect(result).toMatchObject({ ok: false, error: { type: 'tooLarge', limit: 'bytes', max: limits.storyFileMaxBytes } })
    if (!result.ok) expect(result.error.message).toContain('too big')
    expect(parseStoryFile(' '.repeat(limits.storyFileMaxBytes + 1))).toMatchObject({ ok: false, error: { type: 'tooLarge' } })
  })

  it('B-17: refuses one very long string, naming where it is', () => {
    const long = base.replace('"The harbour"', `"${'a'.repeat(limits.maxStringLength + 1)}"`)
    const result = parseStoryFile(long)
    expect(result).toMatchObject({ ok: false, error: { type: 'tooLarge', limit: 'stringLength', where: 'Story › title (en)' } })
  })

  it('B-18: gives a clean error for 200,000 nested arrays, as text and as data', () => {
    const text = `${'['.repeat(200_000)}${']'.repeat(200_000)}`
    expect(parseStoryFile(text)).toMatchObject({ ok: false, error: { type: 'tooDeep', maxDepth: limits.maxJsonDepth } })
    let nested: unknown[] = []
    const outer = nested
    for (let level = 0; level < 200_000; level += 1) {
      const inner: unknown[] = []
      nested.push(inner)
      nested = inner
    }
    const result = parseStoryFile({ format: 'storysphere.story', schemaVersion: 1, story: { meta: { deep: outer } } })
    expect(result).toMatchObject({ ok: false, error: { type: 'tooDeep' } })
    if (!result.ok) expect(result.error.message).toContain('nested far too deeply')
  })

  it('B-29: colours are "#rrggbb" only, never free-form CSS', () => {
    expect(colourSchema.safeParse('red;background:url(//x)').success).toBe(false)
    expect(colourSchema.safeParse('red').success).toBe(false)
    expect(colourSchema.safeParse('#1a2b3c').success).toBe(true)
  })
})
