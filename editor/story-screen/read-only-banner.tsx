import type { StorySessionState } from '../persistence/story-session'
import { Banner } from '../ui/banner'
import { Button } from '../ui/button'
import { strings } from '../ui/strings'
import { storyScreenStrings as t } from './strings'

type ReadOnlyBannerProps = Pick<StorySessionState, 'takeOver' | 'movedAway'> & { onTakeOver: () => void }

/**
 * Why this tab may only look (A-F10), and "Edit here instead": the other tab saves what it has, then
 * only looks. A tab that lost the story that way says so at once (an alert), and that its work was saved.
 */
export const ReadOnlyBanner = ({ takeOver, movedAway, onTakeOver }: ReadOnlyBannerProps) => (
  <Banner
    tone="warning"
    title={movedAway ? t.movedAwayTitle : strings.readOnlyTitle}
    role={movedAway ? 'alert' : undefined}
    actions={
      <>
        <Button variant="primary" onClick={onTakeOver} disabled={takeOver === 'asking'} aria-describedby="read-only-take-over-hint">
          {t.editHereInstead}
        </Button>
        <p id="read-only-take-over-hint" className="field-hint">
          {t.editHereInsteadHint}
        </p>
      </>
    }
  >
    <p>{movedAway ? t.movedAway : strings.readOnly}</p>
    <p>{t.readOnlyWhat}</p>
    <p role="status">
      {takeOver === 'asking' && t.takeOverAsking}
      {takeOver === 'refused' && t.takeOverRefused}
    </p>
  </Banner>
)
