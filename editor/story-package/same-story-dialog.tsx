import { Button } from '../ui/button'
import { ModalDialog } from '../ui/modal-dialog'
import { packageStrings } from './strings'
import type { SameStoryChoice } from './write-imported-story'

type SameStoryDialogProps = { title: string; onChoose: (choice: SameStoryChoice | null) => void }

/**
 * B-40: the library already has this story: keep both (the import as a copy) or replace (old one to the Trash).
 * "Keep both" comes first: the safe choice has the focus when the dialog opens (showModal focuses the first button).
 */
export const SameStoryDialog = ({ title, onChoose }: SameStoryDialogProps) => (
  <ModalDialog title={packageStrings.sameStoryTitle} onClose={() => onChoose(null)}>
    <p dir="auto">{packageStrings.sameStoryMessage(title)}</p>
    <div className="dialog-actions">
      <Button variant="primary" onClick={() => onChoose('keep-both')}>
        {packageStrings.keepBoth}
      </Button>
      <Button variant="danger" onClick={() => onChoose('replace')}>
        {packageStrings.replace}
      </Button>
      <Button onClick={() => onChoose(null)}>{packageStrings.cancel}</Button>
    </div>
  </ModalDialog>
)
