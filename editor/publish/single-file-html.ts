import { escapeHtmlText, jsonForDataBlock, scriptForInline, styleForInline } from './html-text'
import { singleFileCsp } from './published-csp'

/** 'sha256-<base64>' of the exact UTF-8 bytes of an inline script or style (CSP hash source). */
export const cspHashOf = async (text: string): Promise<string> => {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)))
  let binary = ''
  for (const byte of digest) binary += String.fromCharCode(byte)
  return `sha256-${btoa(binary)}`
}

export type SingleFileInput = {
  title: string
  lang: string
  /** story.json as published. */
  storyJson: string
  /** Package path → data: URL. */
  mediaUrls: ReadonlyMap<string, string>
  /** The single-file player: one classic script and one stylesheet (fonts inlined). */
  script: string
  style: string
}

/**
 * A story in ONE html file that plays from file://: the player script and stylesheet inline, allowed
 * by their sha-256 in the CSP (no 'unsafe-inline'), the story and its media as JSON data blocks, which
 * never run. The script sits at the end of the body, so the page is there when it starts.
 */
export const singleFileHtml = async (input: SingleFileInput): Promise<string> => {
  const script = scriptForInline(input.script)
  const style = styleForInline(input.style)
  const csp = singleFileCsp(await cspHashOf(script), await cspHashOf(style))
  const media = jsonForDataBlock(JSON.stringify(Object.fromEntries(input.mediaUrls)))
  return [
    '<!doctype html>',
    `<html lang="${escapeHtmlText(input.lang)}">`,
    '<head>',
    `<meta http-equiv="Content-Security-Policy" content="${csp}">`,
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1.0">',
    '<meta name="color-scheme" content="dark">',
    `<title>${escapeHtmlText(input.title)}</title>`,
    `<style>${style}</style>`,
    '</head>',
    '<body>',
    '<div id="root"></div>',
    `<script type="application/json" id="storysphere-story">${jsonForDataBlock(input.storyJson)}</script>`,
    `<script type="application/json" id="storysphere-media">${media}</script>`,
    `<script>${script}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n')
}
