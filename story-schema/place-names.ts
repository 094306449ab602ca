/**
 * Names places in a story in words, for messages: "Scene 'Harbour' › hotspot 'Door' › target".
 * Works on unvalidated data too (it only reads strings it finds), so the loader can use it on
 * files that failed validation.
 */
export const placeSeparator = ' › '

/** The first text of a localized text (or a plain string), shortened for messages. */
export const textForMessage = (value: unknown, language?: string): string | undefined => {
  let text: unknown = value
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const record = value as Record<string, unknown>
    text = language && Object.hasOwn(record, language) ? record[language] : Object.values(record).find((v) => typeof v === 'string')
  }
  if (typeof text !== 'string' || text.trim() === '') return undefined
  const clean = text.replace(/\s+/g, ' ').trim()
  return clean.length > 40 ? `${clean.slice(0, 39)}…` : clean
}

const named = (kind: string, record: unknown, index: number | undefined, language?: string): string => {
  const r = record && typeof record === 'object' ? (record as Record<string, unknown>) : {}
  // A hotspot is known by its label (its accessible name), a scene by its title.
  const name = textForMessage(r.label, language) ?? textForMessage(r.title, language) ?? textForMessage(r.name, language)
  if (name) return `${kind} '${name}'`
  if (typeof r.id === 'string') return `${kind} ${r.id}`
  return index === undefined ? kind : `${kind} ${index + 1}`
}

export const sceneName = (scene: unknown, index?: number, language?: string) => named('Scene', scene, index, language)
export const hotspotName = (hotspot: unknown, index?: number, language?: string) => named('hotspot', hotspot, index, language)
export const choiceName = (choice: unknown, index?: number, language?: string) => named('choice', choice, index, language)
export const assetName = (asset: unknown, index?: number) => {
  const r = asset && typeof asset === 'object' ? (asset as Record<string, unknown>) : {}
  return typeof r.path === 'string' ? `Media '${r.path}'` : named('Media', asset, index)
}

/** Joins place parts with " › ". */
export const joinPlace = (...parts: (string | undefined)[]): string => parts.filter(Boolean).join(placeSeparator)
