/**
 * Every word editor/state gives to people: default names of new things and why a command refused.
 * The words and their translations are the catalogue in ./strings.ts (C-26); this name stays for the
 * commands that import it.
 */
export { stateMessages } from './strings'
