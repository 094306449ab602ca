/**
 * Photo Sphere (GPano) metadata as read from an XMP packet, in GPano's own terms and units: pixels of
 * the image as it was tagged, compass headings in degrees. Fields that are absent or not numbers are
 * left out.
 */
export type GPano = {
  projectionType?: string
  fullPanoWidthPx?: number
  fullPanoHeightPx?: number
  croppedAreaImageWidthPx?: number
  croppedAreaImageHeightPx?: number
  croppedAreaLeftPx?: number
  croppedAreaTopPx?: number
  poseHeadingDeg?: number
  posePitchDeg?: number
  poseRollDeg?: number
  initialViewHeadingDeg?: number
  initialViewPitchDeg?: number
  initialHorizontalFovDeg?: number
}

const gpanoNamespace = 'http://ns.google.com/photos/1.0/panorama/'

const numberFields = {
  FullPanoWidthPixels: 'fullPanoWidthPx',
  FullPanoHeightPixels: 'fullPanoHeightPx',
  CroppedAreaImageWidthPixels: 'croppedAreaImageWidthPx',
  CroppedAreaImageHeightPixels: 'croppedAreaImageHeightPx',
  CroppedAreaLeftPixels: 'croppedAreaLeftPx',
  CroppedAreaTopPixels: 'croppedAreaTopPx',
  PoseHeadingDegrees: 'poseHeadingDeg',
  PosePitchDegrees: 'posePitchDeg',
  PoseRollDegrees: 'poseRollDeg',
  InitialViewHeadingDegrees: 'initialViewHeadingDeg',
  InitialViewPitchDegrees: 'initialViewPitchDeg',
  InitialHorizontalFOVDegrees: 'initialHorizontalFovDeg',
} as const satisfies Record<string, keyof GPano>

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** The prefixes the packet binds to the GPano namespace ("GPano" when it binds none). */
const gpanoPrefixes = (xmp: string): string[] => {
  const bound = /xmlns:([A-Za-z_][\w.-]{0,40})\s*=\s*["']([^"']{0,200})["']/g
  const prefixes = new Set<string>()
  for (const match of xmp.matchAll(bound)) if (match[2] === gpanoNamespace) prefixes.add(match[1]!)
  prefixes.add('GPano')
  return [...prefixes]
}

const decodeEntities = (text: string) =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&')
    .trim()

/** A property's text, written as an attribute (`GPano:Name="…"`) or an element (`<GPano:Name>…</GPano:Name>`). */
const readProperty = (xmp: string, prefixes: string[], name: string): string | undefined => {
  for (const prefix of prefixes) {
    const qualified = escapeRegExp(`${prefix}:${name}`)
    const attribute = new RegExp(`[\\s"']${qualified}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(xmp)
    if (attribute) return decodeEntities(attribute[1] ?? attribute[2] ?? '')
    const element = new RegExp(`<${qualified}(?:\\s[^>]*)?>([^<]*)</${qualified}\\s*>`).exec(xmp)
    if (element) return decodeEntities(element[1] ?? '')
  }
  return undefined
}

const toNumber = (text: string | undefined): number | undefined => {
  if (text === undefined || !/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(text)) return undefined
  const value = Number(text)
  return Number.isFinite(value) ? value : undefined
}

/**
 * Reads GPano properties from an XMP packet with a tolerant string scan (workers have no DOMParser;
 * nothing is evaluated). Accepts attribute and element forms and any prefix bound to the GPano
 * namespace. Returns undefined when the packet has no GPano property at all.
 */
export const parseGPano = (xmp: string): GPano | undefined => {
  const packet = xmp.length > 1_000_000 ? xmp.slice(0, 1_000_000) : xmp
  const prefixes = gpanoPrefixes(packet)
  const gpano: GPano = {}
  let found = false
  const projectionType = readProperty(packet, prefixes, 'ProjectionType')
  if (projectionType !== undefined) {
    gpano.projectionType = projectionType.toLowerCase()
    found = true
  }
  for (const [name, key] of Object.entries(numberFields)) {
    const value = toNumber(readProperty(packet, prefixes, name))
    if (value === undefined) continue
    gpano[key] = value
    found = true
  }
  return found ? gpano : undefined
}
