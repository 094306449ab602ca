/**
 * One named, forward-only step of the story format (architecture.md B3): `up` turns the `story` of a
 * version `version - 1` file into the `story` of a version `version` file. Steps see unvalidated data
 * (typed `unknown`), must not throw on junk they can skip, must be pure, and must not change their input.
 * Name steps after what they do, in PascalCase ("AddSoundscapes"), matching `StoryVersions`.
 */
export type Migration = {
  /** The version this step produces; the first step is 2. */
  version: number
  /** PascalCase name, the same as its key in `StoryVersions`. */
  name: string
  /** Upgrades the story of a version `version - 1` file. */
  up(doc: unknown): unknown
}
