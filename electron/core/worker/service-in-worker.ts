// The service in its own thread, as Signal Desktop runs its SQLite in workers:
// the thread that answers the window (Electron's IPC, the web host's HTTP) only
// forwards calls, so a sync writing thousands of rows never holds it up.
// createServiceInWorker returns the same Service as createService; the web host
// and the Electron main process use it, the CLI (short-lived, no window to keep
// responsive) keeps the service in its own thread.
//
// Two workers: the service's (every write, the sync, the spam filter, every call)
// and a read worker with its own connection for the comment pane's reads and the
// queue's view (READ_WORKER_CALLS), which would otherwise wait behind whatever sync step the service
// is in. A read sent while a decision is still on its way may see the state before
// it, as the UI already expects: it refreshes on the queue-changed event that follows.
import { MessageChannel } from 'node:worker_threads';
import { METHOD_NAMES, type MethodName, type ServiceApi } from '../../../shared/api';
import { coded } from '../../../shared/messages';
import { EventBus } from '../events';
import type { Service, ServiceDeps } from '../service';
import { answerStoreRequests, createAnswerSignal } from './main-thread-stores';
import { READ_WORKER_CALLS, type ReaderStart, type ServiceStart } from './messages';
import { WorkerConnection, workerEntry } from './worker-connection';

/** What the service needs, less an injected fetch (a function cannot cross to the worker). */
export type WorkerServiceDeps = Omit<ServiceDeps, 'fetch'>;

export interface WorkerServiceOptions {
  /** The workers' entry modules. Default: service-worker and read-worker next to this code (or its bundle). */
  entries?: { service?: URL; reader?: URL };
  /** The read worker (default on). Off: every call goes to the service's worker. */
  readWorker?: boolean;
  /** Told, for the log, when a worker stops without being asked to (a crash). */
  onStopped?: (message: string, cause: unknown) => void;
}

// Coded: every call the window makes then fails with it, said in the UI's language.
const STOPPED_MESSAGE = coded('error.workerStopped');
const START_FAILED_MESSAGE = coded('error.workerStartFailed');

export interface WorkerService extends Service {
  /** Resolves true once the read worker answers READ_WORKER_CALLS (false: it could not start, or is off). */
  readonly readWorkerReady: Promise<boolean>;
}

export async function createServiceInWorker(deps: WorkerServiceDeps, options: WorkerServiceOptions = {}): Promise<WorkerService> {
  const events = new EventBus();
  let reader: WorkerConnection | null = null;
  let readerReady = false;
  /** The sites the service's worker is syncing, from its events: the read worker's getQueueView says so. */
  const syncing = new Set<number>();

  // Settings and passwords stay with this thread's stores; the service's worker calls them.
  const signal = createAnswerSignal();
  const stores = new MessageChannel();
  answerStoreRequests(stores.port1, signal, deps);
  const { settings: _settings, credentials, ...plainDeps } = deps;
  const serviceStart: ServiceStart = { deps: plainDeps, credentialsEncrypted: credentials.encrypted, stores: { port: stores.port2, signal } };
  const writer = new WorkerConnection(options.entries?.service ?? workerEntry('service-worker'), {
    name: 'service',
    start: serviceStart,
    transferList: [stores.port2],
    onEvent: (event) => {
      // Every change to a spam model comes with one of these. Told before the event reaches anyone
      // who could read again, the read worker drops the models it cached. (Not on each sync page's
      // progress: reloading a model is not free, and a page does not change one.)
      if (readerReady && (event.type === 'queue-changed' || event.type === 'sync-finished')) reader?.post({ type: 'invalidate' });
      if (event.type === 'sync-started') syncing.add(event.siteId);
      else if (event.type === 'sync-finished') syncing.delete(event.siteId);
      events.emit(event);
    },
    onStopped: (message, cause) => {
      stores.port1.close();
      options.onStopped?.(message, cause);
    },
    stoppedMessage: STOPPED_MESSAGE,
    startFailedMessage: START_FAILED_MESSAGE,
  });
  try {
    await writer.ready;
  } finally {
    if (!writer.alive) stores.port1.close();
  }

  if (options.readWorker ?? true) {
    // Opened once the service's worker has checked the file and brought the schema up to date.
    // Until it is ready, or if it cannot start or ever stops, the service's worker answers
    // these reads too: slower during a sync, never wrong.
    const readerStart: ReaderStart = { dbPath: deps.dbPath, nativeBinding: deps.nativeBinding };
    reader = new WorkerConnection(options.entries?.reader ?? workerEntry('read-worker'), {
      name: 'read',
      start: readerStart,
      onStopped: options.onStopped,
      stoppedMessage: STOPPED_MESSAGE,
      startFailedMessage: START_FAILED_MESSAGE,
    });
  }
  // Not awaited: the app's window need not wait for it (the service's worker answers meanwhile).
  const readWorkerReady: Promise<boolean> = reader
    ? reader.ready.then(
        () => (readerReady = true),
        (err: unknown) => {
          options.onStopped?.('the read worker could not start; the service answers every call', err);
          return false;
        },
      )
    : Promise.resolve(false);

  const call = (method: MethodName, input: unknown): Promise<unknown> =>
    READ_WORKER_CALLS.has(method) && readerReady && reader?.alive
      ? reader.call(method, input, method === 'getQueueView' ? { syncing: [...syncing], unrepliedDays: deps.settings.get().unrepliedDays } : undefined)
      : writer.call(method, input);
  const api = Object.fromEntries(METHOD_NAMES.map((method) => [method, (input: unknown) => call(method, input)])) as unknown as ServiceApi;

  let closing: Promise<void> | null = null;
  return {
    api,
    events,
    readWorkerReady,
    networkRegained: () => writer.post({ type: 'network-regained' }),
    close() {
      closing ??= (async () => {
        // The service's worker waits for an in-flight sync before it closes its database.
        const results = await Promise.allSettled([writer.close(), reader?.close()]);
        stores.port1.close();
        const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
        if (failed) throw failed.reason;
      })();
      return closing;
    },
  };
}
