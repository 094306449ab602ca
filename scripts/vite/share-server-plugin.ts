import type { AddressInfo } from 'node:net'
import { networkInterfaces } from 'node:os'
import { join } from 'node:path'
import QRCode from 'qrcode'
import type { Plugin } from 'vite'
import { createShareApp } from '../../server/share-app.ts'
import { shareMiddleware } from '../../server/mount-share.ts'
import { createShareStore } from '../../server/share-store.ts'
import { newWorkshopCode } from '../../server/workshop-code.ts'

/** The first IPv4 address on the local network (what phones and headsets in the room can reach). */
const lanAddress = (): string | undefined =>
  Object.values(networkInterfaces())
    .flat()
    .find((entry) => entry && entry.family === 'IPv4' && !entry.internal)?.address

/**
 * `npm run start:lan` (STORYSPHERE_SHARE=1): mounts the share server (server/) on the dev or preview
 * server, keeps shared stories in `shared-stories/` (or STORYSPHERE_SHARE_DIR), makes a workshop code
 * (or takes STORYSPHERE_WORKSHOP_CODE) and prints it with the LAN address and a QR code.
 * Without STORYSPHERE_SHARE nothing is mounted: `npm start` needs no configuration.
 */
export const shareServerPlugin = (root: string): Plugin | null => {
  if (process.env.STORYSPHERE_SHARE !== '1') return null
  const workshopCode = process.env.STORYSPHERE_WORKSHOP_CODE || newWorkshopCode()
  const store = createShareStore(process.env.STORYSPHERE_SHARE_DIR || join(root, 'shared-stories'))
  const middleware = shareMiddleware(createShareApp({ workshopCode, store }))
  const announce = (https: boolean, address: AddressInfo | string | null | undefined) => {
    const port = address && typeof address !== 'string' ? address.port : 5173
    const url = `${https ? 'https' : 'http'}://${lanAddress() ?? 'localhost'}:${port}/`
    void QRCode.toString(url, { type: 'terminal', small: true }).then((qr) => {
      console.log(`\n  Share in the room is on.\n  Workshop code: ${workshopCode}\n  Open on phones and headsets: ${url}\n${qr}`)
    })
  }
  return {
    name: 'storysphere-share-server',
    configureServer(server) {
      server.middlewares.use(middleware)
      server.httpServer?.once('listening', () => announce(Boolean(server.config.server.https), server.httpServer?.address()))
    },
    configurePreviewServer(server) {
      server.middlewares.use(middleware)
      server.httpServer.once('listening', () => announce(Boolean(server.config.preview.https), server.httpServer.address()))
    },
  }
}
