import { useEffect, useState } from 'react'
import { Button } from '../ui/button'
import { ButtonLink } from '../ui/button-link'
import { ConfirmDialog } from '../ui/confirm-dialog'
import { NoticeLine } from '../ui/notice-line'
import { strings } from '../ui/strings'
import { describeTime } from './describe-time'
import { useLibrary, useLibraryState } from './library-context'
import { ScreenHeading } from '../ui/screen-heading'
import './trash-screen.css'

/** Deleted stories, each restorable; emptying the Trash asks once more (A-P9, A-F17). */
export const TrashScreen = () => {
  const { actions } = useLibrary()
  const listings = useLibraryState((state) => state.listings)
  const notice = useLibraryState((state) => state.notice)
  const [confirming, setConfirming] = useState(false)
  useEffect(() => {
    void actions.refresh()
  }, [actions])
  const trashed = listings?.filter((story) => story.trashedAt !== null) ?? []
  const now = Date.now()
  return (
    <div className="trash-screen">
      <p>
        <ButtonLink href="#/">
          <span aria-hidden="true">← </span>
          {strings.backToStories}
        </ButtonLink>
      </p>
      <ScreenHeading>
        {strings.trashHeading}
      </ScreenHeading>
      <p>{strings.trashIntro}</p>
      <NoticeLine notice={notice} onDismiss={actions.dismissNotice} />
      {trashed.length === 0 ? (
        <p>{strings.trashEmpty}</p>
      ) : (
        <>
          <ul className="trash-list">
            {trashed.map((story) => {
              const name = story.title ?? story.id
              return (
                <li key={story.id} className="trash-item" data-story-id={story.id}>
                  <div>
                    <h2 className="trash-item-title" dir="auto">
                      {name}
                    </h2>
                    <p>{strings.deletedAt(describeTime(story.trashedAt, now))}</p>
                  </div>
                  <Button variant="primary" onClick={() => void actions.restore(story.id)} hiddenLabel={name}>
                    {strings.restore}
                  </Button>
                </li>
              )
            })}
          </ul>
          <Button variant="danger" onClick={() => setConfirming(true)}>
            {strings.emptyTrash}
          </Button>
        </>
      )}
      {confirming && (
        <ConfirmDialog
          title={strings.emptyTrashConfirmHeading}
          message={strings.emptyTrashConfirm(trashed.length)}
          confirmLabel={strings.emptyTrashYes}
          onCancel={() => setConfirming(false)}
          onConfirm={() => {
            setConfirming(false)
            void actions.emptyTrash()
          }}
        />
      )}
    </div>
  )
}
