import { localize } from '@story-schema'
import { useState } from 'react'
import type { EditorStore } from '../state'
import { setStoryTitle, useEditorStore } from '../state'
import { strings } from '../ui/strings'
import { TextField } from '../ui/text-field'
import { storyScreenStrings as t } from './strings'

type StoryTitleFieldProps = { editor: EditorStore; readOnly: boolean }

/**
 * "Story title": renames the story as the person types (one undo step while typing, autosaved like
 * every change). An empty field says why it is not kept; leaving it shows the stored title again.
 */
export const StoryTitleField = ({ editor, readOnly }: StoryTitleFieldProps) => {
  const title = useEditorStore(editor, (state) => localize(state.doc.title, state.doc.language, state.doc.language))
  const [draft, setDraft] = useState<string | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  // What is typed stays while it is (or becomes) the title; Undo or another tab's title wins otherwise.
  const typing = draft !== null && (draft.trim() === title || draft.trim() === '')
  const change = (value: string) => {
    setDraft(value)
    if (value.trim() === '') return setProblem(strings.titleEmpty)
    const result = editor.getState().applyCommand(setStoryTitle, { title: value }, { label: t.renameStep, capture: 'coalesce' })
    setProblem(result.ok ? null : result.error.message)
  }
  return (
    <TextField
      label={strings.titleLabel}
      value={typing ? draft : title}
      readOnly={readOnly}
      maxLength={200}
      error={typing ? problem : null}
      onChange={change}
      onBlur={() => setDraft(null)}
    />
  )
}
