import { Handle, Position } from '@xyflow/react'
import type { NodeProps } from '@xyflow/react'
import { BadgeIcon } from './badge-icon'
import type { BadgeKind } from './badge-icon'
import type { SceneMapNode } from './story-map-types'
import { storyMapStrings } from './strings'

const Badge = ({ kind, text }: { kind: BadgeKind; text: string }) => (
  <li className={`scene-node-badge scene-node-badge-${kind}`}>
    <BadgeIcon kind={kind} />
    {text}
  </li>
)

/**
 * A scene on the story map: thumbnail, title and badges (Start, Ending, Can't be reached, No way out),
 * each badge with an icon and words. The node's accessible name (set by the layout) says the same;
 * the spaces between the words keep the visible text a part of that name (WCAG 2.5.3).
 */
export const SceneNode = ({ data }: NodeProps<SceneMapNode>) => (
  <div className="scene-node" data-start={data.isStart || undefined} data-unreachable={data.isUnreachable || undefined}>
    <Handle type="target" position={Position.Left} isConnectable={false} />
    <div className="scene-node-thumbnail">
      {data.thumbnailSrc && (
        <img src={data.thumbnailSrc} alt="" width={192} height={96} loading="lazy" decoding="async" draggable={false} />
      )}
    </div>
    <p className="scene-node-title" dir="auto" title={data.title}>
      {data.title}
    </p>{' '}
    <ul className="scene-node-badges">
      {data.isStart && <Badge kind="start" text={storyMapStrings.start} />}{' '}
      {data.isEnding && <Badge kind="ending" text={storyMapStrings.ending} />}{' '}
      {data.isUnreachable && <Badge kind="unreachable" text={storyMapStrings.unreachable} />}{' '}
      {data.isDeadEnd && <Badge kind="dead-end" text={storyMapStrings.deadEnd} />}
    </ul>
    <Handle type="source" position={Position.Right} isConnectable={false} />
  </div>
)
