import type { ViewStore } from '../runtime/view-store'
import { setView, zoomView } from '../runtime/view-store'

/**
 * Drag to look (mouse, pen, one finger), pinch and wheel to zoom, on the element around the canvas.
 * The picture follows the pointer: dragging right turns left. No inertia (C-19). Writes only the view
 * store, never React state.
 */
export const attachPointerLook = (element: HTMLElement, view: ViewStore): (() => void) => {
  const pointers = new Map<number, { x: number; y: number }>()
  let pinchStartPx = 0
  let pinchStartFovDeg = 0

  const pinchDistance = () => {
    const [a, b] = [...pointers.values()]
    return a && b ? Math.hypot(a.x - b.x, a.y - b.y) : 0
  }

  const onDown = (event: PointerEvent) => {
    if (event.pointerType === 'mouse' && event.button !== 0) return
    pointers.set(event.pointerId, { x: event.clientX, y: event.clientY })
    if (pointers.size === 2) {
      pinchStartPx = pinchDistance()
      pinchStartFovDeg = view.getState().fovDeg
    }
  }

  const onMove = (event: PointerEvent) => {
    const last = pointers.get(event.pointerId)
    if (!last) return
    const now = { x: event.clientX, y: event.clientY }
    pointers.set(event.pointerId, now)
    if (pointers.size >= 2) {
      if (pinchStartPx > 0) setView(view, { fovDeg: (pinchStartFovDeg * pinchStartPx) / Math.max(1, pinchDistance()) })
      return
    }
    const degPerPx = view.getState().fovDeg / Math.max(1, Math.min(element.clientWidth, element.clientHeight))
    const { yawDeg, pitchDeg } = view.getState()
    setView(view, { yawDeg: yawDeg - (now.x - last.x) * degPerPx, pitchDeg: pitchDeg + (now.y - last.y) * degPerPx })
  }

  const onUp = (event: PointerEvent) => {
    pointers.delete(event.pointerId)
    if (pointers.size < 2) pinchStartPx = 0
  }

  const onWheel = (event: WheelEvent) => {
    event.preventDefault()
    zoomView(view, Math.sign(event.deltaY) * Math.min(10, Math.abs(event.deltaY) / 20))
  }

  element.addEventListener('pointerdown', onDown)
  window.addEventListener('pointermove', onMove)
  window.addEventListener('pointerup', onUp)
  window.addEventListener('pointercancel', onUp)
  element.addEventListener('wheel', onWheel, { passive: false })
  return () => {
    element.removeEventListener('pointerdown', onDown)
    window.removeEventListener('pointermove', onMove)
    window.removeEventListener('pointerup', onUp)
    window.removeEventListener('pointercancel', onUp)
    element.removeEventListener('wheel', onWheel)
  }
}
