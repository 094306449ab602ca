import type { ReactNode } from 'react'
import './banner.css'

/** The kind of message: information, something to act on soon, or a problem now. */
export type BannerTone = 'info' | 'warning' | 'danger'

const marks: Record<BannerTone, string> = { info: 'ℹ', warning: '!', danger: '⚠' }
const words: Record<BannerTone, string> = { info: 'Note:', warning: 'Important:', danger: 'Warning:' }

type BannerProps = {
  tone: BannerTone
  title?: string
  children?: ReactNode
  /** Buttons under the message. */
  actions?: ReactNode
  /** 'alert' for a problem that just happened; omit for one shown from the start. */
  role?: 'alert' | 'status'
}

/** A message box; its tone is said in a word and a mark as well as by colour. */
export const Banner = ({ tone, title, children, actions, role }: BannerProps) => (
  <div className={`banner banner-${tone}`} role={role}>
    <span className="banner-mark" aria-hidden="true">
      {marks[tone]}
    </span>
    <div className="banner-body">
      {title && (
        <p className="banner-title">
          <span className="visually-hidden">{words[tone]} </span>
          {title}
        </p>
      )}
      {children && <div className="banner-text">{children}</div>}
      {actions && <div className="banner-actions">{actions}</div>}
    </div>
  </div>
)
