import { useEffect, useRef } from 'react'
import type { KeyboardEvent } from 'react'
import { useStore } from 'zustand'
import { Button } from '../ui/button'
import { currentStep, guideSteps } from './guide-steps'
import { guideStore } from './guide-store'
import { guideStrings as t } from './strings'
import './guide.css'

/**
 * The first-run guide: four steps (open a story, add a scene from a photo, link two scenes, play it),
 * each ticked when the person really does it, with "Done: … Next: …" in a polite live region. It is
 * hidden with its button or Escape, remembered in localStorage, and shown again with "Help". Not
 * modal and in the page flow above the screen: it never covers anything.
 */
export const GuidePanel = () => {
  const state = useStore(guideStore)
  const heading = useRef<HTMLHeadingElement>(null)
  const help = useRef<HTMLButtonElement>(null)
  const moveFocus = useRef<'heading' | 'help' | null>(null)
  const step = currentStep(state)
  useEffect(() => {
    if (moveFocus.current === 'heading') heading.current?.focus()
    if (moveFocus.current === 'help') help.current?.focus()
    moveFocus.current = null
  }, [state.hidden])
  const setHidden = (hidden: boolean) => {
    moveFocus.current = hidden ? 'help' : 'heading'
    state.setHidden(hidden)
  }
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return
    event.stopPropagation()
    setHidden(true)
  }
  return (
    <aside className={`guide${state.hidden ? ' guide-hidden' : ''}`} aria-label={t.regionLabel} onKeyDown={state.hidden ? undefined : onKeyDown}>
      {state.hidden ? (
        <button ref={help} type="button" className="button button-secondary guide-help" onClick={() => setHidden(false)} aria-describedby="guide-help-hint">
          <span aria-hidden="true">? </span>
          {t.help}
          <span id="guide-help-hint" className="visually-hidden">
            {t.helpHint}
          </span>
        </button>
      ) : (
        <>
          <div className="guide-top">
            <h2 id="guide-heading" ref={heading} tabIndex={-1}>
              {t.heading}
            </h2>
            <div className="guide-actions">
              <Button onClick={() => setHidden(true)}>{t.hide}</Button>
              {state.done.length > 0 && <Button onClick={() => state.restart()}>{t.startAgain}</Button>}
            </div>
          </div>
          <ol className="guide-steps" aria-label={t.intro}>
            {guideSteps.map((name, index) => {
              const done = state.done.includes(name)
              return (
                <li key={name} className={`guide-step${done ? ' is-done' : ''}${name === step ? ' is-current' : ''}`} aria-current={name === step ? 'step' : undefined}>
                  <span className="guide-mark" aria-hidden="true">
                    {done ? '✓' : index + 1}
                  </span>
                  <p className="guide-step-title">
                    <span className="visually-hidden">{t.stepOf(index + 1, guideSteps.length)}: </span>
                    {t.steps[name].title}
                    <span className="visually-hidden"> — {done ? t.done : t.notYet}</span>
                  </p>
                </li>
              )
            })}
          </ol>
          {step !== null && <p className="guide-step-how">{t.steps[step].how}</p>}
          {step === null && <p className="guide-all-done">{t.allDone}</p>}
          <p className="guide-status visually-hidden" role="status">
            {state.announcement}
          </p>
        </>
      )}
    </aside>
  )
}
