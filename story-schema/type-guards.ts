import type { Asset, AudioAsset, ImageAsset, PanoramaAsset } from './records/asset'
import type { BillboardHotspot, Hotspot, LinkHotspot, SoundHotspot } from './records/hotspot'
import type { VariableType, VariableValue } from './records/variable'

/** True when the hotspot is a link to another scene. */
export const isLinkHotspot = (hotspot: Hotspot): hotspot is LinkHotspot => hotspot.kind === 'link'

/** True when the hotspot is a billboard (a panel with text and choices). */
export const isBillboardHotspot = (hotspot: Hotspot): hotspot is BillboardHotspot => hotspot.kind === 'billboard'

/** True when the hotspot plays a sound when chosen. */
export const isSoundHotspot = (hotspot: Hotspot): hotspot is SoundHotspot => hotspot.kind === 'sound'

/** True when the asset is a 360° panorama photo. */
export const isPanoramaAsset = (asset: Asset): asset is PanoramaAsset => asset.kind === 'panorama'

/** True when the asset is a sound clip. */
export const isAudioAsset = (asset: Asset): asset is AudioAsset => asset.kind === 'audio'

/** True when the asset is a flat image (for billboards). */
export const isImageAsset = (asset: Asset): asset is ImageAsset => asset.kind === 'image'

/** The variable type a value belongs to: a boolean is a flag, a number a number, a string text. */
export const variableTypeOfValue = (value: VariableValue): VariableType =>
  typeof value === 'boolean' ? 'flag' : typeof value === 'number' ? 'number' : 'text'
