/** README.txt inside a published website zip (plain text, for whoever finds the folder). */
export const readmeText = (title: string): string => `${title}
${'='.repeat(Math.min(title.length, 60))}

A 360° story made with Storysphere.

To put it on a website
  Copy this whole folder to any web host (or a school server). Open index.html there.
  It needs nothing else: no database, no account. After it has been opened once, it keeps
  working without internet on that device (the sw.js file looks after that).

To play it from this folder (a USB stick, a laptop without internet)
  Open play-offline.html. It holds the whole story in one file.
  (index.html does not work when opened straight from a folder: browsers do not allow the
  player's module scripts from file://. play-offline.html does not need them.)

What is in the folder
  index.html          the story player
  play-offline.html   the same story in one file, for opening from a folder
  story.json          the story
  images/, audio/     its pictures and sounds
  assets/             the player program (scripts, styles, fonts)
  xr-profiles/        models of headset controllers and hands
  sw.js               keeps the story playable offline

Nothing in the story can run its own code: the pages allow only the player's own files.
`
