import { Button } from './button'
import { strings } from './strings'
import './notice-line.css'

/** A short message after an action, with an optional follow-up (Undo). */
export type Notice = { id: number; text: string; tone: 'info' | 'danger'; action?: { label: string; run: () => void } }

type NoticeLineProps = { notice: Notice | null; onDismiss: () => void }

/** Announces the latest notice politely (it is always in the page, so screen readers hear changes). */
export const NoticeLine = ({ notice, onDismiss }: NoticeLineProps) => (
  <div className={`notice-line${notice ? ` notice-line-${notice.tone}` : ' notice-line-empty'}`} role="status">
    {notice && (
      <>
        <p className="notice-line-text">{notice.text}</p>
        {notice.action && (
          <Button
            onClick={() => {
              notice.action?.run()
            }}
          >
            {notice.action.label}
          </Button>
        )}
        <Button onClick={onDismiss}>{strings.dismiss}</Button>
      </>
    )}
  </div>
)
