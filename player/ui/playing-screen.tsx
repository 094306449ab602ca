import type { ReactNode } from 'react'
import { useState } from 'react'
import { runEnded } from '../runtime/story-run'
import { BillboardPanel } from './billboard-panel'
import { CaptionLine } from './caption-line'
import { ChoicesPanel } from './choices-panel'
import { EndPanel } from './end-panel'
import { LiveAnnouncer } from './live-announcer'
import { NoticeCard } from './notice-card'
import { usePlayerState } from './player-context'
import { SceneControls } from './scene-controls'
import { SceneDescription } from './scene-description'
import { SceneHeader } from './scene-header'
import { strings } from './strings'

/**
 * The DOM layer over the panorama while the story plays, in reading order: title, description,
 * panels, the Choices list, then the scene controls. In text mode (no WebGL) the same layer tells the
 * whole story in words.
 */
export function PlayingScreen({ textMode, extraActions }: { textMode: boolean; extraActions?: ReactNode }) {
  const [describeOpen, setDescribeOpen] = useState(false)
  const ended = usePlayerState((s) => s.run !== null && runEnded(s.run))
  return (
    <div className={`playing-screen${textMode ? ' text-mode' : ''}`}>
      <SceneHeader />
      {textMode && <p className="playing-screen-note">{strings.textModeNote}</p>}
      <SceneDescription open={describeOpen} textMode={textMode} />
      <div className="playing-screen-middle">
        <NoticeCard />
        <BillboardPanel />
        {ended && <EndPanel />}
      </div>
      <div className="playing-screen-bottom">
        <CaptionLine />
        {!ended && <ChoicesPanel />}
        <SceneControls textMode={textMode} describeOpen={describeOpen} onDescribe={() => setDescribeOpen(!describeOpen)}>
          {extraActions}
        </SceneControls>
      </div>
      <LiveAnnouncer />
    </div>
  )
}
