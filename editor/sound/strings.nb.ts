import type { Translation } from '@i18n'
import type { SoundEnglish } from './strings'

/** Norsk bokmål for ./strings.ts (complete: a unit test checks every key). */
const quoted = (fileName: string) => `«${fileName}»`
const megabytes = (bytes: number) => `${Math.max(1, Math.ceil(bytes / (1024 * 1024)))} MB`
const minutes = (ms: number) => `${Math.round(ms / 60_000)} minutter`
const seconds = (ms: number) => `${(ms / 1000).toFixed(1).replace('.', ',')} sekunder`
const clock = (ms: number) => `${Math.floor(ms / 60_000)}:${String(Math.floor((ms % 60_000) / 1000)).padStart(2, '0')}`

export const nb: Translation<SoundEnglish> = {
  errors: {
    'empty-file': (fileName: string) => `${quoted(fileName)} er tom. Velg lyden på nytt.`,
    'file-too-large': (fileName: string, bytes: number, maxBytes: number) =>
      `${quoted(fileName)} er for stor (${megabytes(bytes)}). Lyder kan være opptil ${megabytes(maxBytes)}. ` +
      'Lagre den som MP3 eller gjør den kortere først.',
    'not-a-sound': (fileName: string, looksLike: string) =>
      `${quoted(fileName)} er ikke en lyd dette verktøyet kan lese${looksLike === 'unknown' ? '' : ` (den ser ut som ${looksLike})`}. ` +
      'Bruk en MP3-, M4A-, Ogg- eller WAV-lyd.',
    truncated: (fileName: string) => `${quoted(fileName)} er avkuttet: slutten av lyden mangler. Kopier filen på nytt fra der den kom fra.`,
    corrupt: (fileName: string) =>
      `${quoted(fileName)} kunne ikke spilles av. Filen kan være skadet, eller bruke en lydtype denne nettleseren ikke kan spille. ` +
      'Prøv å lagre den som MP3.',
    'too-short': (fileName: string) => `${quoted(fileName)} har ingen lyd i seg (den er for kort).`,
    'too-long': (fileName: string, durationMs: number, maxMs: number) =>
      `${quoted(fileName)} er for lang (${minutes(durationMs)}). Lyder kan være høyst ${minutes(maxMs)}. Gjør den kortere først.`,
    'unsupported-browser': () => 'Denne nettleseren kan ikke sjekke lyder. Oppdater den, eller bruk en nyere Chrome, Edge, Firefox eller Safari.',
  },
  notes: {
    madeSmaller: (fromBytes: number, toBytes: number) =>
      `Lyden var veldig stor (${megabytes(fromBytes)}), så den ble gjort mindre (${megabytes(toBytes)}): én kanal, 22 kHz. ` +
      'Musikk kan høres litt mattere ut.',
    compressed: (fromBytes: number, toBytes: number) =>
      `Lyden var veldig stor (${megabytes(fromBytes)}), så den ble komprimert til ${megabytes(toBytes)} (Ogg Opus).`,
    convertedOpus: (format: string) => `Denne ${format}-lyden ble gjort om til Ogg Opus slik at avspilleren kan lese den.`,
    converted: (format: string) => `Denne ${format}-lyden ble gjort om til WAV (én kanal, 22 kHz) slik at alle enheter kan spille den.`,
    imported: (fileName: string, durationMs: number) => `Importerte ${quoted(fileName)} (${seconds(durationMs)}).`,
  },
  soundscape: {
    heading: 'Lyden av dette stedet',
    bedsHeading: 'Bakgrunnslyder',
    bedsHelp: 'De spilles rundt deg hele tiden mens noen er i denne scenen.',
    noBeds: 'Ingen bakgrunnslyd ennå.',
    positionalHeading: 'Lyder fra én retning',
    positionalHelp: 'De kommer fra én retning, som en fugl til venstre. Snu og vipp virker som for aktive punkter.',
    noPositional: 'Ingen lyd fra én retning ennå.',
    sound: 'Lyd',
    volume: 'Lydstyrke',
    fadeIn: 'Ton inn',
    fadeOut: 'Ton ut',
    milliseconds: 'ms',
    degrees: '°',
    metres: 'm',
    loop: 'Spill om og om igjen (løkke)',
    turn: 'Snu (venstre − / høyre +)',
    tilt: 'Vipp (ned − / opp +)',
    distance: 'Avstand',
    caption: 'Lyden med ord (for teksting)',
    bedName: (index: number) => `Bakgrunnslyd ${index + 1}`,
    positionalName: (index: number) => `Lyd fra én retning ${index + 1}`,
    remove: 'Fjern',
    removeLabel: (name: string) => `Fjern ${name}`,
    addBed: 'Legg til en bakgrunnslyd',
    addPositional: 'Legg til en lyd fra én retning',
    placeAtView: 'Flytt til der utsikten ser',
    chooseFirst: 'Importer en lyd først (under), og legg den til her etterpå.',
    previewMix: 'Forhåndslytt miksen',
    stopPreview: 'Stopp forhåndslyttingen',
    listenHere: 'Lytt herfra',
    previewPlaying: 'Spiller lydene i denne scenen.',
    listeningHere: (yawDeg: number, pitchDeg: number) =>
      `Spiller lydene slik de høres når du ser mot snu ${Math.round(yawDeg)}°, vipp ${Math.round(pitchDeg)}°.`,
    previewStopped: 'Forhåndslyttingen er stoppet.',
    previewFailed: 'Lydene kunne ikke spilles i denne nettleseren.',
    importBed: 'Importer en bakgrunnslyd',
    importPositional: 'Importer en lyd fra én retning',
    importHint: 'MP3, M4A, Ogg eller WAV, opptil 50 MB og 15 minutter.',
    importing: (fileName: string) => `Sjekker «${fileName}» …`,
    noStorage: 'Lyder kan ikke lagres her (fortellingen er skrivebeskyttet).',
    steps: {
      addBed: 'Legg til bakgrunnslyd',
      editBed: 'Endre bakgrunnslyd',
      removeBed: 'Fjern bakgrunnslyd',
      addPositional: 'Legg til lyd fra én retning',
      editPositional: 'Endre lyd fra én retning',
      removePositional: 'Fjern lyd fra én retning',
      importSound: 'Importer lyd',
      narration: 'Ta opp fortellerstemme',
      removeNarration: 'Fjern fortellerlyd',
    },
    added: (name: string) => `${name} er lagt til.`,
    removed: (name: string) => `${name} er fjernet.`,
  },
  recorder: {
    heading: 'Fortellerstemme',
    help: (language: string) => `En stemme som forteller denne scenen, på ${language}. Teksting legges til for seg.`,
    current: (fileName: string, durationMs: number) => `Fortellerstemme: ${fileName} (${seconds(durationMs)}).`,
    none: 'Ingen fortellerstemme er tatt opp ennå.',
    listenSaved: 'Lytt til fortellerstemmen',
    removeSaved: 'Fjern fortellerlyden',
    record: 'Ta opp',
    recordAgain: 'Ta opp på nytt',
    stop: 'Stopp opptaket',
    listen: 'Lytt',
    listenTrimmed: 'Lytt til delen som beholdes',
    stopListening: 'Stopp lyttingen',
    save: 'Lagre som fortellerstemme',
    discard: 'Forkast',
    asking: 'Ber om å få bruke mikrofonen … Hvis nettleseren spør, velg Tillat.',
    recording: (ms: number) => `Tar opp … ${clock(ms)}`,
    recorded: (ms: number) => `Tok opp ${seconds(ms)}. Lytt, klipp, og lagre eller ta opp på nytt.`,
    level: 'Mikrofonnivå',
    levelText: (percent: number) =>
      percent < 3 ? 'stille' : percent < 20 ? `svakt (${percent} %)` : percent < 85 ? `bra (${percent} %)` : `veldig høyt (${percent} %)`,
    trimStart: 'Behold fra',
    trimEnd: 'Behold til',
    trimHint: (durationMs: number) => `I millisekunder, fra starten. Opptaket er ${Math.round(durationMs)} ms langt.`,
    kept: (ms: number) => `Beholder ${seconds(ms)}.`,
    saving: 'Lagrer fortellerstemmen …',
    saved: (language: string) => `Fortellerstemmen er lagret for ${language}.`,
    errors: {
      denied: 'Mikrofonen er blokkert for denne siden. Tillat den i nettleseren (låsen eller kameraikonet ved adressen), og prøv igjen.',
      'no-microphone': 'Fant ingen mikrofon. Koble til en eller slå den på, og prøv igjen.',
      busy: 'Mikrofonen brukes av et annet program. Lukk det, og prøv igjen.',
      unsupported: 'Denne nettleseren kan ikke ta opp lyd. Bruk en nyere Chrome, Edge, Firefox eller Safari.',
      insecure: 'Opptak virker bare på en sikker adresse (https) eller på denne datamaskinen.',
      failed: 'Opptaket virket ikke. Prøv igjen.',
      empty: 'Ingenting ble tatt opp. Sjekk mikrofonen og prøv igjen.',
    },
    trimProblems: {
      'not-a-number': 'Skriv et antall millisekunder.',
      'start-negative': 'Starten kan ikke være før 0.',
      'end-beyond': 'Slutten kan ikke være etter slutten av opptaket.',
      'end-before-start': 'Slutten må komme etter starten.',
      'too-short': 'Behold minst 0,2 sekunder.',
    },
  },
  commands: {
    notASound: (id: string) => `«${id}» er ikke en lyd i denne fortellingen.`,
    noBed: (id: string) => `Det finnes ingen bakgrunnslyd «${id}» i denne scenen.`,
    noPositional: (id: string) => `Det finnes ingen lyd «${id}» i denne scenen.`,
    tooManySounds: (max: number) => `En scene kan ha høyst ${max} lyder av denne typen.`,
  },
}
