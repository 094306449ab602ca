import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { strToU8, unzipSync, zipSync } from 'fflate'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest'
import { runAxe } from './support/axe'
import { launchBrowser, openPage, screenshot } from './support/browser'
import { openLibrary, sampleIds } from './support/editor-library'

/**
 * Story packages in real Chromium with real IndexedDB: export "My street" through the UI, delete it
 * (Trash, then empty the Trash, then its media as on another device), import the file → the same story
 * and the same media bytes; bad files → their message and an unchanged library (A-F6, §B.6); the same
 * story again → keep both / replace (B-40). axe on the dialogs; screenshots.
 */
type LibraryDump = { stories: { id: string; revision: number; text: string; trashedAt: number | null }[]; media: { sha256: string; bytes: number; actualSha256: string }[] }

/** Everything in the library's stories and media stores; media with the sha-256 of their actual bytes. */
const dumpLibrary = (page: Page): Promise<LibraryDump> =>
  page.evaluate(
    () =>
      new Promise<LibraryDump>((resolve, reject) => {
        const open = indexedDB.open('storysphere-library')
        open.onerror = () => reject(open.error)
        open.onsuccess = () => {
          const db = open.result
          const tx = db.transaction(['stories', 'media'])
          const stories = tx.objectStore('stories').getAll()
          const media = tx.objectStore('media').getAll()
          tx.oncomplete = async () => {
            db.close()
            const hex = async (bytes: ArrayBuffer) =>
              Array.from(new Uint8Array(await crypto.subtle.digest('SHA-256', bytes)), (b) => b.toString(16).padStart(2, '0')).join('')
            const files = await Promise.all(
              (media.result as { sha256: string; bytes: ArrayBuffer }[]).map(async (m) => ({ sha256: m.sha256, bytes: m.bytes.byteLength, actualSha256: await hex(m.bytes) })),
            )
            resolve({
              stories: (stories.result as LibraryDump['stories']).map(({ id, revision, text, trashedAt }) => ({ id, revision, text, trashedAt })).sort((a, b) => a.id.localeCompare(b.id)),
              media: files.sort((a, b) => a.sha256.localeCompare(b.sha256)),
            })
          }
          tx.onerror = () => reject(tx.error)
        }
      }),
  )

/** Deletes media records directly, as if the story had never been on this device. */
const deleteMedia = (page: Page, hashes: string[]): Promise<void> =>
  page.evaluate(
    (keys) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('storysphere-library')
        open.onsuccess = () => {
          const tx = open.result.transaction('media', 'readwrite')
          for (const key of keys) tx.objectStore('media').delete(key)
          tx.oncomplete = () => {
            open.result.close()
            resolve()
          }
          tx.onerror = () => reject(tx.error)
        }
      }),
    hashes,
  )

const storyOf = (text: string) => (JSON.parse(text) as { story: { assets: { sha256: string; derivatives?: { sha256: string }[] }[] } }).story
const hashesOf = (text: string) => storyOf(text).assets.flatMap((asset) => [asset.sha256, ...(asset.derivatives ?? []).map((d) => d.sha256)])

