import { writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { storyJsonSchemaText } from '../story-schema/json-schema'

/**
 * Writes story-schema/story.schema.json from the zod schemas (`npm run schema:json`). Node 20 cannot
 * run TypeScript, so the npm script loads this file through Vite's module runner:
 *   node -e "import('vite').then(({ runnerImport }) => runnerImport('./scripts/write-json-schema.ts'))"
 */
const target = fileURLToPath(new URL('../story-schema/story.schema.json', import.meta.url))
writeFileSync(target, storyJsonSchemaText())
console.log(`Wrote ${target}`)
