import { config } from 'zod'

/**
 * Imported FIRST by the standalone entry: a published page's CSP has no 'unsafe-eval', and zod probes
 * `Function('')` (a reported CSP violation) before choosing its compiled fast path. Jitless parsing
 * never tries. Must run before any schema is built, hence its own module at the top of main.tsx.
 */
config({ jitless: true })
