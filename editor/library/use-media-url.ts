import { useEffect, useState } from 'react'
import { useLibrary } from './library-context'

/** An object URL for a stored media file (revoked when the component goes away), or null. */
export const useMediaUrl = (sha256: string | null): string | null => {
  const { storage } = useLibrary()
  const [url, setUrl] = useState<{ sha256: string; url: string } | null>(null)
  useEffect(() => {
    if (!sha256) return
    let live = true
    let made: string | null = null
    void storage.getMediaBlob(sha256).then((blob) => {
      if (!live || !blob) return
      made = URL.createObjectURL(blob)
      setUrl({ sha256, url: made })
    })
    return () => {
      live = false
      if (made) URL.revokeObjectURL(made)
    }
  }, [storage, sha256])
  return url && url.sha256 === sha256 ? url.url : null
}
