import { Button } from './button'
import { ModalDialog } from './modal-dialog'
import { strings } from './strings'

type ConfirmDialogProps = {
  title: string
  message: string
  confirmLabel: string
  onConfirm: () => void
  onCancel: () => void
}

/** Asks once more before something that cannot be undone; Cancel has the focus first. */
export const ConfirmDialog = ({ title, message, confirmLabel, onConfirm, onCancel }: ConfirmDialogProps) => (
  <ModalDialog title={title} onClose={onCancel}>
    <div className="confirm-dialog">
      <p>{message}</p>
      <div className="dialog-actions">
        <Button onClick={onCancel} autoFocus>
          {strings.cancel}
        </Button>
        <Button variant="danger" onClick={onConfirm}>
          {confirmLabel}
        </Button>
      </div>
    </div>
  </ModalDialog>
)
