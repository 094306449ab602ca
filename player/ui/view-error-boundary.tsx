import type { ReactNode } from 'react'
import { Component } from 'react'

type Props = { onError: (error: unknown) => void; children: ReactNode }

/**
 * Catches a 3D view that cannot start (WebGL context refused, lost, or a shader failing) so the player
 * falls back to text mode instead of a blank page.
 */
export class ViewErrorBoundary extends Component<Props, { failed: boolean }> {
  override state = { failed: false }

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true }
  }

  override componentDidCatch(error: unknown): void {
    console.warn('The 3D view could not start; telling the story in words instead.', error)
    this.props.onError(error)
  }

  override render(): ReactNode {
    return this.state.failed ? null : this.props.children
  }
}
