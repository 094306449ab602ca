import type { IncomingMessage, ServerResponse } from 'node:http'
import { getRequestListener } from '@hono/node-server'
import type { Hono } from 'hono'
import { climbsOut } from './published-names.ts'

/** The paths the share server answers; everything else goes on to the app. */
export const isShareRequest = (url: string): boolean => url === '/api/share' || url.startsWith('/api/share?') || url.startsWith('/s/')

/**
 * Connect-style middleware (Vite's dev and preview servers) that hands share requests to the Hono app.
 * A raw URL that climbs out (`..`, `%2e%2e`, backslash, NUL) is refused with 400 before anything
 * normalises it.
 */
export const shareMiddleware = (app: Hono) => {
  const listener = getRequestListener(app.fetch)
  return (request: IncomingMessage, response: ServerResponse, next: () => void): void => {
    const url = request.url ?? ''
    if (!isShareRequest(url)) return next()
    if (climbsOut(url)) {
      response.statusCode = 400
      response.end('Bad request')
      return
    }
    void listener(request, response)
  }
}
