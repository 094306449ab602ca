/** Headers of a shared file: its type, no sniffing, not framed elsewhere, and the pages' CSP as a header too (§B.5). */
const types: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
  json: 'application/json',
  txt: 'text/plain; charset=utf-8',
  ttf: 'font/ttf',
  woff2: 'font/woff2',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  mp3: 'audio/mpeg',
  ogg: 'audio/ogg',
  m4a: 'audio/mp4',
  wav: 'audio/wav',
  glb: 'model/gltf-binary',
}

/** The same policy as the website's meta tag (editor/publish/published-csp.ts), plus what only a header can say. */
export const sharedPageCsp =
  "default-src 'none'; object-src 'none'; base-uri 'none'; form-action 'none'; script-src 'self' blob:; style-src 'self'; img-src 'self' blob: data:; media-src 'self' blob: data:; connect-src 'self' blob:; font-src 'self'; worker-src 'self' blob:; manifest-src 'self'; frame-ancestors 'self'"

export const servedHeaders = (name: string): Record<string, string> => {
  const extension = name.slice(name.lastIndexOf('.') + 1).toLowerCase()
  const headers: Record<string, string> = {
    'Content-Type': types[extension] ?? 'application/octet-stream',
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': extension === 'html' || name === 'sw.js' ? 'no-cache' : 'public, max-age=3600',
  }
  // play-offline.html carries its own hash-based CSP in a meta tag; a header with 'self' would block its inline player.
  if (name === 'index.html') headers['Content-Security-Policy'] = sharedPageCsp
  return headers
}
