/** Package path → `data:<mime>;base64,…` for the single-file form. */
export const dataUrlOf = (bytes: Uint8Array, mime: string): string => {
  let binary = ''
  const step = 0x8000
  for (let at = 0; at < bytes.length; at += step) binary += String.fromCharCode(...bytes.subarray(at, at + step))
  return `data:${mime};base64,${btoa(binary)}`
}

export const dataUrlsOf = async (media: ReadonlyMap<string, { bytes: Uint8Array; mime: string }>): Promise<Map<string, string>> => {
  const urls = new Map<string, string>()
  for (const [path, file] of media) {
    urls.set(path, dataUrlOf(file.bytes, file.mime))
    await Promise.resolve()
  }
  return urls
}
