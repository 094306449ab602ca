import type { AssetId, SceneId, StoryIssue } from '@story-schema'
import { lazy, Suspense, useState } from 'react'
import type { StorySessionState } from '../persistence/story-session'
import { SceneEditor } from '../scene-editor'
import type { EditorStore } from '../state'
import { Banner } from '../ui/banner'
import { strings } from '../ui/strings'
import { storyScreenStrings as t } from './strings'
import { StoryHeader } from './story-header'
import type { StoryTab } from './story-tabs'
import { StoryTabs, tabIds } from './story-tabs'
import { useStoryMedia } from './use-story-media'

const StoryMapPanel = lazy(() => import('./story-map-panel').then((module) => ({ default: module.StoryMapPanel })))
const PlayPanel = lazy(() => import('./play-panel').then((module) => ({ default: module.PlayPanel })))
const CaptionsPanel = lazy(() => import('../captions/captions-panel').then((module) => ({ default: module.CaptionsPanel })))
const LanguagesPanel = lazy(() => import('../languages/languages-panel').then((module) => ({ default: module.LanguagesPanel })))
const CreditsPanel = lazy(() => import('../credits/credits-panel').then((module) => ({ default: module.CreditsPanel })))

/** A place in another tab that a check opens: a language to translate into, or an asset's credit. */
type TabFocus = { count: number; language?: string; assetId?: AssetId }
const creditCodes = new Set(['missing-credit', 'missing-licence'])

type StoryWorkspaceProps = { editor: EditorStore; access: StorySessionState['access']; status: StorySessionState['status'] }

const editingTabs: readonly StoryTab[] = ['scenes', 'map', 'captions', 'languages', 'credits', 'play']
const lookingTabs: readonly StoryTab[] = ['map', 'play']

/** Moves the focus to the scene editor's details heading once it is drawn (after a scene is opened from the map). */
const focusSceneDetails = () =>
  requestAnimationFrame(() => document.querySelector<HTMLElement>('.scene-editor-details [data-details-heading]')?.focus())

/**
 * The open story: its header, and its views: "Scenes" (the scene editor), "Story map" (a scene
 * chosen there opens in the scene editor), "Captions", "Languages", "Credits" and "Play". A check
 * about a credit or a translation opens its place in Credits or Languages. A tab that may only look (the story is
 * edited in another tab, A-F10) has no scene editor: the map and Play, and a banner that says why.
 */
export const StoryWorkspace = ({ editor, access, status }: StoryWorkspaceProps) => {
  const media = useStoryMedia(editor)
  const readOnly = access !== 'editing'
  const [chosen, setChosen] = useState<StoryTab>('scenes')
  const [playFrom, setPlayFrom] = useState<SceneId | undefined>(undefined)
  const [focus, setFocus] = useState<TabFocus>({ count: 0 })
  const tabs = readOnly ? lookingTabs : editingTabs
  const tab = tabs.includes(chosen) ? chosen : tabs[0]!
  const openScene = (sceneId: SceneId) => {
    if (readOnly) {
      setPlayFrom(sceneId)
      setChosen('play')
      return
    }
    editor.getState().selectScene(sceneId)
    setChosen('scenes')
    focusSceneDetails()
  }
  const selectTab = (next: StoryTab) => {
    setPlayFrom(undefined)
    setFocus((old) => ({ count: old.count }))
    setChosen(next)
  }
  /** A check about a credit opens the asset in Credits; one about a translation opens Languages. */
  const openIssue = (issue: StoryIssue): boolean => {
    const other: StoryTab | undefined = creditCodes.has(issue.code) ? 'credits' : issue.code === 'untranslated-text' ? 'languages' : undefined
    if (!other) return false
    setFocus((old) => ({ count: old.count + 1, assetId: issue.ref.assetId, language: issue.ref.language }))
    setChosen(other)
    requestAnimationFrame(() => {
      if (other === 'languages') document.getElementById('languages-panel-heading')?.focus()
    })
    return true
  }
  return (
    <div className="story-screen">
      <StoryHeader editor={editor} access={access} status={status} />
      {readOnly && (
        <Banner tone="warning" title={strings.readOnlyTitle}>
          <p>{strings.readOnly}</p>
          <p>{t.readOnlyWhat}</p>
        </Banner>
      )}
      <StoryTabs tabs={tabs} selected={tab} onSelect={selectTab} />
      <div className="story-panel" role="tabpanel" id={tabIds(tab).panel} aria-labelledby={tabIds(tab).tab}>
        {media.missing > 0 && <p className="story-panel-missing">{t.missingMedia(media.missing)}</p>}
        {tab === 'scenes' && <SceneEditor store={editor} resolveAssetUrl={media.resolve} storePhoto={media.storePhoto} storeSound={media.storeSound} onOpenIssue={openIssue} />}
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
            <PlayPanel key={playFrom ?? ''} editor={editor} resolve={media.resolve} fromSceneId={playFrom} />
          </Suspense>
        )}
      </div>
    </div>
  )
}
