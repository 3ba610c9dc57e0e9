// The renderer store on the Likely fine and Unreplied views, without a browser: Shift+A takes
// the whole view (more than is loaded) as one batch after the decisions made before it, one undo
// takes the batch back, a refusal puts the rows back; a reply on Unreplied takes the comment out
// at once. The core is a fake ClientApi whose decisions the test releases.
import { beforeAll, describe, expect, it } from 'vitest';
import type { ClientApi } from '../../../shared/api';
import type { CommentSummary, Counts, FilterCounts, QueueFilter } from '../../../shared/types';

beforeAll(() => {
  (globalThis as { document?: unknown }).document ??= { createElement: () => ({ innerHTML: '', value: '' }) };
});

type Store = typeof import('../../../renderer/src/state/app-store');
let mod: Store;
beforeAll(async () => {
  mod = await import('../../../renderer/src/state/app-store');
  (await import('../../../renderer/src/i18n')).applyLanguage('en');
});

function summary(id: number, status: CommentSummary['localStatus']): CommentSummary {
  return {
    id,
    siteId: 1,
    siteName: 'Carnet',
    remoteId: 100 + id,
    postId: 1,
    postTitle: 'Le levain',
    parentRemoteId: 0,
    type: 'comment',
    authorName: `Lecteur ${id}`,
    authorEmail: `lecteur${id}@example.fr`,
    authorUrl: '',
    date: new Date(Date.UTC(2026, 0, 1) - id * 60_000).toISOString(),
    excerpt: `Commentaire ${id}`,
    localStatus: status,
    serverStatus: status,
    score: -4,
    likelySpam: false,
    flagCount: 0,
    pendingAction: null,
    failedReason: null,
  };
}

/**
 * A core with `fine` pending comments that are all Likely fine (ids 1…fine) and `waiting` approved
 * comments that are all Unreplied (ids 5001…). Decisions and replies answer when the test says.
 */
function fakeCore(fine: number, waiting: number) {
  let likely = Array.from({ length: fine }, (_, i) => i + 1);
  let unreplied = Array.from({ length: waiting }, (_, i) => 5001 + i);
  const held: { method: string; input: unknown; answer(ok: boolean): void }[] = [];
  const undos: unknown[] = [];
  const pages: { cursor: string | null; limit: number }[] = [];
  const ids = (filter: QueueFilter) => (filter.likelyFine ? likely : filter.unreplied ? unreplied : likely);
  const counts = (): Counts => {
    const c: FilterCounts = {
      pending: likely.length,
      approved: unreplied.length,
      spam: 0,
      trash: 0,
      all: likely.length + unreplied.length,
      flagged: 0,
      unsent: 0,
      failed: 0,
      unreplied: unreplied.length,
      likelyFine: likely.length,
    };
    return { total: c, bySite: { 1: { ...c } } };
  };
  const page = (filter: QueueFilter, cursor: string | null, limit: number) => {
    const all = ids(filter);
    const from = cursor === null ? 0 : Number(cursor);
    const status = filter.unreplied ? 'approved' : 'pending';
    return { items: all.slice(from, from + limit).map((id) => summary(id, status)), next: from + limit < all.length ? String(from + limit) : null };
  };
  const hold = <T>(method: string, input: unknown, apply: () => T) =>
    new Promise<T>((resolve, reject) => {
      held.push({ method, input, answer: (ok) => (ok ? resolve(apply()) : reject(new Error('The database is read-only.'))) });
    });
  const api = {
    getQueueView: async ({ filter, limit = 50 }: { filter: QueueFilter; limit?: number }) => ({
      page: page(filter, null, limit),
      counts: counts(),
      sync: { online: true, sites: [] },
      details: [],
    }),
    getComments: async () => [],
    listQueue: async ({ filter, cursor = null, limit = 50 }: { filter: QueueFilter; cursor?: string | null; limit?: number }) => {
      pages.push({ cursor, limit });
      return page(filter, cursor, limit);
    },
    act: ({ ids: acted, kind }: { ids: number[]; kind: string }) =>
      hold('act', { ids: acted, kind }, () => {
        likely = likely.filter((id) => !acted.includes(id));
        return { actionIds: acted.map((id) => 1000 + id) };
      }),
    reply: ({ id }: { id: number; text: string }) =>
      hold('reply', { id }, () => {
        unreplied = unreplied.filter((other) => other !== id);
        return { actionIds: [9000 + id] };
      }),
    undo: async (input: unknown) => {
      undos.push(input);
      return { undone: 'Approve' };
    },
    listSites: async () => [],
    getAppInfo: async () => ({}),
    getSettings: async () => ({}),
  };
  return { api: api as unknown as ClientApi, held, undos, pages, likely: () => likely };
}

