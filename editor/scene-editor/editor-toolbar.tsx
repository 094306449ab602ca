import { useDeferredValue } from 'react'
import type { EditorPanel } from '../state'
import { hasStoryIssues, redoLabel, storyIssues, undoLabel } from '../state'
import { Button } from '../ui/button'
import { SelectField } from './fields/select-field'
import { useEditor, useSceneEditor } from './scene-editor-context'
import { sceneEditorStrings as t } from './strings'

const panels: EditorPanel[] = ['inspector', 'variables', 'checks']

/**
 * Undo and Redo named after their step ("Undo Move hotspot"), the language being written (when the
 * story has more than one), and the side panel switch (Details, Variables, Checks with its count).
 */
export const EditorToolbar = ({ onUndo, onRedo }: { onUndo: () => void; onRedo: () => void }) => {
  const { store, focusDetails, readOnly } = useSceneEditor()
  const { undo, redo, panel, language, languages, doc } = useEditor((state) => ({
    undo: undoLabel(state),
    redo: redoLabel(state),
    panel: state.session.panel,
    language: state.session.language,
    languages: state.doc.languages,
    doc: state.doc,
  }))
  // The checks run after typing has been drawn, and after the screen first shows (they take a while on
  // a big story): until then the button says "Checks" without a count (unless they ran already).
  const checked = useDeferredValue<typeof doc | null>(doc, hasStoryIssues(doc) ? doc : null)
  const issues = checked ? storyIssues(checked) : null
  const errors = issues?.filter((issue) => issue.severity === 'error').length ?? 0
  const warnings = issues?.filter((issue) => issue.severity === 'warning').length ?? 0
  return (
    <div className="editor-toolbar" role="toolbar" aria-label={t.toolbarLabel}>
      <Button onClick={onUndo} disabled={readOnly || undo === null} aria-keyshortcuts="Control+Z Meta+Z" title={t.shortcutsHelp}>
        <span aria-hidden="true">↶ </span>
        {undo === null ? t.nothingToUndo : t.undoStep(undo)}
      </Button>
      <Button
        onClick={onRedo}
        disabled={readOnly || redo === null}
        aria-keyshortcuts="Control+Shift+Z Meta+Shift+Z Control+Y"
        title={t.shortcutsHelp}
      >
        <span aria-hidden="true">↷ </span>
        {redo === null ? t.nothingToRedo : t.redoStep(redo)}
      </Button>
      {languages.length > 1 && (
        <SelectField
          label={t.language}
          value={language}
          viewOnly
          options={languages.map((tag) => ({ value: tag, label: tag }))}
          onChange={(tag) => store.getState().setLanguage(tag)}
        />
      )}
      <div className="editor-toolbar-panels" role="group" aria-label={t.panelsLabel}>
        {panels.map((name) => (
          <Button
            key={name}
            aria-pressed={panel === name}
            onClick={() => {
              store.getState().setPanel(name)
              focusDetails()
            }}
          >
            {name === 'checks' && issues ? t.checksCount(errors, warnings) : t.panels[name]}
          </Button>
        ))}
      </div>
    </div>
  )
}
