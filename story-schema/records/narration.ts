import { z } from 'zod'
import { assetIdSchema } from '../ids'
import { limits } from '../limits'
import { languageTagSchema, safeTextSchema } from '../text'
import { clipTimeMsSchema } from '../units'

/**
 * A scene's narration in one language: an audio clip and its caption cues (C-10, C-11). A narration
 * may be captions only (no audio), and a clip with no speech can say so with `noWords`.
 */
export const captionCueSchema = z
  .strictObject({
    startMs: clipTimeMsSchema,
    endMs: clipTimeMsSchema,
    speaker: safeTextSchema({ maxChars: limits.nameMaxChars }).optional(),
    text: safeTextSchema({ maxChars: limits.captionMaxChars, minChars: 1, multiline: true }),
  })
  .refine((cue) => cue.endMs > cue.startMs, { message: 'must end after it starts', path: ['endMs'] })
export type CaptionCue = z.infer<typeof captionCueSchema>

export const narrationSchema = z
  .strictObject({
    language: languageTagSchema,
    assetId: assetIdSchema.optional(),
    cues: z.array(captionCueSchema).max(limits.maxCuesPerNarration),
    /** True when the clip has no spoken words, so missing captions are intended. */
    noWords: z.boolean().optional(),
  })
  .superRefine((narration, ctx) => {
    narration.cues.forEach((cue, index) => {
      const previous = narration.cues[index - 1]
      if (previous && cue.startMs < previous.startMs) {
        ctx.addIssue({ code: 'custom', path: ['cues', index, 'startMs'], message: 'cues must be in time order' })
      }
    })
  })
export type Narration = z.infer<typeof narrationSchema>
