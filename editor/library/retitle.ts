import type { Story } from '@story-schema'

/** The story with a new title in its own language (other languages keep theirs). */
export const retitle = (story: Story, title: string): Story => ({ ...story, title: { ...story.title, [story.language]: title.trim() } })
