import type { PlayerFiles } from './player-files'
import { escapeHtmlText } from './html-text'
import { websiteCsp } from './published-csp'

/**
 * index.html of a published website: the CSP first, the player's module script and stylesheet from
 * `assets/`, the story named by a meta tag (`story.json` next to the page) and the offline worker
 * (`sw.js`). No inline script, style or handler. The story file and the opening preview picture are
 * preloaded, so they download with the page's code instead of after it (the first frame,
 * player/first-frame/, fetches both: same URL, mode and credentials, so the browser reuses them).
 */
export const websiteHtml = ({ title, lang, player, openingPreview = null }: { title: string; lang: string; player: Pick<PlayerFiles, 'entry' | 'styles'>; openingPreview?: string | null }): string =>
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
    '<link rel="preload" href="story.json" as="fetch" crossorigin="anonymous">',
    ...(openingPreview ? [`<link rel="preload" href="${escapeHtmlText(openingPreview)}" as="fetch" crossorigin="anonymous">`] : []),
    ...player.styles.map((style) => `<link rel="stylesheet" href="./${style}">`),
    `<script type="module" src="./${player.entry}"></script>`,
    '</head>',
    '<body>',
    '<div id="root"></div>',
    '</body>',
    '</html>',
    '',
  ].join('\n')
