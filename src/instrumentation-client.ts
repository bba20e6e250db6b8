// Runs in the browser before hydration. Zod probes `new Function("")` once to decide whether it
// may compile fast parsers; our CSP has no 'unsafe-eval', so the browser blocks the probe and
// reports a violation although zod catches it. Jitless mode skips the probe. It is set through
// the global zod reads its config from (zod/v4/core/core.js), because importing zod here would
// put 5 kB on every page, including those that never validate anything. The server keeps JIT.
// tests/e2e/security-headers.spec.ts fails if a page reports a CSP violation again.
const zodGlobal = globalThis as { __zod_globalConfig?: { jitless?: boolean } };
zodGlobal.__zod_globalConfig = { ...zodGlobal.__zod_globalConfig, jitless: true };

export {};
