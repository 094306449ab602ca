import { describe, expect, it } from 'vitest'
import { createHowlerBackend } from './howler-backend'

describe('howler backend without Web Audio (Node)', () => {
  it('never throws, and reports a clip it cannot load', async () => {
    const backend = createHowlerBackend()
    expect(() => backend.unlock()).not.toThrow()
    const outcome = await new Promise<string>((resolve) => {
      backend.loadClip('asset:x', { url: 'https://example.test/x.mp3', mime: 'audio/mpeg' }, {
        onLoad: () => resolve('loaded'),
        onError: (reason) => resolve(reason),
      })
      setTimeout(() => resolve('no answer'), 500)
    })
    expect(['load-error', 'decode-error', 'unsupported']).toContain(outcome)
    expect(backend.play('asset:missing', { loop: false, gain: 1 })).toBe(-1)
    expect(() => {
      backend.rampGain(-1, 0, 1, 100)
      backend.pause(-1)
      backend.resume(-1)
      backend.stop(-1)
      backend.setListenerOrientation(0, 0, -1, 0, 1, 0)
      backend.setMono(true)
      backend.unloadClip('asset:x')
      backend.dispose()
    }).not.toThrow()
    expect(backend.positionMs(-1)).toBeUndefined()
  })
})
