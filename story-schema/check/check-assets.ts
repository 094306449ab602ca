import type { AssetId } from '../ids'
import { assetName } from '../place-names'
import type { AssetKind } from '../records/asset'
import type { Story } from '../records/story'
import { assetIdsUsed, findAsset } from '../selectors'
import type { StoryIssue } from './story-issue'
import type { Site } from './story-sites'
import { effectSites, forEachHotspot, makeIssue, sceneSite, within } from './story-sites'

/** A place that refers to an asset, and the kind of asset it needs. */
type AssetUse = { assetId: AssetId; kind: AssetKind; site: Site }

const kindNames: Record<AssetKind, string> = { panorama: 'a 360° photo', image: 'an image', audio: 'a sound' }

/** Every place the story refers to an asset, with the kind it needs there. */
const assetUses = (story: Story): AssetUse[] => {
  const uses: AssetUse[] = []
  story.scenes.forEach((scene, s) => {
    const site = sceneSite(story, scene, s)
    uses.push({ assetId: scene.panoramaAssetId, kind: 'panorama', site: within(site, 'panorama') })
    scene.narrations.forEach((narration) => {
      const place = within(site, `narration (${narration.language})`)
      if (narration.assetId) uses.push({ assetId: narration.assetId, kind: 'audio', site: place })
    })
    scene.soundscape.beds.forEach((bed, i) =>
      uses.push({ assetId: bed.assetId, kind: 'audio', site: within(site, `ambient sound ${i + 1}`) }),
    )
    scene.soundscape.sounds.forEach((sound, i) =>
      uses.push({ assetId: sound.assetId, kind: 'audio', site: within(site, `placed sound ${i + 1}`) }),
    )
  })
  forEachHotspot(story, (hotspot, site) => {
    if (hotspot.kind === 'billboard' && hotspot.imageAssetId) {
      uses.push({ assetId: hotspot.imageAssetId, kind: 'image', site: within(site, 'image') })
    }
    if (hotspot.kind === 'sound') uses.push({ assetId: hotspot.assetId, kind: 'audio', site: within(site, 'sound') })
  })
  for (const { effect, site } of effectSites(story)) {
    if (effect.type === 'playSound') uses.push({ assetId: effect.assetId, kind: 'audio', site })
  }
  return uses
}

/**
 * Media references: every asset id used names an asset of the right kind (a scene's panorama is a
 * 360° photo, a billboard image is an image, sounds and narration are audio), and every asset in the
 * table is used somewhere.
 */
export const checkAssets = (story: Story): StoryIssue[] => {
  const issues: StoryIssue[] = []
  for (const { assetId, kind, site } of assetUses(story)) {
    const asset = findAsset(story, assetId)
    if (!asset) {
      const message = `This needs ${kindNames[kind]}, but no media has the id "${assetId}".`
      issues.push(makeIssue('error', 'missing-asset', message, site, { assetId }))
    } else if (asset.kind !== kind) {
      const message = `This needs ${kindNames[kind]}, but ${assetName(asset)} is ${kindNames[asset.kind]}.`
      issues.push(makeIssue('error', 'wrong-asset-kind', message, site, { assetId }))
    }
  }
  const used = assetIdsUsed(story)
  story.assets.forEach((asset, index) => {
    if (!used.has(asset.id)) {
      const site = { where: assetName(asset, index), ref: { assetId: asset.id } }
      const message = 'Nothing in the story uses this media; it only makes the package bigger.'
      issues.push(makeIssue('warning', 'unused-asset', message, site))
    }
  })
  return issues
}
