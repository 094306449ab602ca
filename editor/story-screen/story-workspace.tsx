import type { AssetId, SceneId, StoryIssue } from '@story-schema'
import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { useGuideTracking } from '../guide/use-guide-tracking'
import { forgetPhotoNotes, peekPhotoNotes } from '../library/pending-photo-notes'
import { PhotoImportNotes } from '../photo-import'
import type { StorySessionState } from '../persistence/story-session'
import { SceneEditor } from '../scene-editor'
import type { EditorStore } from '../state'
import { storyScreenStrings as t } from './strings'
import { ReadOnlyBanner } from './read-only-banner'
import { StoryHeader } from './story-header'
import type { StoryTab } from './story-tabs'
import { StoryTabs, tabIds } from './story-tabs'
import { useStoryMedia } from './use-story-media'
import type { StoryPlace } from './use-story-place'
import { useStoryPlace } from './use-story-place'

const StoryMapPanel = lazy(() => import('./story-map-panel').then((module) => ({ default: module.StoryMapPanel })))
const PlayPanel = lazy(() => import('./play-panel').then((module) => ({ default: module.PlayPanel })))
const CaptionsPanel = lazy(() => import('../captions/captions-panel').then((module) => ({ default: module.CaptionsPanel })))
const LanguagesPanel = lazy(() => import('../languages/languages-panel').then((module) => ({ default: module.LanguagesPanel })))
const CreditsPanel = lazy(() => import('../credits/credits-panel').then((module) => ({ default: module.CreditsPanel })))

/** A place in another tab that a check opens: a language to translate into, or an asset's credit. */
type TabFocus = { count: number; language?: string; assetId?: AssetId }
const creditCodes = new Set(['missing-credit', 'missing-licence'])

type StoryWorkspaceProps = {
  editor: EditorStore
  session: Pick<StorySessionState, 'access' | 'status' | 'takeOver' | 'movedAway'>
  onTakeOver: () => void
  /** The tab and scene the address names (`#/story/<id>/scenes/<sceneId>`, `…/map`, `…/play`…). */
  place: StoryPlace
}

const editingTabs: readonly StoryTab[] = ['scenes', 'map', 'captions', 'languages', 'credits', 'play']
const lookingTabs: readonly StoryTab[] = ['scenes', 'map', 'play']

/** Moves the focus to the scene editor's details heading once it is drawn (after a scene is opened from the map). */
const focusSceneDetails = () =>
  requestAnimationFrame(() => document.querySelector<HTMLElement>('.scene-editor-details [data-details-heading]')?.focus())

/**
 * The open story: its header, and its views: "Scenes" (the scene editor), "Story map" (a scene
 * chosen there opens in the scene editor), "Captions", "Languages", "Credits" and "Play". A check
 * about a credit or a translation opens its place in Credits or Languages. A tab that may only look (the story is
 * edited in another tab, A-F10) shows the scene editor read-only, the map and Play, with a banner that says
 * why and "Edit here instead". The tab and the open scene are in the address (`use-story-place.ts`).
 */
