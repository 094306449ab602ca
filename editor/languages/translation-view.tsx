import type { Story } from '@story-schema'
import { hasTranslation } from '@story-schema'
import { useId, useRef } from 'react'
import type { EditorStore } from '../state'
import { setCaptionTranslation } from '../captions/narration-commands'
import { captionTexts } from './caption-texts'
import { directionOf, languageName, shortLanguageName } from './language-names'
import { setTextAt } from './set-text-at'
import { languagesStrings as t } from './strings'
import type { TextGroup } from './translatable-texts'
import { translatableTexts } from './translatable-texts'
import { TranslationRow } from './translation-row'

type TranslationViewProps = {
  editor: EditorStore
  doc: Story
  source: string
  target: string
  onlyUntranslated: boolean
  onSource: (tag: string) => void
  onTarget: (tag: string) => void
  onOnlyUntranslated: (only: boolean) => void
}

type Row = { key: string; touchKey: string; group: TextGroup; place: string; source: string; target: string; multiline: boolean; commit: (value: string) => string | null }

/**
 * Every translatable text side by side: where it is, the original (read only) and the translation
 * (written here, saved at once, an undo step per text). Texts not yet translated say so in words and
 * can be shown alone. Captions are translated cue by cue, keeping the original's timing.
 */
export const TranslationView = (props: TranslationViewProps) => {
  const { editor, doc, source, target, onlyUntranslated } = props
  const id = useId()
  /** Texts written in while "only untranslated" is on stay in the list, so a row never vanishes while typing. */
  const touched = useRef(new Set<string>())
  const apply = <A,>(command: (story: Story, args: A) => Story, args: A, key: string) => {
    touched.current.add(key)
    const result = editor.getState().applyCommand(command, args, { label: t.translateHeading, capture: 'coalesce', key: `translate-${key}` })
    return result.ok ? null : result.error.message
  }
  const rows: Row[] = [
    ...translatableTexts(doc)
      .filter((text) => hasTranslation(text.text, source))
      .map((text) => ({
        key: text.key,
        touchKey: text.key,
        group: text.group,
        place: text.place,
        source: text.text?.[source] ?? '',
        target: hasTranslation(text.text, target) ? (text.text?.[target] ?? '') : '',
        multiline: text.multiline,
        commit: (value: string) => apply(setTextAt, { path: text.path, language: target, value }, text.key),
      })),
    ...captionTexts(doc, source, target).map((cue) => ({
      key: `cue/${cue.key}`,
      touchKey: cue.key,
      group: 'captions' as const,
      place: cue.place,
      source: cue.speaker ? `${cue.speaker}: ${cue.source}` : cue.source,
      target: cue.target ?? '',
      multiline: true,
      commit: (value: string) =>
        apply(setCaptionTranslation, { sceneId: cue.sceneId, language: target, startMs: cue.startMs, endMs: cue.endMs, speaker: cue.speaker, value }, cue.key),
    })),
  ]
  const untranslated = rows.filter((row) => row.target.trim() === '').length
  const shown = onlyUntranslated ? rows.filter((row) => row.target.trim() === '' || touched.current.has(row.touchKey)) : rows
  const others = doc.languages.filter((tag) => tag !== source)
  return (
    <section className="translation-view" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t.translateHeading}</h3>
      <p className="field-hint">{t.translateHelp}</p>
      <div className="translation-pickers">
        <div>
          <label htmlFor={`${id}-source`}>{t.sourceLabel}</label>
          <select id={`${id}-source`} value={source} onChange={(event) => props.onSource(event.target.value)}>
            {doc.languages.map((tag) => (
              <option key={tag} value={tag}>
                {languageName(tag)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor={`${id}-target`}>{t.targetLabel}</label>
          <select id={`${id}-target`} value={target} onChange={(event) => props.onTarget(event.target.value)}>
            {others.map((tag) => (
              <option key={tag} value={tag}>
                {languageName(tag)}
              </option>
            ))}
          </select>
        </div>
        <label className="translation-filter">
          <input type="checkbox" checked={onlyUntranslated} onChange={(event) => props.onOnlyUntranslated(event.target.checked)} />
          {t.onlyUntranslated}
        </label>
      </div>
      <p className="translation-count" role="status">
        {t.untranslatedCount(untranslated, shortLanguageName(target))}
      </p>
      {shown.length === 0 ? (
        <p>{t.nothingToShow}</p>
      ) : (
        <table className="translation-table">
          <caption className="visually-hidden">{t.tableLabel(shortLanguageName(source), shortLanguageName(target))}</caption>
          <thead>
            <tr>
              <th scope="col">{t.place}</th>
              <th scope="col">{t.original_(shortLanguageName(source))}</th>
              <th scope="col">{t.translation(shortLanguageName(target))}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((row) => (
              <TranslationRow
                key={row.key}
                rowKey={row.key}
                group={t.groups[row.group]}
                place={row.place}
                source={row.source}
                target={row.target}
                sourceLanguage={source}
                targetLanguage={target}
                sourceDir={directionOf(source)}
                targetDir={directionOf(target)}
                multiline={row.multiline}
                onCommit={row.commit}
              />
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}
