import type { Translation } from '@i18n'
import type { PhotoImportEnglish } from './strings'

/** Norsk bokmål for ./strings.ts (complete: a unit test checks every key). */
const quoted = (fileName: string) => `«${fileName}»`
const megabytes = (bytes: number) => `${Math.ceil(bytes / (1024 * 1024))} MB`

export const nb: Translation<PhotoImportEnglish> = {
  errors: {
    'empty-file': (fileName: string) => `${quoted(fileName)} er tom. Velg bildet på nytt.`,
    'file-too-large': (fileName: string, bytes: number, maxBytes: number) =>
      `${quoted(fileName)} er for stor til å importeres (${megabytes(bytes)}). Bilder kan være opptil ${megabytes(maxBytes)}.`,
    'svg-not-supported': (fileName: string) =>
      `${quoted(fileName)} er en SVG-tegning. SVG støttes ikke; bruk et PNG- eller JPEG-bilde.`,
    'gif-not-supported': (fileName: string) => `${quoted(fileName)} er en GIF. Bruk et JPEG-, PNG- eller WebP-bilde.`,
    'heic-not-supported': (fileName: string) =>
      `${quoted(fileName)} er et HEIC-bilde, som dette verktøyet ikke kan lese ennå. Lagre det som JPEG først ` +
      '(på en iPhone: Innstillinger › Kamera › Formater › Mest kompatibel).',
    'not-an-image': (fileName: string, looksLike: string) =>
      `${quoted(fileName)} er ikke et bilde dette verktøyet kan lese${looksLike === 'unknown' ? '' : ` (det ser ut som ${looksLike})`}. ` +
      'Bruk et JPEG-, PNG- eller WebP-bilde.',
    'too-many-pixels': (fileName: string, widthPx: number, heightPx: number, maxSidePx: number, maxMegapixels: number) =>
      `${quoted(fileName)} er for stort: ${widthPx} × ${heightPx} piksler. Bilder kan være høyst ${maxSidePx} piksler ` +
      `på en side og ${maxMegapixels} megapiksler i alt. Gjør det mindre i et bilderedigeringsprogram først.`,
    'animated-not-supported': (fileName: string) => `${quoted(fileName)} er et animert bilde. Bruk et stillbilde.`,
    corrupt: (fileName: string) =>
      `${quoted(fileName)} kunne ikke leses. Filen kan være skadet eller ufullstendig; kopier den fra kameraet på nytt.`,
    'encode-failed': (fileName: string) =>
      `Datamaskinen gikk tom for minne mens ${quoted(fileName)} ble gjort klart. Lukk andre faner og prøv igjen, eller bruk et mindre bilde.`,
    'unsupported-browser': () =>
      'Denne nettleseren kan ikke gjøre bilder klare. Oppdater den, eller bruk en nyere Chrome, Edge, Firefox eller Safari.',
    'worker-failed': (fileName: string) => `Noe gikk galt mens ${quoted(fileName)} ble gjort klart. Prøv igjen.`,
    cancelled: (fileName: string) => `Importen av ${quoted(fileName)} ble avbrutt.`,
  },
  warnings: {
    'location-removed': () => 'Bildets posisjon (GPS) ble fjernet, så det kan ikke fortelle noen hvor det ble tatt.',
    'made-smaller': (widthPx: number, heightPx: number) =>
      `Bildet ble gjort mindre (${widthPx} × ${heightPx} piksler) slik at det virker på flere enheter.`,
    'strip-panorama': (widthPx: number, heightPx: number) =>
      `Dette bildet er ${widthPx} × ${heightPx} piksler, bredere enn et helt 360°-bilde, og sier ingenting om formen sin. ` +
      'Det vises som et bånd hele veien rundt i øyehøyde.',
    'not-a-panorama': (widthPx: number, heightPx: number) =>
      `Dette bildet er ${widthPx} × ${heightPx} piksler, som ikke er formen på et 360°-bilde. Det vises på en del av ` +
      'kula og kan se strukket ut.',
    'panorama-info-ignored': () => 'Panoramainformasjonen i bildet passer ikke til bildet, så den ble ignorert.',
    'unsupported-projection': (projection: string) =>
      `Bildet sier at det bruker projeksjonen «${projection}», som ikke støttes. Det vises som et vanlig 360°-bilde.`,
    'transparency-filled': () => 'Gjennomsiktige deler av bildet er fylt med svart.',
  },
  steps: {
    reading: () => 'Sjekker bildet',
    decoding: () => 'Åpner bildet',
    main: () => 'Lagrer bildet',
    downscaled: (widthPx: number) => `Lager en mindre kopi (${widthPx} piksler bred)`,
    preview: () => 'Lager en bitteliten forhåndsvisning',
  },
  progress: {
    importing: 'Importerer',
    starting: 'Starter',
    percent: (fraction: number) => `${Math.round(fraction * 100)} %`,
    cancel: 'Avbryt',
    cancelLabel: (fileName: string) => `Avbryt importen av ${quoted(fileName)}`,
  },
}
