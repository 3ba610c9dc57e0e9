// Unreplied, Likely fine and saved replies through the service, as the app, the web host and the
// CLI call them: after a sync of the fake WordPress, with the real flag engine and spam filter.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseCall } from '../../../shared/validate';
import { createService, type Service } from '../../../electron/core/service';
import { ADMIN, FakeWordPress } from '../../support/fake-wordpress';
import { memoryCredentials, memorySettings } from '../../support/memory-stores';

const DAY = 86_400_000;
const ago = (days: number, seconds = 0): string => new Date(Date.now() - days * DAY + seconds * 1000).toISOString().slice(0, 19);

let fake: FakeWordPress;
let dir: string;
let service: Service;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'moderato-views-'));
  fake = await FakeWordPress.start({
    posts: [{ id: 1, title: 'Le pain au levain', slug: 'pain-au-levain' }],
    comments: [
      // Marie was approved before; her two new comments wait. Bob is new.
      { id: 10, status: 'approved', date_gmt: ago(40), author_name: 'Marie', author_email: 'marie@example.fr', content: 'Le levain a bien pris, merci.' },
      { id: 11, status: 'hold', date_gmt: ago(1), author_name: 'Marie', author_email: 'marie@example.fr', content: 'Et pour le seigle, même durée ?' },
      { id: 12, status: 'hold', date_gmt: ago(1, 1), author_name: 'Marie', author_email: 'marie@example.fr', content: 'Je reviens avec une photo du pain.' },
      { id: 13, status: 'hold', date_gmt: ago(1, 2), author_name: 'Bob', author_email: 'bob@example.org', content: 'How long should the dough rest overnight?' },
      { id: 20, status: 'approved', date_gmt: ago(5), author_name: 'Priya', author_email: 'priya@example.com', content: 'Quelle farine utilisez-vous ?' },
      { id: 21, status: 'approved', date_gmt: ago(100), author_name: 'Sam', author_email: 'sam@example.com', content: 'Un vieux commentaire.' },
    ],
  });
  service = await createService({
    dbPath: join(dir, 'moderato.db'),
    settings: memorySettings(),
    credentials: memoryCredentials(),
    host: 'cli',
    version: '0.0.0-test',
    autoSync: false,
  });
  await service.api.addSite({ url: fake.url, user: ADMIN.login, password: ADMIN.appPassword });
  await service.api.syncNow({ mode: 'both' });
});

afterEach(async () => {
  await service.close();
  await fake.close();
  rmSync(dir, { recursive: true, force: true });
});

const remoteIds = async (filter: Parameters<Service['api']['listQueue']>[0]['filter']): Promise<number[]> =>
  (await service.api.listQueue({ filter, cursor: null, limit: 50 })).items.map((c) => c.remoteId).sort((a, b) => a - b);

describe('through the service', () => {
  it('Likely fine: approved in one call, undone in one call', async () => {
    const fine = await service.api.listQueue({ filter: { status: 'pending', sort: 'newest', likelyFine: true }, cursor: null, limit: 50 });
    expect(fine.items.map((c) => c.remoteId).sort()).toEqual([11, 12]);
    expect((await service.api.getCounts({})).total.likelyFine).toBe(2);

    const { actionIds } = await service.api.act({ ids: fine.items.map((c) => c.id), kind: 'approve' });
    expect((await service.api.getCounts({})).total.likelyFine).toBe(0);
    await service.api.act({ ids: [(await service.api.listQueue({ filter: { status: 'pending', sort: 'newest' }, cursor: null, limit: 5 })).items[0]!.id], kind: 'spam' });

    const { undone } = await service.api.undo({ actionIds });
    expect(undone).toMatch(/2/);
    expect(await remoteIds({ status: 'pending', sort: 'newest', likelyFine: true })).toEqual([11, 12]);
    expect((await service.api.getCounts({})).total.likelyFine).toBe(2);
  });

  it('approving a new author’s comment makes her next one likely fine at once', async () => {
    fake.addComment({ id: 14, status: 'hold', date_gmt: ago(0), author_name: 'Bob', author_email: 'bob@example.org', content: 'Thanks, it worked!' });
    await service.api.syncNow({ mode: 'pull' });
    expect(await remoteIds({ status: 'pending', sort: 'newest', likelyFine: true })).toEqual([11, 12]);
    const [bob] = (await service.api.findComments({ siteId: 1, remoteIds: [13] })) as [number];
    await service.api.act({ ids: [bob], kind: 'approve' });
    expect(await remoteIds({ status: 'pending', sort: 'newest', likelyFine: true })).toEqual([11, 12, 14]);
  });

  it('Unreplied: a reply from Moderato removes the comment at once; the window follows the setting', async () => {
    expect(await remoteIds({ status: 'approved', sort: 'newest', unreplied: true })).toEqual([10, 20]);
    const [priya] = (await service.api.findComments({ siteId: 1, remoteIds: [20] })) as [number];
    await service.api.reply({ id: priya, text: 'Une T80.', approve: false });
    expect(await remoteIds({ status: 'approved', sort: 'newest', unreplied: true })).toEqual([10]);
    expect((await service.api.getCounts({})).total.unreplied).toBe(1);

    await service.api.updateSettings({ unrepliedDays: 30 });
    expect(await remoteIds({ status: 'approved', sort: 'newest', unreplied: true })).toEqual([]);
    expect((await service.api.getCounts({})).total.unreplied).toBe(0);
  });

  it('saved replies: add, edit, reorder and delete through the contract, offline', async () => {
    await fake.close(); // nothing here needs the site
    const merci = await service.api.addSavedReply({ name: 'Merci', body: 'Merci {author} !' });
    const photo = await service.api.addSavedReply({ name: 'Photo', body: 'Envoyez une photo de {post} !' });
    await service.api.updateSavedReply({ id: merci.id, body: 'Merci beaucoup {author} !' });
    expect((await service.api.reorderSavedReplies({ ids: [photo.id, merci.id] })).map((r) => r.name)).toEqual(['Photo', 'Merci']);
    await service.api.deleteSavedReply({ id: photo.id });
    expect(await service.api.listSavedReplies({})).toEqual([{ id: merci.id, name: 'Merci', body: 'Merci beaucoup {author} !', position: 0 }]);
    await expect(service.api.addSavedReply({ name: 'merci', body: 'x' })).rejects.toMatchObject({ kind: 'conflict' });
    fake = await FakeWordPress.start();
  });

  it('the contract refuses what it cannot take, with a readable reason', () => {
    expect(() => parseCall('addSavedReply', { name: '  ', body: 'x' })).toThrow();
    expect(() => parseCall('undo', { actionId: 1, actionIds: [1, 2] })).toThrow(/not both/);
    expect(() => parseCall('updateSettings', { unrepliedDays: 0 })).toThrow();
    expect(parseCall('undo', { actionIds: [3, 4] }).input).toEqual({ actionIds: [3, 4] });
  });
});
