import { useState } from 'react'
import { Button } from '../ui/button'
import { strings } from '../ui/strings'
import { useLibrary, useLibraryState } from './library-context'
import { NewStoryDialog } from './new-story-dialog'
import { SamplePickerDialog } from './sample-picker-dialog'

/** "New story" (from your own 360° photo, or blank: see new-story-dialog.tsx) and "New from a sample". */
export const NewStoryActions = () => {
  const { actions } = useLibrary()
  const busy = useLibraryState((state) => state.busy)
  const [open, setOpen] = useState<'new' | 'sample' | null>(null)
  return (
    <div className="new-story-actions">
      <Button variant="primary" onClick={() => setOpen('new')} disabled={busy === 'create'}>
        {busy === 'create' ? strings.creating : strings.newStory}
      </Button>
      <Button onClick={() => setOpen('sample')} disabled={busy === 'create'}>
        {strings.newFromSample}
      </Button>
      {open === 'new' && <NewStoryDialog onClose={() => setOpen(null)} />}
      {open === 'sample' && (
        <SamplePickerDialog
          onClose={() => setOpen(null)}
          onPick={(sample) => {
            setOpen(null)
            void actions.createFromSample(sample)
          }}
        />
      )}
    </div>
  )
}
