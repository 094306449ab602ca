import type { ButtonHTMLAttributes, ReactNode } from 'react'
import './button.css'

/** How much a button stands out: the main action, an ordinary one, or one that deletes. */
export type ButtonVariant = 'primary' | 'secondary' | 'danger'

type ButtonProps = Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'className'> & {
  variant?: ButtonVariant
  /** Words after the visible label that only screen readers hear ("Rename" + " My street"). */
  hiddenLabel?: string
  children: ReactNode
}

/** A button with a 44 px target, visible focus and an optional screen-reader-only end of its label. */
export const Button = ({ variant = 'secondary', hiddenLabel, children, type = 'button', ...rest }: ButtonProps) => (
  <button className={`button button-${variant}`} type={type} {...rest}>
    {children}
    {hiddenLabel && <span className="visually-hidden"> {hiddenLabel}</span>}
  </button>
)
