/**
 * Every word the story screen shows (English), besides the shared ones in ../ui/strings.ts. An i18n
 * layer replaces this file later.
 */
export const storyScreenStrings = {
  tabsLabel: 'Work on the story',
  tabs: { scenes: 'Scenes', map: 'Story map', captions: 'Captions', languages: 'Languages', credits: 'Credits', play: 'Play' },
  renameStep: 'Rename story',
  readOnlyWhat:
    'So that nothing gets mixed up, the scene editor is switched off here. You can look at the story map and play the story.',
  mapHeading: 'Map of the story',
  mapHelp: 'Choose a scene to open it in the scene editor.',
  mapHelpReadOnly: 'Choose a scene to play the story from there.',
  loadingMedia: 'Getting the pictures and sounds ready…',
  missingMedia: (count: number) =>
    `${count === 1 ? 'One picture or sound file is' : `${count} picture or sound files are`} missing; the player shows the rest.`,
  playHeading: 'Play the story',
  playHelp: 'The player shows the story as it was when you pressed Play. After changes, press Play again.',
  playFromStart: 'Play from the start',
  playFromScene: (title: string) => `Play from “${title}”`,
  playingFrom: (title: string) => `Playing from “${title}”.`,
  loadingPlayer: 'Getting the player ready…',
  loadingMap: 'Getting the story map ready…',
  loadingPanel: 'Getting this view ready…',
} as const
