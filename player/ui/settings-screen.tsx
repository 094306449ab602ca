import type { ChangeEvent } from 'react'
import { useEffect, useRef } from 'react'
import type { SnapTurnDeg, TextSize } from '../runtime/settings'
import { dwellChoicesMs, snapTurnChoicesDeg, textSizes } from '../runtime/settings'
import { usePlayer, usePlayerState } from './player-context'
import { SettingsCaptions } from './settings-captions'
import { SettingsSound } from './settings-sound'
import { strings } from './strings'
import { UiLanguageField } from './ui-language-field'

/** Language names in their own language, where the browser knows them. */
const languageName = (tag: string): string => {
  try {
    return new Intl.DisplayNames([tag], { type: 'language' }).of(tag) ?? tag
  } catch {
    return tag
  }
}

/**
 * Settings before (and during) the story (C-32): language, captions, dwell time or off, snap turn,
 * reduced motion, high contrast, text size, then sound (C-14) and how captions look (C-12). Real form
 * controls with labels; saved as they change.
 */
export function SettingsScreen() {
  const player = usePlayer()
  const settings = usePlayerState((s) => s.settings)
  const heading = useRef<HTMLHeadingElement>(null)
  const { story } = player
  const update = player.updateSettings

  useEffect(() => heading.current?.focus(), [])

  const onDwell = (e: ChangeEvent<HTMLSelectElement>) => update({ dwellMs: e.target.value === 'off' ? null : Number(e.target.value) })
  const onSnap = (e: ChangeEvent<HTMLSelectElement>) =>
    update({ snapTurnDeg: e.target.value === 'off' ? null : (Number(e.target.value) as SnapTurnDeg) })

  return (
    <section className="settings-screen player-card" aria-labelledby="story-player-settings-title">
      <h1 id="story-player-settings-title" ref={heading} tabIndex={-1}>
        {strings.settingsTitle}
      </h1>
      <p>{strings.settingsIntro}</p>
      <div className="settings-grid">
        <label htmlFor="sp-language">{strings.storyLanguage}</label>
        <select id="sp-language" value={settings.language} onChange={(e) => update({ language: e.target.value })}>
          {story.languages.map((tag) => (
            <option key={tag} value={tag} lang={tag}>
              {languageName(tag)}
            </option>
          ))}
        </select>
        <UiLanguageField />
        <label htmlFor="sp-text-size">{strings.textSize}</label>
        <select id="sp-text-size" value={settings.textSize} onChange={(e) => update({ textSize: e.target.value as TextSize })}>
          {textSizes.map((size) => (
            <option key={size} value={size}>
              {strings.textSizes[size]}
            </option>
          ))}
        </select>
        <label htmlFor="sp-dwell">{strings.dwell}</label>
        <select id="sp-dwell" value={settings.dwellMs === null ? 'off' : String(settings.dwellMs)} onChange={onDwell}>
          <option value="off">{strings.dwellOff}</option>
          {[...new Set([...dwellChoicesMs, ...(settings.dwellMs === null ? [] : [settings.dwellMs])])]
            .sort((a, b) => a - b)
            .map((ms) => (
              <option key={ms} value={ms}>
                {strings.dwellMs(ms)}
              </option>
            ))}
        </select>
        <label htmlFor="sp-snap">{strings.snapTurn}</label>
        <select id="sp-snap" value={settings.snapTurnDeg === null ? 'off' : String(settings.snapTurnDeg)} onChange={onSnap}>
          <option value="off">{strings.snapTurnOff}</option>
          {snapTurnChoicesDeg.map((deg) => (
            <option key={deg} value={deg}>
              {strings.snapTurnDeg(deg)}
            </option>
          ))}
        </select>
      </div>
      <div className="settings-switches">
        <label>
          <input type="checkbox" checked={settings.captions} onChange={(e) => update({ captions: e.target.checked })} />
          {strings.captions}
        </label>
        <label>
          <input type="checkbox" checked={settings.reducedMotion} onChange={(e) => update({ reducedMotion: e.target.checked })} />
          {strings.reducedMotion}
        </label>
        <label>
          <input type="checkbox" checked={settings.highContrast} onChange={(e) => update({ highContrast: e.target.checked })} />
          {strings.highContrast}
        </label>
      </div>
      <SettingsSound />
      <SettingsCaptions />
      <div className="player-actions">
        <button type="button" className="player-button primary" onClick={() => player.closeSettings()}>
          {strings.done}
        </button>
      </div>
    </section>
  )
}
