import { defineConfig } from 'vitest/config';

// `npm run test:wordpress`: sync and CLI scenarios against a real WordPress on 127.0.0.1
// (started by test/wordpress/up.sh; WP_URL, WP_USER, WP_APP_PASSWORD in the environment).
export default defineConfig({
  test: {
    // In CI each suite also writes a JSON report; .ci/run adds them up for its last line.
    reporters: process.env.CI ? ['default', ['json', { outputFile: 'test-results/wordpress.json' }]] : ['default'],
    include: ['test/wordpress/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
