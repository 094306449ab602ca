import type { HotspotId } from '@story-schema'
import type { PanoramaDirection } from './screen-direction'

/** What the authoring pointer asks of the view (all in panorama degrees). */
export type AuthoringPointerHandlers = {
  /** The direction on the picture under a client point, or null off the picture. */
  pointAt: (clientX: number, clientY: number) => PanoramaDirection | null
  place: (direction: PanoramaDirection) => void
  select: (hotspotId: HotspotId) => void
  moveStart: (hotspotId: HotspotId) => void
  move: (hotspotId: HotspotId, direction: PanoramaDirection) => void
  moveEnd: (hotspotId: HotspotId, cancelled: boolean) => void
}

/** Movement in CSS pixels below which a press is a click, not a drag (the player's markers use 8). */
export const clickSlopPx = 4

type Press = { pointerId: number; x: number; y: number }

/**
 * Clicks and drags of the authoring view, on the element around the canvas: a click on the picture
 * places (`place`), a press on a marker (`grab`, from the marker's own pointerdown, which keeps the
 * press from the look-around drag) selects it and, once it moves, drags it (`moveStart`, `move` live,
 * `moveEnd`; Escape or a cancelled pointer cancels). Turning and zooming are the player's
 * `attachPointerLook` on the same element. `page` gets the moves, releases and keys (the window).
 * Returns `grab` and the detach function.
 */
export const attachAuthoringPointer = (element: EventTarget, handlers: AuthoringPointerHandlers, page: EventTarget = window) => {
  let press: Press | null = null
  let pressCount = 0
  let drag: (Press & { hotspotId: HotspotId; moving: boolean }) | null = null

  const far = (from: Press, event: PointerEvent) => Math.hypot(event.clientX - from.x, event.clientY - from.y) > clickSlopPx

  const endDrag = (cancelled: boolean) => {
    const ended = drag
    drag = null
    if (ended?.moving) handlers.moveEnd(ended.hotspotId, cancelled)
  }

  const grab = (hotspotId: HotspotId, event: PointerEvent) => {
    if (event.button !== 0) return
    event.stopPropagation() // not a look-around drag, not a placement
    drag = { hotspotId, pointerId: event.pointerId, x: event.clientX, y: event.clientY, moving: false }
    handlers.select(hotspotId)
  }

  const onDown = (event: PointerEvent) => {
    pressCount++
    press = pressCount === 1 && event.button === 0 ? { pointerId: event.pointerId, x: event.clientX, y: event.clientY } : null
  }
  const onMove = (event: PointerEvent) => {
    if (press && press.pointerId === event.pointerId && far(press, event)) press = null // a look-around drag
    if (!drag || drag.pointerId !== event.pointerId) return
    if (!drag.moving) {
      if (!far(drag, event)) return
      drag.moving = true
      handlers.moveStart(drag.hotspotId)
    }
    const direction = handlers.pointAt(event.clientX, event.clientY)
    if (direction) handlers.move(drag.hotspotId, direction)
  }
  const onUp = (event: PointerEvent) => {
    pressCount = Math.max(0, pressCount - 1)
    if (drag && drag.pointerId === event.pointerId) endDrag(false)
    if (!press || press.pointerId !== event.pointerId) return
    press = null
    const direction = handlers.pointAt(event.clientX, event.clientY)
    if (direction) handlers.place(direction)
  }
  const onCancel = (event: PointerEvent) => {
    pressCount = Math.max(0, pressCount - 1)
    if (press?.pointerId === event.pointerId) press = null
    if (drag?.pointerId === event.pointerId) endDrag(true)
  }
  const onKey = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !drag) return
    event.preventDefault()
    endDrag(true)
  }

  element.addEventListener('pointerdown', onDown as EventListener)
  page.addEventListener('pointermove', onMove as EventListener)
  page.addEventListener('pointerup', onUp as EventListener)
  page.addEventListener('pointercancel', onCancel as EventListener)
  page.addEventListener('keydown', onKey as EventListener)
  const detach = () => {
    endDrag(true)
    element.removeEventListener('pointerdown', onDown as EventListener)
    page.removeEventListener('pointermove', onMove as EventListener)
    page.removeEventListener('pointerup', onUp as EventListener)
    page.removeEventListener('pointercancel', onCancel as EventListener)
    page.removeEventListener('keydown', onKey as EventListener)
  }
  return { grab, detach }
}
