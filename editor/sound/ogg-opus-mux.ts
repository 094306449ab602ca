/**
 * Writes Opus packets into an Ogg file (RFC 7845): an `OpusHead` page, an `OpusTags` page, then the
 * audio packets on pages of at most 255 lacing values, each page's granule position the 48 kHz
 * sample count (plus pre-skip) at its last packet's end; the last page ends exactly at the input's
 * length, so the encoder's padding is cut off.
 */
export type OpusPacket = { bytes: Uint8Array; samples48k: number }

/** The stream's facts for the headers. */
export type OggOpusInfo = { channels: number; preSkip: number; inputSampleRateHz: number; totalSamples48k: number; serial: number }

const crcTable = (() => {
  const table = new Uint32Array(256)
  for (let i = 0; i < 256; i++) {
    let c = i << 24
    for (let bit = 0; bit < 8; bit++) c = c & 0x80000000 ? (c << 1) ^ 0x04c11db7 : c << 1
    table[i] = c >>> 0
  }
  return table
})()

/** Ogg's CRC-32 (polynomial 0x04C11DB7, initial 0, not reflected, no final XOR). */
export const oggCrc32 = (bytes: Uint8Array): number => {
  let crc = 0
  for (const byte of bytes) crc = ((crc << 8) ^ crcTable[((crc >>> 24) ^ byte) & 0xff]!) >>> 0
  return crc
}

const lacing = (packet: Uint8Array): number[] => {
  const values = new Array<number>(Math.floor(packet.length / 255)).fill(255)
  values.push(packet.length % 255)
  return values
}

/** One Ogg page: "OggS", version 0, flags (2 = first, 4 = last), granule, serial, sequence, CRC, lacing, data. */
export const oggPage = (packets: readonly Uint8Array[], flags: number, granule: number, serial: number, sequence: number): Uint8Array => {
  const segments = packets.flatMap(lacing)
  if (segments.length > 255) throw new Error('too many segments for one Ogg page')
  const bodyBytes = packets.reduce((sum, packet) => sum + packet.length, 0)
  const page = new Uint8Array(27 + segments.length + bodyBytes)
  const view = new DataView(page.buffer)
  page.set([0x4f, 0x67, 0x67, 0x53, 0, flags])
  view.setUint32(6, granule % 0x100000000, true)
  view.setUint32(10, Math.floor(granule / 0x100000000), true)
  view.setUint32(14, serial, true)
  view.setUint32(18, sequence, true)
  page[26] = segments.length
  page.set(segments, 27)
  let offset = 27 + segments.length
  for (const packet of packets) {
    page.set(packet, offset)
    offset += packet.length
  }
  view.setUint32(22, oggCrc32(page), true)
  return page
}

const text = (value: string) => [...value].map((c) => c.charCodeAt(0))

/** The `OpusHead` identification header (mapping family 0: mono or stereo). */
export const opusHead = ({ channels, preSkip, inputSampleRateHz }: Pick<OggOpusInfo, 'channels' | 'preSkip' | 'inputSampleRateHz'>): Uint8Array => {
  const head = new Uint8Array(19)
  const view = new DataView(head.buffer)
  head.set([...text('OpusHead'), 1, channels])
  view.setUint16(10, preSkip, true)
  view.setUint32(12, inputSampleRateHz, true)
  return head
}

const opusTags = (): Uint8Array => {
  const vendor = text('Storysphere')
  const tags = new Uint8Array(8 + 4 + vendor.length + 4)
  tags.set(text('OpusTags'))
  new DataView(tags.buffer).setUint32(8, vendor.length, true)
  tags.set(vendor, 12)
  return tags
}

/** The whole Ogg Opus file. */
export const muxOggOpus = (packets: readonly OpusPacket[], info: OggOpusInfo): Uint8Array => {
  const pages: Uint8Array[] = [oggPage([opusHead(info)], 2, 0, info.serial, 0), oggPage([opusTags()], 0, 0, info.serial, 1)]
  const end = info.preSkip + info.totalSamples48k
  let granule = info.preSkip
  let group: Uint8Array[] = []
  let segments = 0
  const flush = (last: boolean) => {
    pages.push(oggPage(group, last ? 4 : 0, last ? end : Math.min(granule, end), info.serial, pages.length))
    group = []
    segments = 0
  }
  packets.forEach((packet, index) => {
    const needed = lacing(packet.bytes).length
    if (segments + needed > 255 || group.length >= 50) flush(false)
    group.push(packet.bytes)
    segments += needed
    granule += packet.samples48k
    if (index === packets.length - 1) flush(true)
  })
  if (packets.length === 0) flush(true)
  const file = new Uint8Array(pages.reduce((sum, page) => sum + page.length, 0))
  let offset = 0
  for (const page of pages) {
    file.set(page, offset)
    offset += page.length
  }
  return file
}
