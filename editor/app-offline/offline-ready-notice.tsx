import { useEffect, useState } from 'react'
import { Button } from '../ui/button'
import { registerAppWorker } from './register-app-worker'
import { appOfflineStrings as t } from './strings'
import './offline-ready-notice.css'

/**
 * Registers the app's worker and, the first time it has stored the app, says "ready to work offline"
 * in a polite status line at the end of the page (in the flow, so it never covers anything).
 */
export const OfflineReadyNotice = () => {
  const [ready, setReady] = useState(false)
  useEffect(() => registerAppWorker(() => setReady(true)), [])
  return (
    <div className="offline-ready" role="status">
      {ready && (
        <>
          <p>{t.ready}</p>
          <Button onClick={() => setReady(false)}>{t.dismiss}</Button>
        </>
      )}
    </div>
  )
}
