import { once } from 'node:events'
import { createServer, request as httpRequest } from 'node:http'
import type { AddressInfo } from 'node:net'
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { strToU8, zipSync } from 'fflate'
import type { Zippable } from 'fflate'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { shareMiddleware } from './mount-share.ts'
import { climbsOut } from './published-names.ts'
import { createShareApp, workshopCodeHeader } from './share-app.ts'
import { isShareId } from './share-id.ts'
import { shareLimits } from './share-limits.ts'
import { createShareStore } from './share-store.ts'

const code = 'otter-lamp-42'
const storyJson = readFileSync(join(import.meta.dirname, '../samples/my-street/story.json'), 'utf8')

/** A published-website zip as the editor makes it: one top folder named after the story. */
const websiteZip = (extra: Record<string, Uint8Array> = {}, { story = storyJson, top = 'my-street/' } = {}): Uint8Array => {
  const files: Zippable = {
    [`${top}index.html`]: strToU8('<!doctype html><title>My street</title>'),
    [`${top}story.json`]: strToU8(story),
    [`${top}assets/player-abc.js`]: strToU8('console.log(1)'),
    [`${top}images/street.jpg`]: new Uint8Array([0xff, 0xd8, 0xff, 1, 2, 3]),
  }
  for (const [name, bytes] of Object.entries(extra)) files[`${top}${name}`] = bytes
  return zipSync(files)
}

let dataDir = ''
let app = createShareApp({ workshopCode: code, store: createShareStore(tmpdir()) })
beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'share-test-'))
  app = createShareApp({ workshopCode: code, store: createShareStore(dataDir), limits: { ...shareLimits, uploadBytes: 200_000 } })
})
afterEach(() => rmSync(dataDir, { recursive: true, force: true }))

const upload = (body: Uint8Array, headers: Record<string, string> = { [workshopCodeHeader]: code }) =>
  app.request('/api/share', { method: 'POST', body: body as Uint8Array<ArrayBuffer>, headers: { 'Content-Type': 'application/zip', ...headers } })

const share = async (): Promise<{ id: string; url: string; qrSvg: string }> => {
  const response = await upload(websiteZip())
  expect(response.status).toBe(201)
  return (await response.json()) as { id: string; url: string; qrSvg: string }
}

describe('POST /api/share (issue 7)', () => {
  it('refuses an upload without the workshop code, or with a wrong one (401), and stores nothing', async () => {
    expect((await upload(websiteZip(), {})).status).toBe(401)
    expect((await upload(websiteZip(), { [workshopCodeHeader]: 'otter-lamp-43' })).status).toBe(401)
    expect(readdirSync(dataDir)).toEqual([])
  })

  it('refuses an upload over the size limit (413)', async () => {
    const big = websiteZip({ 'images/big.jpg': crypto.getRandomValues(new Uint8Array(60_000)).fill(7, 0, 3) })
    const huge = zipSync({ 'a/index.html': new Uint8Array(10), 'a/images/x.jpg': Uint8Array.from({ length: 250_000 }, (_, i) => (i * 7919) % 251) }, { level: 0 })
    expect((await upload(big)).status).toBe(201)
    expect((await upload(huge)).status).toBe(413)
  })

  it('refuses a zip that unpacks past the per-file limit (B-3)', async () => {
    const smallApp = createShareApp({ workshopCode: code, store: createShareStore(dataDir), limits: { ...shareLimits, fileBytes: 100_000 } })
    const bomb = websiteZip({ 'images/zeros.jpg': new Uint8Array(5_000_000) })
    expect(bomb.length).toBeLessThan(50_000)
    const response = await smallApp.request('/api/share', { method: 'POST', body: bomb as Uint8Array<ArrayBuffer>, headers: { [workshopCodeHeader]: code } })
    expect(response.status).toBe(413)
  })

  it.each([
    ['not a zip', strToU8('<html>hello</html>')],
    ['a truncated zip (B-2)', websiteZip().slice(0, -30)],
    ['an svg (B-31)', websiteZip({ 'images/x.svg': strToU8('<svg onload="alert(1)"/>') })],
    ['another html page', websiteZip({ 'evil.html': strToU8('<script>alert(1)</script>') })],
    ['a name that climbs out (B-8)', zipSync({ 'index.html': strToU8('x'), 'story.json': strToU8(storyJson), '../../evil.js': strToU8('x') })],
    ['a backslash name (B-8)', zipSync({ 'index.html': strToU8('x'), 'story.json': strToU8(storyJson), 'assets\\..\\x.js': strToU8('x') })],
    ['no story.json (B-15)', zipSync({ 's/index.html': strToU8('x'), 's/assets/a.js': strToU8('x') })],
    ['a story.json that is not a story (B-20)', websiteZip({}, { story: '{"hello": "world"}' })],
  ])('refuses %s with a plain message (400) and stores nothing', async (_label, body) => {
    const response = await upload(body)
    expect(response.status).toBe(400)
    expect(((await response.json()) as { error: string }).error.length).toBeGreaterThan(10)
    expect(readdirSync(dataDir)).toEqual([])
  })

  it('stores a published website under an id the server makes, and answers the link and a QR code', async () => {
    const first = await share()
    const second = await share()
    expect(isShareId(first.id)).toBe(true)
    expect(first.id).not.toBe(second.id)
    expect(first.url).toBe(`http://localhost/s/${first.id}/`)
    expect(first.qrSvg).toMatch(/^<svg[^>]*>[\s\S]*<path/)
    expect(readdirSync(join(dataDir, first.id)).sort()).toEqual(['assets', 'images', 'index.html', 'story.json'])
  })
})

