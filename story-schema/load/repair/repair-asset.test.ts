import { describe, expect, it } from 'vitest'
import { fakeStory } from '../../testing/fake-story'
import { repairAsset } from './repair-asset'
import { createRepairLog } from './repair-note'

const repaired = (asset: Record<string, unknown>) => {
  const log = createRepairLog()
  repairAsset(asset, ['story', 'assets', 0], log)
  return { asset, notes: log.repairs.map((repair) => [repair.code, repair.path.slice(3).join('.')]) }
}

describe('repairAsset', () => {
  it('needs no repairs for a valid asset', () => {
    expect(repaired(JSON.parse(JSON.stringify(fakeStory().assets[0]))).notes).toEqual([])
  })

  it('adds missing smaller copies to images only', () => {
    expect(repaired({ kind: 'panorama' }).asset).toEqual({ kind: 'panorama', derivatives: [] })
    expect(repaired({ kind: 'image' }).asset).toEqual({ kind: 'image', derivatives: [] })
    expect(repaired({ kind: 'audio' }).asset).toEqual({ kind: 'audio' })
  })

  it('cleans the description and credit, wraps the camera heading and clamps its pitch', () => {
    const { asset, notes } = repaired({
      kind: 'panorama',
      derivatives: [],
      description: { en: 'Harbour\u202E' },
      credit: { author: 'Sam\u0007', title: 'Pier\u2067', licence: 'own-work' },
      poseHeadingDeg: 720,
      posePitchDeg: 91,
    })
    expect(asset).toMatchObject({
      description: { en: 'Harbour' },
      credit: { author: 'Sam', title: 'Pier' },
      poseHeadingDeg: 0,
      posePitchDeg: 90,
    })
    expect(notes.map((note) => note[1])).toEqual(['description.en', 'credit.author', 'credit.title', 'poseHeadingDeg', 'posePitchDeg'])
  })
})
