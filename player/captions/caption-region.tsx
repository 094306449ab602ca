import { captionColors, plateCss } from './caption-colors'
import { captionFontScale, type CaptionSettings } from './caption-settings'

/**
 * Captions as DOM text (C-13): what is said and heard now, on a dark plate at the viewer's opacity,
 * at the viewer's size (C-12), at most two lines per cue (use `captionLines`, C-11), the speaker's name
 * isolated with `<bdi>` and every cue `dir="auto"` (B-24). Placement is left to CSS through
 * `data-position` (see `CaptionPosition`); the 3D caption plate is the player's.
 *
 * Screen readers: captions repeat the audio, so by default the region is NOT a live region — a
 * screen reader announcing every cue would talk over the narration the viewer can already hear, and
 * repeat it. The text is never `aria-hidden`, though: it is a labelled region a screen-reader or
 * braille user can read at any time, and the scene transcript is the full text route (C-13).
 * `isAnnounced` (a viewer setting, for deaf-blind braille users) makes it `role="log"`, which
 * announces each new cue politely.
 */
export type CaptionItem = {
  /** Stable id of the cue or sound (for React). */
  key: string
  speaker?: string | undefined
  /** The lines to show (at most two, from `captionLines`). */
  lines: readonly string[]
}

/** Props of `CaptionRegion`. */
export type CaptionRegionProps = {
  /** Narration and sound captions showing now, in order. */
  captions: readonly CaptionItem[]
  settings: CaptionSettings
  /** Announce new captions to screen readers (role="log"); off by default. */
  isAnnounced?: boolean
  /** The region's accessible name, in the viewer's language. */
  label: string
}

/** The caption region. Render it while captions are on, even with no captions, so announcements work. */
export const CaptionRegion = ({ captions, settings, isAnnounced = false, label }: CaptionRegionProps) => (
  <div
    className="caption-region"
    role={isAnnounced ? 'log' : 'region'}
    aria-label={label}
    aria-live={isAnnounced ? 'polite' : undefined}
    data-position={settings.position}
    style={{ fontSize: `${captionFontScale[settings.size]}em` }}
  >
    {captions.map((caption) => (
      <p
        key={caption.key}
        className="caption-region-cue"
        dir="auto"
        style={{ color: captionColors.textHex, backgroundColor: plateCss(settings.plateOpacity) }}
      >
        {caption.speaker ? (
          <>
            <bdi className="caption-region-speaker" style={{ color: captionColors.speakerHex }}>
              {caption.speaker}
            </bdi>
            {': '}
          </>
        ) : null}
        {caption.lines.map((line, index) => (
          <span key={index} className="caption-region-line">
            {/* The space keeps the words apart in the text a screen reader or copy gets; CSS drops it at the break. */}
            {index > 0 ? (
              <>
                {' '}
                <br />
              </>
            ) : null}
            {line}
          </span>
        ))}
      </p>
    ))}
  </div>
)
