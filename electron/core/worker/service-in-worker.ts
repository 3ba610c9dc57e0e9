// The service in its own thread, as Signal Desktop runs its SQLite in workers:
// the thread that answers the window (Electron's IPC, the web host's HTTP) only
// forwards calls, so a sync writing thousands of rows never holds a key press
// behind it. createServiceInWorker returns the same Service as createService;
// the web host and the Electron main process use it, the CLI (short-lived, no
// window to keep responsive) keeps the service in its own thread.
import { MessageChannel, Worker } from 'node:worker_threads';
import { METHOD_NAMES, type MethodName, type ServiceApi } from '../../../shared/api';
import { AppError } from '../../../shared/errors';
import { EventBus } from '../events';
import type { Service, ServiceDeps } from '../service';
import { answerStoreRequests, createAnswerSignal } from './main-thread-stores';
import { uncrossError, type FromWorker, type ToWorker, type WorkerStart } from './messages';

/** What the service needs, less an injected fetch (a function cannot cross to the worker). */
export type WorkerServiceDeps = Omit<ServiceDeps, 'fetch'>;

export interface WorkerServiceOptions {
  /** The worker's entry module. Default: the service worker built next to this code. */
  entry?: URL;
  /** Told, for the log, when the worker stops without being asked to (a crash). */
  onStopped?: (message: string, cause: unknown) => void;
}

/**
 * Where the worker's entry is: next to the module (or bundle) running this code,
 * with the same extension — service-worker.ts beside this file in the sources,
 * service-worker.cjs beside dist-electron/main.cjs, service-worker.mjs beside an ESM bundle.
 */
export function serviceWorkerEntry(here: string = import.meta.url): URL {
  const extension = /\.[cm]?[jt]s$/.exec(new URL(here).pathname)?.[0] ?? '.js';
  return new URL(`./service-worker${extension}`, here);
}

const STOPPED_MESSAGE =
  "Moderato's database worker stopped unexpectedly. Restart Moderato; the decisions it already showed as made are saved.";

const START_FAILED_MESSAGE = "Moderato's database worker could not start. The log has the details.";

export async function createServiceInWorker(deps: WorkerServiceDeps, options: WorkerServiceOptions = {}): Promise<Service> {
  const entry = options.entry ?? serviceWorkerEntry();
  const signal = createAnswerSignal();
  const stores = new MessageChannel();
  answerStoreRequests(stores.port1, signal, deps);
  const { settings: _settings, credentials, ...plainDeps } = deps;
  const start: WorkerStart = {
    entry: entry.href,
    deps: plainDeps,
    credentialsEncrypted: credentials.encrypted,
    stores: { port: stores.port2, signal },
  };
  // From the sources the entry is TypeScript: a small bootstrap registers tsx in the thread first.
  const script = entry.pathname.endsWith('.ts') ? new URL('./typescript-worker.mjs', import.meta.url) : entry;
  const worker = new Worker(script, { workerData: start, transferList: [stores.port2], name: 'moderato-service' });

  const events = new EventBus();
  const pending = new Map<number, { resolve: (value: unknown) => void; reject: (err: Error) => void }>();
  let nextId = 1;
  /** Set once the worker is gone: every call from then on fails with it. */
  let stopped: Error | null = null;
  let closeRequested = false;
  let ready: { resolve: () => void; reject: (err: Error) => void } | null = null;
  let closed: { resolve: (failure: Error | null) => void } | null = null;

  worker.on('message', (message: FromWorker) => {
    switch (message.type) {
      case 'ready':
        ready?.resolve();
        ready = null;
        return;
      case 'start-failed':
        ready?.reject(uncrossError(message));
        ready = null;
        closeRequested = true;
        void worker.terminate();
        return;
      case 'result': {
        const call = pending.get(message.id);
        if (!call) return;
        pending.delete(message.id);
        if (message.ok) call.resolve(message.value);
        else call.reject(uncrossError(message));
        return;
      }
      case 'event':
        events.emit(message.event);
        return;
      case 'closed':
        closed?.resolve(message.ok ? null : uncrossError(message));
        closed = null;
        return;
    }
  });

  let crash: unknown = null;
  worker.on('error', (err) => {
    crash = err;
  });
  worker.on('exit', (code) => {
    stores.port1.close();
    const expected = closeRequested;
    // The cause (an uncaught error's stack) is for the log; the message is for the user.
    stopped = expected
      ? new AppError('internal', 'Moderato has closed its database.')
      : new AppError('internal', ready ? START_FAILED_MESSAGE : STOPPED_MESSAGE, { cause: crash ?? undefined });
    if (!expected) options.onStopped?.(`the service worker stopped (exit code ${code})`, crash);
    for (const call of pending.values()) call.reject(stopped);
    pending.clear();
    ready?.reject(stopped);
    ready = null;
    closed?.resolve(expected ? null : stopped);
    closed = null;
  });

  await new Promise<void>((resolve, reject) => {
    ready = { resolve, reject };
  });

  const post = (message: ToWorker): void => worker.postMessage(message);
  const call = (method: MethodName, input: unknown): Promise<unknown> =>
    new Promise((resolve, reject) => {
      if (stopped) return reject(stopped);
      if (closeRequested) return reject(new AppError('internal', 'Moderato is closing.'));
      const id = nextId++;
      pending.set(id, { resolve, reject });
      try {
        post({ type: 'call', id, method, input });
      } catch (err) {
        pending.delete(id);
        reject(err as Error);
      }
    });
  const api = Object.fromEntries(
    METHOD_NAMES.map((method) => [method, (input: unknown) => call(method, input)]),
  ) as unknown as ServiceApi;

  let closing: Promise<void> | null = null;
  return {
    api,
    events,
    networkRegained() {
      if (!stopped && !closeRequested) post({ type: 'network-regained' });
    },
    close() {
      closing ??= (async () => {
        if (stopped) return;
        closeRequested = true;
        const outcome = new Promise<Error | null>((resolve) => {
          closed = { resolve };
        });
        post({ type: 'close' });
        const failure = await outcome;
        await worker.terminate();
        if (failure) throw failure;
      })();
      return closing;
    },
  };
}
