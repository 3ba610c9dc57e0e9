// Quitting waits for the core to finish what it is doing (an in-flight push
// is either finished or left in a state the next start retries safely), but
// never hangs the quit: after the timeout the app quits anyway.

export type CloseOutcome = 'closed' | 'timed-out' | 'failed';

export async function closeWithin(close: () => Promise<void>, timeoutMs: number): Promise<CloseOutcome> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<CloseOutcome>((resolve) => {
    timer = setTimeout(() => resolve('timed-out'), timeoutMs);
  });
  const closing = close().then(
    (): CloseOutcome => 'closed',
    (): CloseOutcome => 'failed',
  );
  try {
    return await Promise.race([closing, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
