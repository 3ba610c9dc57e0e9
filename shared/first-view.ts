// The window's first request: the pending queue's first page, the counts, the sync status and
// the first comments in full (getQueueView). One constant for the renderer that asks for it
// (renderer/src/boot.ts) and the web host that answers it inside the page (electron/core/web/page.ts).
import type { QueueFilter } from './types';

export const FIRST_VIEW: { readonly filter: QueueFilter; readonly limit: number; readonly detailFirst: number } = {
  filter: { status: 'pending', sort: 'newest' },
  limit: 100,
  detailFirst: 12,
};
