import type { ReactNode } from 'react'
import type { ButtonVariant } from './button'
import './button.css'

type ButtonLinkProps = { href: string; variant?: ButtonVariant; hiddenLabel?: string; children: ReactNode }

/** A link that looks like a button (it goes somewhere: Open, Play, Back). */
export const ButtonLink = ({ href, variant = 'secondary', hiddenLabel, children }: ButtonLinkProps) => (
  <a className={`button-link button button-${variant}`} href={href}>
    {children}
    {hiddenLabel && <span className="visually-hidden"> {hiddenLabel}</span>}
  </a>
)
