// A comment's detail as the pane shows it: the stored comment and its site's spam-filter
// status. One definition for the service and for the read worker (worker/read-worker.ts),
// which answers the pane's reads while the service's thread is busy with a sync.
import { AppError } from '../../shared/errors';
import type { CommentDetail, ModelStatus } from '../../shared/types';
import type { Store } from './store';

export interface CommentDetails {
  one(id: number): CommentDetail;
  /** The details that still exist: a comment deleted meanwhile is simply not in the answer. */
  many(ids: readonly number[]): CommentDetail[];
}

export function commentDetails(store: Pick<Store, 'getComment'>, modelStatus: (siteId: number) => ModelStatus): CommentDetails {
  const one = (id: number): CommentDetail => {
    const detail = store.getComment(id);
    return { ...detail, spamFilter: modelStatus(detail.siteId) };
  };
  const many = (ids: readonly number[]): CommentDetail[] => {
    const out: CommentDetail[] = [];
    for (const id of ids) {
      try {
        out.push(one(id));
      } catch (err) {
        if (!(err instanceof AppError && err.kind === 'not-found')) throw err;
      }
    }
    return out;
  };
  return { one, many };
}
