import type { TestProject } from 'vitest/node'
import { build, preview } from 'vite'

/**
 * Builds the app once and serves the build on a free localhost port for every end-to-end test.
 * Tests read the address with `inject('baseUrl')`. Set E2E_SKIP_BUILD=1 to reuse an existing build, and
 * E2E_OUT_DIR=<folder> to build somewhere other than dist/ (so that parallel runs do not clash).
 */
export default async function setup(project: TestProject) {
  const outDir = process.env.E2E_OUT_DIR || 'dist'
  if (process.env.E2E_SKIP_BUILD !== '1') {
    await build({ logLevel: 'warn', configFile: 'vite.config.ts', build: { outDir, emptyOutDir: true } })
  }
  const server = await preview({ configFile: 'vite.config.ts', build: { outDir }, preview: { port: 0, host: '127.0.0.1', strictPort: false }, logLevel: 'warn' })
  const address = server.httpServer.address()
  if (!address || typeof address === 'string') throw new Error('The preview server has no port')
  project.provide('baseUrl', `http://127.0.0.1:${address.port}`)
  return async () => {
    await new Promise<void>((resolve) => server.httpServer.close(() => resolve()))
  }
}
