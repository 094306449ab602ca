import { Handle, Position } from '@xyflow/react'
import type { NodeProps } from '@xyflow/react'
import { BadgeIcon } from './badge-icon'
import type { MissingSceneMapNode } from './story-map-types'
import { storyMapStrings } from './strings'

/**
 * The target of broken exits: a scene id that no scene has. Not focusable; the list view and the
 * source scene's accessible name ("1 broken link") tell it in words.
 */
export const MissingSceneNode = ({ data }: NodeProps<MissingSceneMapNode>) => (
  <div className="missing-scene-node">
    <Handle type="target" position={Position.Left} isConnectable={false} />
    <p className="missing-scene-node-title">
      <BadgeIcon kind="missing" />
      {storyMapStrings.missingScene}
    </p>
    <code className="missing-scene-node-id">{data.sceneId}</code>
  </div>
)
