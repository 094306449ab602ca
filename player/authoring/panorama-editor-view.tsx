import { lazy, Suspense, useEffect, useState } from 'react'
import { probeGpu } from '../media/gpu-limits'
import { ViewErrorBoundary } from '../ui/view-error-boundary'
import type { PanoramaEditorViewProps } from './authoring-props'

const EditorCanvas = lazy(() => import('./editor-canvas'))

/** Whether this browser can show the 360° views (WebGL), asked the way the player asks. */
export const hasWebGl = (): boolean => probeGpu() !== null

/**
 * The player's 360° view of one scene for an authoring tool (see `authoring-props.ts` and the
 * README): no navigation, a controlled view, click to place, drag a marker to move it. three.js loads
 * as a separate chunk on first use. Without WebGL, or when the view fails, it shows nothing and calls
 * `onUnavailable`, so the embedder can show its own fallback.
 */
export function PanoramaEditorView(props: PanoramaEditorViewProps) {
  const [gpu, setGpu] = useState(probeGpu)
  const { onUnavailable } = props
  useEffect(() => {
    if (!gpu) onUnavailable?.()
  }, [gpu, onUnavailable])
  if (!gpu) return null
  return (
    <ViewErrorBoundary onError={() => setGpu(null)}>
      <Suspense fallback={null}>
        <EditorCanvas gpu={gpu} props={props} />
      </Suspense>
    </ViewErrorBoundary>
  )
}
