/** The one troika-three-text call the player makes (the package ships no types). */
declare module 'troika-three-text' {
  export function configureTextBuilder(config: { defaultFontURL?: string | null; unicodeFontsURL?: string | null; sdfGlyphSize?: number }): void
}
