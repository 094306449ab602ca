import { SampleLibrary } from './library/sample-library'

/**
 * The authoring app. For now it is the home screen with the sample stories, each playable in the
 * player; the editing tools (library, scenes, hotspots, story map) come with the editor issue.
 */
export const App = () => (
  <div className="app">
    <header className="app-header">
      <h1>Storysphere</h1>
      <p>Make 360° stories about the places in your life, with your photos, sounds and voice.</p>
    </header>
    <main>
      <SampleLibrary />
    </main>
  </div>
)
