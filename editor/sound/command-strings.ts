/**
 * Refusals of the sound commands, in words: the catalogue `editor/sound/commands` in ./strings.ts
 * (C-26); this name stays for the commands that import it.
 */
export { soundCommandStrings } from './strings'
