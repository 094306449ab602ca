import { useCallback, useRef } from 'react'

/**
 * Keeps the keyboard focus in place when the focused control goes away (a removed effect, a deleted
 * choice): attach `container` to the element around the list, then call `focusLater(selector)` to
 * focus the first element inside it that matches, after the next render.
 */
export const useFocusLater = <T extends HTMLElement>() => {
  const container = useRef<T>(null)
  const focusLater = useCallback((selector: string) => {
    requestAnimationFrame(() => container.current?.querySelector<HTMLElement>(selector)?.focus())
  }, [])
  return { container, focusLater }
}
