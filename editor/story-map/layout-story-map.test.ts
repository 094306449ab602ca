import { checkStory } from '@story-schema'
import type { Hotspot, Story } from '@story-schema'
import { describe, expect, it } from 'vitest'
import { fakeLink, fakeScene, fakeStory } from '../../story-schema/testing/fake-story'
import { layoutStoryMap, missingNodeId, sceneNodeSizePx } from './layout-story-map'
import type { SceneMapNode } from './story-map-types'
import { makeLargeStory } from './testing/make-large-story'

const choiceBoard = (id: string, choices: { id: string; label: string; target?: string; goTo?: string }[]): Hotspot =>
  ({
    id: `hotspot:${id}`,
    kind: 'billboard',
    yawDeg: 0,
    pitchDeg: 0,
    sizeDeg: 10,
    label: { en: id },
    title: { en: id },
    choices: choices.map((c) => ({
      id: `choice:${c.id}`,
      label: { en: c.label },
      ...(c.target ? { targetSceneId: `scene:${c.target}` } : {}),
      effects: c.goTo ? [{ type: 'goTo', sceneId: `scene:${c.goTo}` }] : [],
    })),
  }) as unknown as Hotspot

/** Bus stop (start) → Harbour by link, → Cellar by choice, → Nowhere (missing); Harbour goes to Home on entering; Attic is unreachable. */
const story: Story = fakeStory({
  scenes: [
    fakeScene('bus-stop', {
      title: { en: 'Bus stop' },
      hotspots: [
        fakeLink('door', 'harbour', { label: { en: 'Red door' } }),
        choiceBoard('sign', [
          { id: 'down', label: 'Go down', target: 'cellar' },
          { id: 'stay', label: 'Stay here' },
        ]),
        fakeLink('gap', 'nowhere', { label: { en: 'Gap in the fence' } }),
      ],
    }),
    fakeScene('harbour', { title: { en: 'Harbour' }, onEnter: [{ type: 'goTo', sceneId: 'scene:home' }] } as never),
    fakeScene('cellar', { title: { en: 'Cellar' }, hotspots: [fakeLink('up', 'bus-stop', { label: { en: 'Stairs up' } })] }),
    fakeScene('home', { title: { en: 'Home' }, ending: { message: { en: 'You are home.' } } }),
    fakeScene('attic', { title: { en: 'Attic' }, hotspots: [fakeLink('hole', 'nowhere', { label: { en: 'Hole' } })] }),
  ],
})

const sceneNode = (layout: ReturnType<typeof layoutStoryMap>, id: string) =>
  layout.nodes.find((node): node is SceneMapNode => node.id === `scene:${id}` && node.type === 'scene')!

