import type { GuideStep } from './guide-steps'
import { currentStep } from './guide-steps'
import { guideStore } from './guide-store'
import { guideStrings as t } from './strings'

/** Ticks a step of the guide (when the person did it) and says so, with the next step, in its live region. */
export const completeGuideStep = (step: GuideStep, store = guideStore): void =>
  store.getState().complete(step, (progress) => {
    const next = currentStep(progress)
    return t.stepDone(t.steps[step].title, next ? t.steps[next].title : null)
  })
