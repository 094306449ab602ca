import './credits.css'
import type { Asset, AssetId } from '@story-schema'
import { useEffect, useRef } from 'react'
import type { EditorStore } from '../state'
import { useEditorStore } from '../state'
import { AssetCreditCard } from './asset-credit-card'
import { creditsStrings as t } from './strings'

type CreditsPanelProps = {
  editor: EditorStore
  /** Package path → object URL, or undefined (thumbnails show nothing then). */
  urlOf: (path: string) => string | undefined
  /** Open at this asset (from a check): its card is scrolled to and its heading focused. */
  focusAssetId?: AssetId
}

/** The smallest picture of a photo to show as a thumbnail: its preview copy, else the file. */
const thumbnailPath = (asset: Asset): string | undefined => {
  if (asset.kind === 'audio') return undefined
  const copies = [...asset.derivatives].sort((a, b) => a.widthPx - b.widthPx)
  return copies[0]?.path ?? asset.path
}

/**
 * The Credits tab (features.md, credits and licences): every photo and sound of the story with its thumbnail and name, and who
 * made it, its title, source and licence. A check about a missing credit opens its card here.
 */
export const CreditsPanel = ({ editor, urlOf, focusAssetId }: CreditsPanelProps) => {
  const assets = useEditorStore(editor, (state) => state.doc.assets)
  const headings = useRef(new Map<AssetId, HTMLHeadingElement>())
  useEffect(() => {
    const target = focusAssetId ? headings.current.get(focusAssetId) : undefined
    if (!target) return
    target.scrollIntoView({ block: 'center' })
    target.focus()
  }, [focusAssetId])
  const missing = assets.filter((asset) => !asset.credit).length
  return (
    <section className="credits-panel" aria-labelledby="credits-panel-heading">
      <h2 id="credits-panel-heading">{t.heading}</h2>
      <p className="field-hint">{t.help}</p>
      {assets.length === 0 ? <p>{t.none}</p> : <p>{t.missingCount(missing)}</p>}
      <ul className="credit-cards">
        {assets.map((asset, index) => {
          const path = thumbnailPath(asset)
          return (
            <AssetCreditCard
              key={asset.id}
              ref={(element) => {
                if (element) headings.current.set(asset.id, element)
                else headings.current.delete(asset.id)
              }}
              editor={editor}
              asset={asset}
              index={index}
              thumbnailUrl={path ? urlOf(path) : undefined}
            />
          )
        })}
      </ul>
    </section>
  )
}
