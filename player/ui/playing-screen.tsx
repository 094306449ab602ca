import type { ReactNode } from 'react'
import { useState } from 'react'
import { runEnded } from '../runtime/story-run'
import { BillboardPanel } from './billboard-panel'
import { CaptionsView } from './captions-view'
import { ChoicesPanel } from './choices-panel'
import { EndPanel } from './end-panel'
import { LiveAnnouncer } from './live-announcer'
import { NoticeCard } from './notice-card'
import { usePlayerState } from './player-context'
import { SceneControls } from './scene-controls'
import { SceneDescription } from './scene-description'
import { SceneHeader } from './scene-header'
import { AudioNotice, SoundControls } from './sound-controls'
import { strings } from './strings'
import { TranscriptDialog } from './transcript-dialog'

/**
 * The DOM layer over the panorama while the story plays, in reading order: title, description,
 * panels, captions, the Choices list, then the scene controls (with sound and the transcript). In
 * text mode (no WebGL) the same layer tells the whole story in words, and sound still plays.
 */
export function PlayingScreen({ textMode, extraActions }: { textMode: boolean; extraActions?: ReactNode }) {
  const [describeOpen, setDescribeOpen] = useState(false)
  const [transcriptOpen, setTranscriptOpen] = useState(false)
  const ended = usePlayerState((s) => s.run !== null && runEnded(s.run))
  return (
    <div className={`playing-screen${textMode ? ' text-mode' : ''}`}>
      <SceneHeader />
      <CaptionsView slot="top" />
      {textMode && <p className="playing-screen-note">{strings.textModeNote}</p>}
      <SceneDescription open={describeOpen} textMode={textMode} />
      <div className="playing-screen-middle">
        <NoticeCard />
        <BillboardPanel />
        {ended && <EndPanel />}
        <CaptionsView slot="middle" />
      </div>
      <div className="playing-screen-bottom">
        <CaptionsView slot="bottom" />
        <AudioNotice />
        {!ended && <ChoicesPanel />}
        <SceneControls textMode={textMode} describeOpen={describeOpen} onDescribe={() => setDescribeOpen(!describeOpen)}>
          <SoundControls onTranscript={() => setTranscriptOpen(true)} />
          {extraActions}
        </SceneControls>
      </div>
      {transcriptOpen && <TranscriptDialog onClose={() => setTranscriptOpen(false)} />}
      <LiveAnnouncer />
    </div>
  )
}
