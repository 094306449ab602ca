/**
 * Sizes a headset panel before troika has measured its text: the body's lines are estimated from
 * its length (a generous average glyph width), so buttons never overlap the text.
 */
export type PanelLayout = { heightM: number; buttonYsM: number[] }

export const panelTextSizes = (textScale: number) => ({ titleM: 0.055 * textScale, bodyM: 0.036 * textScale })

export const buttonHeightM = 0.09
const buttonGapM = 0.025
const paddingM = 0.05

export const layoutPanel = (widthM: number, body: string, buttonCount: number, textScale: number): PanelLayout => {
  const { titleM, bodyM } = panelTextSizes(textScale)
  const charsPerLine = Math.max(10, Math.floor((widthM - 0.1) / (bodyM * 0.56)))
  const lines = body ? body.split('\n').reduce((sum, paragraph) => sum + Math.max(1, Math.ceil(paragraph.length / charsPerLine)), 0) : 0
  const textM = titleM * 1.6 + lines * bodyM * 1.35
  const buttonsM = buttonCount * (buttonHeightM + buttonGapM)
  const heightM = paddingM * 2 + textM + buttonsM + 0.02
  const firstY = heightM / 2 - paddingM - textM - 0.02 - buttonHeightM / 2
  return { heightM, buttonYsM: Array.from({ length: buttonCount }, (_, i) => firstY - i * (buttonHeightM + buttonGapM)) }
}
