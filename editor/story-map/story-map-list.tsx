import { useId } from 'react'
import type { SceneId } from '@story-schema'
import type { ExitEdgeData, SceneNodeData, StoryMapLayout } from './story-map-types'
import { storyMapStrings } from './strings'

/** Props of `StoryMapList`. */
export type StoryMapListProps = {
  layout: StoryMapLayout
  onOpenScene: (sceneId: SceneId) => void
  selectedSceneId?: SceneId
}

const flagWords = (scene: SceneNodeData): string[] => {
  const words = storyMapStrings.sceneName
  return [
    ...(scene.isStart ? [words.start] : []),
    ...(scene.isEnding ? [words.ending] : []),
    ...(scene.isUnreachable ? [words.unreachable] : []),
    ...(scene.isDeadEnd ? [storyMapStrings.deadEnd.toLowerCase()] : []),
    ...(scene.brokenExitCount > 0 ? [words.broken(scene.brokenExitCount)] : []),
  ]
}

const Exit = ({ exit, titles }: { exit: ExitEdgeData; titles: Map<string, string> }) => {
  const onEntering = exit.kind === 'goTo' && !exit.hotspotId
  const words = onEntering ? storyMapStrings.exitWords.goToOnEntering : storyMapStrings.exitWords[exit.kind]
  const showsLabel = !onEntering
  return (
    <li className={`story-map-list-exit story-map-list-exit-${exit.kind}`}>
      {words.before && `${words.before} `}
      {showsLabel && (
        <>
          “<bdi>{exit.label}</bdi>”{' '}
        </>
      )}
      {words.after && `${words.after} `}
      {exit.isBroken ? (
        <strong className="story-map-list-broken">{storyMapStrings.brokenTarget(exit.targetSceneId)}</strong>
      ) : (
        <bdi>{titles.get(exit.targetSceneId) ?? exit.targetSceneId}</bdi>
      )}
    </li>
  )
}

/**
 * The story map as a nested list, for screen-reader and keyboard users: every scene in author order
 * (a button that opens it, and its flags in words), and under it every exit and where it leads.
 */
export const StoryMapList = ({ layout, onOpenScene, selectedSceneId }: StoryMapListProps) => {
  const headingId = useId()
  const scenes = layout.nodes.flatMap((node) => (node.type === 'scene' ? [node.data] : []))
  const titles = new Map<string, string>(scenes.map((scene) => [scene.sceneId, scene.title]))
  const exitsBySource = new Map<string, ExitEdgeData[]>()
  for (const edge of layout.edges) {
    if (!edge.data) continue
    exitsBySource.set(edge.data.sourceSceneId, [...(exitsBySource.get(edge.data.sourceSceneId) ?? []), edge.data])
  }
  return (
    <div className="story-map-list">
      <h3 id={headingId}>{storyMapStrings.listHeading}</h3>
      <ul aria-labelledby={headingId}>
        {scenes.map((scene) => {
          const flags = flagWords(scene)
          const exits = exitsBySource.get(scene.sceneId) ?? []
          return (
            <li key={scene.sceneId} className="story-map-list-scene">
              <button
                type="button"
                className="story-map-list-open"
                aria-current={scene.sceneId === selectedSceneId ? 'true' : undefined}
                onClick={() => onOpenScene(scene.sceneId)}
              >
                <bdi>{scene.title}</bdi>
              </button>
              {flags.length > 0 && <span className="story-map-list-flags"> ({flags.join(', ')})</span>}
              {exits.length > 0 ? (
                <ul>
                  {exits.map((exit) => (
                    <Exit key={exit.id} exit={exit} titles={titles} />
                  ))}
                </ul>
              ) : (
                !scene.isEnding && <p className="story-map-list-no-exits">{storyMapStrings.noExits}</p>
              )}
            </li>
          )
        })}
      </ul>
    </div>
  )
}
