// The worker's side: opens the service (store, sync, spam filter) in this thread
// and answers the main thread's calls. Every SQLite statement and every sync's CPU
// work runs here, never in the thread that answers the window.
import { parentPort, workerData } from 'node:worker_threads';
import type { MethodName } from '../../../shared/api';
import type { Service, ServiceDeps } from '../service';
import { storesOnMainThread } from './main-thread-stores';
import { crossError, type FromWorker, type ServiceStart, type ToWorker, type WorkerData } from './messages';

export type OpenService = (deps: ServiceDeps) => Promise<Service>;

/** Runs in the worker: `open` is createService (tests may wrap it). */
export async function serveService(open: OpenService): Promise<void> {
  const port = parentPort;
  if (port === null) throw new Error('serveService runs in a worker thread.');
  const { start } = workerData as WorkerData<ServiceStart>;
  const send = (message: FromWorker): void => port.postMessage(message);
  const { settings, credentials } = storesOnMainThread(start.stores.port, start.stores.signal, start.credentialsEncrypted);

  let service: Service;
  try {
    service = await open({ ...start.deps, settings, credentials });
  } catch (err) {
    send({ type: 'start-failed', ...crossError(err) });
    return;
  }
  service.events.on((event) => send({ type: 'event', event }));

  let closing = false;
  /** Calls not answered yet: closing waits for them, so none is cut off by the thread ending. */
  const inFlight = new Set<Promise<unknown>>();
  port.on('message', (message: ToWorker) => {
    switch (message.type) {
      case 'call': {
        if (closing) {
          send({ type: 'result', id: message.id, ok: false, error: { kind: 'internal', message: 'Moderato is closing.' }, expected: true });
          return;
        }
        const run = service.api[message.method as MethodName] as (input: unknown) => Promise<unknown>;
        // Started at once (its synchronous part runs now, in arrival order, as in-process).
        const answered = new Promise<unknown>((resolve) => resolve(run.call(service.api, message.input)))
          .then(
            (value) => ({ ok: true, value }) as const,
            (err: unknown) => ({ ok: false, ...crossError(err) }) as const,
          )
          .then((outcome) => {
            try {
              send({ type: 'result', id: message.id, ...outcome });
            } catch (err) {
              // A value that cannot cross (not plain data): a bug, answered as one rather than never.
              send({ type: 'result', id: message.id, ok: false, ...crossError(err) });
            }
          });
        inFlight.add(answered);
        void answered.finally(() => inFlight.delete(answered));
        return;
      }
      case 'network-regained':
        service.networkRegained();
        return;
      case 'invalidate':
        return;
      case 'close':
        if (closing) return;
        closing = true;
        // Waits for an in-flight sync and closes the database, lets the calls still running answer;
        // the main thread then ends this thread.
        service
          .close()
          .then(
            () => ({ ok: true }) as const,
            (err: unknown) => ({ ok: false, ...crossError(err) }) as const,
          )
          .then(async (outcome) => {
            await Promise.allSettled(inFlight);
            send({ type: 'closed', ...outcome });
          });
        return;
    }
  });
  send({ type: 'ready' });
}
