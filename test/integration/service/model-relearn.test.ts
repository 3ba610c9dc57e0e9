// A site's model learned before the filter read something new (the feature set's version,
// shared/spam/features.ts) is relearned from the site's history at the next sync: the new
// readings count at once, nothing is counted twice, the owner's own decisions carry over, and a
// network dropped meanwhile leaves the model the site had (Settings → Retrain works the same way).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createService, type Service } from '../../../electron/core/service';
import { openStore } from '../../../electron/core/store';
import type { SpamModelState } from '../../../shared/spam/model';
import { FEATURE_SET_VERSION } from '../../../shared/spam/features';
import { ADMIN, FakeWordPress } from '../../support/fake-wordpress';
import { memoryCredentials, memorySettings } from '../../support/memory-stores';

let fake: FakeWordPress;
let dir: string;
let service: Service;
let credentials: ReturnType<typeof memoryCredentials>;
const dbPath = () => join(dir, 'moderato.db');

async function open(): Promise<Service> {
  return createService({ dbPath: dbPath(), settings: memorySettings(), credentials, host: 'cli', version: '0.0.0-test', autoSync: false });
}

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'moderato-relearn-'));
  credentials = memoryCredentials();
  fake = await FakeWordPress.start({ posts: [{ id: 1, title: 'Growing leeks', slug: 'growing-leeks' }] });
  // The Spam folder: bots posting from one hosting range; the approved side: readers from theirs.
  for (let i = 0; i < 60; i++) {
    fake.addComment({ id: 1000 + i, status: 'spam', author_name: `Buyer ${i}`, author_email: `b${i}@mail.example`, author_ip: `203.0.113.${i + 10}`, content: `Cheap garden tools at https://tools-${i}.example` });
    fake.addComment({ id: 2000 + i, status: 'approved', author_name: `Reader ${i}`, author_email: `r${i}@example.org`, author_ip: `192.0.2.${i + 10}`, content: `My leeks bolted too in week ${i}, thanks for the tip on watering.` });
  }
  // Waiting: one comment the owner will mark spam, and another from the same address.
  fake.addComment({ id: 3001, status: 'hold', author_name: 'Garden Deals', author_email: 'deals@offers.example', author_ip: '198.51.100.7', content: 'Visit our shop for seeds.' });
  fake.addComment({ id: 3002, status: 'hold', author_name: 'Garden Deals', author_email: 'deals@offers.example', author_ip: '198.51.100.7', content: 'Spring sale on every seed packet.' });
  service = await open();
});

afterEach(async () => {
  await service.close();
  await fake.close();
  rmSync(dir, { recursive: true, force: true });
});

/** The site's saved model, as the store keeps it. */
function savedModel(siteId: number): SpamModelState {
  const store = openStore({ path: dbPath() });
  try {
    return (JSON.parse(store.getModelState(siteId)!) as { model: SpamModelState }).model;
  } finally {
    store.close();
  }
}

/** Rewrites the saved model as an older version of the app left it: no feature-set version, and no network features. */
function ageSavedModel(siteId: number): void {
  const store = openStore({ path: dbPath() });
  try {
    const saved = JSON.parse(store.getModelState(siteId)!) as { model: SpamModelState };
    delete saved.model.featureSet;
    saved.model.features = saved.model.features.filter(([key]) => !key.startsWith('i:'));
    store.saveModelState(siteId, JSON.stringify(saved));
  } finally {
    store.close();
  }
}

const network = (state: SpamModelState) => state.features.find(([key]) => key === 'i:203.0.113');

async function setUpSite(): Promise<number> {
  const site = await service.api.addSite({ url: fake.url, user: ADMIN.login, password: ADMIN.appPassword });
  await service.api.syncNow({ siteId: site.id, mode: 'pull' });
  const [first] = await service.api.findComments({ siteId: site.id, remoteIds: [3001] });
  await service.api.act({ ids: [first!], kind: 'spam' });
  await service.api.syncNow({ siteId: site.id, mode: 'both' });
  return site.id;
}

describe('a model learned under an older feature set', () => {
  it('is relearned from the site’s history at the next sync, keeping the owner’s decisions', async () => {
    const siteId = await setUpSite();
    expect(savedModel(siteId).featureSet).toBe(FEATURE_SET_VERSION);
    await service.close();
    ageSavedModel(siteId);
    expect(network(savedModel(siteId))).toBeUndefined();

    service = await open();
    await service.api.syncNow({ siteId, mode: 'pull' });
    const relearned = savedModel(siteId);
    expect(relearned.featureSet).toBe(FEATURE_SET_VERSION);
    // The Spam folder's range is known now, each example counted once: 60 bots and the owner's spam.
    expect(network(relearned)).toEqual(['i:203.0.113', 60, 0]);
    expect((await service.api.getModelStatus({}))[0]).toMatchObject({ spamExamples: 61, hamExamples: 60 });
    // The owner's decision still moves its author's other comment.
    const [second] = await service.api.findComments({ siteId, remoteIds: [3002] });
    expect((await service.api.getComment({ id: second! })).flags.map((f) => f.code)).toContain('like-marked-spam');

    // The next sync reads only what is new.
    await service.api.syncNow({ siteId, mode: 'pull' });
    expect((await service.api.getModelStatus({}))[0]).toMatchObject({ spamExamples: 61, hamExamples: 60 });
  });

  it('keeps the model it had when the network drops during the relearning, and relearns at the sync after', async () => {
    const siteId = await setUpSite();
    await service.close();
    ageSavedModel(siteId);
    service = await open();

    fake.inject({ kind: 'drop' }, { route: /\/wp\/v2\/comments$/, query: (q) => q.get('status') === 'approve' && !q.has('after'), times: 5 });
    await service.api.syncNow({ siteId, mode: 'pull' });
    const kept = savedModel(siteId);
    expect(kept.featureSet).toBeUndefined();
    expect(kept.spam).toBe(61);
    expect(network(kept)).toBeUndefined();

    fake.clearFaults();
    await service.api.syncNow({ siteId, mode: 'pull' });
    expect(network(savedModel(siteId))).toEqual(['i:203.0.113', 60, 0]);
  });

  it('counts a decision the site did not have yet when the site has it, once', async () => {
    const site = await service.api.addSite({ url: fake.url, user: ADMIN.login, password: ADMIN.appPassword });
    await service.api.syncNow({ siteId: site.id, mode: 'pull' });
    const [first] = await service.api.findComments({ siteId: site.id, remoteIds: [3001] });
    await service.api.act({ ids: [first!], kind: 'spam' }); // decided offline: not pushed yet
    await service.close();
    ageSavedModel(site.id);
    service = await open();

    await service.api.syncNow({ siteId: site.id, mode: 'pull' });
    expect((await service.api.getModelStatus({}))[0]).toMatchObject({ spamExamples: 60 });
    await service.api.syncNow({ siteId: site.id, mode: 'both' }); // pushed, then read back from the Spam folder
    expect((await service.api.getModelStatus({}))[0]).toMatchObject({ spamExamples: 61 });
    await service.api.syncNow({ siteId: site.id, mode: 'pull' });
    expect((await service.api.getModelStatus({}))[0]).toMatchObject({ spamExamples: 61 });
  });

  it('Settings → Retrain relearns it the same way', async () => {
    const siteId = await setUpSite();
    await service.close();
    ageSavedModel(siteId);
    service = await open();
    await expect(service.api.retrainModel({ siteId })).resolves.toMatchObject({ spamExamples: 61, hamExamples: 60, learning: false });
    expect(network(savedModel(siteId))).toEqual(['i:203.0.113', 60, 0]);
  });
});
