import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import type { Hotspot, SceneId } from '@story-schema'
import { describe, expect, it } from 'vitest'
import { fakeLink, fakeScene, fakeStory } from '../../story-schema/testing/fake-story'
import { StoryMap } from './story-map'
import type { StoryMapProps } from './story-map'

const ask = {
  id: 'hotspot:sign',
  kind: 'billboard',
  yawDeg: 0,
  pitchDeg: 0,
  sizeDeg: 10,
  label: { en: 'Sign' },
  title: { en: 'Sign' },
  choices: [
    {
      id: 'choice:down',
      label: { en: 'Go <b>down</b>' },
      targetSceneId: 'scene:cellar',
      effects: [{ type: 'goTo', sceneId: 'scene:home' }],
    },
  ],
} as unknown as Hotspot

const story = fakeStory({
  scenes: [
    fakeScene('bus-stop', {
      title: { en: 'Bus stop' },
      hotspots: [fakeLink('door', 'harbour', { label: { en: 'Red door' } }), ask, fakeLink('gap', 'nowhere', { label: { en: 'Gap' } })],
    }),
    fakeScene('harbour', { title: { en: 'Harbour' }, onEnter: [{ type: 'goTo', sceneId: 'scene:home' }] } as never),
    fakeScene('cellar', { title: { en: 'Cellar' } }),
    fakeScene('home', { title: { en: 'Home' }, ending: { message: { en: 'The end.' } } }),
    fakeScene('attic', { title: { en: 'Attic' }, hotspots: [fakeLink('up', 'home')] }),
  ],
})

const render = (props: Partial<StoryMapProps> = {}) =>
  renderToStaticMarkup(createElement(StoryMap, { story, onOpenScene: () => {}, ...props }))

describe('StoryMap', () => {
  it('renders the map: scene nodes as buttons with accessible names, focusable in author order', () => {
    const html = render({ selectedSceneId: 'scene:cellar' as SceneId, thumbnailUrl: (id) => `/thumbs/${id.slice(6)}.jpg` })
    expect(html).toMatch(/^<section class="story-map" aria-label="Story map">/)
    expect(html).toContain('<button type="button" class="story-map-toggle" aria-pressed="false">Show as a list</button>')
    const names = [...html.matchAll(/role="button"[^>]*aria-label="([^"]+)"/g)].map((m) => m[1])
    expect(names).toEqual([
      'Scene: Bus stop, start scene, 4 ways out, 1 broken link',
      'Scene: Harbour, 1 way out',
      'Scene: Cellar, no ways out',
      'Scene: Home, ending',
      'Scene: Attic, can&#x27;t be reached, 1 way out',
    ])
    expect(html.match(/class="react-flow__node react-flow__node-scene[^"]*"[^>]*tabindex="0"/g)).toHaveLength(5)
    expect(html).toContain('src="/thumbs/bus-stop.jpg"')
    expect(html).toMatch(/<li class="scene-node-badge scene-node-badge-start"><svg class="badge-icon"[^]*?<\/svg>Start<\/li>/)
    expect(html).toContain("Can&#x27;t be reached</li>")
    expect(html).toContain('No way out</li>')
    expect(html).toMatch(/aria-current="true"[^>]*><div class="scene-node"/)
    expect(html).toContain('Missing scene</p><code class="missing-scene-node-id">scene:nowhere</code>')
  })

  it('renders the list alternative: scenes and their exits as a nested list', () => {
    const html = render({ initiallyShowList: true, selectedSceneId: 'scene:home' as SceneId })
    expect(html).toContain('aria-pressed="true"')
    expect(html).not.toContain('react-flow')
    expect(html).toMatch(/<h3 id="([^"]+)">Scenes and their exits<\/h3><ul aria-labelledby="\1">/)
    expect(html).toContain('<bdi>Bus stop</bdi></button><span class="story-map-list-flags"> (start scene, 1 broken link)</span>')
    expect(html).toContain('<li class="story-map-list-exit story-map-list-exit-link">Link “<bdi>Red door</bdi>” leads to <bdi>Harbour</bdi></li>')
    expect(html).toContain('Choice “<bdi>Go &lt;b&gt;down&lt;/b&gt;</bdi>” leads to <bdi>Cellar</bdi>')
    expect(html).toContain('“<bdi>Go &lt;b&gt;down&lt;/b&gt;</bdi>” also goes to <bdi>Home</bdi>')
    expect(html).toContain('On entering, it goes to <bdi>Home</bdi>')
    expect(html).toContain('<strong class="story-map-list-broken">a scene that does not exist (scene:nowhere)</strong>')
    expect(html).toContain('<p class="story-map-list-no-exits">No ways out.</p>')
    expect(html).toContain('aria-current="true"><bdi>Home</bdi>')
    expect(html).toContain("(can&#x27;t be reached)")
  })
})