export const StoryWorkspace = ({ editor, session, onTakeOver, place }: StoryWorkspaceProps) => {
  const { access, status } = session
  const media = useStoryMedia(editor)
  const readOnly = access !== 'editing'
  const { view: chosen, selectView } = useStoryPlace(editor.getState().doc.id, editor, place)
  const [focus, setFocus] = useState<TabFocus>({ count: 0 })
  const tabs = readOnly ? lookingTabs : editingTabs
  const tab = tabs.includes(chosen) ? chosen : tabs[0]!
  useGuideTracking(editor, tab)
  // Once shown, the scene editor stays (hidden) while another tab is open: leaving it doesn't tear its 360°
  // view down and coming back doesn't start WebGL again (each a long task); hidden, its view draws nothing.
  const [keepScenes, setKeepScenes] = useState(tab === 'scenes')
  if (tab === 'scenes' && !keepScenes) setKeepScenes(true)
  const wasReadOnly = useRef(readOnly)
  // Notes about the photo this story was just made from ("New story" from a photo).
  const [photoNotes, setPhotoNotes] = useState(() => peekPhotoNotes(editor.getState().doc.id))
  useEffect(() => forgetPhotoNotes(editor.getState().doc.id), [editor])
  // After "Edit here instead" the banner (and the focused button) goes: the focus moves to the open tab.
  // Focus that is somewhere else (the other tab closed while this one was read) stays where it is.
  useEffect(() => {
    const lost = document.activeElement === null || document.activeElement === document.body
    if (wasReadOnly.current && !readOnly && lost) document.querySelector<HTMLElement>('.story-tabs [role="tab"][aria-selected="true"]')?.focus()
    wasReadOnly.current = readOnly
  }, [readOnly])
  // A scene opened from the map: its details get the focus once the Scenes tab shows.
  const focusWhenScenes = useRef(false)
  useEffect(() => {
    if (tab !== 'scenes' || !focusWhenScenes.current) return
    focusWhenScenes.current = false
    focusSceneDetails()
  }, [tab])
  const openScene = (sceneId: SceneId) => {
    editor.getState().selectScene(sceneId)
    focusWhenScenes.current = true
    selectView('scenes')
  }
  const selectTab = (next: StoryTab) => {
    setFocus((old) => ({ count: old.count }))
    selectView(next)
  }
  /** A check about a credit opens the asset in Credits; one about a translation opens Languages. */
  const openIssue = (issue: StoryIssue): boolean => {
    const other: StoryTab | undefined = creditCodes.has(issue.code) ? 'credits' : issue.code === 'untranslated-text' ? 'languages' : undefined
    if (!other) return false
    setFocus((old) => ({ count: old.count + 1, assetId: issue.ref.assetId, language: issue.ref.language }))
    selectView(other)
    requestAnimationFrame(() => {
      if (other === 'languages') document.getElementById('languages-panel-heading')?.focus()
    })
    return true
  }
  // The (kept) scene editor is made again only when what it shows changes, not on every tab switch:
  // re-rendering its 300-scene list on a click on "Story map" was a long task of its own.
  const openIssueNow = useRef(openIssue)
  openIssueNow.current = openIssue
  const stableOpenIssue = useCallback((issue: StoryIssue) => openIssueNow.current(issue), [])
  const sceneEditor = useMemo(
    () => (
      <SceneEditor store={editor} resolveAssetUrl={media.resolve} storePhoto={media.storePhoto} storeSound={media.storeSound} onOpenIssue={stableOpenIssue} readOnly={readOnly} />
    ),
    [editor, media.resolve, media.storePhoto, media.storeSound, stableOpenIssue, readOnly],
  )
  return (
    <div className="story-screen">
      <StoryHeader editor={editor} access={access} status={status} />
      {readOnly && <ReadOnlyBanner takeOver={session.takeOver} movedAway={session.movedAway} onTakeOver={onTakeOver} />}
      {photoNotes && <PhotoImportNotes fileName={photoNotes.fileName} warnings={photoNotes.warnings} onDismiss={() => setPhotoNotes(null)} />}
      <StoryTabs tabs={tabs} selected={tab} onSelect={selectTab} />
      <div className="story-panel" role="tabpanel" id={tabIds(tab).panel} aria-labelledby={tabIds(tab).tab}>
        {media.missing > 0 && <p className="story-panel-missing">{t.missingMedia(media.missing)}</p>}
        {keepScenes && (
          <div className="story-panel-scenes" hidden={tab !== 'scenes'}>
            {sceneEditor}
          </div>
        )}
        <Suspense fallback={<p role="status">{t.loadingPanel}</p>}>
          {tab === 'captions' && <CaptionsPanel editor={editor} resolve={media.resolve} />}
          {tab === 'languages' && (
            <LanguagesPanel key={focus.count} editor={editor} focus={focus.language ? { language: focus.language, onlyUntranslated: true } : undefined} />
          )}
          {tab === 'credits' && <CreditsPanel key={focus.count} editor={editor} urlOf={media.urlOf} focusAssetId={focus.assetId} />}
        </Suspense>
        {tab === 'map' && (
          <Suspense fallback={<p role="status">{t.loadingMap}</p>}>
            <StoryMapPanel editor={editor} urlOf={media.urlOf} onOpenScene={openScene} readOnly={readOnly} />
          </Suspense>
        )}
        {tab === 'play' && !media.ready && <p role="status">{t.loadingMedia}</p>}
        {tab === 'play' && media.ready && (
          <Suspense fallback={<p role="status">{t.loadingPlayer}</p>}>
            <PlayPanel editor={editor} resolve={media.resolve} />
          </Suspense>
        )}
      </div>
    </div>
  )
}
