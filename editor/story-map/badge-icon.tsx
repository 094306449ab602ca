/** What a badge marks. */
export type BadgeKind = 'start' | 'ending' | 'unreachable' | 'dead-end' | 'missing'

const paths: Record<BadgeKind, string> = {
  start: 'M4 2.5v11l9.5-5.5z',
  ending: 'M3.5 1.5v13M3.5 2.5h9l-2.2 3.2 2.2 3.3h-9',
  unreachable: 'M8 1.8 1.2 14h13.6zM8 6v4M8 11.6v.8',
  'dead-end': 'M8 1.5a6.5 6.5 0 1 0 0 13 6.5 6.5 0 0 0 0-13zM4 8h8',
  missing: 'M8 1.5a6.5 6.5 0 1 0 0 13 6.5 6.5 0 0 0 0-13zM6 6.2a2 2 0 1 1 2.8 1.8c-.5.3-.8.7-.8 1.3M8 11.3v.8',
}

/** A small line icon next to a badge's words, so no mark relies on colour alone. Decorative (hidden from screen readers). */
export const BadgeIcon = ({ kind }: { kind: BadgeKind }) => (
  <svg className="badge-icon" viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
    <path
      d={paths[kind]}
      fill={kind === 'start' ? 'currentColor' : 'none'}
      stroke="currentColor"
      strokeWidth="1.6"
      strokeLinecap="round"
      strokeLinejoin="round"
    />
  </svg>
)
