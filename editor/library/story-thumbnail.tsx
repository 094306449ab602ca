import { useMediaUrl } from './use-media-url'

type StoryThumbnailProps = { sha256: string | null }

/** The start scene's panorama, small; decorative (the title next to it says what the story is). */
export const StoryThumbnail = ({ sha256 }: StoryThumbnailProps) => {
  const url = useMediaUrl(sha256)
  return (
    <div className="story-thumbnail" aria-hidden="true">
      {url ? <img src={url} alt="" width={256} height={128} decoding="async" /> : <div className="story-thumbnail-empty" />}
    </div>
  )
}
