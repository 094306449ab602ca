import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { mixerState, openAudioPlayer, voiceOf } from '../fixtures/player/audio-probe'
import { waitForScene } from '../fixtures/player/player-harness'
import { runAxe } from './support/axe'
import { launchBrowser, screenshot } from './support/browser'

/** Sound and caption settings (C-12, C-14): real form controls, heard at once, remembered across a reload. */
const baseUrl = inject('baseUrl')
let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
})

const button = (page: Page, name: string) => page.getByRole('button', { name, exact: true })

describe('sound and caption settings', () => {
  it('offers volumes, mute, mono, caption size, plate and position, and remembers them after a reload', async () => {
    const { page, context, errors } = await openAudioPlayer(browser, baseUrl, 'sound')
    await button(page, 'Settings').click()
    for (const label of ['Narration volume', 'Background sound volume', 'Sound effects volume', 'Mute', 'Mono sound (the same in both ears)', 'Caption size', 'Caption background', 'Caption position']) {
      expect(await page.getByLabel(label, { exact: true }).count(), label).toBe(1)
    }
    await page.getByLabel('Narration volume').fill('50')
    await page.getByLabel('Background sound volume').fill('30')
    await page.getByLabel('Mono sound (the same in both ears)').check()
    await page.getByLabel('Caption size').selectOption('large')
    await page.getByLabel('Caption background').selectOption('0.7')
    await page.getByLabel('Caption position').selectOption('top')
    expect(await runAxe(page)).toEqual([])
    await screenshot(page, 'player-audio-settings')

    await page.reload()
    await button(page, 'Settings').click()
    expect(await page.getByLabel('Narration volume').inputValue()).toBe('50')
    expect(await page.getByLabel('Background sound volume').inputValue()).toBe('30')
    expect(await page.getByLabel('Sound effects volume').inputValue()).toBe('100')
    expect(await page.getByLabel('Mono sound (the same in both ears)').isChecked()).toBe(true)
    expect(await page.getByLabel('Caption size').inputValue()).toBe('large')
    expect(await page.getByLabel('Caption background').inputValue()).toBe('0.7')
    expect(await page.getByLabel('Caption position').inputValue()).toBe('top')
    await button(page, 'Done').click()

    // The remembered settings reach the mixer: the bed plays at 0.5 × 0.3; captions sit at the top.
    await button(page, 'Start').click()
    await waitForScene(page, 'scene:meadow')
    await expect.poll(async () => voiceOf(await mixerState(page), 'asset:meadow-bed')?.gain ?? 0).toBeCloseTo(0.5 * 0.3, 2)
    expect((await mixerState(page))?.settings).toEqual({ volumes: { narration: 0.5, ambience: 0.3, effects: 1 }, isMuted: false, isMono: true })
    expect(await page.getByRole('region', { name: 'Captions' }).getAttribute('data-position')).toBe('top')

    // Mute while playing, from the compact control; remembered too.
    await button(page, 'Mute').click()
    await expect.poll(async () => voiceOf(await mixerState(page), 'asset:meadow-bed')?.gain ?? 1).toBe(0)
    expect(await button(page, 'Mute').getAttribute('aria-pressed')).toBe('true')
    expect(await runAxe(page)).toEqual([])
    await page.reload()
    await button(page, 'Continue where I stopped').click()
    await waitForScene(page, 'scene:meadow')
    expect((await mixerState(page))?.settings.isMuted).toBe(true)
    expect(await button(page, 'Mute').getAttribute('aria-pressed')).toBe('true')
    expect(errors).toEqual([])
    await context.close()
  })
})
