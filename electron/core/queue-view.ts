// getQueueView: a page of the queue, the counts, each site's sync status and the first comments in
// full, in one answer (the window's first screen, and each refresh). Made by the service and by
// the read worker, which answers it during a sync without waiting behind the sync's writes.
import type { ParsedInputOf } from '../../shared/api';
import type { QueueView } from '../../shared/types';
import type { CommentDetails } from './comment-details';
import type { Store } from './store';
import { syncStatusOf } from './sync-status';

export function queueView(
  store: Store,
  details: CommentDetails,
  { filter, limit, detailIds, detailFirst }: ParsedInputOf<'getQueueView'>,
  isSyncing: (siteId: number) => boolean,
): QueueView {
  const page = store.listQueue(filter, null, limit);
  const first = page.items.slice(0, detailFirst).map((c) => c.id);
  return {
    page,
    counts: store.getCounts(),
    sync: syncStatusOf(store, isSyncing),
    details: details.many([...new Set([...first, ...detailIds])]),
  };
}
