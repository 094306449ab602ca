import { useFrame, useThree } from '@react-three/fiber'
import type { RefObject } from 'react'
import { useRef, useState } from 'react'
import type { Group } from 'three'
import { useStore } from 'zustand'
import { dwellChoicesMs, textScaleBySize } from '../runtime/settings'
import { directionOf } from '../runtime/story-text'
import type { HotspotRegistry } from '../scene/hotspot-registry'
import { objectYawDeg, radiansFromDeg, setObjectYawDeg } from '../scene/spherical'
import { usePlayer, usePlayerState, useStoryText } from '../ui/player-context'
import { strings } from '../ui/strings'
import { XrButton } from './xr-button'
import { XrPanel } from './xr-panel'
import { layoutPanel } from './xr-panel-layout'
import { exitVr } from './xr-session-control'
import { headWorldYawDeg } from './xr-turn'

type Props = { registry: HotspotRegistry; origin: RefObject<Group | null>; onRecenter: () => void; onTurn: (byDeg: number) => void }

const nextDwell = (ms: number | null): number | null => {
  if (ms === null) return dwellChoicesMs[0]
  const next = dwellChoicesMs.find((choice) => choice > ms)
  return next ?? null
}

/**
 * The headset menu, always one look or one click away (C-22): a "Menu" button low in front of the
 * body, opening a panel with recenter, pause/play sound (C-15), turning in steps (C-21, for people who
 * cannot turn), look-to-select time, the place described (C-17), restart and exit.
 */
export function XrMenu({ registry, origin, onRecenter, onTurn }: Props) {
  const player = usePlayer()
  const text = useStoryText()
  const gl = useThree((s) => s.gl)
  const body = useRef<Group>(null)
  const [open, setOpen] = useState<{ yawDeg: number; describe: boolean } | null>(null)
  const settings = usePlayerState((s) => s.settings)
  usePlayerState((s) => s.run)
  const hasAudio = useStore(player.audio.store, (s) => s.hasAudio)
  const silent = useStore(player.audio.store, (s) => s.isPaused || !s.isUnlocked)

  useFrame(() => {
    if (body.current && origin.current) setObjectYawDeg(body.current, objectYawDeg(origin.current))
  })

  const scale = textScaleBySize[settings.textSize]
  const scene = player.shownScene()
  const dwellLabel = settings.dwellMs === null ? strings.dwellOff : strings.dwellMs(settings.dwellMs)
  const buttons: { id: string; label: string; onSelect: () => void }[] = [
    { id: 'menu:recenter', label: strings.recenter, onSelect: onRecenter },
    ...(hasAudio ? [{ id: 'menu:sound', label: silent ? strings.playSound : strings.pauseSound, onSelect: () => player.audio.togglePaused() }] : []),
    { id: 'menu:turn-left', label: strings.snapLeft, onSelect: () => onTurn(-(settings.snapTurnDeg ?? 30)) },
    { id: 'menu:turn-right', label: strings.snapRight, onSelect: () => onTurn(settings.snapTurnDeg ?? 30) },
    { id: 'menu:dwell', label: strings.dwellSetting(dwellLabel), onSelect: () => player.updateSettings({ dwellMs: nextDwell(settings.dwellMs) }) },
    { id: 'menu:describe', label: open?.describe ? strings.hideDescription : strings.describeShort, onSelect: () => setOpen((o) => o && { ...o, describe: !o.describe }) },
    { id: 'menu:restart', label: strings.restart, onSelect: () => { setOpen(null); player.restart() } },
    { id: 'menu:exit', label: strings.exitVr, onSelect: () => void exitVr() },
    { id: 'menu:close', label: strings.close, onSelect: () => setOpen(null) },
  ]
  const description = open?.describe && scene ? text(scene.description) : ''
  const layout = layoutPanel(1.0, description, buttons.length, scale)

  return (
    <>
      <group ref={body}>
        <group rotation={[radiansFromDeg(-38), 0, 0]}>
          <XrButton
            id="menu:toggle"
            label={strings.menu}
            registry={registry}
            position={[0, 0, -1.2]}
            widthM={0.24}
            onSelect={() => setOpen((o) => (o ? null : { yawDeg: headWorldYawDeg(gl.xr.getCamera()), describe: false }))}
          />
        </group>
      </group>
      {open && (
        <XrPanel yawDeg={open.yawDeg} widthM={1.0} heightM={layout.heightM} title={strings.menu} body={description} textScale={scale} direction={directionOf(settings.language)} registry={registry}>
          {buttons.map((button, index) => (
            <XrButton key={button.id} {...button} registry={registry} position={layout.buttonPositionsM[index]} widthM={layout.buttonWidthM} fontSizeM={0.04 * scale} />
          ))}
        </XrPanel>
      )}
    </>
  )
}
