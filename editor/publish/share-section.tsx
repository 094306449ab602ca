import { useEffect, useRef, useState } from 'react'
import { Button } from '../ui/button'
import { TextField } from '../ui/text-field'
import type { PublishStatus } from './use-publish'
import type { SharedStory } from './share-upload'
import { rememberCode, rememberedCode, uploadShare } from './share-upload'
import { publishStrings as t } from './strings'

type ShareSectionProps = {
  title: string
  busy: boolean
  websiteBlob: () => Promise<{ blob: Blob }>
  setStatus: (status: PublishStatus) => void
}

const qrSource = (svg: string): string => `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`

/** "Share in the room": the workshop code (remembered for this tab), upload, then the link, its QR code and Copy. */
export const ShareSection = ({ title, busy, websiteBlob, setStatus }: ShareSectionProps) => {
  const [code, setCode] = useState(rememberedCode)
  const [codeError, setCodeError] = useState<string | null>(null)
  const [shared, setShared] = useState<SharedStory | null>(null)
  const linkRef = useRef<HTMLAnchorElement>(null)
  useEffect(() => {
    if (shared) linkRef.current?.focus()
  }, [shared])

  const share = async () => {
    if (code.trim() === '') return setCodeError(t.codeEmpty)
    setCodeError(null)
    setShared(null)
    setStatus({ text: t.making, tone: 'info', busy: true })
    try {
      const { blob } = await websiteBlob()
      setStatus({ text: t.sharing, tone: 'info', busy: true })
      const result = await uploadShare(blob, code.trim())
      if (result.ok) {
        rememberCode(code.trim())
        setShared(result.shared)
        setStatus({ text: t.shared, tone: 'info', busy: false })
        return
      }
      if (result.reason === 'code') setCodeError(t.shareCode)
      const text = {
        code: t.shareCode,
        'too-big': t.shareTooBig,
        offline: t.shareOffline,
        'no-server': t.shareNoServer,
        refused: result.detail ? t.shareRefused(result.detail) : t.shareRefusedPlain,
      }[result.reason]
      setStatus({ text, tone: 'danger', busy: false })
    } catch (error) {
      console.error('Sharing failed', error)
      setStatus({ text: t.failed, tone: 'danger', busy: false })
    }
  }

  const copy = () => {
    if (!shared) return
    navigator.clipboard
      .writeText(shared.url)
      .then(() => setStatus({ text: t.copied, tone: 'info', busy: false }))
      .catch(() => setStatus({ text: t.copyFailed, tone: 'danger', busy: false }))
  }

  return (
    <section className="publish-section" aria-labelledby="publish-share-heading">
      <h3 id="publish-share-heading">{t.shareHeading}</h3>
      <p>{t.shareHelp}</p>
      <form
        className="publish-share-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault()
          void share()
        }}
      >
        <TextField label={t.codeLabel} hint={t.codeHint} value={code} onChange={setCode} error={codeError} autoComplete="off" spellCheck={false} />
        <Button type="submit" disabled={busy}>
          {t.shareButton}
        </Button>
      </form>
      {shared && (
        <div className="publish-shared">
          <p>
            <a ref={linkRef} href={shared.url} target="_blank" rel="noopener noreferrer" className="publish-shared-link">
              {shared.url}
            </a>
          </p>
          <img className="publish-qr" src={qrSource(shared.qrSvg)} alt={t.qrAlt(title)} width={200} height={200} />
          <Button onClick={copy}>{t.copy}</Button>
        </div>
      )}
    </section>
  )
}
