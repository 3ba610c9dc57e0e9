// The queue as pages loaded by keyset cursor. Reloading keeps as many rows as
// were loaded, so an action or a sync does not throw the user back to the top.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { CommentSummary, QueueFilter } from '../../../shared/types';
import { api, errorMessage } from '../transport/client';

const PAGE = 100;
const MAX_RELOAD = 500; // the contract's largest page

export interface QueueState {
  items: CommentSummary[];
  hasMore: boolean;
  loading: boolean;
  error: string | null;
  loadMore(): void;
  reload(): Promise<void>;
  /** Drops rows at once (after an action that moves them out of this view); the reload confirms. */
  removeLocally(ids: ReadonlySet<number>): void;
}

export function useQueue(filter: QueueFilter): QueueState {
  const [items, setItems] = useState<CommentSummary[]>([]);
  const [next, setNext] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // Answers to an older filter or an older reload must not overwrite newer ones.
  const generation = useRef(0);
  const loadedCount = useRef(0);
  const loadingMore = useRef(false);

  const fetchFirst = useCallback(
    async (limit: number) => {
      const mine = ++generation.current;
      setLoading(true);
      try {
        const page = await api.listQueue({ filter, cursor: null, limit });
        if (mine !== generation.current) return;
        setItems(page.items);
        loadedCount.current = page.items.length;
        setNext(page.next);
        setError(null);
      } catch (err) {
        if (mine === generation.current) setError(errorMessage(err));
      } finally {
        if (mine === generation.current) setLoading(false);
      }
    },
    [filter],
  );

  useEffect(() => {
    loadedCount.current = 0;
    setItems([]);
    setNext(null);
    void fetchFirst(PAGE);
  }, [fetchFirst]);

  const reload = useCallback(
    () => fetchFirst(Math.min(MAX_RELOAD, Math.max(PAGE, loadedCount.current))),
    [fetchFirst],
  );

  const loadMore = useCallback(() => {
    if (next === null || loadingMore.current) return;
    loadingMore.current = true;
    const mine = generation.current;
    api
      .listQueue({ filter, cursor: next, limit: PAGE })
      .then((page) => {
        if (mine !== generation.current) return;
        setItems((old) => {
          const seen = new Set(old.map((c) => c.id));
          const merged = old.concat(page.items.filter((c) => !seen.has(c.id)));
          loadedCount.current = merged.length;
          return merged;
        });
        setNext(page.next);
      })
      .catch((err: unknown) => {
        if (mine === generation.current) setError(errorMessage(err));
      })
      .finally(() => {
        loadingMore.current = false;
      });
  }, [filter, next]);

  const removeLocally = useCallback((ids: ReadonlySet<number>) => {
    setItems((old) => old.filter((c) => !ids.has(c.id)));
  }, []);

  return { items, hasMore: next !== null, loading, error, loadMore, reload, removeLocally };
}
