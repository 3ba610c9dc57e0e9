// The service in its worker thread, as the web host and the app use it: the same
// answers and the same errors as in-process, events arriving on the main thread,
// settings and passwords kept by the main thread's stores, a clean close that lets
// a sync finish, and a worker that dies reported plainly instead of hanging calls.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { AppError, toErrorInfo } from '../../../shared/errors';
import { messageTextIn } from '../../../shared/i18n/message-text';
import { translator } from '../../../shared/i18n/translator';
import type { AppEvent, Settings } from '../../../shared/types';
import type { Service } from '../../../electron/core/service';
import { DEFAULT_SETTINGS } from '../../../electron/core/settings/schema';
import type { CredentialStore, SettingsStore } from '../../../electron/core/settings/types';
import { openStore } from '../../../electron/core/store';
import { createServiceInWorker, type WorkerService, type WorkerServiceDeps } from '../../../electron/core/worker/service-in-worker';
import { ADMIN, FakeWordPress } from '../../support/fake-wordpress';
import { buildWorkers, type BuiltWorkers } from '../../support/worker/built-workers';


function memorySettings(): SettingsStore {
  let s: Settings = { ...DEFAULT_SETTINGS };
  return { get: () => s, update: (patch) => (s = { ...s, ...patch }) };
}

function memoryCredentials(): CredentialStore & { all: Map<number, string>; refuseWrites: AppError | null } {
  const store = {
    all: new Map<number, string>(),
    refuseWrites: null as AppError | null,
    encrypted: true,
    get: (id: number) => store.all.get(id) ?? null,
    set: (id: number, pw: string) => {
      if (store.refuseWrites) throw store.refuseWrites;
      store.all.set(id, pw);
    },
    delete: (id: number) => void store.all.delete(id),
  };
  return store;
}

let dir: string;
let fake: FakeWordPress;
let settings: SettingsStore;
let credentials: ReturnType<typeof memoryCredentials>;
const open: Service[] = [];

function deps(): WorkerServiceDeps {
  return { dbPath: join(dir, 'moderato.db'), settings, credentials, host: 'web', version: '0.0.0-test', autoSync: false };
}

let workers: BuiltWorkers;
beforeAll(async () => {
  workers = await buildWorkers();
}, 120_000);
afterAll(() => workers?.dispose());

async function start(options: Parameters<typeof createServiceInWorker>[1] = {}): Promise<WorkerService> {
  const service = await createServiceInWorker(deps(), { entries: workers.plain, ...options });
  open.push(service);
  return service;
}

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'moderato-worker-'));
  settings = memorySettings();
  credentials = memoryCredentials();
  fake = await FakeWordPress.start({
    posts: [{ id: 1, title: 'Le pain au levain', slug: 'pain-au-levain' }],
    comments: [
      { id: 11, author_name: 'Marie', author_email: 'marie@example.fr', content: 'Merci pour la recette, le levain a bien pris.' },
      { id: 12, author_name: 'Bob', author_email: 'bob@example.org', content: 'How long should the dough rest overnight?' },
    ],
  });
});

