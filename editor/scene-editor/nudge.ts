/** How far one arrow-key press moves a hotspot: 1°, or 10° with Shift (C-28). */
export const nudgeStepDeg = { fine: 1, coarse: 10 } as const

/**
 * The turn and tilt an arrow key asks for (Left/Right turn, Up/Down tilt), or null for any other key.
 * Keys with Ctrl, Alt or Meta are left to the browser and the system.
 */
export const nudgeFor = (event: { key: string; shiftKey: boolean; ctrlKey?: boolean; altKey?: boolean; metaKey?: boolean }) => {
  if (event.ctrlKey || event.altKey || event.metaKey) return null
  const step = event.shiftKey ? nudgeStepDeg.coarse : nudgeStepDeg.fine
  switch (event.key) {
    case 'ArrowLeft':
      return { yawDeg: -step, pitchDeg: 0 }
    case 'ArrowRight':
      return { yawDeg: step, pitchDeg: 0 }
    case 'ArrowUp':
      return { yawDeg: 0, pitchDeg: step }
    case 'ArrowDown':
      return { yawDeg: 0, pitchDeg: -step }
    default:
      return null
  }
}
