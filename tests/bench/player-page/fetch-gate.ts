/**
 * Holds back the fetches of scene B's pictures until `open()`: the player loads a scene's neighbours
 * by itself once the current picture is complete, so without the gate "switch without preloading"
 * could not be measured. Opening the gate = the moment B's bytes arrive (localhost: at once).
 */
export const installFetchGate = (holds: (url: string) => boolean): { open: () => void } => {
  let open: () => void = () => undefined
  const opened = new Promise<void>((resolve) => {
    open = resolve
  })
  const realFetch = window.fetch.bind(window)
  window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url
    if (holds(url)) await opened
    return realFetch(input, init)
  }
  return { open }
}
