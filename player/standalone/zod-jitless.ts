/**
 * Imported FIRST by the standalone entry (main.ts): a published page's CSP has no 'unsafe-eval', and
 * zod probes `Function('')` (a reported CSP violation) when it builds its first object schema, unless
 * it is jitless. zod keeps its global config on `globalThis.__zod_globalConfig` and adopts an object
 * already there (zod/v4/core/core.js), so the switch is set here without importing zod: the entry
 * stays small, and it runs before any chunk that builds a schema, whatever the chunk order
 * (zod-jitless.test.ts checks zod still reads it).
 */
type ZodGlobal = typeof globalThis & { __zod_globalConfig?: Record<string, unknown> }

const zodGlobal = globalThis as ZodGlobal
zodGlobal.__zod_globalConfig = { ...zodGlobal.__zod_globalConfig, jitless: true }
export {}
