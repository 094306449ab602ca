import type { ReactNode } from 'react'
import { useEffect, useRef } from 'react'

let navigated = false
if (typeof window !== 'undefined') window.addEventListener('hashchange', () => (navigated = true))

type ScreenHeadingProps = { children: ReactNode; lang?: string }

/**
 * A screen's h1. After moving to another screen (not on the first load) it takes the focus, so
 * keyboard and screen-reader users start at the top of the new screen.
 */
export const ScreenHeading = ({ children, lang }: ScreenHeadingProps) => {
  const ref = useRef<HTMLHeadingElement>(null)
  useEffect(() => {
    if (navigated) ref.current?.focus()
  }, [])
  return (
    <h1 ref={ref} className="screen-heading" tabIndex={-1} dir="auto" lang={lang}>
      {children}
    </h1>
  )
}
