import type { AssetId, ChoiceId, HotspotId, HotspotKind, SceneId, Story } from '@story-schema'
import fc from 'fast-check'
import * as commands from '../commands'
import { anyNumber, anyValue, conditionFor, effectFor, index, pick, typedText, variableName } from './value-arbitraries'

/** Draws a value inside a property (fast-check's `gen`), so that arguments can depend on the story so far. */
export type Draw = <T>(arbitrary: fc.Arbitrary<T>) => T

type Step = { name: string; run: (story: Story) => Story }

const kinds: HotspotKind[] = ['link', 'billboard', 'sound']
const types = ['flag', 'number', 'text'] as const
const maybe = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined })

/** Ids to act on: often ones that exist (busy scenes and billboards preferred), sometimes ones that don't. */
const places = (story: Story, draw: Draw) => {
  const busy = story.scenes.filter((candidate) => candidate.hotspots.length > 0)
  const scene = pick(draw(fc.boolean()) && busy.length > 0 ? busy : story.scenes, draw(index))
  const billboards = scene?.hotspots.filter((candidate) => candidate.kind === 'billboard') ?? []
  const hotspot = scene && pick(draw(fc.boolean()) && billboards.length > 0 ? billboards : scene.hotspots, draw(index))
  const choices = hotspot?.kind === 'billboard' ? hotspot.choices : []
  return {
    sceneId: (scene?.id ?? 'scene:none') as SceneId,
    hotspotId: (hotspot?.id ?? 'hotspot:none') as HotspotId,
    choiceId: (pick(choices, draw(index))?.id ?? 'choice:none') as ChoiceId,
    otherSceneId: (pick(story.scenes, draw(index))?.id ?? 'scene:none') as SceneId,
  }
}

const newId = <K extends string>(kind: K, draw: Draw) => `${kind}:r${draw(fc.nat({ max: 30 }))}` as never
const hex = fc.oneof(fc.stringMatching(/^[0-9a-f]{64}$/), fc.constantFrom('abc', 'F'.repeat(64)))
const copyArbitrary = fc.record({ role: fc.constantFrom('preview' as const, 'downscaled' as const), widthPx: fc.integer({ min: 1, max: 9000 }) })

/** An imported photo of random sizes and copies, with valid or broken hashes. */
const photoOf = (draw: Draw) => {
  const copies = draw(fc.array(copyArbitrary, { maxLength: 2 }))
  const image = (widthPx: number) => ({
    bytes: new ArrayBuffer(8),
    mime: 'image/jpeg' as const,
    widthPx,
    heightPx: Math.max(1, Math.round(widthPx / 2)),
  })
  return {
    photo: {
      fileName: draw(typedText),
      sourceMime: 'image/jpeg' as const,
      sourceWidthPx: 8192,
      sourceHeightPx: 4096,
      main: image(draw(fc.integer({ min: 1, max: 20000 }))),
      derivatives: copies.map((copy) => ({ ...image(copy.widthPx), role: copy.role })),
      projection: { type: 'full' as const },
      warnings: [],
    },
    sha256: { main: draw(hex), derivatives: copies.map(() => draw(hex)) },
  }
}

const fieldsByKind: Record<HotspotKind, string[]> = {
  link: ['targetSceneId', 'icon'],
  billboard: ['title', 'body', 'url', 'urlLabel'],
  sound: ['gain', 'loop', 'caption'],
}

/** Changes for the hotspot's own kind (mostly), so that many updates are accepted. */
const hotspotChanges = (story: Story, hotspotId: string) => {
  const kind = story.scenes.flatMap((scene) => scene.hotspots).find((hotspot) => hotspot.id === hotspotId)?.kind ?? 'link'
  const all = {
    label: typedText,
    description: typedText,
    sizeDeg: anyNumber,
    visibleIf: fc.option(conditionFor(story), { nil: null }),
    targetSceneId: fc.constantFrom(...story.scenes.map((scene) => scene.id)),
    icon: fc.constantFrom('arrow' as const, 'door' as const),
    title: typedText,
    body: typedText,
    url: fc.constantFrom('', 'https://example.org', 'http://x.org', 'javascript:1'),
    urlLabel: typedText,
    gain: anyNumber,
    loop: fc.boolean(),
    caption: typedText,
  }
  const keys = ['label', 'description', 'sizeDeg', 'visibleIf', ...fieldsByKind[kind]] as (keyof typeof all)[]
  const own = Object.fromEntries(keys.map((key) => [key, all[key]])) as typeof all
  return fc.oneof(
    { weight: 4, arbitrary: fc.record(own, { requiredKeys: [] }) },
    { weight: 1, arbitrary: fc.record(all, { requiredKeys: [] }) },
  )
}

