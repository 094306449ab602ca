// Story files for the bench page (tests/bench/player-page; picture paths images/<input file>): two scenes, A (start) and B, on the
// harness inputs, A linked to B; 'cut' transitions (the harness measures load + decode + upload +
// first frame with every peer's fade switched off). Variants:
//   preview  - each panorama has a 512x256 preview derivative (what the player shows first)
//   full     - no preview (the first frame is the full-resolution picture)
//   hotspots - like preview, plus 20 hotspots in front of the viewer (frame cost while turning)
//   map      - 300 scenes in a chain (editor: opening a big story with its map)

/** @param {{ file: string, width: number, height: number, bytes: number, sha256: string }} f */
const imageFields = (f) => ({ path: `images/${f.file.toLowerCase()}`, mime: 'image/jpeg', bytes: f.bytes, sha256: f.sha256, widthPx: f.width, heightPx: f.height })

const panorama = (id, full, preview) => ({
  id,
  kind: 'panorama',
  ...imageFields(full),
  projection: { type: 'full' },
  derivatives: preview ? [{ role: 'preview', ...imageFields(preview) }] : [],
  description: { en: `Bench picture ${id}` },
  credit: { author: 'Storysphere bench', licence: 'CC0-1.0' },
})

const scene = (id, assetId, hotspots) => ({
  id,
  title: { en: id.replace('scene:', 'Scene ') },
  description: { en: 'A generated bench scene.' },
  panoramaAssetId: assetId,
  northHeadingDeg: 0,
  initialView: { yawDeg: 0, pitchDeg: 0, fovDeg: 60 },
  soundscape: { beds: [], sounds: [] },
  narrations: [],
  hotspots,
  onEnter: [],
})

const link = (id, target, yawDeg, pitchDeg) => ({
  id, kind: 'link', yawDeg, pitchDeg, sizeDeg: 6, label: { en: `Go to ${target.replace('scene:', '')}` },
  description: { en: 'A generated bench link.' }, targetSceneId: target, icon: 'arrow', effects: [],
})

const shell = (id, startSceneId) => ({
  id, title: { en: `Bench ${id}` }, language: 'en', languages: ['en'], authors: [], licence: 'CC0-1.0', credits: [],
  startSceneId, variables: [],
  playerDefaults: { dwellMs: 800, transition: { kind: 'cut' }, captions: true, snapTurnDeg: 30 },
})

/** The 20 extra hotspots of the 'hotspots' variant: a 5 x 4 grid within +-30 deg yaw, +-18 deg pitch. */
export const hotspotGrid = () => {
  const out = []
  for (let row = 0; row < 4; row++) for (let col = 0; col < 5; col++) out.push(link(`hotspot:grid-${row}-${col}`, 'scene:b', -30 + col * 15, -18 + row * 12))
  return out
}

/**
 * @param {'preview' | 'full' | 'hotspots'} variant
 * @param {Record<string, { file: string, width: number, height: number, bytes: number, sha256: string }>} files by role: A, B, Apreview, Bpreview
 */
export const twoSceneStory = (variant, files) => {
  const withPreview = variant !== 'full'
  // The link to B sits behind the viewer and low, so its marker never tints the sampled rows.
  const hotspotsA = [link('hotspot:to-b', 'scene:b', 180, -60), ...(variant === 'hotspots' ? hotspotGrid() : [])]
  return {
    format: 'storysphere.story',
    schemaVersion: 1,
    story: {
      ...shell(`story:bench-${variant}`, 'scene:a'),
      scenes: [scene('scene:a', 'asset:a', hotspotsA), scene('scene:b', 'asset:b', [link('hotspot:to-a', 'scene:a', 180, -60)])],
      assets: [panorama('asset:a', files.A, withPreview ? files.Apreview : null), panorama('asset:b', files.B, withPreview ? files.Bpreview : null)],
    },
  }
}

/** A story of `count` scenes in a chain (each links to the next and back), alternating the A/B pictures. */
export const chainStory = (count, files) => {
  const id = (i) => `scene:s${String(i).padStart(3, '0')}`
  const scenes = []
  for (let i = 0; i < count; i++) {
    const hotspots = []
    if (i + 1 < count) hotspots.push(link(`hotspot:next-${i}`, id(i + 1), 0, 0))
    if (i > 0) hotspots.push(link(`hotspot:back-${i}`, id(i - 1), 180, 0))
    scenes.push(scene(id(i), i % 2 ? 'asset:b' : 'asset:a', hotspots))
  }
  return {
    format: 'storysphere.story',
    schemaVersion: 1,
    story: {
      ...shell(`story:bench-chain-${count}`, id(0)),
      scenes,
      assets: [panorama('asset:a', files.A, files.Apreview), panorama('asset:b', files.B, files.Bpreview)],
    },
  }
}