describe('editor story package', () => {
  const baseUrl = inject('baseUrl')
  const dir = mkdtempSync(join(tmpdir(), 'storysphere-package-'))
  let browser: Browser
  let page: Page
  let errors: string[]
  let exported = ''
  let original: LibraryDump['stories'][number]
  let originalMedia: LibraryDump['media']

  beforeAll(async () => {
    browser = await launchBrowser()
    ;({ page, errors } = await openPage(browser, { acceptDownloads: true }))
  })
  afterAll(async () => {
    await browser?.close()
  })

  const card = (title: string) => page.locator('.story-card').filter({ has: page.getByRole('heading', { name: title, exact: true }) })
  const importFile = async (path: string) => page.locator('[data-testid="story-file-input"]').setInputFiles(path)

  test('export My street through the UI, delete it, import the file: same story, same media bytes', async () => {
    await openLibrary(page, baseUrl)
    const before = await dumpLibrary(page)
    original = before.stories.find((story) => story.id === sampleIds.myStreet)!
    const hashes = hashesOf(original.text)
    originalMedia = before.media.filter((file) => hashes.includes(file.sha256))
    expect(originalMedia.length).toBe(new Set(hashes).size)

    const download = page.waitForEvent('download')
    await card('My street').getByRole('button', { name: 'Export My street' }).click()
    const file = await download
    expect(file.suggestedFilename()).toBe('My street.story')
    exported = join(dir, 'My street.story')
    await file.saveAs(exported)
    await page.getByText('Story file ready: My street.story.').waitFor()
    const names = Object.keys(unzipSync(readFileSync(exported))).sort()
    expect(names).toContain('story.json')
    expect(names).toContain('manifest.json')
    expect(names.filter((name) => /^(images|audio)\//.test(name)).length).toBeGreaterThan(0)
    expect(await dumpLibrary(page)).toEqual(before) // export never changes the library (A-F18)

    await card('My street').getByRole('button', { name: 'Delete My street' }).click()
    await page.getByRole('link', { name: 'Trash (1)' }).click()
    await page.getByRole('button', { name: 'Empty the Trash' }).click()
    await page.getByRole('dialog', { name: 'Delete these stories for ever?' }).getByRole('button', { name: 'Delete for ever' }).click()
    await page.getByText('The Trash is empty.').waitFor()
    const shared = new Set(before.stories.filter((story) => story.id !== sampleIds.myStreet).flatMap((story) => hashesOf(story.text)))
    await deleteMedia(page, hashes.filter((sha) => !shared.has(sha)))
    await page.getByRole('link', { name: 'Back to your stories' }).click()
    await card('Harbour at dawn').waitFor()
    const gone = await dumpLibrary(page)
    expect(gone.stories.map((story) => story.id)).not.toContain(sampleIds.myStreet)

    await importFile(exported)
    const dialog = page.getByRole('dialog', { name: 'Story imported' })
    await dialog.waitFor()
    await dialog.getByText('“My street” is now in your library.').waitFor()
    expect(await runAxe(page)).toEqual([])
    await screenshot(page, 'editor-package-imported')
    await dialog.getByRole('button', { name: 'Close' }).click()
    await card('My street').waitFor()

    const after = await dumpLibrary(page)
    const imported = after.stories.find((story) => story.id === sampleIds.myStreet)!
    expect(storyOf(imported.text)).toEqual(storyOf(original.text))
    const importedMedia = after.media.filter((file) => hashes.includes(file.sha256))
    expect(importedMedia).toEqual(originalMedia)
    for (const file of importedMedia) expect(file.actualSha256).toBe(file.sha256)
    expect(errors).toEqual([])
  })

  test('bad files: each gets its message, and the library is unchanged', async () => {
    const good = unzipSync(readFileSync(exported))
    const firstImage = Object.keys(good).find((name) => name.startsWith('images/'))!
    const svg = strToU8('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(2)</script></svg>')
    const withFile = (name: string, data: Uint8Array) => zipSync({ ...good, [name]: [data, { level: 0 }] })
    const fixtures: [string, Uint8Array, string][] = [
      ['not-a-zip.story', strToU8('<!DOCTYPE html><html><body>hello</body></html>'), 'This is not a story package.'],
      ['cut-off.story', readFileSync(exported).subarray(0, readFileSync(exported).length - 30), 'The file is incomplete. Download it again.'],
      ['svg-inside.story', withFile(firstImage, svg), 'SVG is not supported; use PNG or JPEG.'],
      ['bomb.story', zipSync({ 'story.json': good['story.json']!, 'audio/zeros.wav': [new Uint8Array(8 * 1024 * 1024), { level: 9 }] }), 'too large when unpacked'],
      ['escape.story', zipSync({ ...good, '../../evil.txt': strToU8('x') }), 'names we don’t accept: “../../evil.txt”'],
      ['no-story.story', zipSync({ [firstImage]: good[firstImage]! }), 'No story found in this package'],
    ]
    for (const [name, bytes, message] of fixtures) {
      const path = join(dir, name)
      writeFileSync(path, bytes)
      const before = await dumpLibrary(page)
      await importFile(path)
      const dialog = page.getByRole('dialog', { name: 'This story file can’t be imported' })
      await dialog.waitFor()
      expect(await dialog.locator('.package-error-message').textContent()).toContain(message)
      await dialog.getByText('Nothing in your library was changed.').waitFor()
      if (name === 'svg-inside.story') {
        expect(await runAxe(page)).toEqual([])
        await screenshot(page, 'editor-package-refused')
      }
      await dialog.getByRole('button', { name: 'Close' }).click()
      await dialog.waitFor({ state: 'detached' })
      expect(await dumpLibrary(page), name).toEqual(before)
    }
    expect(errors).toEqual([])
  })

  test('B-40: the same story again → keep both, then replace (the old one waits in the Trash)', async () => {
    const before = await dumpLibrary(page)
    const mine = before.stories.find((story) => story.id === sampleIds.myStreet)!
    await importFile(exported)
    const ask = page.getByRole('dialog', { name: 'You already have this story' })
    await ask.waitFor()
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Keep both')
    expect(await runAxe(page)).toEqual([])
    await screenshot(page, 'editor-package-same-story')
    await ask.getByRole('button', { name: 'Keep both' }).click()
    await page.getByRole('dialog', { name: 'Story imported' }).getByText('“My street” is now in your library, as a copy.').waitFor()
    await page.getByRole('button', { name: 'Close' }).click()
    await card('My street (copy)').waitFor()
    const both = await dumpLibrary(page)
    expect(both.stories.find((story) => story.id === sampleIds.myStreet)).toEqual(mine)
    expect(both.stories).toHaveLength(before.stories.length + 1)

    await importFile(exported)
    await ask.waitFor()
    await ask.getByRole('button', { name: 'Replace' }).click()
    await page.getByText('“My street” was replaced. Your old version is in the Trash.').waitFor()
    await page.getByRole('button', { name: 'Close' }).click()
    const replaced = await dumpLibrary(page)
    const now = replaced.stories.find((story) => story.id === sampleIds.myStreet)!
    expect(now.revision).toBe(mine.revision + 1)
    expect(now.trashedAt).toBeNull()
    const kept = replaced.stories.filter((story) => story.trashedAt !== null)
    expect(kept).toHaveLength(1)
    expect(storyOf(kept[0]!.text)).toEqual({ ...storyOf(mine.text), id: expect.stringMatching(/^story:/) })
    await page.getByRole('link', { name: 'Trash (1)' }).waitFor()

    await importFile(exported)
    await ask.waitFor()
    await ask.getByRole('button', { name: 'Cancel' }).click()
    await ask.waitFor({ state: 'detached' })
    expect(await dumpLibrary(page)).toEqual(replaced)
    expect(errors).toEqual([])
  })

  test('a whole-library backup imports back without overwriting anything', async () => {
    await page.getByRole('link', { name: 'Trash (1)' }).waitFor()
    const before = await dumpLibrary(page)
    const download = page.waitForEvent('download')
    await page.getByRole('button', { name: 'Download backup' }).click()
    const backupPath = join(dir, (await download).suggestedFilename())
    await (await download).saveAs(backupPath)
    const afterBackup = await dumpLibrary(page)
    await importFile(backupPath)
    const dialog = page.getByRole('dialog', { name: 'Backup imported' })
    await dialog.getByText('Nothing new: every story in the backup is already in your library.').waitFor()
    expect(await runAxe(page)).toEqual([])
    await dialog.getByRole('button', { name: 'Close' }).click()
    expect(await dumpLibrary(page)).toEqual(afterBackup)
    expect(afterBackup.stories).toEqual(before.stories)
    await page.locator('.package-import').scrollIntoViewIfNeeded()
    await screenshot(page, 'editor-package-library')
    expect(errors).toEqual([])
  })

  test('the story screen header exports the open story', async () => {
    await page.goto(`${baseUrl}/#/story/${encodeURIComponent(sampleIds.harbour)}`)
    await page.getByRole('heading', { name: 'Harbour at dawn', level: 1 }).waitFor()
    const download = page.waitForEvent('download')
    await page.getByRole('button', { name: 'Export Harbour at dawn' }).click()
    expect((await download).suggestedFilename()).toBe('Harbour at dawn.story')
    await screenshot(page, 'editor-package-story-header')
    expect(errors).toEqual([])
  })
})
