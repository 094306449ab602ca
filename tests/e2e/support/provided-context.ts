import type {} from 'vitest'
/** Values the e2e global setup hands to tests through vitest's `provide`/`inject`. */
declare module 'vitest' {
  export interface ProvidedContext {
    /** Address of the built app served for this run, e.g. http://127.0.0.1:41234 */
    baseUrl: string
  }
}
export {}
