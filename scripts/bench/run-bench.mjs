// `npm run bench`: our player against the peer 360° viewers, by the peer harness's own method
// (shared/bench/peers: same Chromium, same probe, fresh browser per run, interleaved, medians).
// See tests/bench/README.md. Flags:
//   --reps N            repetitions per cell (default 3)
//   --sizes a,b         input sizes (default 2048x1024,4096x2048,8192x4096)
//   --preload-sizes a,b sizes also run in preload mode (default 4096x2048,8192x4096)
//   --peers a,b         peers next to ours (default pannellum,marzipano,three; 'all' = every peer)
//   --quick             --reps 1 --sizes 4096x2048 --preload-sizes 4096x2048 --peers three, no 16K, no editor
//   --no-xl --no-hotspots --no-editor   leave those parts out;  --skip-build  reuse the last app build
//   --compare DIR       also measure another build of the app (same vite.bench config) as player-full-before
//   --results FILE      where to write the results (default tests/bench/RESULTS.md)
//   --from-raw STAMP    no runs: re-make the table and RESULTS.md from results/raw/storysphere-*-STAMP.*
//   --fresh             copy the harness again (keeps its node_modules)
//   --prepare           stop after inputs, stories, build and peers.config.mjs
//   --editor-only       no harness runs: only the editor metrics (and the table of those)
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { chainStory, twoSceneStory } from './bench-stories.mjs'
import { genInputs } from './gen-inputs.mjs'
import { buildRows } from './bench-rows.mjs'
import { criticalJs } from './critical-js.mjs'
import { renderTable } from './bench-table.mjs'

const REPO = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..')
const SHARED = '/work/shared/bench/peers'
const WORK = path.join(REPO, 'node_modules/.cache/storysphere-bench')
const PEERS_DIR = path.join(WORK, 'peers')
const APP_DIR = path.join(WORK, 'app')
const argv = process.argv.slice(2)
const flag = (name) => argv.includes(`--${name}`)
const arg = (name, def) => {
  const i = argv.indexOf(`--${name}`)
  return i >= 0 && argv[i + 1] !== undefined ? argv[i + 1] : def
}
const quick = flag('quick')
const REPS = Number(arg('reps', quick ? '1' : '3'))
const SIZES = arg('sizes', quick ? '4096x2048' : '2048x1024,4096x2048,8192x4096')
const PRELOAD_SIZES = arg('preload-sizes', quick ? '4096x2048' : '4096x2048,8192x4096')
const PEERS_ARG = arg('peers', quick ? 'three' : 'pannellum,marzipano,three')
const OURS = ['player', 'player-full']
const FROM_RAW = arg('from-raw', null) // re-make the table and RESULTS.md from an earlier run's raw files
const run = (cmd, args, opts = {}) => execFileSync(cmd, args, { stdio: 'inherit', cwd: PEERS_DIR, ...opts })
const log = (...a) => console.log('[bench]', ...a)

// ---- 1. the harness, copied (never written in place), its pinned deps and the inputs ----------------
if (flag('fresh')) for (const entry of fs.readdirSync(PEERS_DIR, { withFileTypes: true })) if (!['node_modules', 'inputs', 'dist'].includes(entry.name)) fs.rmSync(path.join(PEERS_DIR, entry.name), { recursive: true, force: true })
if (!fs.existsSync(path.join(PEERS_DIR, 'run.mjs'))) {
  log(`copying ${SHARED} -> ${PEERS_DIR}`)
  fs.mkdirSync(PEERS_DIR, { recursive: true })
  fs.cpSync(SHARED, PEERS_DIR, { recursive: true, filter: (src) => !src.includes(`${SHARED}/results/shots`) })
  execFileSync('chmod', ['-R', 'u+w', PEERS_DIR])
}
// The harness's own page list, kept beside the one we write (peers.config.mjs = theirs + ours).
fs.copyFileSync(path.join(SHARED, 'peers.config.mjs'), path.join(PEERS_DIR, 'peers.config.original.mjs'))
if (!fs.existsSync(path.join(PEERS_DIR, 'node_modules/playwright-core'))) run('npm', ['ci', '--no-audit', '--no-fund'])
if (!fs.existsSync(path.join(PEERS_DIR, 'dist/three.js'))) run('node', ['build.mjs'])
await genInputs(PEERS_DIR) // cached: skipped when inputs/manifest.json is ours
const wantXl = !quick && !flag('no-xl')
if (wantXl && !fs.existsSync(path.join(PEERS_DIR, 'inputs/B_16384x8192.jpg'))) run('node', ['gen-xl.mjs'])

