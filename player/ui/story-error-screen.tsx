import { useEffect, useRef } from 'react'
import { strings } from './strings'
import './player-base.css'
import './player-screens.css'

/**
 * A story that cannot be opened, said kindly and in words: parseStoryFile's message (what went wrong
 * and what to do), and the list of problems when there is more than one. Never a stack trace.
 */
export function StoryErrorScreen({ message, problems = [] }: { message: string; problems?: readonly string[] }) {
  const heading = useRef<HTMLHeadingElement>(null)
  useEffect(() => heading.current?.focus(), [])
  return (
    <main className="story-error-screen story-player">
      <section className="player-card" aria-labelledby="story-error-title">
        <h1 id="story-error-title" ref={heading} tabIndex={-1}>
          {strings.errorTitle}
        </h1>
        <p>{message}</p>
        {problems.length > 1 && (
          <>
            <p>{strings.errorIntro}</p>
            <ul className="story-error-problems">
              {problems.map((problem, index) => (
                <li key={index}>{problem}</li>
              ))}
            </ul>
          </>
        )}
      </section>
    </main>
  )
}
