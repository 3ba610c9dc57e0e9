// When a failed push is tried again.
import { describe, expect, it } from 'vitest';
import { retryDelayMs } from '../../../electron/core/sync/backoff';

const policy = { baseMs: 10_000, maxMs: 600_000 };

describe('retry delay', () => {
  it('doubles with each failure, with jitter between half and all of it', () => {
    expect(retryDelayMs(1, null, policy, () => 0)).toBe(5_000);
    expect(retryDelayMs(1, null, policy, () => 1)).toBe(10_000);
    expect(retryDelayMs(3, null, policy, () => 0)).toBe(20_000);
    expect(retryDelayMs(3, null, policy, () => 1)).toBe(40_000);
  });

  it('stops growing at the cap', () => {
    expect(retryDelayMs(30, null, policy, () => 1)).toBe(600_000);
  });

  it('never retries sooner than Retry-After, but does not wait for days', () => {
    expect(retryDelayMs(1, 120_000, policy, () => 0)).toBe(120_000);
    expect(retryDelayMs(1, 3 * 24 * 3600_000, policy, () => 0)).toBe(6 * 3600_000);
  });

  it('spreads retries of many actions apart', () => {
    const delays = new Set(Array.from({ length: 50 }, () => retryDelayMs(4, null, policy)));
    expect(delays.size).toBeGreaterThan(40);
  });
});
