// JS on a page's critical path, from a build's import graph, gzip -9: the page's entry and its static
// imports, plus the lazily imported chunks named by `lazyStarts` and their static imports. The first
// frame (painted by player/first-frame/) waits only for the entry; the 3D view takes over once the
// player (bench-player-*.js) and the 3D view (panorama-view-*.js) have loaded. Chunks loaded lazily
// in parallel (howler, hotspot labels, XR, the test bridge) are on neither path.
import fs from 'node:fs'
import path from 'node:path'
import zlib from 'node:zlib'

const staticImports = (source) => [...source.matchAll(/(?:from|import)\s*"\.\/([^"]+\.js)"/g)].map((m) => m[1])

/** { files: [{ name, gzip }], gzip } for the page `htmlPath` (relative to the build folder `appDir`). */
export const criticalJs = (appDir, htmlPath, lazyStarts = [/^panorama-view-.*\.js$/]) => {
  const assets = path.join(appDir, 'assets')
  const html = fs.readFileSync(path.join(appDir, htmlPath), 'utf8')
  const start = [...html.matchAll(/(?:src|href)="[^"]*assets\/([^"]+\.js)"/g)].map((m) => m[1])
  for (const name of fs.readdirSync(assets)) if (lazyStarts.some((re) => re.test(name))) start.push(name)
  const seen = new Set()
  const visit = (name) => {
    if (seen.has(name) || !fs.existsSync(path.join(assets, name))) return
    seen.add(name)
    staticImports(fs.readFileSync(path.join(assets, name), 'utf8')).forEach(visit)
  }
  start.forEach(visit)
  const files = [...seen].map((name) => ({ name, gzip: zlib.gzipSync(fs.readFileSync(path.join(assets, name)), { level: 9 }).length }))
  return { files, gzip: files.reduce((sum, f) => sum + f.gzip, 0) }
}

if (process.argv[1] === new URL(import.meta.url).pathname) {
  const [appDir, html = 'tests/bench/player-page/index.html'] = process.argv.slice(2)
  const r = criticalJs(path.resolve(appDir), html)
  console.log(`${(r.gzip / 1024).toFixed(1)} KB gzip:`, r.files.map((f) => `${f.name} ${(f.gzip / 1024).toFixed(1)}`).join(', '))
}
