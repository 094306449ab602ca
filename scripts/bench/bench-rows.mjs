// Turns the harness's aggregated results (report.mjs JSON) and raw runs into the rows of the one table.
import { median } from './bench-table.mjs'

const KB = (bytes) => (typeof bytes === 'number' ? bytes / 1024 : null)
const short = (size) => size.split('x')[0]

/** gzip bytes of the scripts that had finished loading when the first panorama frame was rendered. */
export const jsBeforeFirstFrame = (run) => {
  const scripts = run.nav?.info?.scripts
  if (!Array.isArray(scripts) || typeof run.ttff !== 'number') return null
  const early = new Set(scripts.filter((s) => s.endMs <= run.ttff).map((s) => s.url))
  return (run.js?.files ?? []).filter((f) => early.has(f.url.split('?')[0])).reduce((sum, f) => sum + (f.gzip ?? 0), 0)
}

const peerValues = (agg, peers, pick) => Object.fromEntries(peers.map((p) => [p, agg.peers[p] ? pick(agg.peers[p]) : null]))

export const buildRows = ({ results, editor, critical, peers, sizes, preloadSizes }) => {
  const rows = []
  const notes = []
  const main = results.main
  if (main) {
    const agg = main.agg
    const ours = (name) => agg.peers[name]
    const sizeOf = (name, size) => ours(name)?.sizes?.[size] ?? {}
    const at = (pick) => (P, size) => P.sizes?.[size] ? pick(P.sizes[size]) : null

    const earlyJs = median(main.runs.filter((r) => r.peer === 'player-full' && r.mode === 'main').map(jsBeforeFirstFrame))
    rows.push({ metric: 'JS gzip arrived before the first frame', unit: 'KB', digits: 1, ours: KB(earlyJs), peers: peerValues(agg, peers, (P) => KB(P.js.gzip)), note: 'peers: all JS the page loads' })
    if (critical) rows.push({ metric: 'JS gzip the first frame waits for (import graph)', unit: 'KB', digits: 1, ours: KB(critical.player.gzip), peers: peerValues(agg, peers, (P) => KB(P.js.gzip)), note: 'the page entry and the first-frame painter; the player loads after' })
    if (critical?.playerView) rows.push({ metric: 'JS gzip until the 3D view takes over (import graph)', unit: 'KB', digits: 1, ours: KB(critical.playerView.gzip), peers: peerValues(agg, peers, (P) => KB(P.js.gzip)), note: 'entry + player + 3D view chunks; headset code only on Enter VR' })
    rows.push({ metric: 'JS gzip loaded in the whole run', unit: 'KB', digits: 1, ours: KB(ours('player-full')?.js.gzip), peers: peerValues(agg, peers, (P) => KB(P.js.gzip)) })
    for (const size of sizes) {
      rows.push({ metric: `first frame from the preview @${short(size)}`, unit: 'ms', ours: sizeOf('player', size).ttffMs, peers: peerValues(agg, peers, (P) => at((S) => S.ttffMs)(P, size)), note: 'ours: 512×256 preview; peers: full picture' })
      rows.push({ metric: `first frame at full resolution @${short(size)}`, unit: 'ms', ours: sizeOf('player-full', size).ttffMs, peers: peerValues(agg, peers, (P) => at((S) => S.ttffMs)(P, size)), note: `with preview: full shown at ${sizeOf('player', size).libReadyMs ?? '–'} ms [page event]` })
    }
    for (const size of sizes) {
      rows.push({ metric: `scene switch, not preloaded @${short(size)}`, unit: 'ms', ours: sizeOf('player-full', size).switchMs, peers: peerValues(agg, peers, (P) => at((S) => S.switchMs)(P, size)), note: `B's preview shows after ${sizeOf('player', size).switchMs ?? '–'} ms` })
    }
    for (const size of preloadSizes) {
      rows.push({ metric: `scene switch, preloaded @${short(size)}`, unit: 'ms', ours: sizeOf('player-full', size).preloadSwitchMs, peers: peerValues(agg, peers, (P) => at((S) => S.preloadSwitchMs)(P, size)), note: `preload took ${sizeOf('player-full', size).preloadMs ?? '–'} ms` })
    }
    const mid = sizes.includes('4096x2048') ? '4096x2048' : sizes[0]
    rows.push({ metric: `frame interval turning, median @${short(mid)}`, unit: 'ms', digits: 1, ours: sizeOf('player-full', mid).frameMedianMs, peers: peerValues(agg, peers, (P) => at((S) => S.frameMedianMs)(P, mid)) })
    rows.push({ metric: `frame interval turning, p95 @${short(mid)}`, unit: 'ms', digits: 1, ours: sizeOf('player-full', mid).frameP95Ms, peers: peerValues(agg, peers, (P) => at((S) => S.frameP95Ms)(P, mid)) })
    const hot = results.hotspots?.agg.peers
    if (hot) {
      const h = hot['player-hotspots']?.sizes['4096x2048'] ?? {}
      const plain = hot.player?.sizes['4096x2048'] ?? {}
      rows.push({ metric: 'frame interval, 20 hotspots in view, median @4096', unit: 'ms', digits: 1, ours: h.frameMedianMs, peers: peerValues(agg, peers, (P) => at((S) => S.frameMedianMs)(P, '4096x2048')), note: `same run without hotspots: ${plain.frameMedianMs ?? '–'} ms; peers (no hotspots) from the main run` })
      rows.push({ metric: 'frame interval, 20 hotspots in view, p95 @4096', unit: 'ms', digits: 1, ours: h.frameP95Ms, peers: peerValues(agg, peers, (P) => at((S) => S.frameP95Ms)(P, '4096x2048')), note: `without hotspots: ${plain.frameP95Ms ?? '–'} ms` })
    }
    const big = sizes[sizes.length - 1]
    rows.push({ metric: `peak JS heap @${short(big)}`, unit: 'MB', digits: 1, ours: sizeOf('player-full', big).heapPeakMB, peers: peerValues(agg, peers, (P) => at((S) => S.heapPeakMB)(P, big)) })
    const rss = (S) => (typeof S.rendererPeakRssMB === 'number' && typeof S.gpuPeakRssMB === 'number' ? S.rendererPeakRssMB + S.gpuPeakRssMB : null)
    rows.push({ metric: `renderer + GPU peak RSS @${short(big)}`, unit: 'MB', ours: rss(sizeOf('player-full', big)), peers: peerValues(agg, peers, (P) => at(rss)(P, big)) })
    const xl = results.xl?.agg.peers
    if (xl) {
      const x = xl['player-full']?.sizes['16384x8192'] ?? {}
      rows.push({ metric: 'first frame, 16384×8192 input', unit: 'ms', ours: x.ttffMs, peers: { three: xl.three?.sizes['16384x8192']?.ttffMs ?? null }, note: `uploads: ${(x.uploads ?? []).join('; ') || '–'}` })
      notes.push(`16384×8192 (MAX_TEXTURE_SIZE ${xl['player-full']?.maxTextureSize?.max ?? '?'}): ours ${x.ttffMs ? 'shown' : 'NOT shown'}${x.failures?.length ? ` (${x.failures.join(', ')})` : ''}; texture uploads ${(x.uploads ?? []).join('; ') || 'none ≥ 512×256 logged'}. Peers at 16384: see shared/bench/peers/RESULTS.md (pannellum and marzipano fail, the others downscale to 8192).`)
    }
  }
  if (editor) {
    rows.push({ metric: 'editor: import 8192×4096 JPEG until the story is ready', unit: 'ms', ours: editor.importMs, note: 'no peer has an editor' })
    rows.push({ metric: 'editor: longest main-thread task during that import', unit: 'ms', ours: editor.importLongestTaskMs })
    rows.push({ metric: 'editor: open a 300-scene story with its map', unit: 'ms', ours: editor.mapMs, note: `${editor.mapNodes ?? '–'} map nodes drawn` })
    rows.push({ metric: 'editor: longest main-thread task while opening it', unit: 'ms', ours: editor.mapLongestTaskMs })
    rows.push({ metric: 'editor: home page JS gzip', unit: 'KB', digits: 1, ours: KB(editor.homeJsGzip), note: `${editor.homeLoads3d ? 'loads the 3D vendor chunk' : 'no 3D vendor chunk'}${critical?.editorHomeBefore ? `; before: ${KB(critical.editorHomeBefore.gzip).toFixed(1)} KB (import graph)` : ''}` })
  }
  if (!main) return { rows, notes, compare: null }
  const ours = (name) => main.agg.peers[name]
  for (const name of ['player', 'player-full']) {
    const fails = Object.entries(ours(name)?.sizes ?? {}).flatMap(([s, S]) => (S.failures ?? []).map((f) => `${s}: ${f}`))
    if (fails.length) notes.push(`${name} failures: ${fails.join('; ')}`)
  }
  return { rows, notes, compare: ours('player-full-before') ? compareTable(main, sizes, preloadSizes, critical) : null }
}

