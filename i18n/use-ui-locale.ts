import { useSyncExternalStore } from 'react'
import { getUiLocale, subscribeUiLocale } from './ui-locale'

/**
 * The interface language, for a root component: using it re-renders that component (and so every
 * child) when the language changes, so each `t.key` is read again in the new language.
 */
export const useUiLocale = (): string => useSyncExternalStore(subscribeUiLocale, getUiLocale, getUiLocale)
