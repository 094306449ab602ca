import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { parsePlayerFiles } from './player-files'
import { singleFileHtml } from './single-file-html'
import { websiteHtml } from './website-html'

const sha256 = (text: string) => `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`
const hostile = 'Bad </script><script>alert(1)</script> & <img src=x onerror=alert(2)>'

describe('the published website page (issue 7, §B.5)', () => {
  const html = websiteHtml({ title: hostile, lang: 'en', player: { entry: 'assets/player-a.js', styles: ['assets/player-b.css'] }, openingPreview: 'images/yard-preview.jpg' })

  it('preloads the story file and the opening preview, as the first frame fetches them (issue 8)', () => {
    expect(html).toContain('<link rel="preload" href="story.json" as="fetch" crossorigin="anonymous">')
    expect(html).toContain('<link rel="preload" href="images/yard-preview.jpg" as="fetch" crossorigin="anonymous">')
    expect(websiteHtml({ title: 't', lang: 'en', player: { entry: 'a.js', styles: [] } })).not.toContain('images/')
  })

  it('puts the CSP first in <head>: nothing inline, scripts and styles only from the folder', () => {
    expect(html).toMatch(/<head>\n<meta http-equiv="Content-Security-Policy" content="default-src 'none';/)
    expect(html).toContain("script-src 'self' blob:;")
    expect(html).toContain("style-src 'self';")
    expect(html).toContain("connect-src 'self' blob:;")
    expect(html).not.toMatch(/unsafe-|<script>|<style>/)
    expect(html).toContain('<script type="module" src="./assets/player-a.js"></script>')
    expect(html).toContain('<link rel="stylesheet" href="./assets/player-b.css">')
  })

  it('shows the title as text (B-25)', () => {
    expect(html).toContain('<title>Bad &#60;/script&#62;&#60;script&#62;alert(1)&#60;/script&#62; &#38; &#60;img src=x onerror=alert(2)&#62;</title>')
    expect(html.match(/<script/g)).toHaveLength(1)
  })
})

describe('the single-file page (issue 7, §B.5)', () => {
  const input = {
    title: 'My street',
    lang: 'nb',
    storyJson: JSON.stringify({ title: hostile }),
    mediaUrls: new Map([['images/a.jpg', 'data:image/jpeg;base64,/9j/']]),
    script: 'var s = "</script>"; var c = "<!--"; console.log(s, c)',
    style: 'html{color:#fff}',
  }

  it('allows the inline script and style by the sha-256 of their exact bytes, and nothing by origin', async () => {
    const html = await singleFileHtml(input)
    const script = /<script>([\s\S]*?)<\/script>\n<\/body>/.exec(html)?.[1] ?? ''
    const style = /<style>([\s\S]*?)<\/style>/.exec(html)?.[1] ?? ''
    expect(script).toBe('var s = "<\\/script>"; var c = "<\\!--"; console.log(s, c)')
    expect(html).toContain(`script-src '${sha256(script)}' blob:;`)
    expect(html).toContain(`style-src '${sha256(style)}';`)
    expect(html).not.toMatch(/'self'|unsafe-/)
  })

  it('keeps the story and media in data blocks that no text can end early (B-25)', async () => {
    const html = await singleFileHtml(input)
    const block = /<script type="application\/json" id="storysphere-story">([\s\S]*?)<\/script>/.exec(html)?.[1] ?? ''
    expect(block).not.toContain('<')
    expect(JSON.parse(block)).toEqual({ title: hostile })
    expect(html).toContain('<script type="application/json" id="storysphere-media">{"images/a.jpg":"data:image/jpeg;base64,/9j/"}</script>')
    expect(html).toContain('<html lang="nb">')
  })
})

describe('player-files.json as the editor reads it', () => {
  const good = { version: 1, entry: 'assets/p.js', styles: ['assets/p.css'], files: ['assets/p.js'], single: { script: 'single/player.js', style: 'single/player.css' }, xrProfiles: ['generic-hand/profile.json'] }

  it('accepts a list of files inside its folder', () => {
    expect(parsePlayerFiles(good)).toEqual(good)
  })

  it.each([['../secret.js'], ['/etc/passwd'], ['assets/../../x.js'], ['assets\\x.js'], ['.hidden']])('refuses a file name that leaves its folder: %s', (name) => {
    expect(() => parsePlayerFiles({ ...good, files: [name] })).toThrow(/outside its folder/)
  })

  it('refuses anything that is not such a list', () => {
    expect(() => parsePlayerFiles({ ...good, version: 2 })).toThrow(/not a list/)
    expect(() => parsePlayerFiles(null)).toThrow(/not a list/)
  })
})
