import type { IssueSeverity, StoryIssue } from '@story-schema'
import { useDeferredValue } from 'react'
import { storyIssues } from '../state'
import { useEditor, useSceneEditor } from './scene-editor-context'
import { sceneEditorStrings as t } from './strings'
import { useGoTo } from './use-go-to'

const icons: Record<IssueSeverity, string> = { error: '⛔', warning: '⚠', info: 'ℹ' }

/**
 * The story's checks (`checkStory`) in words, problems first. Each is a button that opens the place
 * it is about; its kind is written ("Problem", "Warning", "Tip"), not only coloured.
 */
export const ChecksPanel = () => {
  const doc = useEditor((state) => state.doc)
  const issues = storyIssues(useDeferredValue(doc))
  const goTo = useGoTo()
  const { onOpenIssue } = useSceneEditor()
  const open = (issue: StoryIssue) => {
    if (!onOpenIssue?.(issue)) goTo(issue.ref)
  }
  const untranslated = issues.filter((issue) => issue.code === 'untranslated-text')
  return (
    <section className="checks-panel" aria-labelledby="checks-panel-heading">
      <h3 id="checks-panel-heading" tabIndex={-1} data-details-heading>
        {t.checksHeading}
      </h3>
      <p className="field-hint">{t.checksHelp}</p>
      {issues.length === 0 && <p>{t.noIssues}</p>}
      {untranslated.length > 0 && onOpenIssue && (
        <p className="checks-panel-untranslated">
          {t.untranslatedCount(untranslated.length)}{' '}
          <button type="button" className="checks-panel-link" onClick={() => open(untranslated[0]!)}>
            {t.openTranslations}
          </button>
        </p>
      )}
      <ul className="checks-panel-list">
        {issues.map((issue, index) => (
          <li key={index} className={`checks-panel-issue checks-panel-${issue.severity}`}>
            <button type="button" onClick={() => open(issue)}>
              <span className="checks-panel-severity">
                <span aria-hidden="true">{icons[issue.severity]} </span>
                {t.severity[issue.severity]}:
              </span>{' '}
              <span dir="auto">{issue.where}</span>
              <span className="checks-panel-message">{issue.message}</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  )
}
