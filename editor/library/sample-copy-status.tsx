import { Banner } from '../ui/banner'
import { Button } from '../ui/button'
import { ProgressLine } from '../ui/progress-line'
import { strings } from '../ui/strings'
import { useLibrary, useLibraryState } from './library-context'

/** Progress of copying the samples on first start, or what went wrong and what was kept. */
export const SampleCopyStatus = () => {
  const { actions } = useLibrary()
  const samples = useLibraryState((state) => state.samples)
  if (!samples) return null
  switch (samples.phase) {
    case 'checking':
      return <ProgressLine label={strings.samplesProgressLabel} text={strings.samplesChecking} />
    case 'copying':
      return (
        <ProgressLine
          label={strings.samplesProgressLabel}
          text={strings.samplesCopying(samples.title, samples.done, samples.total)}
          done={samples.done}
          total={samples.total}
        />
      )
    case 'done':
      return samples.copied.length > 0 ? (
        <p className="sample-copy-status" role="status">
          <span aria-hidden="true">✓ </span>
          {strings.samplesDone}
        </p>
      ) : null
    case 'failed':
      return (
        <Banner
          tone="warning"
          role="alert"
          title={samples.offline ? strings.samplesOffline : strings.samplesFailed(samples.reason)}
          actions={<Button onClick={() => void actions.copySamples(true)}>{strings.tryAgain}</Button>}
        >
          {samples.copied.length > 0 && <p>{strings.samplesKept(samples.copied.join(', '))}</p>}
        </Banner>
      )
  }
}