describe('layoutStoryMap', () => {
  const layout = layoutStoryMap(story)

  it('makes one node per scene in author order, then one marker per missing scene', () => {
    expect(layout.nodes.map((n) => [n.id, n.type])).toEqual([
      ['scene:bus-stop', 'scene'],
      ['scene:harbour', 'scene'],
      ['scene:cellar', 'scene'],
      ['scene:home', 'scene'],
      ['scene:attic', 'scene'],
      ['missing:scene:nowhere', 'missing'],
    ])
  })

  it('makes one edge per link, choice and goTo, labelled, choices and goTos with a prefix', () => {
    expect(layout.edges.map((e) => [e.source, e.target, e.data?.kind, e.data?.edgeLabel, e.data?.isBroken])).toEqual([
      ['scene:bus-stop', 'scene:harbour', 'link', 'Red door', false],
      ['scene:bus-stop', 'scene:cellar', 'choice', 'Choice: Go down', false],
      ['scene:bus-stop', missingNodeId('scene:nowhere'), 'link', 'Gap in the fence', true],
      ['scene:harbour', 'scene:home', 'goTo', 'Go to: on entering', false],
      ['scene:cellar', 'scene:bus-stop', 'link', 'Stairs up', false],
      ['scene:attic', missingNodeId('scene:nowhere'), 'link', 'Hole', true],
    ])
    expect(new Set(layout.edges.map((e) => e.id)).size).toBe(layout.edges.length)
    expect(layout.edges.find((e) => e.data?.kind === 'choice')?.className).toBe('story-map-exit story-map-exit-choice')
  })

  it('flags broken exits as checkStory does, and marks start, endings and unreachable scenes', () => {
    const missing = checkStory(story).filter((issue) => issue.code === 'missing-target')
    expect(layout.edges.filter((e) => e.data?.isBroken).map((e) => e.data?.hotspotId)).toEqual(missing.map((i) => i.ref.hotspotId))
    expect(sceneNode(layout, 'bus-stop').data).toMatchObject({ isStart: true, exitCount: 3, brokenExitCount: 1 })
    expect(sceneNode(layout, 'home').data).toMatchObject({ isEnding: true, isStart: false })
    expect(sceneNode(layout, 'attic').data).toMatchObject({ isUnreachable: true })
    expect(sceneNode(layout, 'cellar').data.isUnreachable).toBe(false)
  })

  it('gives each scene node an accessible name and makes it a button', () => {
    expect(layout.nodes.filter((n) => n.type === 'scene').map((n) => [n.ariaLabel, n.ariaRole])).toEqual([
      ['Scene: Bus stop, start scene, 3 ways out, 1 broken link', 'button'],
      ['Scene: Harbour, 1 way out', 'button'],
      ['Scene: Cellar, 1 way out', 'button'],
      ['Scene: Home, ending', 'button'],
      ["Scene: Attic, can't be reached, 1 way out, 1 broken link", 'button'],
    ])
    expect(layout.nodes.at(-1)).toMatchObject({ focusable: false, ariaLabel: 'Missing scene scene:nowhere' })
  })

  it('lays out left to right, deterministically, without overlaps', () => {
    const again = layoutStoryMap(structuredClone(story))
    expect(again.nodes.map((n) => n.position)).toEqual(layout.nodes.map((n) => n.position))
    expect(sceneNode(layout, 'harbour').position.x).toBeGreaterThan(sceneNode(layout, 'bus-stop').position.x)
    expect(sceneNode(layout, 'home').position.x).toBeGreaterThan(sceneNode(layout, 'harbour').position.x)
    for (const [i, a] of layout.nodes.entries()) {
      for (const b of layout.nodes.slice(i + 1)) {
        const apart = a.position.x + (a.width ?? 0) <= b.position.x || b.position.x + (b.width ?? 0) <= a.position.x ||
          a.position.y + (a.height ?? 0) <= b.position.y || b.position.y + (b.height ?? 0) <= a.position.y
        expect(apart, `${a.id} overlaps ${b.id}`).toBe(true)
      }
    }
  })

  it('uses the given issues and language instead of computing them', () => {
    const scenes = story.scenes.map((s, i) => (i === 0 ? { ...s, title: { en: 'Bus stop', nb: 'Bussholdeplass' } } : s))
    const translated = { ...story, languages: ['en', 'nb'], scenes }
    const quiet = layoutStoryMap(translated as Story, { issues: [], language: 'nb' })
    expect(sceneNode(quiet, 'bus-stop').ariaLabel).toBe('Scene: Bussholdeplass, start scene, 3 ways out, 1 broken link')
    expect(sceneNode(quiet, 'attic').data.isUnreachable).toBe(false)
  })

  it('fans out labels of parallel edges between the same two scenes', () => {
    const twoDoors = fakeStory({
      scenes: [
        fakeScene('a', { hotspots: [fakeLink('left', 'b'), fakeLink('right', 'b'), fakeLink('self', 'a')] }),
        fakeScene('b', { ending: { message: { en: 'End.' } } }),
      ],
    })
    const edges = layoutStoryMap(twoDoors).edges
    expect(edges.map((e) => [e.data?.parallelIndex, e.data?.parallelCount])).toEqual([[0, 2], [1, 2], [0, 1]])
  })

  it('lays out a 300-scene story (the time is printed, not asserted)', () => {
    const large = makeLargeStory(300)
    const started = performance.now()
    const big = layoutStoryMap(large)
    const firstMs = performance.now() - started
    const renamed = { ...large, scenes: large.scenes.map((s) => ({ ...s, title: { en: `${s.title.en}!` } })) }
    const again = performance.now()
    const relabelled = layoutStoryMap(renamed)
    const secondMs = performance.now() - again
    console.info(`layoutStoryMap: 300 scenes, ${big.edges.length} edges in ${firstMs.toFixed(0)} ms; after a title edit ${secondMs.toFixed(0)} ms`)
    expect(big.nodes.filter((n) => n.type === 'scene')).toHaveLength(300)
    expect(big.edges.length).toBeGreaterThan(500)
    expect(relabelled.nodes.map((n) => n.position)).toEqual(big.nodes.map((n) => n.position))
    expect(new Set(big.nodes.map((n) => `${n.position.x},${n.position.y}`)).size).toBe(300)
    expect(sceneNodeSizePx.width).toBeGreaterThan(0)
  })
})
