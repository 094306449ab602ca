import { describe, expect, test } from 'vitest'
import type { HotspotId } from '@story-schema'
import type { AuthoringPointerHandlers } from './authoring-pointer'
import { attachAuthoringPointer } from './authoring-pointer'

/** A pointer or key event as the browser gives it (Node has EventTarget and Event, not PointerEvent). */
const event = (type: string, fields: Record<string, unknown>) => Object.assign(new Event(type, { bubbles: true }), fields)
const pointer = (type: string, x: number, y = 0, pointerId = 1, button = 0) => event(type, { clientX: x, clientY: y, pointerId, button })

const setUp = () => {
  const element = new EventTarget()
  const page = new EventTarget()
  const calls: string[] = []
  const handlers: AuthoringPointerHandlers = {
    pointAt: (x, y) => (x < 0 ? null : { yawDeg: x, pitchDeg: -y }),
    place: (d) => calls.push(`place ${d.yawDeg},${d.pitchDeg}`),
    select: (id) => calls.push(`select ${id}`),
    moveStart: (id) => calls.push(`start ${id}`),
    move: (id, d) => calls.push(`move ${id} ${d.yawDeg}`),
    moveEnd: (id, cancelled) => calls.push(`end ${id}${cancelled ? ' cancelled' : ''}`),
  }
  const { grab, detach } = attachAuthoringPointer(element, handlers, page)
  /** A press that starts on the picture (the element sees it) and then goes to the page. */
  const pressPicture = (x: number, y = 0) => {
    const down = pointer('pointerdown', x, y)
    element.dispatchEvent(down)
  }
  /** A press on a marker: the marker's own handler grabs it, and it never reaches the element. */
  const pressMarker = (id: string, x: number) => grab(id as HotspotId, pointer('pointerdown', x) as unknown as PointerEvent)
  return { element, page, calls, detach, pressPicture, pressMarker }
}

describe('authoring pointer: click places, drag turns, marker drag moves (issue 5)', () => {
  test('a click on the picture places once, where it was released', () => {
    const { page, calls, pressPicture } = setUp()
    pressPicture(10, 5)
    page.dispatchEvent(pointer('pointermove', 12, 6))
    page.dispatchEvent(pointer('pointerup', 12, 6))
    expect(calls).toEqual(['place 12,-6'])
  })

  test('a drag on the picture (turning the view) places nothing; nor does a click off a partial picture', () => {
    const { page, calls, pressPicture } = setUp()
    pressPicture(10)
    page.dispatchEvent(pointer('pointermove', 30))
    page.dispatchEvent(pointer('pointerup', 11))
    pressPicture(-5)
    page.dispatchEvent(pointer('pointerup', -5))
    expect(calls).toEqual([])
  })

  test('a second finger (pinch) is not a click', () => {
    const { element, page, calls, pressPicture } = setUp()
    pressPicture(10)
    element.dispatchEvent(pointer('pointerdown', 50, 0, 2))
    page.dispatchEvent(pointer('pointerup', 50, 0, 2))
    page.dispatchEvent(pointer('pointerup', 10))
    expect(calls).toEqual([])
  })

  test('pressing a marker selects it; a still release moves nothing', () => {
    const { page, calls, pressMarker } = setUp()
    pressMarker('hotspot:a', 10)
    page.dispatchEvent(pointer('pointermove', 12))
    page.dispatchEvent(pointer('pointerup', 12))
    expect(calls).toEqual(['select hotspot:a'])
  })

  test('dragging a marker: one start, live moves (on the picture only), one end', () => {
    const { page, calls, pressMarker } = setUp()
    pressMarker('hotspot:a', 10)
    for (const x of [20, 30, -3, 40]) page.dispatchEvent(pointer('pointermove', x))
    page.dispatchEvent(pointer('pointerup', 40))
    expect(calls).toEqual(['select hotspot:a', 'start hotspot:a', 'move hotspot:a 20', 'move hotspot:a 30', 'move hotspot:a 40', 'end hotspot:a'])
  })

  test('Escape or a cancelled pointer cancels a drag; detaching mid-drag cancels it too', () => {
    const { page, calls, pressMarker, detach } = setUp()
    pressMarker('hotspot:a', 10)
    page.dispatchEvent(pointer('pointermove', 20))
    page.dispatchEvent(event('keydown', { key: 'Escape', preventDefault: () => undefined }))
    page.dispatchEvent(pointer('pointerup', 20))
    pressMarker('hotspot:b', 10)
    page.dispatchEvent(pointer('pointermove', 20))
    page.dispatchEvent(pointer('pointercancel', 20))
    pressMarker('hotspot:c', 10)
    page.dispatchEvent(pointer('pointermove', 20))
    detach()
    expect(calls.filter((call) => call.startsWith('end'))).toEqual(['end hotspot:a cancelled', 'end hotspot:b cancelled', 'end hotspot:c cancelled'])
  })
})
