/** What the share server answers (server/share-app.ts). */
export type SharedStory = { id: string; url: string; qrSvg: string }

export type ShareResult = { ok: true; shared: SharedStory } | { ok: false; reason: 'code' | 'too-big' | 'offline' | 'no-server' | 'refused'; detail?: string }

export const workshopCodeHeader = 'X-Workshop-Code'
const codeKey = 'storysphere.workshop-code'

/** The workshop code is remembered for this tab only (sessionStorage), never in the library. */
export const rememberedCode = (): string => {
  try {
    return sessionStorage.getItem(codeKey) ?? ''
  } catch {
    return ''
  }
}
export const rememberCode = (code: string): void => {
  try {
    sessionStorage.setItem(codeKey, code)
  } catch {
    // A browser without sessionStorage asks again next time.
  }
}

/** Uploads a published website zip to the share server of the room's laptop. */
export const uploadShare = async (zip: Blob, code: string, endpoint = new URL('/api/share', window.location.href)): Promise<ShareResult> => {
  if (!navigator.onLine) return { ok: false, reason: 'offline' }
  let response: Response
  try {
    response = await fetch(endpoint, { method: 'POST', body: zip, headers: { [workshopCodeHeader]: code, 'Content-Type': 'application/zip' } })
  } catch {
    return { ok: false, reason: 'offline' }
  }
  if (response.status === 401) return { ok: false, reason: 'code' }
  if (response.status === 413) return { ok: false, reason: 'too-big' }
  if (response.status === 404 || response.status === 405) return { ok: false, reason: 'no-server' }
  const body = (await response.json().catch(() => null)) as Partial<SharedStory> & { error?: string } | null
  if (!response.ok || !body || typeof body.id !== 'string' || typeof body.url !== 'string' || typeof body.qrSvg !== 'string') {
    return { ok: false, reason: 'refused', detail: body?.error }
  }
  return { ok: true, shared: { id: body.id, url: body.url, qrSvg: body.qrSvg } }
}
