import { randomInt } from 'node:crypto'

/** Short, friendly, easy to say words for the workshop code ("otter-lamp-42"). */
const words = [
  'apple', 'brook', 'cedar', 'delta', 'ember', 'fern', 'grape', 'harbor', 'island', 'jade', 'kite', 'lamp',
  'maple', 'night', 'ocean', 'pearl', 'quill', 'river', 'stone', 'tiger', 'umber', 'violet', 'willow', 'yarrow',
  'otter', 'cloud', 'piano', 'tulip', 'comet', 'lemon', 'mango', 'panda',
] as const

/** The code people type to share in the room: two words and two digits, new at every start. */
export const newWorkshopCode = (): string => {
  const pick = () => words[randomInt(words.length)]
  return `${pick()}-${pick()}-${String(randomInt(100)).padStart(2, '0')}`
}
