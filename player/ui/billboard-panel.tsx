import type { ChoiceId } from '@story-schema'
import { useEffect, useRef, useState } from 'react'
import { runChoices } from '../runtime/story-run'
import { usePlayer, usePlayerState, useStoryText } from './player-context'
import { strings } from './strings'

/**
 * An open billboard in the flat player: title, optional image, body text, an https link and the
 * choices, as real DOM text and buttons. Close returns focus to the hotspot's button.
 */
export function BillboardPanel() {
  const player = usePlayer()
  const text = useStoryText()
  const openId = usePlayerState((s) => s.openHotspotId)
  const run = usePlayerState((s) => s.run)
  const heading = useRef<HTMLHeadingElement>(null)
  const [brokenImage, setBrokenImage] = useState<string | null>(null)
  const hotspot = player.hotspotsNow().find((h) => h.id === openId)

  useEffect(() => {
    if (openId) heading.current?.focus()
  }, [openId])

  if (!hotspot || hotspot.kind !== 'billboard' || !run) return null
  const choices = runChoices(player.story, run, hotspot)
  const image = hotspot.imageAssetId ? player.story.assets.find((a) => a.id === hotspot.imageAssetId) : undefined
  const imageFile = image && image.kind === 'image' ? (image.derivatives.find((d) => d.role === 'downscaled') ?? image) : undefined
  const focusHotspot = () => document.querySelector<HTMLElement>(`[data-hotspot-id="${hotspot.id}"]`)?.focus()
  const close = () => {
    player.closePanel()
    focusHotspot()
  }
  const pick = (choiceId: ChoiceId) => {
    player.choose(hotspot.id, choiceId)
    // A choice that stays in the scene closes the panel: focus returns to the hotspot, never to <body>.
    requestAnimationFrame(() => {
      if (!document.activeElement || document.activeElement === document.body) focusHotspot()
    })
  }

  return (
    <section className="billboard-panel player-card" aria-labelledby="story-player-billboard" onKeyDown={(e) => e.key === 'Escape' && close()}>
      <h2 id="story-player-billboard" ref={heading} tabIndex={-1}>
        {text(hotspot.title)}
      </h2>
      {imageFile && image && brokenImage !== image.id && (
        <img
          className="billboard-panel-image"
          src={player.resolveAssetUrl(imageFile.path)}
          alt={text(image.description)}
          onError={() => setBrokenImage(image.id)}
        />
      )}
      {hotspot.body && <p className="billboard-panel-body">{text(hotspot.body)}</p>}
      {hotspot.url && (
        <p>
          <a href={hotspot.url} target="_blank" rel="noopener noreferrer">
            {strings.openLink(text(hotspot.urlLabel) || hotspot.url)}
          </a>
        </p>
      )}
      {choices.length > 0 && (
        <ul className="billboard-panel-choices">
          {choices.map((choice) => (
            <li key={choice.id}>
              <button type="button" className="player-button primary" data-choice-id={choice.id} onClick={() => pick(choice.id)}>
                {text(choice.label)}
              </button>
            </li>
          ))}
        </ul>
      )}
      <button type="button" className="player-button" onClick={close}>
        {strings.close}
      </button>
    </section>
  )
}
