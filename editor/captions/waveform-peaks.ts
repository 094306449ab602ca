/**
 * The loudest sample in each of `buckets` equal slices of a decoded channel, 0–1: the bars of the
 * caption editor's waveform picture.
 */
export const waveformPeaks = (samples: ArrayLike<number>, buckets: number): number[] => {
  const count = Math.max(0, Math.floor(buckets))
  const peaks = new Array<number>(count).fill(0)
  if (samples.length === 0 || count === 0) return peaks
  const size = samples.length / count
  for (let b = 0; b < count; b += 1) {
    const from = Math.floor(b * size)
    const to = Math.max(from + 1, Math.floor((b + 1) * size))
    let peak = 0
    for (let i = from; i < to && i < samples.length; i += 1) peak = Math.max(peak, Math.abs(samples[i] ?? 0))
    peaks[b] = Math.min(1, peak)
  }
  return peaks
}
