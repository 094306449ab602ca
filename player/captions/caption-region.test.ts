import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { CaptionRegion } from './caption-region'
import { defaultCaptionSettings } from './caption-settings'

const render = (props: Partial<Parameters<typeof CaptionRegion>[0]> = {}) =>
  renderToStaticMarkup(
    createElement(CaptionRegion, {
      captions: [
        { key: 'cue-1', speaker: 'Sam', lines: ['Welcome to the', 'harbour.'] },
        { key: 'sound:gulls', lines: ['<b>[gulls]</b>'] },
      ],
      settings: defaultCaptionSettings,
      label: 'Captions',
      ...props,
    }),
  )

describe('CaptionRegion (C-13)', () => {
  it('renders captions as readable DOM text, not a live region by default', () => {
    const html = render()
    expect(html).toContain('role="region"')
    expect(html).toContain('aria-label="Captions"')
    expect(html).not.toContain('aria-live')
    expect(html).not.toContain('aria-hidden')
    expect(html).toContain('<bdi class="caption-region-speaker" style="color:#ffe680">Sam</bdi>: ')
    expect(html).toContain('Welcome to the</span><span class="caption-region-line"> <br/>harbour.') // the space keeps "the harbour" apart in the text
    expect(html).toContain('&lt;b&gt;[gulls]&lt;/b&gt;')
    expect(html).toContain('dir="auto"')
    expect(html).toContain('data-position="head-locked-below-centre"')
    expect(html).toContain('background-color:rgb(0 0 0 / 0.9)')
  })

  it('announces politely when asked, and follows size and opacity', () => {
    const html = render({ isAnnounced: true, settings: { size: 'large', plateOpacity: 0.6, position: 'bottom' } })
    expect(html).toContain('role="log"')
    expect(html).toContain('aria-live="polite"')
    expect(html).toContain('font-size:1.6em')
    expect(html).toContain('rgb(0 0 0 / 0.6)')
    expect(render({ captions: [] })).toBe(
      '<div class="caption-region" role="region" aria-label="Captions" data-position="head-locked-below-centre" style="font-size:1.25em"></div>',
    )
  })
})
