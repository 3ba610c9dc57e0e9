// Examples for the per-site spam filter (issue 8): the site's Spam folder and its approved comments,
// newest first, capped per label, only ids newer than the last ones handed over. The classifier
// lives elsewhere; this only fetches and hands examples to a sink.
import type { RemoteComment } from './ports';
import { MAX_PER_PAGE, type WordPressClient } from '../sources/wordpress-client';

export type TrainingLabel = 'spam' | 'ham';
export interface TrainingExample {
  comment: RemoteComment;
  label: TrainingLabel;
}
export type TrainingSink = (siteId: number, examples: TrainingExample[]) => void | Promise<void>;

/** Remembers the newest id handed over per site and label, so later runs fetch only what is new. */
export interface TrainingCursor {
  get(siteId: number, label: TrainingLabel): number;
  set(siteId: number, label: TrainingLabel, newestId: number): void;
}

export function memoryTrainingCursor(): TrainingCursor {
  const seen = new Map<string, number>();
  return {
    get: (siteId, label) => seen.get(`${siteId}:${label}`) ?? 0,
    set: (siteId, label, id) => void seen.set(`${siteId}:${label}`, id),
  };
}

export async function pullTrainingExamples(
  client: WordPressClient,
  siteId: number,
  sink: TrainingSink,
  cursor: TrainingCursor,
  options: { capPerLabel?: number; signal?: AbortSignal } = {},
): Promise<{ spam: number; ham: number }> {
  const cap = options.capPerLabel ?? 5000;
  const counts = { spam: 0, ham: 0 };
  for (const label of ['spam', 'ham'] as const) {
    const since = cursor.get(siteId, label);
    let newest = since;
    // A label's examples are handed over at once, so the sink learns and saves them in one
    // transaction rather than once per page; the cursor moves only after, so an interrupted
    // run reads them again next time.
    const examples: TrainingExample[] = [];
    for (let page = 1; examples.length < cap; page++) {
      const result = await client.listComments(
        { status: label === 'spam' ? 'spam' : 'approve', type: 'all', orderby: 'id', order: 'desc', perPage: MAX_PER_PAGE, page },
        options.signal,
      );
      const fresh = result.items.filter((c) => c.id > since).slice(0, cap - examples.length);
      for (const comment of fresh) {
        examples.push({ comment, label });
        newest = Math.max(newest, comment.id);
      }
      // Newest first: once a page reaches ids already handed over, the rest is old too.
      if (fresh.length < result.items.length || page >= result.totalPages) break;
    }
    if (examples.length) await sink(siteId, examples);
    counts[label] = examples.length;
    // Saving the cursor writes the site's whole model: a sync that found nothing new leaves it be.
    if (newest !== since) cursor.set(siteId, label, newest);
  }
  return counts;
}
