/** Author text placed in generated HTML as text: `&`, `<`, `>` and quotes become entities (B-25). */
export const escapeHtmlText = (text: string): string =>
  text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`)

/**
 * JSON inside a `<script type="application/json">` data block: `<` is written as `\u003c` (still the
 * same JSON), so no `</script>` or `<!--` in a story's text can end or change the block.
 */
export const jsonForDataBlock = (json: string): string => json.replace(/</g, '\\u003c')

/** Script text that can sit inside `<script>…</script>` unchanged in meaning (`</script` and `<!--` escaped). */
export const scriptForInline = (script: string): string => script.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--')

/** A stylesheet that can sit inside `<style>`; refuses one that could end the element early. */
export const styleForInline = (style: string): string => {
  if (/<\/style/i.test(style)) throw new Error('The player stylesheet cannot be inlined')
  return style
}
