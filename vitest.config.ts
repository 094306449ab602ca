import { defineConfig, mergeConfig } from 'vitest/config'
import viteConfig from './vite.config.ts'

/** Two projects: fast Node unit tests next to the code, and end-to-end tests in real Chromium. */
export default mergeConfig(
  viteConfig,
  defineConfig({
    test: {
      projects: [
        {
          extends: true,
          test: {
            name: 'unit',
            environment: 'node',
            include: ['story-schema/**/*.test.ts', 'i18n/**/*.test.ts', 'player/**/*.test.ts', 'editor/**/*.test.ts', 'server/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/unit/**/*.test.ts'],
          },
        },
        {
          extends: true,
          test: {
            name: 'e2e',
            environment: 'node',
            include: ['tests/e2e/**/*.e2e.test.ts'],
            globalSetup: ['tests/e2e/support/global-setup.ts'],
            testTimeout: 60_000,
            // A real browser on a shared 2-core machine: a poll waits up to 10 s (a timing is never what a test asserts).
            expect: { poll: { timeout: 10_000 } },
            hookTimeout: 120_000,
            fileParallelism: false,
          },
        },
      ],
    },
  }),
)
