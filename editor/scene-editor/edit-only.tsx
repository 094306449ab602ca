import type { ReactNode } from 'react'
import { useReadOnly } from './scene-editor-context'

/** Shows its children only where the story may be edited: a read-only tab (A-F10) has no add, delete or move buttons. */
export const EditOnly = ({ children }: { children: ReactNode }) => (useReadOnly() ? null : <>{children}</>)