// ---- 2. story files for the bench page ----------------------------------------------------------------
const manifest = JSON.parse(fs.readFileSync(path.join(PEERS_DIR, 'inputs/manifest.json'), 'utf8'))
const fileInfo = async (name) => {
  const known = manifest.files[name]
  if (known) return { file: name, ...known }
  const buf = fs.readFileSync(path.join(PEERS_DIR, 'inputs', name))
  const [width, height] = /(\d+)x(\d+)\.jpg$/.exec(name).slice(1).map(Number)
  const { createHash } = await import('node:crypto')
  return { file: name, width, height, bytes: buf.length, sha256: createHash('sha256').update(buf).digest('hex') }
}
const storyDir = path.join(PEERS_DIR, 'inputs/storysphere')
fs.mkdirSync(storyDir, { recursive: true })
const previews = { Apreview: await fileInfo('A_preview_512x256.jpg'), Bpreview: await fileInfo('B_preview_512x256.jpg') }
for (const size of ['2048x1024', '4096x2048', '8192x4096', ...(wantXl ? ['16384x8192'] : [])]) {
  const files = { A: await fileInfo(`A_${size}.jpg`), B: await fileInfo(`B_${size}.jpg`), ...previews }
  for (const variant of ['preview', 'full', 'hotspots']) fs.writeFileSync(path.join(storyDir, `${variant}_${size}.json`), JSON.stringify(twoSceneStory(variant, files)))
}
fs.writeFileSync(path.join(storyDir, 'chain-300.json'), JSON.stringify(chainStory(300, { A: await fileInfo('A_2048x1024.jpg'), B: await fileInfo('B_2048x1024.jpg'), ...previews })))

// ---- 3. our app (editor, player, bench page), built like `vite build` -------------------------------------
if ((!flag('skip-build') && !FROM_RAW) || !fs.existsSync(path.join(APP_DIR, 'tests/bench/player-page/index.html'))) {
  log('building the app (vite build + bench page) ->', APP_DIR)
  execFileSync('npx', ['vite', 'build', '--config', 'scripts/bench/vite.bench.config.ts', '--logLevel', 'warn'], { cwd: REPO, stdio: 'inherit', env: { ...process.env, BENCH_OUT_DIR: APP_DIR } })
}
const page = '/tests/bench/player-page/index.html'
const COMPARE = arg('compare', null) // another build of the app (e.g. from main), measured as player-full-before
if (COMPARE) OURS.push('player-full-before')
const ourPeers = [
  ...(COMPARE ? [{ name: 'player-full-before', root: path.resolve(COMPARE), url: `/ext/player-full-before${page}?variant=full` }] : []),
  { name: 'player', root: APP_DIR, url: `/ext/player${page}?variant=preview` },
  { name: 'player-full', root: APP_DIR, url: `/ext/player-full${page}?variant=full` },
  { name: 'player-hotspots', root: APP_DIR, url: `/ext/player-hotspots${page}?variant=hotspots`, optional: true },
]
fs.writeFileSync(
  path.join(PEERS_DIR, 'peers.config.mjs'),
  `// Written by storysphere scripts/bench/run-bench.mjs: the harness's list plus our pages.\nimport peers from './peers.config.original.mjs'\nexport default [...peers, ...${JSON.stringify(ourPeers)}]\n`,
)

if (flag('prepare')) {
  log(`prepared; serve it with: cd ${path.relative(REPO, PEERS_DIR)} && npm run serve, then open /ext/player${page}?variant=preview&img=A_4096x2048.jpg&img2=B_4096x2048.jpg (the /ext/ roots need run.mjs; see tests/bench/README.md)`)
  process.exit(0)
}

