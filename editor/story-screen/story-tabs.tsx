import type { KeyboardEvent } from 'react'
import { useRef } from 'react'
import { storyScreenStrings as t } from './strings'

/** The views of the story screen. */
export type StoryTab = keyof typeof t.tabs

/** The id of a tab's button and of its panel, for `aria-controls` / `aria-labelledby`. */
export const tabIds = (tab: StoryTab) => ({ tab: `story-tab-${tab}`, panel: `story-panel-${tab}` })

type StoryTabsProps = { tabs: readonly StoryTab[]; selected: StoryTab; onSelect: (tab: StoryTab) => void }

const keyMoves: Record<string, (index: number, count: number) => number> = {
  ArrowRight: (index, count) => (index + 1) % count,
  ArrowLeft: (index, count) => (index - 1 + count) % count,
  Home: () => 0,
  End: (_index, count) => count - 1,
}

/**
 * "Scenes", "Story map", "Play": a tab list (WAI-ARIA tabs). Tab reaches the chosen tab only; the
 * arrow keys, Home and End move between tabs and show them at once.
 */
export const StoryTabs = ({ tabs, selected, onSelect }: StoryTabsProps) => {
  const list = useRef<HTMLDivElement>(null)
  const onKeyDown = (event: KeyboardEvent) => {
    const move = keyMoves[event.key]
    if (!move) return
    event.preventDefault()
    // From the focused tab: the selection follows the address a moment later, and keys may come faster.
    const focusedIndex = tabs.findIndex((tab) => document.activeElement?.id === tabIds(tab).tab)
    const next = tabs[move(focusedIndex >= 0 ? focusedIndex : tabs.indexOf(selected), tabs.length)]!
    onSelect(next)
    list.current?.querySelector<HTMLElement>(`#${tabIds(next).tab}`)?.focus()
  }
  return (
    <div className="story-tabs" role="tablist" aria-label={t.tabsLabel} ref={list} onKeyDown={onKeyDown}>
      {tabs.map((tab) => (
        <button
          key={tab}
          type="button"
          role="tab"
          id={tabIds(tab).tab}
          className="story-tab"
          aria-selected={tab === selected}
          aria-controls={tabIds(tab).panel}
          tabIndex={tab === selected ? 0 : -1}
          onClick={() => onSelect(tab)}
        >
          {t.tabs[tab]}
        </button>
      ))}
    </div>
  )
}
