// The saved replies (reply templates), loaded once and shared by the reply box (Ctrl+1…9, the
// picker) and Settings, which edits them. They live in the local database, so all of this
// works offline. Kept apart from the queue's store: nothing here touches the queue.
import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import type { SavedReply } from '../../../shared/types';
import { api, errorMessage } from '../transport/client';

export interface SavedRepliesState {
  /** In the owner's order; null until first loaded. */
  list: SavedReply[] | null;
  error: string | null;
}

export const savedRepliesStore = createStore<SavedRepliesState>(() => ({ list: null, error: null }));
const set = savedRepliesStore.setState;

export function useSavedReplies<T>(selector: (s: SavedRepliesState) => T): T {
  return useStore(savedRepliesStore, selector);
}

let loading: Promise<SavedReply[]> | null = null;

/** The list, from memory once loaded; `fresh` asks the core again (Settings opening). */
export function loadSavedReplies(fresh = false): Promise<SavedReply[]> {
  const known = savedRepliesStore.getState().list;
  if (known && !fresh) return Promise.resolve(known);
  loading ??= api.listSavedReplies({}).then(
    (list) => {
      set({ list, error: null });
      return list;
    },
    (err: unknown) => {
      set({ error: errorMessage(err) });
      throw err;
    },
  );
  return loading.finally(() => {
    loading = null;
  });
}

const sorted = (list: SavedReply[]) => [...list].sort((a, b) => a.position - b.position);

/** Each change returns what the core stored, so the list shown is never ahead of the database. */
export const savedReplies = {
  async add(name: string, body: string): Promise<SavedReply> {
    const added = await api.addSavedReply({ name, body });
    set({ list: sorted([...(savedRepliesStore.getState().list ?? []), added]) });
    return added;
  },
  async update(id: number, patch: { name?: string; body?: string }): Promise<SavedReply> {
    const updated = await api.updateSavedReply({ id, ...patch });
    set({ list: (savedRepliesStore.getState().list ?? []).map((r) => (r.id === id ? updated : r)) });
    return updated;
  },
  /** Moves one saved reply by `delta` places (−1 up, +1 down). */
  async move(id: number, delta: number): Promise<void> {
    const list = savedRepliesStore.getState().list ?? [];
    const from = list.findIndex((r) => r.id === id);
    const to = from + delta;
    if (from < 0 || to < 0 || to >= list.length) return;
    const ids = list.map((r) => r.id);
    ids.splice(to, 0, ...ids.splice(from, 1));
    set({ list: sorted(await api.reorderSavedReplies({ ids })) });
  },
  async remove(id: number): Promise<void> {
    await api.deleteSavedReply({ id });
    set({ list: (savedRepliesStore.getState().list ?? []).filter((r) => r.id !== id) });
  },
};
