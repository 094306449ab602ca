import { useState } from 'react'
import { Button } from '../ui/button'
import { strings } from '../ui/strings'
import { useLibrary, useLibraryState } from './library-context'
import { SamplePickerDialog } from './sample-picker-dialog'

/** "New story" (blank, one grey scene) and "New from a sample". */
export const NewStoryActions = () => {
  const { actions } = useLibrary()
  const busy = useLibraryState((state) => state.busy)
  const [picking, setPicking] = useState(false)
  return (
    <div className="new-story-actions">
      <Button variant="primary" onClick={() => void actions.createBlank()} disabled={busy === 'create'}>
        {busy === 'create' ? strings.creating : strings.newStory}
      </Button>
      <Button onClick={() => setPicking(true)} disabled={busy === 'create'}>
        {strings.newFromSample}
      </Button>
      {picking && (
        <SamplePickerDialog
          onClose={() => setPicking(false)}
          onPick={(sample) => {
            setPicking(false)
            void actions.createFromSample(sample)
          }}
        />
      )}
    </div>
  )
}
