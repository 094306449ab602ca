import { createHash, timingSafeEqual } from 'node:crypto'
import { Hono } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import QRCode from 'qrcode'
import { requestedFile } from './published-names.ts'
import { readUpload } from './read-upload.ts'
import type { ShareLimits } from './share-limits.ts'
import { shareLimits } from './share-limits.ts'
import type { ShareStore } from './share-store.ts'
import { servedHeaders } from './served-headers.ts'

export const workshopCodeHeader = 'x-workshop-code'

export type ShareAppOptions = {
  /** What people type to share; compared in constant time. */
  workshopCode: string
  store: ShareStore
  limits?: ShareLimits
}

const digest = (text: string) => createHash('sha256').update(text).digest()
const sameCode = (given: string | undefined, expected: string) => given !== undefined && timingSafeEqual(digest(given.trim()), digest(expected))

/**
 * The share server (issue 7): POST /api/share takes a published-website zip (with the workshop code),
 * checks it (read-upload.ts), stores it under an id it makes, and answers the short link and a QR code;
 * GET /s/<id>/… serves only the files of that publication, with the published CSP as a header too.
 */
export const createShareApp = ({ workshopCode, store, limits = shareLimits }: ShareAppOptions): Hono => {
  const app = new Hono()

  app.post(
    '/api/share',
    (c, next) => (sameCode(c.req.header(workshopCodeHeader), workshopCode) ? next() : Promise.resolve(c.json({ error: 'Wrong or missing workshop code.' }, 401))),
    bodyLimit({ maxSize: limits.uploadBytes, onError: (c) => c.json({ error: 'The story is too big to share.' }, 413) }),
    async (c) => {
      const upload = readUpload(new Uint8Array(await c.req.arrayBuffer()), limits)
      if (!upload.ok) return c.json({ error: upload.error }, upload.status)
      const id = store.save(upload.files)
      const url = new URL(`/s/${id}/`, c.req.url).href
      const qrSvg = await QRCode.toString(url, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' })
      return c.json({ id, url, qrSvg }, 201)
    },
  )

  app.get('/s/:id', (c) => c.redirect(`/s/${c.req.param('id')}/`, 301))
  app.get('/s/:id/*', (c) => {
    const id = c.req.param('id')
    const path = new URL(c.req.url).pathname
    const requested = requestedFile(path.slice(`/s/${id}`.length))
    if (!requested.ok) return c.text(requested.status === 400 ? 'Bad request' : 'Not found', requested.status)
    const bytes = store.read(id, requested.name)
    if (!bytes) return c.text('Not found', 404)
    return c.body(bytes as Uint8Array<ArrayBuffer>, 200, servedHeaders(requested.name))
  })

  return app
}
