import { Fragment } from 'react'
import { useStore } from 'zustand'
import { channels } from '../audio'
import { usePlayer } from './player-context'
import { strings } from './strings'

/**
 * Sound settings (C-14): a volume per channel (narration, background, effects), mute and mono. Real
 * form controls; every change is heard at once (the mixer ramps) and remembered in this browser.
 */
export function SettingsSound() {
  const player = usePlayer()
  const settings = useStore(player.audio.store, (s) => s.settings)
  const hasAudio = useStore(player.audio.store, (s) => s.hasAudio)
  if (!hasAudio) return null
  return (
    <fieldset className="settings-group">
      <legend>{strings.sound}</legend>
      <div className="settings-grid">
        {channels.map((channel) => (
          <Fragment key={channel}>
            <label htmlFor={`sp-volume-${channel}`}>{strings.volumes[channel]}</label>
            <input
              id={`sp-volume-${channel}`}
              type="range"
              min={0}
              max={100}
              step={5}
              value={Math.round(settings.volumes[channel] * 100)}
              aria-valuetext={strings.percent(settings.volumes[channel])}
              onChange={(e) => player.audio.setVolume(channel, Number(e.target.value) / 100)}
            />
          </Fragment>
        ))}
      </div>
      <div className="settings-switches">
        <label>
          <input type="checkbox" checked={settings.isMuted} onChange={(e) => player.audio.setMuted(e.target.checked)} />
          {strings.mute}
        </label>
        <label>
          <input type="checkbox" checked={settings.isMono} onChange={(e) => player.audio.setMono(e.target.checked)} />
          {strings.mono}
        </label>
      </div>
    </fieldset>
  )
}
