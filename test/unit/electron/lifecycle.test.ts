// Syncing on wake-up and when the network returns; quitting without hanging.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { closeWithin } from '../../../electron/core/shell/quit';
import { startSyncTriggers } from '../../../electron/core/shell/sync-triggers';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('sync triggers', () => {
  it('syncs when the network comes back, not while it stays up or down', async () => {
    let online = false;
    const syncNow = vi.fn(async () => undefined);
    const triggers = startSyncTriggers({ isOnline: () => online, syncNow, pollMs: 1000 });
    await vi.advanceTimersByTimeAsync(3000);
    expect(syncNow).not.toHaveBeenCalled();
    online = true;
    await vi.advanceTimersByTimeAsync(1000);
    await vi.advanceTimersByTimeAsync(5000);
    expect(syncNow).toHaveBeenCalledTimes(1);
    expect(syncNow).toHaveBeenCalledWith('online');
    triggers.stop();
  });

  it('syncs a few seconds after waking up, if online', async () => {
    const syncNow = vi.fn(async () => undefined);
    let online = true;
    const triggers = startSyncTriggers({ isOnline: () => online, syncNow, resumeDelayMs: 2000 });
    triggers.resumed();
    await vi.advanceTimersByTimeAsync(1999);
    expect(syncNow).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(syncNow).toHaveBeenCalledWith('resume');
    online = false;
    triggers.resumed();
    await vi.advanceTimersByTimeAsync(2000);
    expect(syncNow).toHaveBeenCalledTimes(1);
    triggers.stop();
  });

  it('reports a failed background sync instead of throwing', async () => {
    const onError = vi.fn();
    const triggers = startSyncTriggers({
      isOnline: () => true,
      syncNow: async () => {
        throw new Error('boom');
      },
      resumeDelayMs: 10,
      onError,
    });
    triggers.resumed();
    await vi.advanceTimersByTimeAsync(10);
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ message: 'boom' }));
    triggers.stop();
  });
});

describe('quitting', () => {
  it('waits for the core to close', async () => {
    let finished = false;
    const outcome = closeWithin(async () => {
      await new Promise((r) => setTimeout(r, 3000));
      finished = true;
    }, 10_000);
    await vi.advanceTimersByTimeAsync(3000);
    expect(await outcome).toBe('closed');
    expect(finished).toBe(true);
  });

  it('gives up after the timeout rather than hang the quit', async () => {
    const outcome = closeWithin(() => new Promise<void>(() => {}), 10_000);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(await outcome).toBe('timed-out');
  });

  it('still quits when closing fails', async () => {
    expect(await closeWithin(async () => Promise.reject(new Error('disk full')), 1000)).toBe('failed');
  });
});
