import { z } from 'zod'

/** One entry of `samples/index.json`: a sample story shipped with the app. */
export const sampleEntrySchema = z.strictObject({
  slug: z.string().regex(/^[a-z0-9-]{1,64}$/),
  title: z.string().max(200),
  summary: z.string().max(2000),
  languages: z.array(z.string().max(20)).max(20),
  path: z.string().regex(/^[a-z0-9-]{1,64}\/story\.json$/),
})
/** A sample story in the index. */
export type SampleEntry = z.infer<typeof sampleEntrySchema>

/** Loads the list of sample stories from the server; throws a plain-language Error when it is damaged, a TypeError when offline. */
export const loadSampleIndex = async (baseUrl: string, doFetch: typeof fetch = globalThis.fetch.bind(globalThis)): Promise<SampleEntry[]> => {
  const response = await doFetch(new URL('samples/index.json', baseUrl))
  if (!response.ok) throw new Error(`The list of sample stories could not be loaded (HTTP ${response.status}).`)
  const parsed = z.array(sampleEntrySchema).max(100).safeParse(await response.json())
  if (!parsed.success) throw new Error('The list of sample stories is damaged.')
  return parsed.data
}
