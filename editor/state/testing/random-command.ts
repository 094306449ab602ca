import type { AssetId, ChoiceId, HotspotId, HotspotKind, SceneId, Story } from '@story-schema'
import fc from 'fast-check'
import * as commands from '../commands'
import { anyNumber, anyValue, conditionFor, effectFor, index, pick, typedText, variableName } from './value-arbitraries'

/** Draws a value inside a property (fast-check's `gen`), so that arguments can depend on the story so far. */
export type Draw = <T>(arbitrary: fc.Arbitrary<T>) => T

type Step = { name: string; run: (story: Story) => Story }

const kinds: HotspotKind[] = ['link', 'billboard', 'sound']

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
const photoOf = (draw: Draw) => {
  const copies = draw(fc.array(fc.record({ role: fc.constantFrom('preview' as const, 'downscaled' as const), widthPx: fc.integer({ min: 1, max: 9000 }) }), { maxLength: 2 }))
  const image = (widthPx: number) => ({ bytes: new ArrayBuffer(8), mime: 'image/jpeg' as const, widthPx, heightPx: Math.max(1, Math.round(widthPx / 2)) })
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
  return fc.oneof(
    { weight: 4, arbitrary: fc.record(Object.fromEntries(keys.map((key) => [key, all[key]])) as typeof all, { requiredKeys: [] }) },
    { weight: 1, arbitrary: fc.record(all, { requiredKeys: [] }) },
  )
}

/** One random command with arguments drawn against `story`: ids that exist or don't, values the format allows or refuses. */
export const randomCommand = (story: Story, draw: Draw): Step => {
  const at = places(story, draw)
  const language = draw(fc.constantFrom(story.language, 'nb', 'xx-INVALID'))
  const steps: (() => Step)[] = [
    () => ({ name: 'addScene', run: (s) => commands.addScene(s, { id: newId('scene', draw), panoramaAssetId: draw(fc.constantFrom('asset:pano-a', 'asset:bell')) as AssetId, title: draw(fc.option(typedText, { nil: undefined })), afterSceneId: draw(fc.option(fc.constant(at.sceneId), { nil: undefined })) }) }),
    () => ({ name: 'renameScene', run: (s) => commands.renameScene(s, { sceneId: at.sceneId, title: draw(typedText), language }) }),
    () => ({
      name: 'updateScene',
      run: (s) =>
        commands.updateScene(s, {
          sceneId: at.sceneId,
          language,
          changes: draw(fc.record({ description: typedText, northHeadingDeg: anyNumber, initialView: fc.record({ yawDeg: anyNumber, pitchDeg: anyNumber, fovDeg: anyNumber }), ending: fc.boolean(), endingMessage: typedText }, { requiredKeys: [] })),
        }),
    }),
    () => ({ name: 'deleteScene', run: (s) => commands.deleteScene(s, { sceneId: at.sceneId }) }),
    () => ({ name: 'reorderScenes', run: (s) => commands.reorderScenes(s, { sceneId: at.sceneId, toIndex: draw(fc.integer({ min: -1, max: 6 })) }) }),
    () => ({ name: 'setStartScene', run: (s) => commands.setStartScene(s, { sceneId: at.otherSceneId }) }),
    () => ({ name: 'addHotspot', run: (s) => commands.addHotspot(s, { id: newId('hotspot', draw), kind: draw(fc.constantFrom(...kinds)), sceneId: at.sceneId, yawDeg: draw(anyNumber), pitchDeg: draw(anyNumber), language }) }),
    () => ({ name: 'moveHotspot', run: (s) => commands.moveHotspot(s, { ...at, yawDeg: draw(anyNumber), pitchDeg: draw(anyNumber) }) }),
    () => ({ name: 'updateHotspot', run: (s) => commands.updateHotspot(s, { ...at, language, changes: draw(hotspotChanges(story, at.hotspotId)) }) }),
    () => ({ name: 'setHotspotKind', run: (s) => commands.setHotspotKind(s, { ...at, kind: draw(fc.constantFrom(...kinds)), language }) }),
    () => ({ name: 'deleteHotspot', run: (s) => commands.deleteHotspot(s, at) }),
    () => ({ name: 'reorderHotspots', run: (s) => commands.reorderHotspots(s, { ...at, toIndex: draw(fc.integer({ min: -1, max: 4 })) }) }),
    () => ({ name: 'addChoice', run: (s) => commands.addChoice(s, { ...at, id: newId('choice', draw), language, targetSceneId: draw(fc.option(fc.constant(at.otherSceneId), { nil: undefined })) }) }),
    () => ({ name: 'updateChoice', run: (s) => commands.updateChoice(s, { ...at, language, changes: draw(fc.record({ label: typedText, targetSceneId: fc.constantFrom(at.otherSceneId, null), visibleIf: fc.option(conditionFor(story), { nil: null }) }, { requiredKeys: [] })) }) }),
    () => ({ name: 'deleteChoice', run: (s) => commands.deleteChoice(s, at) }),
    () => ({ name: 'setEffects', run: (s) => commands.setEffects(s, { target: draw(fc.constantFrom({ kind: 'scene' as const, ...at }, { kind: 'link' as const, ...at }, { kind: 'choice' as const, ...at })), effects: draw(fc.array(effectFor(story), { maxLength: 3 })) }) }),
    () => ({ name: 'addVariable', run: (s) => commands.addVariable(s, { name: draw(variableName), type: draw(fc.constantFrom('flag' as const, 'number' as const, 'text' as const)), initial: draw(fc.option(anyValue, { nil: undefined })) }) }),
    () => ({ name: 'updateVariable', run: (s) => commands.updateVariable(s, { name: draw(variableName), changes: draw(fc.record({ name: variableName, type: fc.constantFrom('flag' as const, 'number' as const, 'text' as const), initial: anyValue }, { requiredKeys: [] })) }) }),
    () => ({ name: 'deleteVariable', run: (s) => commands.deleteVariable(s, { name: draw(variableName) }) }),
    () => ({ name: 'addAsset', run: (s) => commands.addAsset(s, { id: newId('asset', draw), ...photoOf(draw) }) }),
  ]
  return draw(fc.constantFrom(...steps))()
}