const sceneChanges = fc.record(
  {
    description: typedText,
    northHeadingDeg: anyNumber,
    initialView: fc.record({ yawDeg: anyNumber, pitchDeg: anyNumber, fovDeg: anyNumber }),
    ending: fc.boolean(),
    endingMessage: typedText,
  },
  { requiredKeys: [] },
)

/** One random command with arguments drawn against `story`: ids that exist or don't, values the format allows or refuses. */
export const randomCommand = (story: Story, draw: Draw): Step => {
  const at = places(story, draw)
  const language = draw(
    fc.oneof(
      { weight: 4, arbitrary: fc.constant(story.language) },
      { weight: 2, arbitrary: fc.constant('nb') },
      { weight: 1, arbitrary: fc.constant('xx-INVALID') },
    ),
  )
  const { sceneId, otherSceneId } = at
  const effectsTarget = fc.constantFrom({ kind: 'scene' as const, ...at }, { kind: 'link' as const, ...at }, { kind: 'choice' as const, ...at })
  const step = (name: string, run: (s: Story) => Story, weight = 4) => ({ weight, arbitrary: fc.constant({ name, run }) })
  const steps = [
    step('addScene', (s) =>
      commands.addScene(s, {
        id: newId('scene', draw),
        panoramaAssetId: draw(fc.constantFrom('asset:pano-a', 'asset:bell')) as AssetId,
        title: draw(maybe(typedText)),
        afterSceneId: draw(maybe(fc.constant(sceneId))),
      }),
    ),
    step('renameScene', (s) => commands.renameScene(s, { sceneId, title: draw(typedText), language })),
    step('setStoryTitle', (s) => commands.setStoryTitle(s, { title: draw(typedText), language }), 2),
    step('updateScene', (s) => commands.updateScene(s, { sceneId, language, changes: draw(sceneChanges) })),
    step('deleteScene', (s) => commands.deleteScene(s, { sceneId }), 1),
    step('reorderScenes', (s) => commands.reorderScenes(s, { sceneId, toIndex: draw(fc.integer({ min: -1, max: 6 })) })),
    step('setStartScene', (s) => commands.setStartScene(s, { sceneId: otherSceneId })),
    step('addHotspot', (s) =>
      commands.addHotspot(s, {
        id: newId('hotspot', draw),
        kind: draw(fc.constantFrom(...kinds)),
        sceneId,
        yawDeg: draw(anyNumber),
        pitchDeg: draw(anyNumber),
        language,
      }),
    ),
    step('moveHotspot', (s) => commands.moveHotspot(s, { ...at, yawDeg: draw(anyNumber), pitchDeg: draw(anyNumber) })),
    step('updateHotspot', (s) => commands.updateHotspot(s, { ...at, language, changes: draw(hotspotChanges(story, at.hotspotId)) })),
    step('setHotspotKind', (s) => commands.setHotspotKind(s, { ...at, kind: draw(fc.constantFrom(...kinds)), language })),
    step('deleteHotspot', (s) => commands.deleteHotspot(s, at), 1),
    step('reorderHotspots', (s) => commands.reorderHotspots(s, { ...at, toIndex: draw(fc.integer({ min: -1, max: 4 })) })),
    step('addChoice', (s) =>
      commands.addChoice(s, { ...at, id: newId('choice', draw), language, targetSceneId: draw(maybe(fc.constant(otherSceneId))) }),
    ),
    step('updateChoice', (s) => {
      const changes = { label: typedText, targetSceneId: fc.constantFrom(otherSceneId, null), visibleIf: fc.option(conditionFor(story), { nil: null }) }
      return commands.updateChoice(s, { ...at, language, changes: draw(fc.record(changes, { requiredKeys: [] })) })
    }),
    step('deleteChoice', (s) => commands.deleteChoice(s, at), 1),
    step('setEffects', (s) => commands.setEffects(s, { target: draw(effectsTarget), effects: draw(fc.array(effectFor(story), { maxLength: 3 })) })),
    step('addVariable', (s) =>
      commands.addVariable(s, { name: draw(variableName), type: draw(fc.constantFrom(...types)), initial: draw(maybe(anyValue)) }),
    ),
    step('updateVariable', (s) => {
      const changes = fc.record({ name: variableName, type: fc.constantFrom(...types), initial: anyValue }, { requiredKeys: [] })
      return commands.updateVariable(s, { name: draw(variableName), changes: draw(changes) })
    }),
    step('deleteVariable', (s) => commands.deleteVariable(s, { name: draw(variableName) }), 1),
    step('addAsset', (s) => commands.addAsset(s, { id: newId('asset', draw), ...photoOf(draw) })),
  ]
  return draw(fc.oneof(...steps))
}