afterEach(async () => {
  for (const service of open.splice(0)) await service.close();
  await fake.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the service in its worker answers as it does in-process', () => {
  it('connects a site, syncs and lists the queue, with the password kept by the main thread', async () => {
    const service = await start();
    const events: AppEvent[] = [];
    service.events.on((event) => events.push(event));

    const site = await service.api.addSite({ url: fake.url, user: ADMIN.login, password: ADMIN.appPassword });
    expect(site).toMatchObject({ id: 1, user: ADMIN.login, baseUrl: fake.url });
    // The password went to the main thread's credential store, and nowhere the UI reads.
    expect(credentials.all.get(site.id)).toBe(ADMIN.appPassword);
    expect(JSON.stringify(await service.api.listSites({}))).not.toContain(ADMIN.appPassword);

    // The sync reads the password back from the main thread to talk to the site.
    const [run] = await service.api.syncNow({ siteId: site.id, mode: 'both' });
    expect(run).toMatchObject({ siteId: site.id, newCount: 2, error: null });
    const page = await service.api.listQueue({ filter: { status: 'pending', sort: 'oldest' }, cursor: null, limit: 50 });
    expect(page.items.map((c) => c.authorName)).toEqual(['Marie', 'Bob']);

    // The sync's events reached the main thread's bus.
    expect(events).toContainEqual(expect.objectContaining({ type: 'sync-finished', siteId: site.id }));
    expect(events.some((e) => e.type === 'queue-changed')).toBe(true);
  });

  it('reads and writes the settings the main thread holds, both ways', async () => {
    const service = await start();
    expect(await service.api.updateSettings({ theme: 'dark' })).toMatchObject({ theme: 'dark' });
    expect(settings.get().theme).toBe('dark');
    // A change made on the main side is what the worker reads next.
    settings.update({ syncIntervalMinutes: 30 });
    expect(await service.api.getSettings({})).toMatchObject({ syncIntervalMinutes: 30, theme: 'dark', notifications: true });
    expect(await service.api.getAppInfo({})).toMatchObject({ host: 'web', credentialsEncrypted: true });
  });

  it('keeps an error kind and message across the thread, from the store and from the main thread', async () => {
    const service = await start();
    const missing = service.api.getComment({ id: 999 });
    await expect(missing).rejects.toBeInstanceOf(AppError);
    await expect(missing).rejects.toMatchObject({ kind: 'not-found', message: 'That comment is no longer in Moderato (it may have been deleted).' });

    // A password the main thread's store refuses to save: the call that tried fails with its reason.
    credentials.refuseWrites = new AppError('conflict', 'Another Moderato is writing credentials.json. Try again in a moment.');
    const added = service.api.addSite({ url: fake.url, user: ADMIN.login, password: ADMIN.appPassword });
    await expect(added).rejects.toMatchObject({ kind: 'conflict', message: 'Another Moderato is writing credentials.json. Try again in a moment.' });
  });

  it('turns a bug in the worker into "internal" for the UI, with the stack for the log', async () => {
    const service = await start({ entries: workers.hooked });
    const err = await service.api.checkFlags({ content: 'bug now' }).catch((e: unknown) => e);
    expect(err).not.toBeInstanceOf(AppError);
    expect((err as Error).stack).toContain("Cannot read properties of undefined (reading 'row')");
    expect(toErrorInfo(err)).toEqual({ kind: 'internal', message: expect.not.stringContaining('row'), code: 'error.internal', params: {} });
    // The worker is still there for the next call.
    expect((await service.api.checkFlags({ content: 'Merci pour la recette' })).score).toBeGreaterThanOrEqual(0);
  });

  it('refuses to start on a damaged database, with the reason the user is shown', async () => {
    writeFileSync(join(dir, 'moderato.db'), 'this is not a database, it is a shopping list'.repeat(200));
    const starting = createServiceInWorker(deps(), { entries: workers.plain });
    await expect(starting).rejects.toMatchObject({ kind: 'corrupt', message: expect.stringContaining('moderato.db') });
  });
});

describe('the read worker', () => {
  it('answers the pane while the service is stuck in a long job, with what the last decision taught', async () => {
    const service = await start({ entries: workers.hooked });
    expect(await service.readWorkerReady).toBe(true);
    const site = await service.api.addSite({ url: fake.url, user: ADMIN.login, password: ADMIN.appPassword });
    await service.api.syncNow({ siteId: site.id, mode: 'pull' });
    const page = await service.api.listQueue({ filter: { status: 'pending', sort: 'oldest' }, cursor: null, limit: 50 });
    const [marie, bob] = page.items.map((c) => c.id) as [number, number];
    const before = (await service.api.getComment({ id: marie })).spamFilter;
    await service.api.act({ ids: [bob], kind: 'spam' });

    const gate = join(dir, 'gate');
    const held = service.api.checkFlags({ content: `hold until ${gate}` });
    await until(() => existsSync(`${gate}.busy`));
    try {
      // The service's thread cannot answer now: these come from the read worker.
      const detail = await service.api.getComment({ id: marie });
      expect(detail.authorName).toBe('Marie');
      expect(detail.spamFilter).toEqual({ ...before, spamExamples: before.spamExamples + 1 });
      const details = await service.api.getComments({ ids: [bob, 999_999] });
      expect(details.map((d) => [d.authorName, d.localStatus, d.pendingAction])).toEqual([['Bob', 'spam', 'spam']]);
    } finally {
      writeFileSync(gate, '');
    }
    await held;
  });

  it('answers the queue’s view while the service is stuck mid-sync, saying the site is syncing, then that it is idle', async () => {
    const service = await start({ entries: workers.hooked });
    expect(await service.readWorkerReady).toBe(true);
    const site = await service.api.addSite({ url: fake.url, user: ADMIN.login, password: ADMIN.appPassword });
    await service.api.syncNow({ siteId: site.id, mode: 'pull' });
    const events: AppEvent[] = [];
    service.events.on((e) => void events.push(e));
    const first = { filter: { status: 'pending' as const, sort: 'oldest' as const }, limit: 50, detailIds: [], detailFirst: 1 };

    // A sync waiting on a slow server, and the service's thread held by a long job meanwhile.
    fake.inject({ kind: 'slow', ms: 800 }, { method: 'GET', route: /\/wp\/v2\/comments/ });
    const sync = service.api.syncNow({ siteId: site.id, mode: 'pull' });
    await until(() => events.some((e) => e.type === 'sync-started' && e.siteId === site.id));
    const gate = join(dir, 'gate');
    const held = service.api.checkFlags({ content: `hold until ${gate}` });
    await until(() => existsSync(`${gate}.busy`));
    try {
      const view = await service.api.getQueueView(first);
      expect(view.page.items.map((c) => c.authorName)).toEqual(['Marie', 'Bob']);
      expect(view.details.map((d) => d.authorName)).toEqual(['Marie']);
      expect(view.counts.total.pending).toBe(2);
      expect(view.sync.sites.map((s) => [s.siteId, s.state])).toEqual([[site.id, 'syncing']]);
    } finally {
      writeFileSync(gate, '');
    }
    await held;
    await sync;
    expect((await service.api.getQueueView(first)).sync.sites.map((s) => s.state)).toEqual(['idle']);
  });

  it('counts Unreplied in the queue’s view over the window the settings say', async () => {
    const fortyDaysAgo = new Date(Date.now() - 40 * 86_400_000).toISOString().slice(0, 19);
    fake.addComment({ id: 30, status: 'approved', date_gmt: fortyDaysAgo, author_name: 'Lise', author_email: 'lise@example.fr', content: 'Et avec de la farine de sarrasin ?' });
    const service = await start({ entries: workers.hooked });
    expect(await service.readWorkerReady).toBe(true);
    await service.api.addSite({ url: fake.url, user: ADMIN.login, password: ADMIN.appPassword });
    await service.api.syncNow({ mode: 'pull' });
    const view = { filter: { status: 'approved' as const, sort: 'newest' as const, unreplied: true }, limit: 50, detailIds: [], detailFirst: 0 };
    const whileHeld = async <T,>(read: () => Promise<T>): Promise<T> => {
      const gate = join(dir, `gate-${Math.random()}`);
      const held = service.api.checkFlags({ content: `hold until ${gate}` });
      await until(() => existsSync(`${gate}.busy`));
      try {
        return await read(); // from the read worker: the service's thread is held
      } finally {
        writeFileSync(gate, '');
        await held;
      }
    };
    const ninety = await whileHeld(() => service.api.getQueueView(view));
    expect(ninety.page.items.map((c) => c.authorName)).toEqual(['Lise']);
    expect(ninety.counts.total.unreplied).toBe(1);

    await service.api.updateSettings({ unrepliedDays: 30 });
    const thirty = await whileHeld(() => service.api.getQueueView(view));
    expect(thirty.page.items).toEqual([]);
    expect(thirty.counts.total.unreplied).toBe(0);
  });
});

