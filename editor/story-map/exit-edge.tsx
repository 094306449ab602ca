import { BaseEdge, EdgeLabelRenderer } from '@xyflow/react'
import type { EdgeProps } from '@xyflow/react'
import { exitEdgePath, shortEdgeLabel } from './exit-edge-path'
import type { StoryMapEdge } from './story-map-types'

/**
 * An exit on the map: a link (solid), a choice (dashed, "Choice: …") or a `goTo` (dotted, "Go to: …");
 * broken ones thicker in the warning colour, ending at a "missing scene" marker. Line styles live in
 * `story-map.css` under the edge's class, so kinds differ by line and words, not colour alone. The
 * label is HTML above the nodes (so a long edge's label is never hidden under a scene), where the
 * layout put it (clear of scenes and other labels), with the whole text as a tooltip when shortened.
 */
export const ExitEdge = ({ id, source, target, sourceX, sourceY, targetX, targetY, data, markerEnd }: EdgeProps<StoryMapEdge>) => {
  const { path, labelX, labelY } = exitEdgePath({
    sourceX,
    sourceY,
    targetX,
    targetY,
    isLoop: source === target,
    parallelIndex: data?.parallelIndex ?? 0,
    parallelCount: data?.parallelCount ?? 1,
  })
  const label = data ? shortEdgeLabel(data.edgeLabel) : ''
  const placed = data?.labelAt ?? { x: labelX, y: labelY }
  return (
    <>
      <BaseEdge id={id} path={path} markerEnd={markerEnd} />
      {data && (
        <EdgeLabelRenderer>
          <div
            className={`story-map-exit-label story-map-exit-label-${data.kind}${data.isBroken ? ' story-map-exit-label-broken' : ''}`}
            style={{ transform: `translate(-50%, -50%) translate(${placed.x}px, ${placed.y}px)` }}
            title={label === data.edgeLabel ? undefined : data.edgeLabel}
            aria-hidden="true"
          >
            <bdi>{label}</bdi>
          </div>
        </EdgeLabelRenderer>
      )}
    </>
  )
}