async function settle(): Promise<void> {
  for (let i = 0; i < 30; i++) await new Promise((r) => setTimeout(r, 0));
}

async function onView(filter: QueueFilter, fine: number, waiting = 0) {
  const core = fakeCore(fine, waiting);
  const { store, actions } = mod.createAppStore({
    api: core.api,
    errorMessage: (err) => (err instanceof Error ? err.message : 'error'),
    later: (fn) => setTimeout(fn, 0),
  });
  actions.boot(() => undefined);
  await settle();
  actions.setFilter(filter);
  await settle();
  return { core, store, actions, rows: () => store.getState().queue.items.map((c) => c.id) };
}

const LIKELY_FINE: QueueFilter = { status: 'pending', sort: 'newest', likelyFine: true };
const UNREPLIED: QueueFilter = { status: 'approved', sort: 'newest', unreplied: true };

describe('Likely fine in the store', () => {
  it('approves every comment of the view, loaded or not, in one act after the decision made before it; one undo takes the batch back', async () => {
    const { core, store, actions, rows } = await onView(LIKELY_FINE, 650);
    expect(rows()).toHaveLength(100); // what a first screen loads

    void actions.decide('trash', [1]); // a decision just before, still on its way
    void actions.approveView();
    // The view empties and its count drops at once, before the core has answered anything.
    expect(rows()).toEqual([]);
    expect(store.getState().counts?.total.likelyFine).toBe(0);

    await settle();
    expect(core.held.map((h) => h.method)).toEqual(['act']); // the batch waits behind the trash …
    core.pages.length = 0;
    core.held.shift()!.answer(true);
    await settle();
    const batch = core.held.shift()!; // … then goes, built from the core's ids as they are now
    expect(batch.method).toBe('act');
    const { ids, kind } = batch.input as { ids: number[]; kind: string };
    expect(kind).toBe('approve');
    expect(ids).toHaveLength(649);
    expect(ids).not.toContain(1);
    expect(core.pages).toEqual([{ cursor: null, limit: 500 }, { cursor: '500', limit: 500 }]); // the core's largest pages
    batch.answer(true);
    await settle();
    expect(core.held).toEqual([]); // one act for the whole view
    const toast = store.getState().toast!;
    expect(toast.text).toBe('Approved 649 comments');

    toast.undo!();
    await settle();
    expect(core.undos).toEqual([{ actionIds: ids.map((id) => 1000 + id) }]);
    expect(store.getState().toast?.text).toBe('649 comments back to pending');
  });

  it('puts the rows back and says why when the core refuses the batch', async () => {
    const { core, store, actions, rows } = await onView(LIKELY_FINE, 30);
    const before = rows();
    void actions.approveView();
    expect(rows()).toEqual([]);
    await settle();
    core.held.shift()!.answer(false);
    await settle();
    expect(rows()).toEqual(before);
    expect(store.getState().toast).toMatchObject({ tone: 'error', text: 'Couldn’t approve the comments: The database is read-only.' });
  });

  it('does nothing on another view', async () => {
    const { core, actions, rows } = await onView({ status: 'pending', sort: 'newest' }, 5);
    await actions.approveView();
    expect(rows()).toHaveLength(5);
    expect(core.held).toEqual([]);
  });
});

describe('Unreplied in the store', () => {
  it('takes a comment out at once when it is answered, and puts it back if the reply is refused', async () => {
    const { core, store, actions, rows } = await onView(UNREPLIED, 0, 4);
    expect(rows()).toEqual([5001, 5002, 5003, 5004]);
    actions.select(5002);

    const sent = actions.reply(5002, 'Merci !', false);
    expect(rows()).toEqual([5001, 5003, 5004]);
    expect(store.getState().counts?.total.unreplied).toBe(3);
    expect(mod.selectedIdOf(store.getState())).toBe(5003); // on to the next reader
    await settle();
    core.held.shift()!.answer(true);
    expect(await sent).toBe(true);
    await settle();
    expect(rows()).toEqual([5001, 5003, 5004]);

    const refused = actions.reply(5003, 'Bonjour', false);
    expect(rows()).toEqual([5001, 5004]);
    await settle();
    core.held.shift()!.answer(false);
    expect(await refused).toBe(false);
    expect(rows()).toEqual([5001, 5003, 5004]);
  });
});
