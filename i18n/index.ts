/**
 * i18n: the one interface-language layer of the editor and the player (C-26). Imports only React
 * (for `useUiLocale`). Story text is not here: it comes from the story, in the story's languages.
 */
export { defineStrings, registeredCatalogues } from './define-strings'
export type { Catalogue, RegisteredCatalogue, Translation } from './define-strings'
export {
  cataloguedLocaleFor,
  directionOf,
  getUiLocale,
  localeChain,
  matchUiLocale,
  setUiLocale,
  subscribeUiLocale,
  uiLocales,
  uiLocaleSource,
} from './ui-locale'
export type { UiLocaleSource, UiLocaleTag } from './ui-locale'
export { chooseUiLocale, followStoryLanguage, rememberedUiLocale, startUiLocale, syncDocumentLocale } from './browser-locale'
export { useUiLocale } from './use-ui-locale'
export { countWord } from './count-word'
