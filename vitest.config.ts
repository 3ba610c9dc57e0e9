import { defineConfig } from 'vitest/config';

// `npm test`: unit and integration tests under plain Node (fake WordPress, no browser, no root).
export default defineConfig({
  test: {
    // In CI each suite also writes a JSON report; .ci/run adds them up for its last line.
    reporters: process.env.CI ? ['default', ['json', { outputFile: 'test-results/unit.json' }]] : ['default'],
    include: ['test/unit/**/*.test.ts', 'test/integration/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    testTimeout: 20_000,
    hookTimeout: 30_000,
  },
});
