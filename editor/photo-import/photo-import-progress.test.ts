import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { PhotoImportProgress } from './photo-import-progress'

const render = (props: Partial<Parameters<typeof PhotoImportProgress>[0]> = {}) =>
  renderToStaticMarkup(createElement(PhotoImportProgress, { fileName: 'bus stop.jpg', onCancel: () => {}, ...props }))

describe('PhotoImportProgress', () => {
  it('is a labelled progress bar with the step in a status region and a Cancel button naming the file', () => {
    const html = render({ status: { step: 'main', label: 'Saving the picture', fraction: 0.4, stepIndex: 2, stepCount: 5 } })
    expect(html).toMatch(/^<div class="photo-import-progress" role="group" aria-labelledby="([^"]+)-label">/)
    expect(html).toContain('Importing “<bdi>bus stop.jpg</bdi>”')
    const bar = /<progress class="photo-import-progress-bar" aria-labelledby="[^"]+-label" aria-describedby="[^"]+-step"/
    expect(html).toMatch(new RegExp(`${bar.source} max="1" value="0.4">40%</progress>`))
    expect(html).toContain('role="status">Saving the picture… 40%</p>')
    expect(html).toContain('<button type="button" class="photo-import-progress-cancel" aria-label="Cancel importing “bus stop.jpg”">Cancel</button>')
  })

  it('is indeterminate before the first progress message', () => {
    const html = render()
    expect(html).toMatch(/<progress [^>]*max="1"><\/progress>/)
    expect(html).toContain('Starting…')
  })
})
