// When to try a failed push again: exponential backoff with jitter, capped, and never sooner than
// the server's Retry-After. Jitter keeps several Moderato windows (or sites behind one host) from
// hammering a recovering server in lockstep.

export interface BackoffPolicy {
  /** Delay before the first retry, ms. */
  baseMs: number;
  /** Longest delay, ms. */
  maxMs: number;
}

export const DEFAULT_BACKOFF: BackoffPolicy = { baseMs: 15_000, maxMs: 30 * 60_000 };

/** Longest Retry-After honoured: a misconfigured server asking for a day should not stall the queue that long. */
const MAX_RETRY_AFTER_MS = 6 * 60 * 60_000;

/**
 * Delay before attempt number `attempts + 1`, given `attempts` failures so far (≥ 1).
 * "Equal jitter": half the exponential delay is kept, the other half is random, so retries never
 * collapse to zero yet spread out.
 */
export function retryDelayMs(
  attempts: number,
  retryAfterMs: number | null = null,
  policy: BackoffPolicy = DEFAULT_BACKOFF,
  random: () => number = Math.random,
): number {
  const exponent = Math.max(0, Math.min(attempts - 1, 20));
  const ceiling = Math.min(policy.maxMs, policy.baseMs * 2 ** exponent);
  const jittered = ceiling / 2 + random() * (ceiling / 2);
  const serverAsked = retryAfterMs === null ? 0 : Math.min(retryAfterMs, MAX_RETRY_AFTER_MS);
  return Math.round(Math.max(jittered, serverAsked));
}

export function retryAt(now: Date, attempts: number, retryAfterMs: number | null, policy?: BackoffPolicy): Date {
  return new Date(now.getTime() + retryDelayMs(attempts, retryAfterMs, policy));
}
