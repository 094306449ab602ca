import type { TestProject } from 'vitest/node'
import { build, preview } from 'vite'

/**
 * Builds the app once and serves the build on a free localhost port for every end-to-end test.
 * Tests read the address with `inject('baseUrl')`. Set E2E_SKIP_BUILD=1 to reuse an existing dist/.
 */
export default async function setup(project: TestProject) {
  if (process.env.E2E_SKIP_BUILD !== '1') {
    await build({ logLevel: 'warn', configFile: 'vite.config.ts' })
  }
  const server = await preview({ configFile: 'vite.config.ts', preview: { port: 0, host: '127.0.0.1', strictPort: false }, logLevel: 'warn' })
  const address = server.httpServer.address()
  if (!address || typeof address === 'string') throw new Error('The preview server has no port')
  project.provide('baseUrl', `http://127.0.0.1:${address.port}`)
  return async () => {
    await new Promise<void>((resolve) => server.httpServer.close(() => resolve()))
  }
}
