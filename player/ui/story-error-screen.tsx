import { useEffect, useRef } from 'react'
import { strings } from './strings'

/**
 * A story that cannot be opened, said kindly and in words: what went wrong and the problems found,
 * never a stack trace (B-21, B-22).
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
        {problems.length > 0 && (
          <>
            <p>{strings.errorIntro}</p>
            <ul className="story-error-problems">
              {problems.map((problem, index) => (
                <li key={index}>{problem}</li>
              ))}
            </ul>
          </>
        )}
        <p>{strings.errorHelp}</p>
      </section>
    </main>
  )
}
