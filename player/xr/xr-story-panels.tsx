import { useThree } from '@react-three/fiber'
import { clamp } from '@story-schema'
import { useMemo } from 'react'
import { textScaleBySize } from '../runtime/settings'
import { runChoices, runEnded, runEndMessage } from '../runtime/story-run'
import { directionOf } from '../runtime/story-text'
import type { HotspotRegistry } from '../scene/hotspot-registry'
import { worldYawDeg } from '../scene/spherical'
import { usePlayer, usePlayerState, useStoryText } from '../ui/player-context'
import { strings } from '../ui/strings'
import { XrButton } from './xr-button'
import type { PanelImage } from './xr-image'
import { fitPanelImage } from './xr-image'
import { XrPanel } from './xr-panel'
import { layoutPanel } from './xr-panel-layout'
import { exitVr } from './xr-session-control'
import { headWorldYawDeg } from './xr-turn'

type PanelButton = { id: string; label: string; onSelect: () => void; primary?: boolean }

/**
 * The story's panels in a headset, where the DOM cannot be seen: an open billboard (title, body,
 * choices) in the billboard's direction, "This path isn't finished", and the end with Play again.
 * Text is SDF (crisp at any distance); every button works by ray, pinch and gaze.
 */
export function XrStoryPanels({ registry }: { registry: HotspotRegistry }) {
  const player = usePlayer()
  const text = useStoryText()
  const gl = useThree((s) => s.gl)
  const run = usePlayerState((s) => s.run)
  const openId = usePlayerState((s) => s.openHotspotId)
  const notice = usePlayerState((s) => s.notice)
  const settings = usePlayerState((s) => s.settings)
  const epoch = usePlayerState((s) => s.sceneEpoch)
  const ended = !!run && runEnded(run)
  const scale = textScaleBySize[settings.textSize]
  const direction = directionOf(settings.language)
  // Notices and the end appear where the viewer looks when they come up.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const facingYawDeg = useMemo(() => headWorldYawDeg(gl.xr.getCamera()), [gl, notice, ended, epoch])

  const scene = player.shownScene()
  const billboardImage = (assetId: string | undefined): PanelImage | undefined => {
    const asset = assetId ? player.story.assets.find((a) => a.id === assetId) : undefined
    if (asset?.kind !== 'image') return undefined
    const file = asset.derivatives.find((d) => d.role === 'downscaled') ?? asset
    return fitPanelImage(player.resolveAssetUrl(file.path), asset.widthPx / asset.heightPx, 0.7, 0.3, text(asset.description))
  }
  const hotspot = openId ? player.hotspotsNow().find((h) => h.id === openId) : undefined

  let panel: { yawDeg: number; pitchDeg: number; title: string; body: string; buttons: PanelButton[]; image?: PanelImage } | null = null
  if (notice) {
    panel = {
      yawDeg: facingYawDeg,
      pitchDeg: -5,
      title: strings.unfinishedTitle,
      body: `${notice.label}: ${strings.unfinishedBody}`,
      buttons: [{ id: 'panel:ok', label: strings.ok, onSelect: () => player.dismissNotice(), primary: true }],
    }
  } else if (ended && run) {
    panel = {
      yawDeg: facingYawDeg,
      pitchDeg: -5,
      title: strings.endTitle,
      body: text(runEndMessage(run) ?? undefined),
      buttons: [
        { id: 'panel:play-again', label: strings.playAgain, onSelect: () => player.restart(), primary: true },
        { id: 'panel:exit', label: strings.exitVr, onSelect: () => void exitVr() },
      ],
    }
  } else if (hotspot?.kind === 'billboard' && run && scene) {
    panel = {
      yawDeg: worldYawDeg(hotspot.yawDeg, scene.northHeadingDeg),
      pitchDeg: clamp(hotspot.pitchDeg, -20, 20),
      title: text(hotspot.title),
      body: text(hotspot.body),
      image: billboardImage(hotspot.imageAssetId),
      buttons: [
        ...runChoices(player.story, run, hotspot).map((choice, index) => ({
          id: `choice:${index}`,
          label: text(choice.label),
          onSelect: () => player.choose(hotspot.id, choice.id),
          primary: true,
        })),
        { id: 'panel:close', label: strings.close, onSelect: () => player.closePanel() },
      ],
    }
  }
  if (!panel) return null
  const layout = layoutPanel(0.8, panel.body, panel.buttons.length, scale, panel.image?.heightM)
  return (
    <XrPanel yawDeg={panel.yawDeg} pitchDeg={panel.pitchDeg} widthM={0.8} heightM={layout.heightM} title={panel.title} body={panel.body} textScale={scale} direction={direction} registry={registry} image={panel.image}>
      {panel.buttons.map((button, index) => (
        <XrButton key={button.id} {...button} registry={registry} position={layout.buttonPositionsM[index]} widthM={layout.buttonWidthM} fontSizeM={0.04 * scale} />
      ))}
    </XrPanel>
  )
}
