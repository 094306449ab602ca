/**
 * Every word of the first-run guide (English). Short sentences that say what to press. An i18n layer
 * replaces this file later.
 */
export const guideStrings = {
  heading: 'First steps',
  regionLabel: 'First steps guide',
  intro: 'Make a tiny story in four steps; each is ticked when you do it',
  stepOf: (index: number, count: number) => `Step ${index} of ${count}`,
  steps: {
    'open-story': {
      title: 'Open a story',
      how: 'On “Your stories”, choose “New story” (from your own 360° photo, or blank), or “New from a sample”. Or open a story that is already there.',
    },
    'add-scene': {
      title: 'Add a scene from a photo',
      how: 'On the Scenes tab, under “Add a scene”, choose “Import a new 360° photo”, pick the photo file, and press “Add scene”.',
    },
    'add-link': {
      title: 'Link two scenes',
      how: 'Open a scene. Under “Looking”, choose the kind “Link to a scene” and press “Add here”. Then choose where it leads in “Leads to”.',
    },
    preview: {
      title: 'Try your story',
      how: 'Open the “Play” tab and walk through your story, as a reader will.',
    },
  },
  done: 'Done',
  notYet: 'Not yet',
  stepDone: (title: string, next: string | null) => (next ? `Done: ${title}. Next: ${next}.` : `Done: ${title}. You finished the first steps!`),
  allDone: 'You made your first story. Well done! The guide is here again whenever you press “Help”.',
  hide: 'Hide the guide',
  startAgain: 'Start again',
  help: 'Help',
  helpHint: 'First steps guide',
} as const
