import { describe, expect, it } from 'vitest'
import { repairEffect, repairEffectList } from './repair-effects'
import { createRepairLog } from './repair-note'

describe('repairEffect', () => {
  it('clamps a sound’s volume, cleans an ending message and a text value', () => {
    const log = createRepairLog()
    const effects = [
      { type: 'playSound', assetId: 'asset:x', gain: 3 },
      { type: 'end', message: { en: 'The end\u202E' } },
      { type: 'set', variable: 'name', value: 'Sam\u0007' },
      { type: 'goTo', sceneId: 'scene:nowhere' },
    ]
    repairEffectList({ onEnter: effects }, 'onEnter', ['story', 'scenes', 0], log)
    expect(effects).toEqual([
      { type: 'playSound', assetId: 'asset:x', gain: 1 },
      { type: 'end', message: { en: 'The end' } },
      { type: 'set', variable: 'name', value: 'Sam' },
      { type: 'goTo', sceneId: 'scene:nowhere' },
    ])
    expect(log.repairs.map((repair) => repair.path.join('.'))).toEqual([
      'story.scenes.0.onEnter.0.gain',
      'story.scenes.0.onEnter.1.message.en',
      'story.scenes.0.onEnter.2.value',
    ])
  })

  it('leaves unknown effects and non-objects alone', () => {
    const log = createRepairLog()
    repairEffect({ type: 'explode', gain: 9 }, [], log)
    repairEffect(42, [], log)
    expect(log.repairs).toEqual([])
  })
})
