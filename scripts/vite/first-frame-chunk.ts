/**
 * The chunk a player page runs before its first picture: the first-frame painter (player/first-frame/)
 * and the few pure modules it uses, nothing else (no React, three.js or zod). Used by the app's build
 * (vite.config.ts) and the publish build (publish-player-build.ts); tests/bench measures it.
 */
export const firstFrameChunk = {
  name: 'first-frame',
  priority: 3,
  test: /[\\/](player[\\/](first-frame[\\/][^/\\]+|media[\\/](early-pictures|decode-image|gpu-limits|pick-derivative)|runtime[\\/]view-limits|scene[\\/]spherical)|story-schema[\\/]angles)\.ts$/,
}
