/**
 * story-schema: the Storysphere story format (zod 4), its loader, checks and the pure story engine.
 * Imports only zod. Everything a player or editor needs about stories comes from here.
 */
export * from './ids'
export * from './limits'
export * from './text'
export * from './units'
export * from './url'
export * from './records/asset'
export * from './records/condition'
export * from './records/credit'
export * from './records/effect'
export * from './records/hotspot'
export * from './records/meta'
export * from './records/narration'
export * from './records/player-defaults'
export * from './records/scene'
export * from './records/soundscape'
export * from './records/story'
export * from './records/variable'
export * from './story-file'
