import { randomInt } from 'node:crypto'

/** Letters and digits that cannot be mixed up when read aloud or typed from a screen (no 0/o, 1/l/i). */
const alphabet = 'abcdefghjkmnpqrstuvwxyz23456789'

/** A short random id for a shared story, made by the server (never taken from the upload): 8 characters, ~39 bits. */
export const newShareId = (): string => Array.from({ length: 8 }, () => alphabet[randomInt(alphabet.length)]).join('')

export const isShareId = (value: string): boolean => /^[a-hjkmnp-z2-9]{8}$/.test(value)
