// Nearly the same text from several authors in the queue (issue 12): a campaign's spun copies,
// a few words changed in each, arriving over several syncs under other names. Judged by the app's
// own scorer (the flag engine with the site's model), as the owner meets them in the queue.
import { afterEach, describe, expect, it } from 'vitest';
import { SpamFilter } from '../../../electron/core/spam-filter';
import { openStore, type Store } from '../../../electron/core/store';
import type { RemoteComment } from '../../../electron/core/sync/ports';
import { memoryStore, remoteComment, tempDir } from './helpers';

// One spun message, three ways ("{Hello|Hi} there! This {post|article} …"), and a reader's comment.
const SPUN = [
  'Hello there! This post could not be more useful. Reading it reminds me of my old neighbour who kept talking about garden drainage. I am sending the link to him today.',
  'Hi there! This article could not be more useful. Reading it reminds me of my old neighbour who kept talking about garden drainage. I am sending the link to him now.',
  'Hey there! This post could not be more helpful. Reading it reminds me of my old neighbour who always kept talking about garden drainage. I am sending the link to him.',
];
const READER = 'We laid a French drain along the fence last spring and the lawn has stayed dry since, even in March.';

let store: Store;
let cleanup: (() => void) | undefined;
afterEach(() => {
  store.close();
  cleanup?.();
  cleanup = undefined;
});

function appStore(path = ':memory:'): { store: Store; siteId: number } {
  const s = path === ':memory:' ? memoryStore() : openStore({ path });
  s.setScorer(new SpamFilter(s).score);
  const site = s.listSites()[0] ?? s.addSite({ baseUrl: 'https://garden.example', restRoot: 'https://garden.example/wp-json', user: 'u', name: 'Garden' });
  return { store: s, siteId: site.id };
}

const by = (id: number, author: string, content: string, status: RemoteComment['status'] = 'pending') =>
  remoteComment({ id, author_name: author, author_email: `${author.toLowerCase()}@mail.example`, content_raw: content, author_ip: `198.51.100.${id}`, status });

function verdict(s: Store, siteId: number, remoteId: number) {
  const c = s.getComment(s.localIdsOf(siteId, [remoteId])[0]!);
  return { likelySpam: c.likelySpam, similar: c.flags.find((f) => f.code === 'campaign-similar') };
}

describe('nearly the same text from several authors in the queue', () => {
  it('flags a campaign’s copies with a few words changed, the earlier copies included, with the reason', () => {
    const app = appStore();
    store = app.store;
    store.upsertComments(app.siteId, [by(1, 'Kattie', SPUN[0]!), by(2, 'Norma', READER)]);
    expect(verdict(store, app.siteId, 1).similar).toBeUndefined();
    // The next syncs bring the other copies under other names.
    store.upsertComments(app.siteId, [by(3, 'Bettye', SPUN[1]!)]);
    store.upsertComments(app.siteId, [by(4, 'Lavonne', SPUN[2]!)]);
    for (const id of [1, 3, 4]) {
      const v = verdict(store, app.siteId, id);
      expect(v.similar?.reason, `comment ${id}`).toBe('Nearly the same text came from 2 other authors in the queue');
      expect(v.likelySpam, `comment ${id}`).toBe(true);
    }
    expect(verdict(store, app.siteId, 2)).toEqual({ likelySpam: false, similar: undefined });
    // A re-flag of everything (a word-list change) reaches the same verdicts.
    store.reflagAll();
    for (const id of [1, 3, 4]) expect(verdict(store, app.siteId, id).similar?.params?.authors).toBe(2);
  });

  it('counts authors, not copies: one author posting twice and approved comments are no campaign', () => {
    const app = appStore();
    store = app.store;
    store.upsertComments(app.siteId, [by(1, 'Kattie', SPUN[0]!), by(2, 'Kattie', SPUN[1]!), by(3, 'Norma', SPUN[2]!, 'approved')]);
    expect(verdict(store, app.siteId, 1).similar).toBeUndefined();
    expect(verdict(store, app.siteId, 2).similar).toBeUndefined();
    // One other author: a look, not yet likely spam.
    store.upsertComments(app.siteId, [by(4, 'Bettye', SPUN[2]!.replace('helpful', 'handy'))]);
    const v = verdict(store, app.siteId, 4);
    expect(v.similar?.params?.authors).toBe(1);
    expect(v.likelySpam).toBe(false);
  });

  it('drops a copy once it is decided, and finds the queue’s copies again after a restart', () => {
    const { dir, cleanup: done } = tempDir();
    cleanup = done;
    const path = `${dir}/moderato.db`;
    let app = appStore(path);
    app.store.upsertComments(app.siteId, [by(1, 'Kattie', SPUN[0]!), by(2, 'Bettye', SPUN[1]!)]);
    app.store.close();
    app = appStore(path);
    store = app.store;
    store.upsertComments(app.siteId, [by(3, 'Lavonne', SPUN[2]!)]);
    expect(verdict(store, app.siteId, 3).similar?.params?.authors).toBe(2);
    // The site approved Bettye's copy meanwhile: it is no longer in the queue.
    store.upsertComments(app.siteId, [by(2, 'Bettye', SPUN[1]!, 'approved')]);
    store.upsertComments(app.siteId, [by(5, 'Roxie', SPUN[0]!.replace('today', 'this week'))]);
    expect(verdict(store, app.siteId, 5).similar?.params?.authors).toBe(2); // Kattie and Lavonne
  });
});
