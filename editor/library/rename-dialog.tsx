import { useState } from 'react'
import { Button } from '../ui/button'
import { ModalDialog } from '../ui/modal-dialog'
import { strings } from '../ui/strings'
import { TextField } from '../ui/text-field'

type RenameDialogProps = { title: string; onRename: (title: string) => void; onCancel: () => void }

/** Asks for a story's new title; an empty title is refused with words, not just a red border. */
export const RenameDialog = ({ title, onRename, onCancel }: RenameDialogProps) => {
  const [value, setValue] = useState(title)
  const [error, setError] = useState<string | null>(null)
  return (
    <ModalDialog title={strings.renameHeading} onClose={onCancel}>
      <form
        className="rename-dialog"
        noValidate
        onSubmit={(event) => {
          event.preventDefault()
          if (value.trim() === '') return setError(strings.titleEmpty)
          onRename(value.trim())
        }}
      >
        <TextField label={strings.titleLabel} value={value} onChange={setValue} error={error} maxLength={200} autoFocus required />
        <div className="dialog-actions">
          <Button onClick={onCancel}>{strings.cancel}</Button>
          <Button type="submit" variant="primary">
            {strings.save}
          </Button>
        </div>
      </form>
    </ModalDialog>
  )
}
