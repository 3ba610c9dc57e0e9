// The renderer's store without a browser: what the moderator sees change when a
// key is pressed, before and after the core answers. The core is a fake ClientApi
// whose answers the test releases one by one.
import { beforeAll, describe, expect, it } from 'vitest';
import type { ClientApi } from '../../../shared/api';
import type { CommentDetail, CommentSummary, Counts, FilterCounts, QueueView } from '../../../shared/types';

// The store decodes author names for its toasts through the DOM; a plain stand-in is enough here.
beforeAll(() => {
  (globalThis as { document?: unknown }).document ??= { createElement: () => ({ innerHTML: '', value: '' }) };
});

type Store = typeof import('../../../renderer/src/state/app-store');
let mod: Store;
beforeAll(async () => {
  mod = await import('../../../renderer/src/state/app-store');
});

const NAMES = ['Amélie', 'Bruno', 'Chloé', 'David', 'Emma', 'Farid', 'Gaëlle', 'Hugo'];

function summary(id: number): CommentSummary {
  return {
    id,
    siteId: 1,
    siteName: 'Carnet',
    remoteId: 100 + id,
    postId: 1,
    postTitle: 'Le métier de CM',
    parentRemoteId: 0,
    type: 'comment',
    authorName: NAMES[(id - 1) % NAMES.length]!,
    authorEmail: '',
    authorUrl: '',
    date: new Date(Date.UTC(2026, 0, 1) - id * 60_000).toISOString(),
    excerpt: `Commentaire ${id}`,
    localStatus: 'pending',
    serverStatus: 'pending',
    score: 0,
    likelySpam: false,
    flagCount: 0,
    pendingAction: null,
    failedReason: null,
  };
}

function detail(id: number): CommentDetail {
  return {
    ...summary(id),
    contentRaw: `Commentaire ${id}`,
    contentHtml: `<p>Commentaire ${id}</p>`,
    authorIp: '',
    authorUserAgent: '',
    link: '',
    flags: [],
    spamProbability: null,
    spamFilter: { siteId: 1, learning: true, spamExamples: 0, hamExamples: 0 } as CommentDetail['spamFilter'],
    post: null,
    parents: [],
    replies: [],
    author: { local: { approved: 0, pending: 1, spam: 0, trash: 0 }, site: null } as unknown as CommentDetail['author'],
  };
}

function counts(pending: number): Counts {
  const c: FilterCounts = { pending, approved: 0, spam: 0, trash: 0, all: pending, flagged: 0, unsent: 0, failed: 0, unreplied: 0, likelyFine: 0 };
  return { total: c, bySite: { 1: { ...c } } };
}

/** A core holding `n` pending comments; `act` answers only when the test says so. */
function fakeCore(n: number) {
  let pending = Array.from({ length: n }, (_, i) => i + 1);
  const calls: string[] = [];
  const acts: { ids: number[]; kind: string; answer(ok: boolean): void }[] = [];
  const view = (detailIds: number[]): QueueView => ({
    page: { items: pending.map(summary), next: null },
    counts: counts(pending.length),
    sync: { online: true, sites: [] },
    details: detailIds.filter((id) => pending.includes(id)).map(detail),
  });
  const api = {
    getQueueView: async ({ detailIds = [] }: { detailIds?: number[] }) => {
      calls.push('getQueueView');
      return view(detailIds);
    },
    getComments: async ({ ids }: { ids: number[] }) => {
      calls.push('getComments');
      return ids.filter((id) => pending.includes(id)).map(detail);
    },
    listQueue: async () => {
      calls.push('listQueue');
      return { items: [], next: null };
    },
    act: ({ ids, kind }: { ids: number[]; kind: string }) => {
      calls.push('act');
      return new Promise<{ actionIds: number[] }>((resolve, reject) => {
        acts.push({
          ids,
          kind,
          answer(ok) {
            if (!ok) return reject(new Error('Comment 2 is no longer in Moderato (it may have been deleted).'));
            pending = pending.filter((id) => !ids.includes(id));
            resolve({ actionIds: ids.map((id) => 1000 + id) });
          },
        });
      });
    },
    listSites: async () => [],
    getAppInfo: async () => ({}),
    getSettings: async () => ({}),
  };
  return { api: api as unknown as ClientApi, calls, acts };
}

