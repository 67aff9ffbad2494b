import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Unit and parser tests (Node; parser tests opt into happy-dom per file). E2E has its own config.
export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('.', import.meta.url)) } },
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/parsers/**/*.test.{ts,tsx}'],
    setupFiles: ['tests/setup/fake-indexeddb.ts'],
    environment: 'node',
  },
});
