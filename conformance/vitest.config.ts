import { defineConfig } from 'vitest/config';

/** `npm run conformance`: the live-API suite as vitest tests (see conformance/vitest/conformance.test.ts). */
export default defineConfig({
  test: {
    include: ['conformance/vitest/**/*.test.ts'],
    root: new URL('..', import.meta.url).pathname,
    testTimeout: 60_000,
    hookTimeout: 20 * 60_000,
  },
});
