import { describe, expect, it } from 'vitest'
import { creditSchema, storyLicenceSchema } from './credit'

/** Credits of photos and sounds (features.md, credits and licences): "other" licences are named in words; v1 files without it stay valid. */
describe('creditSchema', () => {
  it('accepts the v1 shape without licenceText', () => {
    expect(creditSchema.safeParse({ author: 'Sam', licence: 'CC-BY-4.0' }).success).toBe(true)
  })

  it('needs words for the licence "other"', () => {
    const missing = creditSchema.safeParse({ author: 'Sam', licence: 'other' })
    expect(missing.success).toBe(false)
    expect(missing.error?.issues[0]).toMatchObject({ path: ['licenceText'], message: 'must say which licence it is' })
    expect(creditSchema.safeParse({ author: 'Sam', licence: 'other', licenceText: 'Used with permission' }).success).toBe(true)
  })

  it('keeps "other" off the whole story’s licence', () => {
    expect(storyLicenceSchema.safeParse('other').success).toBe(false)
    expect(storyLicenceSchema.safeParse('CC0-1.0').success).toBe(true)
  })
})
