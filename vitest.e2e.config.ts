import { defineConfig } from 'vitest/config';

// `npm run test:e2e`: the renderer in Debian's Chromium (playwright-core) against `npm run web`.
export default defineConfig({
  test: {
    // In CI each suite also writes a JSON report; .ci/run adds them up for its last line.
    reporters: process.env.CI ? ['default', ['json', { outputFile: 'test-results/e2e.json' }]] : ['default'],
    include: ['test/e2e/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // A loaded CI machine (2 cores shared with Chromium and the host) can take
    // more than the default second to show a result; a wrong result still fails.
    expect: { poll: { timeout: 5_000 } },
  },
});
