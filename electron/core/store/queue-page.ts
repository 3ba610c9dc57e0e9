// One page of the queue as the lists show it: the page's ids from the queue query (keyset, see
// queue-query.ts), then their summary rows in that order. The store serves it, and so does the
// read-only queue reader (queue-reader.ts), which is why it lives apart from the comment reads.
import type { QueueFilter, QueuePage } from '../../../shared/types';
import type { QueueQuery } from './queue-query';
import { SUMMARY_COLUMNS, SUMMARY_FROM, toSummary, type SummaryRow } from './rows';
import type { StatementCache } from './statement-cache';

/** Comments deleted locally never show. */
export function queuePage(queue: QueueQuery, statements: StatementCache, filter: QueueFilter, cursor: string | null, limit: number): QueuePage {
  const page = queue.page(filter, cursor, limit);
  if (page.ids.length === 0) return { items: [], next: null };
  const rows = statements
    .get(`SELECT ${SUMMARY_COLUMNS} FROM ${SUMMARY_FROM} WHERE c.id IN (SELECT value FROM json_each(?))`)
    .all(JSON.stringify(page.ids)) as SummaryRow[];
  const byId = new Map(rows.map((r) => [r.id, r]));
  return {
    items: page.ids.flatMap((id) => {
      const r = byId.get(id);
      return r ? [toSummary(r)] : [];
    }),
    next: page.next,
  };
}
