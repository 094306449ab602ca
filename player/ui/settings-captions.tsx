import type { CaptionPosition, CaptionSize } from '../captions'
import { captionPositions, captionSizes, minPlateOpacity } from '../captions'
import { usePlayer, usePlayerState } from './player-context'
import { strings } from './strings'

/** Plate opacities offered, from the lowest that keeps 4.5:1 over white (C-12) to opaque. */
const plateOpacities = [minPlateOpacity, 0.7, 0.8, 0.9, 1]

/**
 * How captions look (C-12): size (three steps), how dark the plate behind them is, and where they sit
 * (just below the middle, bottom, top, or near who is speaking). Remembered in this browser.
 */
export function SettingsCaptions() {
  const player = usePlayer()
  const look = usePlayerState((s) => s.captionLook)
  const update = player.updateCaptionLook
  const opacities = [...new Set([...plateOpacities, look.plateOpacity])].sort((a, b) => a - b)
  return (
    <fieldset className="settings-group">
      <legend>{strings.captionLook}</legend>
      <div className="settings-grid">
        <label htmlFor="sp-caption-size">{strings.captionSize}</label>
        <select id="sp-caption-size" value={look.size} onChange={(e) => update({ size: e.target.value as CaptionSize })}>
          {captionSizes.map((size) => (
            <option key={size} value={size}>
              {strings.captionSizes[size]}
            </option>
          ))}
        </select>
        <label htmlFor="sp-caption-plate">{strings.captionPlate}</label>
        <select id="sp-caption-plate" value={String(look.plateOpacity)} onChange={(e) => update({ plateOpacity: Number(e.target.value) })}>
          {opacities.map((opacity) => (
            <option key={opacity} value={String(opacity)}>
              {strings.captionPlateOpacity(opacity)}
            </option>
          ))}
        </select>
        <label htmlFor="sp-caption-position">{strings.captionPosition}</label>
        <select id="sp-caption-position" value={look.position} onChange={(e) => update({ position: e.target.value as CaptionPosition })}>
          {captionPositions.map((position) => (
            <option key={position} value={position}>
              {strings.captionPositions[position]}
            </option>
          ))}
        </select>
      </div>
    </fieldset>
  )
}