// ---- 4. the harness runs -----------------------------------------------------------------------------
const allPeers = (await import(path.join(PEERS_DIR, 'peers.config.original.mjs'))).default.filter((p) => !p.optional).map((p) => p.name)
const peers = PEERS_ARG === 'all' ? allPeers : PEERS_ARG.split(',').filter(Boolean)
const stamp = FROM_RAW ?? new Date().toISOString().replace(/[:.]/g, '-')
const raw = (tag) => path.join(PEERS_DIR, `results/raw/storysphere-${tag}-${stamp}.jsonl`)
const started = Date.now()
const runs = {}
const harness = (tag, args) => {
  runs[tag] = raw(tag)
  if (FROM_RAW) return void (fs.existsSync(runs[tag]) || delete runs[tag])
  if (flag('editor-only')) return void delete runs[tag]
  log(`harness: ${tag}`)
  run('node', ['run.mjs', ...args, '--out', runs[tag]])
  execFileSync('node', ['report.mjs', runs[tag], '--json'], { cwd: PEERS_DIR, stdio: ['ignore', 'ignore', 'inherit'] })
}
harness('main', ['--reps', String(REPS), '--sizes', SIZES, '--preload-sizes', PRELOAD_SIZES, '--modes', 'main,preload', '--peers', [...peers, ...OURS].join(','), '--shots'])
if (!quick && !flag('no-hotspots')) harness('hotspots', ['--reps', String(REPS), '--sizes', '4096x2048', '--modes', 'main', '--peers', 'player,player-hotspots'])
if (wantXl) harness('xl', ['--reps', '1', '--sizes', '16384x8192', '--modes', 'main', '--peers', ['three', ...OURS].join(',')])

// ---- 5. editor metrics ---------------------------------------------------------------------------------
let editor = null
const editorFile = path.join(PEERS_DIR, `results/raw/storysphere-editor-${stamp}.json`)
if (FROM_RAW) editor = fs.existsSync(editorFile) ? JSON.parse(fs.readFileSync(editorFile, 'utf8')) : null
else if (!quick && !flag('no-editor')) {
  log('editor metrics')
  const { editorMetrics } = await import('./editor-bench.mjs')
  editor = await editorMetrics({ peersDir: PEERS_DIR, appDir: APP_DIR, reps: Math.min(REPS, 2) })
  fs.writeFileSync(editorFile, JSON.stringify(editor, null, 1))
}

// ---- 6. one table + tests/bench/RESULTS.md -------------------------------------------------------------
const results = Object.fromEntries(
  Object.entries(runs).map(([tag, file]) => {
    const lines = fs.readFileSync(file, 'utf8').trim().split('\n').map((l) => JSON.parse(l))
    const agg = JSON.parse(fs.readFileSync(path.join(PEERS_DIR, 'results', `${path.basename(file, '.jsonl')}.results.json`), 'utf8'))
    return [tag, { meta: lines[0].meta, runs: lines.slice(1), agg }]
  }),
)
const pageHtml = page.slice(1)
const critical = {
  player: criticalJs(APP_DIR, pageHtml, []),
  playerView: criticalJs(APP_DIR, pageHtml, [/^bench-player-.*\.js$/, /^panorama-view-.*\.js$/]),
  playerBefore: COMPARE ? criticalJs(path.resolve(COMPARE), pageHtml) : null,
  editorHome: criticalJs(APP_DIR, 'index.html', []),
  editorHomeBefore: COMPARE ? criticalJs(path.resolve(COMPARE), 'index.html', []) : null,
}
const { rows, notes, compare } = buildRows({ results, editor, critical, peers, sizes: SIZES.split(','), preloadSizes: PRELOAD_SIZES.split(',') })
const table = renderTable(rows)
console.log('\n' + table + '\n')
for (const note of notes) console.log('- ' + note)
if (compare) console.log('\n' + compare + '\n')
if (flag('editor-only')) {
  log('editor only: RESULTS.md left as it was; raw editor figures in', path.relative(REPO, editorFile))
  process.exit(0)
}
const { writeResults } = await import('./bench-results-md.mjs')
writeResults({
  file: path.resolve(REPO, arg('results', 'tests/bench/RESULTS.md')),
  table, notes, compare, results, editor, peers,
  command: `npm run bench -- ${argv.join(' ')}`.trim(),
  minutes: FROM_RAW ? null : (Date.now() - started) / 60000,
  appDir: APP_DIR, peersDir: PEERS_DIR, repo: REPO, machine: `${os.cpus().length} vCPU ${os.cpus()[0]?.model ?? ''}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB RAM, Node ${process.version}`,
})
log(`wrote ${arg('results', 'tests/bench/RESULTS.md')}; raw data in`, path.relative(REPO, path.join(PEERS_DIR, 'results/raw')))
