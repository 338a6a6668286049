import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // The unit tests are pure and share no global state, so they run in one set of threads without a fresh
    // module graph per file: 8 s instead of 44 s on the 2-core CI machine, where the whole suite has 10 minutes.
    pool: 'threads',
    isolate: false,
    // reveal.js's keyboard controller is read from its TypeScript-importing source (tests/unit/model/keymap.test.ts):
    // Vite transforms it, where Node alone could not import it.
    server: { deps: { inline: [/reveal\.js[\\/]js[\\/]/] } },
  },
});
