import type { Story } from '../records/story'
import { checkAccessibility } from './check-accessibility'
import { checkAssets } from './check-assets'
import { checkCredits } from './check-credits'
import { checkHotspotLayout } from './check-hotspot-layout'
import { checkImages } from './check-images'
import { checkLinks } from './check-links'
import { checkReachability } from './check-reachability'
import { checkTranslations } from './check-translations'
import { checkVariables } from './check-variables'
import type { IssueSeverity, StoryIssue } from './story-issue'

/** The rule families `checkStory` runs, in order. Each is a pure function of the story. */
export const storyRules: readonly ((story: Story) => StoryIssue[])[] = [
  checkLinks,
  checkReachability,
  checkVariables,
  checkAssets,
  checkImages,
  checkAccessibility,
  checkHotspotLayout,
  checkTranslations,
  checkCredits,
]

const severityOrder: Record<IssueSeverity, number> = { error: 0, warning: 1, info: 2 }

/**
 * Problems an author should fix in a valid story (one that passed the schema): broken references,
 * unreachable scenes and dead ends, misused variables and media, accessibility, translations and
 * credits. Errors first, then warnings, then infos; within a severity in rule and story order.
 */
export const checkStory = (story: Story): StoryIssue[] =>
  storyRules
    .flatMap((rule) => rule(story))
    .map((issue, index) => ({ issue, index }))
    .sort((a, b) => severityOrder[a.issue.severity] - severityOrder[b.issue.severity] || a.index - b.index)
    .map(({ issue }) => issue)
