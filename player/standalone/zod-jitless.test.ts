import { describe, expect, it } from 'vitest'

describe('zod-jitless: the published page never lets zod probe eval (§B.5 CSP)', () => {
  it('sets the switch zod reads, before zod is loaded, without importing zod', async () => {
    await import('./zod-jitless')
    const { config, z } = await import('zod')
    expect(config().jitless).toBe(true)
    expect(z.object({ a: z.string() }).parse({ a: 'x' })).toEqual({ a: 'x' })
  })
})