async function settle(): Promise<void> {
  for (let i = 0; i < 20; i++) await new Promise((r) => setTimeout(r, 0));
}

async function started(n: number) {
  const core = fakeCore(n);
  const { store, actions } = mod.createAppStore({
    api: core.api,
    errorMessage: (err) => (err instanceof Error ? err.message : 'error'),
    later: (fn) => setTimeout(fn, 0),
  });
  actions.boot(() => undefined);
  await settle();
  return { core, store, actions, selected: () => mod.selectedIdOf(store.getState()) };
}

describe('the renderer store', () => {
  it('opens on the first comment with its detail and the ones after it already loaded', async () => {
    const { store, selected } = await started(30);
    expect(selected()).toBe(1);
    await settle();
    const cached = store.getState().cache.entries;
    for (const id of [1, 2, 3, 4, 5]) expect(cached.has(id), `comment ${id} prefetched`).toBe(true);
  });

  it('shows the next comment at once when a is pressed, before the core has answered', async () => {
    const { core, store, actions, selected } = await started(30);
    void actions.decide('approve', [1]);
    // In the same task as the key: the list, the selection and the pane already moved on.
    expect(selected()).toBe(2);
    expect(store.getState().queue.items.map((c) => c.id)).not.toContain(1);
    expect(store.getState().cache.entries.has(2)).toBe(true);
    expect(store.getState().counts?.total.pending).toBe(29);
    await settle();
    expect(core.acts.map((a) => a.ids)).toEqual([[1]]); // sent, not answered yet
    expect(selected()).toBe(2);
    core.acts[0]!.answer(true);
    await settle();
    expect(store.getState().toast?.text).toBe('Approved comment by Amélie');
  });

  it('sends a burst of decisions one at a time, in the order pressed, each for a different comment', async () => {
    const { core, actions, selected } = await started(30);
    for (let i = 0; i < 5; i++) void actions.decide('approve', [selected()!]);
    await settle();
    // The second goes out only once the first is answered.
    expect(core.acts.map((a) => a.ids)).toEqual([[1]]);
    for (let i = 0; i < 5; i++) {
      core.acts[i]!.answer(true);
      await settle();
    }
    expect(core.acts.map((a) => a.ids[0])).toEqual([1, 2, 3, 4, 5]);
    expect(selected()).toBe(6);
  });

  it('puts a refused comment back where it was and says why', async () => {
    const { core, store, actions } = await started(30);
    actions.select(2);
    void actions.decide('spam', [2]);
    expect(store.getState().queue.items.map((c) => c.id).slice(0, 3)).toEqual([1, 3, 4]);
    await settle();
    core.acts[0]!.answer(false);
    await settle();
    expect(store.getState().queue.items.map((c) => c.id).slice(0, 3)).toEqual([1, 2, 3]);
    expect(store.getState().toast).toMatchObject({ tone: 'error' });
    expect(store.getState().toast?.text).toContain('no longer in Moderato');
  });

  it('keeps the next comments loaded while the core is slow to answer decisions (a sync is running)', async () => {
    const { core, store, actions, selected } = await started(60);
    // No decision is answered: the refresh that would bring the next comments waits for them.
    for (let i = 0; i < 25; i++) {
      void actions.decide('approve', [selected()!]);
      expect(store.getState().cache.entries.has(selected()!), `comment ${selected()} in memory when it comes up`).toBe(true);
      await settle();
    }
    expect(core.acts).toHaveLength(1); // still the first, unanswered
    expect(core.calls.filter((c) => c === 'getQueueView')).toHaveLength(1); // no refresh meanwhile
  });

  it('asks the core at most twice per decision: the decision, then one refresh', async () => {
    const { core, actions, selected } = await started(60);
    core.calls.length = 0;
    for (let i = 0; i < 10; i++) {
      void actions.decide('approve', [selected()!]);
      await settle();
      core.acts[i]!.answer(true);
      await settle();
    }
    expect(core.calls.filter((c) => c === 'act')).toHaveLength(10);
    expect(core.calls.length).toBeLessThanOrEqual(20);
  });
});
