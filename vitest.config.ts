import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['cli/test/**/*.test.ts', 'generator/test/**/*.test.ts', 'conformance/test/**/*.test.ts'],
    // The mutation test parses the real spec a few hundred times; give slow CI machines room.
    testTimeout: 120_000,
    // Hooks generate whole trees (the real spec, the kitchen sink); vitest's 10 s default is too little on a loaded machine.
    hookTimeout: 120_000,
  },
});