describe('closing', () => {
  it('waits for the sync in flight to finish before closing the database', async () => {
    const service = await start();
    const site = await service.api.addSite({ url: fake.url, user: ADMIN.login, password: ADMIN.appPassword });
    fake.inject({ kind: 'slow', ms: 600 }, { method: 'GET', route: /^\/wp\/v2\/comments$/, times: 1 });
    const syncing = service.api.syncNow({ siteId: site.id, mode: 'pull' });
    await until(() => fake.requestsTo('GET', /^\/wp\/v2\/comments$/).length > 0);

    await service.close();
    await expect(syncing).resolves.toEqual([expect.objectContaining({ newCount: 2, error: null })]);
    // Written and finished in the file, not cut off.
    const store = openStore({ path: join(dir, 'moderato.db') });
    try {
      expect(store.lastRun(site.id)).toMatchObject({ newCount: 2, finishedAt: expect.any(String) });
    } finally {
      store.close();
    }
    await expect(service.api.getCounts({})).rejects.toMatchObject({ kind: 'internal' });
  });
});

describe('a worker that dies', () => {
  it('fails the call it was answering and every later call with a plain message', async () => {
    const stops: string[] = [];
    const service = await start({ entries: workers.hooked, onStopped: (message) => stops.push(message) });
    await service.api.checkFlags({ content: 'crash later' });
    await until(() => stops.length > 0);
    const later = service.api.getCounts({});
    await expect(later).rejects.toBeInstanceOf(AppError);
    await expect(later).rejects.toMatchObject({ kind: 'internal', message: expect.stringMatching(/stopped unexpectedly\. Restart Moderato/) });
    // As it reaches a French window: said in French.
    const info = toErrorInfo(await later.catch((err: unknown) => err));
    expect(messageTextIn(translator('fr'), info)).toBe(
      'Le processus de base de données de Moderato s’est arrêté de façon inattendue. Redémarrez Moderato\u00a0: les décisions déjà affichées comme prises sont enregistrées.',
    );
    await service.close(); // nothing left to close: returns at once
  });

  it('does not leave a call hanging when the thread ends under it', async () => {
    const stops: string[] = [];
    const service = await start({ entries: workers.hooked, onStopped: (message) => stops.push(message) });
    const answering = service.api.checkFlags({ content: 'exit now' });
    await expect(answering).rejects.toMatchObject({ kind: 'internal', message: expect.stringContaining('stopped unexpectedly') });
    expect(stops).toEqual(['the service worker stopped (exit code 3)']);
  });
});

async function until(probe: () => boolean): Promise<void> {
  for (let i = 0; i < 400; i++) {
    if (probe()) return;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error('timed out waiting');
}
