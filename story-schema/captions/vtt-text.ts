/**
 * A WebVTT cue payload as plain text. Voice spans (`<v Ada>`, `<v.loud Ada>`) give the speaker; every
 * other tag (`<b>`, `<i>`, `<c.x>`, `<ruby>`, timestamps `<00:01.000>`) is dropped and its words kept.
 * Character references become characters. Nothing is ever treated as HTML (B-25).
 */
const namedReferences: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00A0',
  lrm: '\u200E',
  rlm: '\u200F',
}

/** Replaces `&amp;`, `&lt;`, `&#233;`, `&#x20AC;` … with their characters; unknown ones stay as written. */
export const decodeVttReferences = (text: string): string =>
  text.replace(/&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z]{2,8});/g, (whole, name: string) => {
    if (name.startsWith('#')) {
      const code = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number.parseInt(name.slice(1), 10)
      const valid = code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff)
      return valid ? String.fromCodePoint(code) : whole
    }
    return namedReferences[name] ?? whole
  })

/** Escapes text for a cue payload or a voice name: `&`, `<` and `>` (so "-->" can never appear). */
export const encodeVttText = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

export type CuePayload = { speaker?: string; text: string }

/**
 * The speaker (the first voice span's name, trimmed) and the words with every tag removed. A `<`
 * without a closing `>` is kept as text.
 */
export const readCuePayload = (payload: string): CuePayload => {
  let speaker: string | undefined
  const words = payload.replace(/<([^<>]*)>/g, (_tag, inner: string) => {
    const voice = /^v(?:\.[^\s]*)?[ \t]+([^]*)$/.exec(inner)
    if (voice && speaker === undefined) {
      const name = decodeVttReferences(voice[1] ?? '').trim()
      if (name) speaker = name
    }
    return ''
  })
  const text = decodeVttReferences(words)
  return speaker === undefined ? { text } : { speaker, text }
}