/** Before → after (player-full-before = the --compare build), same run, same method. */
const compareTable = (main, sizes, preloadSizes, critical) => {
  const P = (name) => main.agg.peers[name]
  const lines = ['| metric | before | after | after / before |', '|---|---:|---:|---:|']
  const add = (metric, before, after, digits = 0) => {
    const r = typeof before === 'number' && typeof after === 'number' && before > 0 ? `${(after / before).toFixed(2)}×` : '–'
    const f = (x) => (typeof x === 'number' ? x.toFixed(digits) : '–')
    lines.push(`| ${metric} | ${f(before)} | ${f(after)} | ${r} |`)
  }
  const early = (name) => median(main.runs.filter((r) => r.peer === name && r.mode === 'main').map(jsBeforeFirstFrame))
  if (critical?.playerBefore) add('JS gzip the first frame waits for (import graph), KB', KB(critical.playerBefore.gzip), KB(critical.player.gzip), 1)
  if (critical?.editorHomeBefore) add('editor home page JS gzip (import graph), KB', KB(critical.editorHomeBefore.gzip), KB(critical.editorHome.gzip), 1)
  add('JS gzip that had arrived when the first frame showed, KB', KB(early('player-full-before')), KB(early('player-full')), 1)
  add('JS gzip loaded in the whole run, KB', KB(P('player-full-before').js.gzip), KB(P('player-full').js.gzip), 1)
  for (const s of sizes) add(`first frame at full resolution @${short(s)}, ms`, P('player-full-before').sizes[s]?.ttffMs, P('player-full').sizes[s]?.ttffMs)
  for (const s of sizes) add(`scene switch, not preloaded @${short(s)}, ms`, P('player-full-before').sizes[s]?.switchMs, P('player-full').sizes[s]?.switchMs)
  for (const s of preloadSizes) add(`scene switch, preloaded @${short(s)}, ms`, P('player-full-before').sizes[s]?.preloadSwitchMs, P('player-full').sizes[s]?.preloadSwitchMs)
  const mid = sizes.includes('4096x2048') ? '4096x2048' : sizes[0]
  add(`frame interval median @${short(mid)}, ms`, P('player-full-before').sizes[mid]?.frameMedianMs, P('player-full').sizes[mid]?.frameMedianMs, 1)
  return lines.join('\n')
}
