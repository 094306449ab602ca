/**
 * The test bridge's switch: present only when a test's init script has set `window.__storysphereTest`
 * (never in normal use). Tiny and dependency-free, so the bridge itself can stay a lazy chunk.
 */
type TestHost = { __storysphereTest?: Record<string, unknown> }

export const testBridgeWanted = (): boolean => typeof window !== 'undefined' && !!(window as TestHost).__storysphereTest

export const testHost = (): Record<string, unknown> | undefined => (typeof window === 'undefined' ? undefined : (window as TestHost).__storysphereTest)
