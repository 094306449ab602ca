import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { once } from 'node:events'
import { createServer } from 'node:http'
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { dirname, extname, join, normalize, sep } from 'node:path'
import { unzipSync } from 'fflate'
import type { BrowserContext, Page } from 'playwright-core'

/** Unpacks a zip into `folder`; returns the file names (the zip's own top folder kept). */
export const unzipInto = (zip: Buffer, folder: string): string[] => {
  const files = unzipSync(new Uint8Array(zip))
  for (const [name, bytes] of Object.entries(files)) {
    if (name.endsWith('/')) continue
    const target = normalize(join(folder, name))
    if (!target.startsWith(folder + sep)) throw new Error(`zip entry outside the folder: ${name}`)
    mkdirSync(dirname(target), { recursive: true })
    writeFileSync(target, bytes)
  }
  return Object.keys(files).filter((name) => !name.endsWith('/'))
}

const types: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.png': 'image/png',
  '.mp3': 'audio/mpeg',
  '.ttf': 'font/ttf',
  '.glb': 'model/gltf-binary',
}

/** A tiny static file server, like any plain web host: no headers beyond Content-Type. */
export const serveFolder = async (folder: string): Promise<{ url: string; server: Server }> => {
  const server = createServer((request, response) => {
    const path = decodeURIComponent((request.url ?? '/').split('?')[0] ?? '/')
    const file = normalize(join(folder, path.endsWith('/') ? `${path}index.html` : path))
    if (!file.startsWith(folder + sep)) return response.writeHead(400).end()
    try {
      const body = readFileSync(file)
      response.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream' }).end(body)
    } catch {
      response.writeHead(404).end()
    }
  }).listen(0, '127.0.0.1')
  await once(server, 'listening')
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server }
}

/** Collects Content-Security-Policy violations of every page in the context (read with `cspViolations`). */
export const watchCsp = async (context: BrowserContext): Promise<void> => {
  await context.addInitScript(() => {
    const seen: string[] = []
    Object.defineProperty(window, '__cspViolations', { value: seen })
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`))
  })
}

export const cspViolations = (page: Page): Promise<string[]> =>
  page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? [])

/** Chooses a hotspot in the Choices list (folded at first on a narrow screen). */
const choose = async (page: Page, name: RegExp): Promise<void> => {
  const toggle = page.locator('#story-player-choices')
  await toggle.waitFor()
  if ((await toggle.getAttribute('aria-expanded')) === 'false') await toggle.click()
  await page.getByRole('button', { name }).click()
}

/** My street from the start to the view point (an ending), with the DOM buttons. */
export const playMyStreetToAnEnding = async (page: Page): Promise<void> => {
  await page.getByRole('button', { name: 'Start', exact: true }).click()
  await choose(page, /To the park/)
  await choose(page, /Path up to the view point/)
  await page.locator('.end-panel').waitFor({ timeout: 20_000 })
}
