import type { Story } from '@story-schema'

/** The guide's steps, in order (first-run guide: teach by doing). */
export const guideSteps = ['open-story', 'add-scene', 'add-link', 'preview'] as const

/** One step of the guide. */
export type GuideStep = (typeof guideSteps)[number]

/** What the guide remembers (localStorage): the steps done, and whether the person hid it. */
export type GuideProgress = { done: GuideStep[]; hidden: boolean }

/** A first visit: nothing done, the guide shows. */
export const freshProgress: GuideProgress = { done: [], hidden: false }

/** The step to do now: the first one not done, or null when all are. */
export const currentStep = (progress: GuideProgress): GuideStep | null => guideSteps.find((step) => !progress.done.includes(step)) ?? null

/** Marks a step done (any order); the same progress when it already was. */
export const markDone = (progress: GuideProgress, step: GuideStep): GuideProgress =>
  progress.done.includes(step) ? progress : { ...progress, done: guideSteps.filter((s) => s === step || progress.done.includes(s)) }

const linkCount = (story: Story): number =>
  story.scenes.reduce((sum, scene) => sum + scene.hotspots.filter((hotspot) => hotspot.kind === 'link').length, 0)

/** The steps a document change did: a scene added, a link hotspot added. */
export const stepsInChange = (before: Story, after: Story): GuideStep[] => [
  ...(after.scenes.length > before.scenes.length ? (['add-scene'] as const) : []),
  ...(linkCount(after) > linkCount(before) ? (['add-link'] as const) : []),
]

/** Reads stored progress, ignoring anything that is not progress (a hand-edited or old value). */
export const parseProgress = (text: string | null): GuideProgress => {
  if (!text) return freshProgress
  try {
    const value = JSON.parse(text) as Partial<GuideProgress>
    const done = Array.isArray(value.done) ? guideSteps.filter((step) => (value.done as unknown[]).includes(step)) : []
    return { done, hidden: value.hidden === true }
  } catch {
    return freshProgress
  }
}
