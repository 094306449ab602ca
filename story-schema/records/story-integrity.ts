import type { z } from 'zod'

type Ctx = z.core.$RefinementCtx<unknown>
type Located = { id: string; path: (string | number)[] }

/** Every id in a story that must be unique, with where it sits. Hotspot, choice and sound ids are unique story-wide. */
const collectIds = (story: {
  scenes: { id: string; hotspots: { id: string; kind: string; choices?: { id: string }[] }[]; soundscape: { beds: { id: string }[]; sounds: { id: string }[] } }[]
  assets: { id: string }[]
  variables: { name: string }[]
}): Record<string, Located[]> => {
  const groups: Record<string, Located[]> = { scene: [], hotspot: [], choice: [], sound: [], asset: [], variable: [] }
  story.scenes.forEach((scene, s) => {
    groups.scene!.push({ id: scene.id, path: ['scenes', s, 'id'] })
    scene.hotspots.forEach((hotspot, h) => {
      groups.hotspot!.push({ id: hotspot.id, path: ['scenes', s, 'hotspots', h, 'id'] })
      hotspot.choices?.forEach((choice, c) =>
        groups.choice!.push({ id: choice.id, path: ['scenes', s, 'hotspots', h, 'choices', c, 'id'] }),
      )
    })
    scene.soundscape.beds.forEach((bed, b) => groups.sound!.push({ id: bed.id, path: ['scenes', s, 'soundscape', 'beds', b, 'id'] }))
    scene.soundscape.sounds.forEach((sound, i) =>
      groups.sound!.push({ id: sound.id, path: ['scenes', s, 'soundscape', 'sounds', i, 'id'] }),
    )
  })
  story.assets.forEach((asset, a) => groups.asset!.push({ id: asset.id, path: ['assets', a, 'id'] }))
  story.variables.forEach((variable, v) => groups.variable!.push({ id: variable.name, path: ['variables', v, 'name'] }))
  return groups
}

/** Adds an issue for every id used a second time (B-22: duplicate ids are refused, never guessed). */
export const refineUniqueIds = (story: Parameters<typeof collectIds>[0], ctx: Ctx): void => {
  for (const [kind, located] of Object.entries(collectIds(story))) {
    const seen = new Set<string>()
    for (const { id, path } of located) {
      if (seen.has(id)) ctx.addIssue({ code: 'custom', path, message: `uses the ${kind} id "${id}" a second time` })
      seen.add(id)
    }
  }
}
