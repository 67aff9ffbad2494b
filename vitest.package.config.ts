import { defineConfig } from 'vitest/config';

// Store-package tests: read the zips `npm run zip` made (npm run test:package makes them first); the Edge
// package is also loaded in real Chromium. One browser at a time.
export default defineConfig({
  test: {
    include: ['tests/package/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
