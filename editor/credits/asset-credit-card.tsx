import type { Asset, Credit } from '@story-schema'
import { licenceIds } from '@story-schema'
import { forwardRef, useState } from 'react'
import type { EditorStore } from '../state'
import { SelectField } from '../scene-editor/fields/select-field'
import { TextInputField } from '../scene-editor/fields/text-input-field'
import type { CreditChanges } from './set-asset-credit'
import { setAssetCredit } from './set-asset-credit'
import { creditsStrings as t } from './strings'

type AssetCreditCardProps = { editor: EditorStore; asset: Asset; thumbnailUrl: string | undefined; index: number }

/** One photo or sound: its thumbnail (or a note sign), file name and kind, and its credit fields. */
export const AssetCreditCard = forwardRef<HTMLHeadingElement, AssetCreditCardProps>(({ editor, asset, thumbnailUrl, index }, heading) => {
  const credit: Partial<Credit> = asset.credit ?? {}
  const [licenceError, setLicenceError] = useState<string | null>(null)
  /** "Other" is chosen but its words are not written yet (a credit can't be "other" without them). */
  const [pendingOther, setPendingOther] = useState(false)
  const isOther = credit.licence === 'other' || pendingOther
  const commit = (changes: CreditChanges, field: string) => {
    const result = editor.getState().applyCommand(setAssetCredit, { assetId: asset.id, changes }, { label: t.step, capture: 'coalesce', key: `credit-${asset.id}-${field}` })
    return result.ok ? null : result.error.message
  }
  const name = asset.path.split('/').pop() ?? asset.path
  const headingId = `credit-asset-${index}`
  return (
    <li className={`credit-card${asset.credit ? '' : ' credit-card-missing'}`} data-asset-id={asset.id}>
      <section aria-labelledby={headingId}>
        <div className="credit-card-head">
          {thumbnailUrl ? <img src={thumbnailUrl} alt={t.thumbnailAlt} width={96} height={48} /> : <span className="credit-card-glyph" aria-hidden="true">♪</span>}
          <h3 id={headingId} ref={heading} tabIndex={-1}>
            {name} <span className="credit-card-kind">({t.kinds[asset.kind]})</span>
          </h3>
          {!asset.credit && (
            <span className="credit-card-badge">
              <span aria-hidden="true">⚠ </span>
              {t.missing}
            </span>
          )}
        </div>
        <div className="credit-card-fields">
          <TextInputField label={t.author} hint={t.authorHint} value={credit.author ?? ''} onCommit={(value) => commit({ author: value }, 'author')} />
          <TextInputField label={t.title} value={credit.title ?? ''} onCommit={(value) => commit({ title: value }, 'title')} />
          <TextInputField label={t.sourceUrl} hint={t.sourceHint} value={credit.sourceUrl ?? ''} onCommit={(value) => commit({ sourceUrl: value }, 'sourceUrl')} />
          <SelectField
            label={t.licence}
            value={isOther ? 'other' : (credit.licence ?? 'own-work')}
            options={licenceIds.map((id) => ({ value: id, label: t.licences[id] }))}
            error={licenceError}
            onChange={(value) => {
              const other = value === 'other'
              setPendingOther(other && credit.licence !== 'other')
              setLicenceError(other ? null : commit({ licence: value as Credit['licence'] }, 'licence'))
            }}
          />
          {isOther && (
            <TextInputField
              label={t.licenceText}
              value={credit.licenceText ?? ''}
              onCommit={(value) => {
                const error = commit({ licence: 'other', licenceText: value }, 'licenceText')
                if (error === null) setPendingOther(false)
                return error
              }}
            />
          )}
        </div>
      </section>
    </li>
  )
})
AssetCreditCard.displayName = 'AssetCreditCard'
