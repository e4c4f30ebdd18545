import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['generator/test/**/*.test.ts', 'conformance/test/**/*.test.ts'],
    // The mutation test parses the real spec a few hundred times; give slow CI machines room.
    testTimeout: 120_000,
  },
});
