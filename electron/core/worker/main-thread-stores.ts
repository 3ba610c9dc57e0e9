// The settings and credential stores as the service worker sees them: the real
// stores stay on the main thread (in the app, electron-store and safeStorage, which
// only the main thread may use; everywhere, one place that writes settings.json
// and the passwords), and the worker calls them synchronously.
//
// Why synchronous calls rather than a copy kept in the worker: SettingsStore and
// CredentialStore are synchronous interfaces; a write that fails (the credentials
// file locked by a CLI command, a value the settings schema refuses) must fail the
// call that made it, as it does in-process; and a password the CLI saved to
// credentials.json while the web host runs is seen at the next sync, as before.
// The worker waits on a shared counter (Atomics.wait) while the main thread's event
// loop answers: a few microseconds, a few times per sync; the main thread never
// waits for the worker, so the two can never wait for each other.
import { receiveMessageOnPort, type MessagePort } from 'node:worker_threads';
import { AppError } from '../../../shared/errors';
import { coded } from '../../../shared/messages';
import type { CredentialStore, SettingsStore } from '../settings/types';
import { crossError, uncrossError, type Outcome, type StoreRequest } from './messages';

/** Far beyond any real answer: only a main thread that is gone (or hung) gets there. */
const ANSWER_TIMEOUT_MS = 30_000;

type Numbered<T> = T & { seq: number };

/** A new shared counter the main thread bumps after each answer. */
export function createAnswerSignal(): Int32Array {
  return new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT));
}

/** Main thread: answers the worker's store requests on `port` until it closes. */
export function answerStoreRequests(
  port: MessagePort,
  signal: Int32Array,
  stores: { settings: SettingsStore; credentials: CredentialStore },
): void {
  const run = (request: StoreRequest): unknown => {
    switch (request.op) {
      case 'settings.get':
        return stores.settings.get();
      case 'settings.update':
        return stores.settings.update(request.patch);
      case 'credentials.get':
        return stores.credentials.get(request.siteId);
      case 'credentials.set':
        return stores.credentials.set(request.siteId, request.password);
      case 'credentials.delete':
        return stores.credentials.delete(request.siteId);
    }
  };
  port.on('message', (request: Numbered<StoreRequest>) => {
    let outcome: Outcome;
    try {
      outcome = { ok: true, value: run(request) };
    } catch (err) {
      outcome = { ok: false, ...crossError(err) };
    }
    // The answer is queued on the port before the counter moves: a woken worker always finds it.
    try {
      port.postMessage({ ...outcome, seq: request.seq });
    } catch (err) {
      port.postMessage({ ok: false, ...crossError(err), seq: request.seq });
    }
    Atomics.add(signal, 0, 1);
    Atomics.notify(signal, 0);
  });
  // The worker keeps the process alive while it runs; this port must not keep it alive after.
  port.unref();
}

/** Worker: SettingsStore and CredentialStore that call the main thread's stores and wait for the answer. */
export function storesOnMainThread(
  port: MessagePort,
  signal: Int32Array,
  credentialsEncrypted: boolean,
  timeoutMs = ANSWER_TIMEOUT_MS,
): { settings: SettingsStore; credentials: CredentialStore } {
  let nextSeq = 1;
  const ask = (request: StoreRequest): unknown => {
    const seq = nextSeq++;
    let seen = Atomics.load(signal, 0);
    port.postMessage({ ...request, seq });
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const received = receiveMessageOnPort(port)?.message as Numbered<Outcome> | undefined;
      if (received !== undefined) {
        // An answer to an earlier request that timed out: not ours.
        if (received.seq !== seq) continue;
        if (received.ok) return received.value;
        throw uncrossError(received);
      }
      const left = deadline - Date.now();
      if (left <= 0 || Atomics.wait(signal, 0, seen, left) === 'timed-out') {
        throw new AppError('internal', coded('error.settingsSilent'));
      }
      seen = Atomics.load(signal, 0);
    }
  };
  return {
    settings: {
      get: () => ask({ op: 'settings.get' }) as ReturnType<SettingsStore['get']>,
      update: (patch) => ask({ op: 'settings.update', patch }) as ReturnType<SettingsStore['update']>,
    },
    credentials: {
      encrypted: credentialsEncrypted,
      get: (siteId) => ask({ op: 'credentials.get', siteId }) as string | null,
      set: (siteId, password) => void ask({ op: 'credentials.set', siteId, password }),
      delete: (siteId) => void ask({ op: 'credentials.delete', siteId }),
    },
  };
}
