import { useState } from 'react'
import { HotspotButton } from './hotspot-button'
import { usePlayer, usePlayerState } from './player-context'
import { strings } from './strings'

/** Open on wide screens; folded on narrow ones (one tap away) so the picture stays visible. */
const startsOpen = (): boolean => typeof matchMedia !== 'function' || !matchMedia('(max-width: 600px)').matches

/**
 * The "Choices" list (C-2): every hotspot of the scene as a button, in author order, so anyone can
 * finish the story without looking around. It can be folded away to see more of the picture, and
 * starts folded on narrow screens.
 */
export function ChoicesPanel() {
  const player = usePlayer()
  usePlayerState((s) => s.run)
  const openId = usePlayerState((s) => s.openHotspotId)
  const [open, setOpen] = useState(startsOpen)
  const hotspots = player.hotspotsNow()
  return (
    <section className="choices-panel" aria-labelledby="story-player-choices">
      <h2 className="choices-panel-heading">
        <button type="button" id="story-player-choices" className="choices-panel-toggle" aria-expanded={open} onClick={() => setOpen(!open)}>
          <span aria-hidden="true">{open ? '▾' : '▸'}</span> {strings.choices} ({hotspots.length})
        </button>
      </h2>
      {open && hotspots.length === 0 && <p className="choices-panel-empty">{strings.noChoices}</p>}
      {open && hotspots.length > 0 && (
        <ul className="choices-panel-list">
          {hotspots.map((hotspot) => (
            <li key={hotspot.id}>
              <HotspotButton hotspot={hotspot} expanded={openId === hotspot.id} />
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
