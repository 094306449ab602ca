/**
 * Hotspot colours and sizes, normal and high contrast (C-24). State is never shown by colour alone:
 * hover and focus also change the size and add a second ring.
 */
export type MarkerTheme = {
  plate: string
  plateOpacity: number
  icon: string
  ring: string
  focusRing: string
  label: string
  labelOutline: string
  labelOutlineWidth: string
}

export const markerThemes: Record<'normal' | 'high', MarkerTheme> = {
  normal: {
    plate: '#101418',
    plateOpacity: 0.62,
    icon: '#ffffff',
    ring: '#ffffff',
    focusRing: '#ffd400',
    label: '#ffffff',
    labelOutline: '#000000',
    labelOutlineWidth: '14%',
  },
  high: {
    plate: '#000000',
    plateOpacity: 0.95,
    icon: '#ffff00',
    ring: '#ffff00',
    focusRing: '#00ffff',
    label: '#ffff00',
    labelOutline: '#000000',
    labelOutlineWidth: '24%',
  },
}

/** Where markers sit, and their sizes in degrees (the label size scales with the text-size setting). */
export const markerLayout = {
  distanceM: 8,
  plateMinDeg: 5,
  plateMaxDeg: 9,
  hitMarginDeg: 2,
  labelEmDeg: 1.9,
  hoverScale: 1.15,
  pressedScale: 0.92,
} as const

