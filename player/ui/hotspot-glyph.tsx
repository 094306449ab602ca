import type { Hotspot } from '@story-schema'

export type GlyphKind = 'arrow' | 'door' | 'info' | 'sound'

export const glyphOf = (hotspot: Hotspot): GlyphKind =>
  hotspot.kind === 'link' ? hotspot.icon : hotspot.kind === 'billboard' ? 'info' : 'sound'

/** The hotspot's shape as a small inline SVG, the same shapes as the 3D markers (C-24: shape, not colour). */
export function HotspotGlyph({ kind }: { kind: GlyphKind }) {
  return (
    <svg className="hotspot-glyph" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false">
      {kind === 'arrow' && <path d="M4 10h9V5l8 7-8 7v-5H4z" fill="currentColor" />}
      {kind === 'door' && (
        <g fill="none" stroke="currentColor" strokeWidth="2.2">
          <rect x="6" y="3" width="12" height="18" rx="1" />
          <circle cx="14.5" cy="12.5" r="1.2" fill="currentColor" />
        </g>
      )}
      {kind === 'info' && (
        <g fill="currentColor">
          <circle cx="12" cy="6" r="2" />
          <rect x="10.2" y="10" width="3.6" height="10" rx="1" />
        </g>
      )}
      {kind === 'sound' && (
        <g fill="currentColor">
          <path d="M3 9h4l5-4v14l-5-4H3z" />
          <path d="M15 8.5a5 5 0 0 1 0 7M17.5 6a8.5 8.5 0 0 1 0 12" fill="none" stroke="currentColor" strokeWidth="2" />
        </g>
      )}
    </svg>
  )
}
