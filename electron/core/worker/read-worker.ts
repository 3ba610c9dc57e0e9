// The read worker: a second connection to the database (WAL lets it read while the
// service's thread writes) that answers the comment pane's reads and the queue's view
// (READ_WORKER_CALLS), so a key press or a refresh never waits behind a sync step in the
// service's thread — as Signal Desktop sends its reads to a pool of reader workers. It
// never writes. Whether a site is syncing is the service's to know, the Unreplied window
// the settings': the main thread says both with each getQueueView.
//
// What it reads is what the service's thread has committed. The spam filter's models
// are cached here: the main thread says `invalidate` whenever the service reports a
// change that may touch them (every change to a model comes with a queue-changed or
// sync-finished event), before any later read reaches this thread.
import { parentPort, workerData } from 'node:worker_threads';
import type { ParsedInputOf } from '../../../shared/api';
import { commentDetails } from '../comment-details';
import { queueView } from '../queue-view';
import { SpamFilter } from '../spam-filter';
import { openStore, type Store } from '../store';
import { DEFAULT_SETTINGS } from '../settings/schema';
import { crossError, type FromWorker, type ReaderStart, type ToWorker, type ViewContext, type WorkerData } from './messages';

const port = parentPort!;
const { start } = workerData as WorkerData<ReaderStart>;
const send = (message: FromWorker): void => port.postMessage(message);

function serve(store: Store): void {
  const filter = new SpamFilter(store);
  const details = commentDetails(store, (siteId) => filter.status(siteId));
  const read = (method: string, input: unknown, view: ViewContext | undefined): unknown => {
    switch (method) {
      case 'getQueueView': {
        const { syncing, unrepliedDays } = view ?? { syncing: [], unrepliedDays: DEFAULT_SETTINGS.unrepliedDays };
        store.setUnrepliedDays(unrepliedDays);
        return queueView(store, details, input as ParsedInputOf<'getQueueView'>, (siteId) => syncing.includes(siteId));
      }
      case 'getComment':
        return details.one((input as ParsedInputOf<'getComment'>).id);
      case 'getComments':
        return details.many((input as ParsedInputOf<'getComments'>).ids);
      default:
        throw new Error(`The read worker does not answer ${method}.`);
    }
  };
  port.on('message', (message: ToWorker) => {
    switch (message.type) {
      case 'call':
        try {
          send({ type: 'result', id: message.id, ok: true, value: read(message.method, message.input, message.view) });
        } catch (err) {
          send({ type: 'result', id: message.id, ok: false, ...crossError(err) });
        }
        return;
      case 'invalidate':
        for (const site of store.listSites()) filter.forget(site.id);
        return;
      case 'network-regained':
        return;
      case 'close':
        try {
          store.close();
          send({ type: 'closed', ok: true });
        } catch (err) {
          send({ type: 'closed', ok: false, ...crossError(err) });
        }
        return;
    }
  });
  send({ type: 'ready' });
}

try {
  serve(openStore({ path: start.dbPath, nativeBinding: start.nativeBinding, readOnly: true }));
} catch (err) {
  send({ type: 'start-failed', ...crossError(err) });
}
