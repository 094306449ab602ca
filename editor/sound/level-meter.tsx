import { useId } from 'react'
import { recorderStrings as t } from './strings'

/**
 * The microphone level while recording: a native <meter> (its value in words as aria-valuetext) and
 * the same in text next to it, so it can be read without seeing the bar. Not a live region: it
 * changes every frame.
 */
export const LevelMeter = ({ percent }: { percent: number }) => {
  const id = useId()
  const words = t.levelText(percent)
  return (
    <div className="level-meter">
      <label htmlFor={id}>{t.level}</label>
      <meter id={id} min={0} max={100} low={20} high={85} optimum={50} value={percent} aria-valuetext={words} />
      <span className="level-meter-text">{words}</span>
    </div>
  )
}
