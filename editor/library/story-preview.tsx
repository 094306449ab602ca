import type { PlayerOptions } from '@player'
import { StoryPlayer } from '@player'
import type { Story } from '@story-schema'
import { useEffect, useState } from 'react'
import type { MediaUrlResolver } from '../persistence/library-storage'
import { strings } from '../ui/strings'
import { useLibrary } from './library-context'

type StoryPreviewProps = { story: Story; options?: PlayerOptions }

let opened = 0

/**
 * Plays a stored story with <StoryPlayer> (from player/index.ts only), its asset paths resolved to
 * blob: URLs from the media store; the URLs are revoked when the preview goes away. Loaded lazily.
 */
export const StoryPreview = ({ story, options }: StoryPreviewProps) => {
  const { storage } = useLibrary()
  const [resolver, setResolver] = useState<{ story: Story; urls: MediaUrlResolver; key: number } | null>(null)
  useEffect(() => {
    let live = true
    let made: MediaUrlResolver | null = null
    void storage.mediaUrlResolver(story).then((urls) => {
      if (!live) return urls.dispose()
      made = urls
      setResolver({ story, urls, key: ++opened })
    })
    return () => {
      live = false
      made?.dispose()
    }
  }, [storage, story])
  if (!resolver || resolver.story !== story) return <p role="status">{strings.loadingPlayer}</p>
  return (
    <div className="story-preview">
      {resolver.urls.missing.length > 0 && <p className="story-preview-missing">{strings.missingMedia(resolver.urls.missing.length)}</p>}
      <StoryPlayer key={resolver.key} story={story} resolveAssetUrl={resolver.urls.resolve} options={options} />
    </div>
  )
}
