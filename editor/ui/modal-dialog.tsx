import type { ReactNode } from 'react'
import { useEffect, useId, useRef } from 'react'
import './modal-dialog.css'

type ModalDialogProps = {
  title: string
  /** Called on Escape, on Cancel and after the dialog closes itself. */
  onClose: () => void
  children: ReactNode
}

/**
 * A modal dialog on the native <dialog> element: the browser keeps focus inside, Escape closes it, and
 * focus returns to where it was. Render it only while it is open.
 */
export const ModalDialog = ({ title, onClose, children }: ModalDialogProps) => {
  const ref = useRef<HTMLDialogElement>(null)
  const titleId = useId()
  useEffect(() => {
    const dialog = ref.current
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : null
    if (dialog && !dialog.open) dialog.showModal()
    return () => {
      if (dialog?.open) dialog.close()
      before?.focus()
    }
  }, [])
  return (
    <dialog
      ref={ref}
      className="modal-dialog"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault()
        onClose()
      }}
    >
      <h2 id={titleId} className="modal-dialog-title">
        {title}
      </h2>
      {children}
    </dialog>
  )
}
