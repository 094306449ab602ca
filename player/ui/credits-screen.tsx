import type { Asset, Credit } from '@story-schema'
import { useEffect, useRef } from 'react'
import { usePlayer, useStoryText } from './player-context'
import { strings } from './strings'

type CreditsScreenProps = {
  /** Goes back to the screen that opened the credits (which puts the focus back on its Credits button). */
  onBack: () => void
  /** Over the picture in the middle (from the start screen) or in the end panel's place. */
  placement: 'start' | 'end'
}

/** The licence in words: its name, or for "other" the author's words. */
const licenceWords = (credit: Credit): string =>
  credit.licence === 'other' && credit.licenceText ? credit.licenceText : strings.licences[credit.licence]

/** The asset's name for the list: its credited title, its description, else its file name. */
const assetLabel = (asset: Asset, text: (value: Asset['description']) => string): string =>
  asset.credit?.title || text(asset.description) || (asset.path.split('/').pop() ?? asset.path)

/**
 * The story's credits (features.md, credits and licences): who made it, the story's own credit lines and licence, and every photo
 * and sound with its author, source and licence. Reached from the start and end screens. All text,
 * a real list; a source is a link only when it is an https address (the schema allows no other).
 */
export function CreditsScreen({ onBack, placement }: CreditsScreenProps) {
  const { story } = usePlayer()
  const text = useStoryText()
  const heading = useRef<HTMLHeadingElement>(null)
  useEffect(() => heading.current?.focus(), [])
  const credited = story.assets.filter((asset) => asset.credit)
  return (
    <section className={`credits-screen credits-screen-${placement} player-card`} aria-labelledby="story-player-credits">
      <h2 id="story-player-credits" ref={heading} tabIndex={-1}>
        {strings.creditsTitle}
      </h2>
      {story.authors.length > 0 && (
        <>
          <h3>{strings.creditsAuthors}</h3>
          <ul className="credits-screen-list">
            {story.authors.map((author, index) => (
              <li key={index} dir="auto">
                {author.role ? `${author.name} (${author.role})` : author.name}
              </li>
            ))}
          </ul>
        </>
      )}
      {story.credits.map((line, index) => (
        <p key={index} dir="auto">
          <strong>{text(line.role)}:</strong> {line.names.join(', ')}
        </p>
      ))}
      <p>{strings.creditsStoryLicence(strings.licences[story.licence])}</p>
      <h3>{strings.creditsMedia}</h3>
      {credited.length === 0 && <p>{strings.creditsNone}</p>}
      <ul className="credits-screen-list credits-screen-media">
        {credited.map((asset) => (
          <li key={asset.id} dir="auto">
            <span className="credits-screen-kind">{strings.creditsKinds[asset.kind]}: </span>
            <span>{assetLabel(asset, text)}</span> <span>{strings.creditsBy(asset.credit!.author)}</span>
            {' · '}
            <span>{licenceWords(asset.credit!)}</span>
            {asset.credit!.sourceUrl && (
              <>
                {' · '}
                <a href={asset.credit!.sourceUrl} target="_blank" rel="noopener noreferrer">
                  {strings.creditsSource}
                </a>
              </>
            )}
          </li>
        ))}
      </ul>
      <div className="player-actions">
        <button type="button" className="player-button primary" onClick={onBack}>
          {strings.creditsBack}
        </button>
      </div>
    </section>
  )
}
