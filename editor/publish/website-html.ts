import type { PlayerFiles } from './player-files'
import { escapeHtmlText } from './html-text'
import { websiteCsp } from './published-csp'

/**
 * index.html of a published website: the CSP first, the player's module script and stylesheet from
 * `assets/`, the story named by a meta tag (`story.json` next to the page) and the offline worker
 * (`sw.js`). No inline script, style or handler.
 */
export const websiteHtml = ({ title, lang, player }: { title: string; lang: string; player: Pick<PlayerFiles, 'entry' | 'styles'> }): string =>
  [
    '<!doctype html>',
    `<html lang="${escapeHtmlText(lang)}">`,
    '<head>',
    `<meta http-equiv="Content-Security-Policy" content="${websiteCsp()}">`,
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1.0">',
    '<meta name="color-scheme" content="dark">',
    '<meta name="storysphere-story" content="story.json">',
    '<meta name="storysphere-offline" content="sw.js">',
    `<title>${escapeHtmlText(title)}</title>`,
    ...player.styles.map((style) => `<link rel="stylesheet" href="./${style}">`),
    `<script type="module" src="./${player.entry}"></script>`,
    '</head>',
    '<body>',
    '<div id="root"></div>',
    '</body>',
    '</html>',
    '',
  ].join('\n')