describe('GET /s/<id>/… (issue 7)', () => {
  it('serves the published files with their type, nosniff and the CSP on the page', async () => {
    const { id } = await share()
    const page = await app.request(`/s/${id}/`)
    expect(page.status).toBe(200)
    expect(page.headers.get('content-type')).toMatch(/^text\/html/)
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'")
    expect(page.headers.get('x-content-type-options')).toBe('nosniff')
    const story = await app.request(`/s/${id}/story.json`)
    expect(await story.text()).toBe(storyJson)
    expect((await app.request(`/s/${id}/assets/player-abc.js`)).headers.get('content-type')).toMatch(/^text\/javascript/)
    expect((await app.request(`/s/${id}`)).headers.get('location')).toBe(`/s/${id}/`)
  })

  it('serves nothing that was not published: unknown ids, missing names, other ids', async () => {
    const { id } = await share()
    for (const path of [`/s/${id}/secret.json`, `/s/${id}/images/none.jpg`, '/s/aaaaaaaa/index.html', '/s/NOT-AN-ID/index.html', `/s/${id}/share-app.ts`]) {
      expect([400, 404], path).toContain((await app.request(path)).status)
    }
  })

  // Tricks that survive URL parsing reach the app itself.
  it.each([
    ['an encoded slash with dots', '/..%2f..%2fstory.json'],
    ['double encoding', '/%252e%252e/story.json'],
    ['an encoded backslash', '/assets%5c..%5cstory.json'],
    ['NUL', '/story.json%00.png'],
    ['a control character', '/story%0a.json'],
    ['an absolute path', '//etc/passwd'],
  ])('the app answers a path trick (%s) with 400', async (_label, rest) => {
    const { id } = await share()
    expect((await app.request(`/s/${id}${rest}`)).status).toBe(400)
  })

  // Others (`..`, `%2e%2e`, `\`, `./`) a URL parser would fold away, so the Node mount refuses the raw request line.
  it.each([
    ['dots', '/../../etc/passwd'],
    ['encoded dots', '/%2e%2e/%2e%2e/etc/passwd'],
    ['upper-case encoded dots', '/%2E%2E/story.json'],
    ['a backslash', '/assets\\..\\..\\x.js'],
    ['an encoded backslash', '/assets%5c..%5cstory.json'],
    ['NUL', '/story.json%00.png'],
    ['an encoded slash with dots', '/..%2f..%2fstory.json'],
    ['a dot segment', '/./story.json'],
  ])('through the Node mount, a raw path trick (%s) gets 400', async (_label, rest) => {
    const { id } = await share()
    const mounted = shareMiddleware(app)
    const server = createServer((request, response) => mounted(request, response, () => response.writeHead(404).end())).listen(0, '127.0.0.1')
    await once(server, 'listening')
    const { port } = server.address() as AddressInfo
    const status = await new Promise<number | undefined>((resolve, reject) => {
      const request = httpRequest({ host: '127.0.0.1', port, path: `/s/${id}${rest}` }, (response) => {
        response.resume()
        resolve(response.statusCode)
      })
      request.on('error', reject)
      request.end()
    })
    server.close()
    expect(status).toBe(400)
  })

  it('the Node mount passes ordinary share paths through', () => {
    expect(climbsOut('/s/abcdefgh/images/street.jpg')).toBe(false)
    expect(climbsOut('/s/abcdefgh/')).toBe(false)
  })
})
