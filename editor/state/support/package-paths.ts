import type { Story } from '@story-schema'

/** A file-name stem for a package path from a photo's name: "Bus Stop (2).JPG" → "bus-stop-2"; "photo" when nothing is left. */
export const fileStem = (fileName: string): string => {
  const withoutExtension = fileName.replace(/\.[A-Za-z0-9]{1,5}$/, '')
  const slug = withoutExtension
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '')
  return slug || 'photo'
}

/** Every package path the story's assets and their smaller copies use. */
export const usedPackagePaths = (story: Story): Set<string> =>
  new Set(story.assets.flatMap((asset) => [asset.path, ...('derivatives' in asset ? asset.derivatives.map((d) => d.path) : [])]))

/**
 * The first stem ("bus-stop", "bus-stop-2", …) for which none of the paths `pathsFor(stem)` is taken,
 * so a photo and all its copies get names no other file of the story has.
 */
export const freeStem = (stem: string, taken: ReadonlySet<string>, pathsFor: (stem: string) => string[]): string => {
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? stem : `${stem}-${n}`
    if (pathsFor(candidate).every((path) => !taken.has(path))) return candidate
  }
}
