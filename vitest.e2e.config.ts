import { defineConfig } from 'vitest/config';

// `npm run test:e2e`: the renderer in Debian's Chromium (playwright-core) against `npm run web`.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
