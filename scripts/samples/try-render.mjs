// Development helper: node scripts/samples/try-render.mjs <module> <id> [width] → /tmp/try-<id>.jpg
import { renderRows } from './lib/render-panorama.mjs'
import { writeJpeg } from './lib/image-io.mjs'
import { resolve } from 'node:path'
import { pathToFileURL } from 'node:url'

const [mod, id, w = '1024'] = process.argv.slice(2)
const W = Number(w)
const t0 = Date.now()
const rgba = await renderRows({ module: pathToFileURL(resolve(mod)).href, id, W })
writeJpeg(`/tmp/try-${id}.jpg`, rgba, W, W / 2, 85)
console.log(`${id} ${W}: ${((Date.now() - t0) / 1000).toFixed(1)} s`)
