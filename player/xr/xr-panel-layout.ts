/**
 * Sizes a headset panel before troika has measured its text: the body's lines are estimated from
 * its length (a generous average glyph width), so buttons never overlap the text. More than four
 * buttons go in two columns, so the panel stays within an easy look down.
 */
export type PanelLayout = { heightM: number; buttonWidthM: number; buttonPositionsM: [number, number, number][] }

export const panelTextSizes = (textScale: number) => ({ titleM: 0.055 * textScale, bodyM: 0.036 * textScale })

export const buttonHeightM = 0.09
const gapM = 0.025
const paddingM = 0.05

export const layoutPanel = (widthM: number, body: string, buttonCount: number, textScale: number, imageHeightM = 0): PanelLayout => {
  const { titleM, bodyM } = panelTextSizes(textScale)
  const charsPerLine = Math.max(10, Math.floor((widthM - 0.1) / (bodyM * 0.56)))
  const lines = body ? body.split('\n').reduce((sum, paragraph) => sum + Math.max(1, Math.ceil(paragraph.length / charsPerLine)), 0) : 0
  const textM = titleM * 1.6 + (imageHeightM > 0 ? imageHeightM + 0.03 : 0) + lines * bodyM * 1.35
  const columns = buttonCount > 4 ? 2 : 1
  const rows = Math.ceil(buttonCount / columns)
  const buttonWidthM = (widthM - 2 * paddingM - (columns - 1) * gapM) / columns
  const heightM = paddingM * 2 + textM + rows * (buttonHeightM + gapM) + 0.02
  const firstY = heightM / 2 - paddingM - textM - 0.02 - buttonHeightM / 2
  const buttonPositionsM = Array.from({ length: buttonCount }, (_, i): [number, number, number] => {
    const column = i % columns
    const row = Math.floor(i / columns)
    const x = columns === 1 ? 0 : (column === 0 ? -1 : 1) * (buttonWidthM + gapM) / 2
    return [x, firstY - row * (buttonHeightM + gapM), 0]
  })
  return { heightM, buttonWidthM, buttonPositionsM }
}
