// The queue as pages loaded by keyset cursor. Reloading keeps as many rows as
// were loaded, so an action or a sync does not throw the user back to the top.
// Each page remembers the filter it answers, so a new filter shows nothing
// stale while its first page is on the way.
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

interface Loaded {
  filter: QueueFilter;
  items: CommentSummary[];
  next: string | null;
}

export function useQueue(filter: QueueFilter): QueueState {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [failure, setFailure] = useState<{ filter: QueueFilter; message: string } | null>(null);
  // Answers to an older filter or an older reload must not overwrite newer ones.
  const generation = useRef(0);
  const loadedCount = useRef(0);
  const loadingMore = useRef(false);

  const fetchFirst = useCallback(
    (limit: number): Promise<void> => {
      const mine = ++generation.current;
      return api.listQueue({ filter, cursor: null, limit }).then(
        (page) => {
          if (mine !== generation.current) return;
          loadedCount.current = page.items.length;
          setLoaded({ filter, items: page.items, next: page.next });
          setFailure(null);
        },
        (err: unknown) => {
          if (mine === generation.current) setFailure({ filter, message: errorMessage(err) });
        },
      );
    },
    [filter],
  );

  useEffect(() => {
    loadedCount.current = 0;
    void fetchFirst(PAGE);
  }, [fetchFirst]);

  const reload = useCallback(
    () => fetchFirst(Math.min(MAX_RELOAD, Math.max(PAGE, loadedCount.current))),
    [fetchFirst],
  );

  const current = loaded?.filter === filter ? loaded : null;
  const next = current?.next ?? null;

  const loadMore = useCallback(() => {
    if (next === null || loadingMore.current) return;
    loadingMore.current = true;
    const mine = generation.current;
    api
      .listQueue({ filter, cursor: next, limit: PAGE })
      .then((page) => {
        if (mine !== generation.current) return;
        setLoaded((old) => {
          if (!old) return old;
          const seen = new Set(old.items.map((c) => c.id));
          const items = old.items.concat(page.items.filter((c) => !seen.has(c.id)));
          loadedCount.current = items.length;
          return { ...old, items, next: page.next };
        });
      })
      .catch((err: unknown) => {
        if (mine === generation.current) setFailure({ filter, message: errorMessage(err) });
      })
      .finally(() => {
        loadingMore.current = false;
      });
  }, [filter, next]);

  const removeLocally = useCallback((ids: ReadonlySet<number>) => {
    setLoaded((old) => (old ? { ...old, items: old.items.filter((c) => !ids.has(c.id)) } : old));
  }, []);

  const error = failure?.filter === filter ? failure.message : null;
  return {
    items: current?.items ?? EMPTY,
    hasMore: next !== null,
    loading: current === null && error === null,
    error,
    loadMore,
    reload,
    removeLocally,
  };
}

const EMPTY: CommentSummary[] = [];
