import type { KeyboardEvent } from 'react'
import type { ViewStore } from '../runtime/view-store'
import { turnView, zoomView } from '../runtime/view-store'

const stepDeg = 10

/** Arrow keys turn the view in steps, + and − zoom (C-3). Returns true when the key was used. */
export const handleLookKey = (event: KeyboardEvent, view: ViewStore): boolean => {
  const step = event.shiftKey ? stepDeg * 3 : stepDeg
  switch (event.key) {
    case 'ArrowLeft': turnView(view, -step); break
    case 'ArrowRight': turnView(view, step); break
    case 'ArrowUp': turnView(view, 0, step); break
    case 'ArrowDown': turnView(view, 0, -step); break
    case '+': case '=': zoomView(view, -5); break
    case '-': case '_': zoomView(view, 5); break
    default: return false
  }
  event.preventDefault()
  return true
}
