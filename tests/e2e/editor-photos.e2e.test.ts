import { readFileSync } from 'node:fs'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest'
import { runAxe } from './support/axe'
import { launchBrowser, openPage, screenshot } from './support/browser'
import { openLibrary, sampleIds, storyUrl, waitUntil } from './support/editor-library'
import { readStoredStoryFile } from './support/editor-story'

/**
 * Bad photos and photo notes, in real Chromium (the import runs in its worker): each bad file from
 * tests/fixtures/photos (make-photo-fixtures.mjs) shows its own plain message, naming the file and what
 * to do, and changes nothing in the library (the story record and the media store, read from
 * IndexedDB). Good photos with something to know show it after the import, in a live region.
 */
const fixture = (name: string) => ({ name, mimeType: 'application/octet-stream', buffer: readFileSync(`tests/fixtures/photos/${name}`) })

const badPhotos: { file: string; id: string; message: string }[] = [
  { file: 'really-text.jpg', id: 'B-30 text named .jpg', message: '“really-text.jpg” is not a photo this tool can read. Use a JPEG, PNG or WebP photo.' },
  { file: 'drawing.svg', id: 'B-31 SVG with a script', message: '“drawing.svg” is an SVG drawing. SVG is not supported; use a PNG or JPEG photo.' },
  { file: 'phone-photo.heic', id: 'B-31 HEIC', message: 'Save it as a JPEG first' },
  { file: 'IMG_20240601_120000_00_001.insp', id: 'B-31 Insta360 photo', message: 'export it as a 360° photo (JPEG), and import that' },
  { file: 'VID_20240601_120000_00_002.insv', id: 'B-31 Insta360 video', message: 'take a snapshot of the video as a 360° photo (JPEG)' },
  { file: 'pixel-bomb.png', id: 'B-33 header says 100 000 × 100 000', message: '“pixel-bomb.png” is too large: 100000 × 100000 pixels.' },
  { file: 'cut-off.jpg', id: 'B-32 cut-off JPEG', message: '“cut-off.jpg” could not be read. The file may be damaged or incomplete' },
]

/** The story record and every media key, as IndexedDB has them. */
const library = (page: Page) =>
  page.evaluate(
    (id) =>
      new Promise<{ story: unknown; media: string[] }>((resolve, reject) => {
        const open = indexedDB.open('storysphere-library')
        open.onerror = () => reject(open.error)
        open.onsuccess = () => {
          const db = open.result
          const tx = db.transaction(['stories', 'media'])
          const story = tx.objectStore('stories').get(id)
          const media = tx.objectStore('media').getAllKeys()
          tx.oncomplete = () => {
            db.close()
            resolve({ story: story.result, media: (media.result as string[]).sort() })
          }
          tx.onerror = () => reject(tx.error)
        }
      }),
    sampleIds.myStreet,
  )

describe('editor photo import: bad photos and notes', () => {
  const baseUrl = inject('baseUrl')
  let browser: Browser
  let page: Page
  let errors: string[]

  beforeAll(async () => {
    browser = await launchBrowser()
    ;({ page, errors } = await openPage(browser))
    await openLibrary(page, baseUrl)
    await page.goto(storyUrl(baseUrl, sampleIds.myStreet))
    await page.getByText('Saved in this browser').waitFor()
  })
  afterAll(async () => {
    await browser?.close()
  })

  const form = () => page.locator('.add-scene-form')
  const importFile = async (name: string) => {
    await form().getByLabel('360° photo', { exact: true }).selectOption({ label: 'Import a new 360° photo' })
    await form().locator('input[type=file]').setInputFiles(fixture(name))
    await form().getByRole('button', { name: 'Add scene' }).click()
  }

  test.each(badPhotos)('$id: $file is refused with its own message, and nothing in the library changes', async ({ file, message }) => {
    const before = await library(page)
    await importFile(file)
    const shown = form().locator('.field-error')
    await shown.getByText(message, { exact: false }).waitFor({ timeout: 20_000 })
    expect(await shown.textContent()).toContain(`“${file}”`)
    expect(await library(page)).toEqual(before)
    expect(await page.locator('.scene-list-item').count()).toBe(6)
    if (file === 'IMG_20240601_120000_00_001.insp') await screenshot(page, 'editor-photo-refused-insp')
  })

  test('B-30 + notes: a 4:3 PNG named .jpg is read as the PNG it is; the note says it is not a 360° photo', async () => {
    await importFile('really-png-4x3.jpg')
    const notes = form().getByRole('status').filter({ hasText: 'Imported, with notes about' })
    await notes.waitFor({ timeout: 30_000 })
    expect(await notes.textContent()).toContain('“really-png-4x3.jpg”')
    expect(await notes.textContent()).toContain('This photo is 320 × 240 pixels, which is not the shape of a 360° photo.')
    expect(await page.locator('.scene-list-item').count()).toBe(7)
    await screenshot(page, 'editor-photo-notes')
    expect(await runAxe(page)).toEqual([])
    await notes.getByRole('button', { name: 'OK, got it' }).click()
    expect(await form().getByText('Imported, with notes about').count()).toBe(0)
  })

  test('B-38 + notes: a panorama that knows where it was taken is imported without its location, and says so', async () => {
    await importFile('panorama-with-gps.jpg')
    const notes = form().getByRole('status').filter({ hasText: 'Imported, with notes about' })
    await notes.waitFor({ timeout: 30_000 })
    expect(await notes.textContent()).toContain("The photo's location (GPS) was removed")
    await waitUntil(() => readStoredStoryFile(page, sampleIds.myStreet), (s) => (s?.story.scenes.length ?? 0) === 8)
    expect(errors).toEqual([])
  })

  test('"New story" from a photo shows the notes on the new story', async () => {
    await page.goto(`${baseUrl}/`)
    await page.getByRole('button', { name: 'New story' }).click()
    const dialog = page.getByRole('dialog')
    await dialog.getByLabel('Your 360° photo').setInputFiles(fixture('really-png-4x3.jpg'))
    await dialog.getByRole('button', { name: 'Make the story with this photo' }).click()
    const notes = page.getByRole('status').filter({ hasText: 'Imported, with notes about' })
    await notes.waitFor({ timeout: 30_000 })
    expect(await notes.textContent()).toContain('which is not the shape of a 360° photo')
    expect(await runAxe(page)).toEqual([])
    await screenshot(page, 'editor-photo-notes-new-story')
    // Shown once: reopening the story does not show them again.
    await page.reload()
    await page.getByText('Saved in this browser').waitFor()
    expect(await page.getByText('Imported, with notes about').count()).toBe(0)
  })
})
