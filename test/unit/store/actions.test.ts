import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Store } from '../../../electron/core/store';
import type { Site } from '../../../shared/types';
import { seedStore } from '../../support/fixtures/seed-store';
import { memoryStore } from './helpers';

let store: Store;
let fr: Site;

beforeEach(() => {
  store = memoryStore();
  [fr] = seedStore(store) as [Site, Site];
});
afterEach(() => store.close());

const byRemote = (remoteId: number) =>
  store.listQueue({ status: 'all', sort: 'newest', siteId: fr.id }, null, 500).items.find((c) => c.remoteId === remoteId)!;

describe('recording actions', () => {
  it('each status action changes what the user sees and queues one outbox row with a description', () => {
    const targets = { approve: 'approved', unapprove: 'pending', spam: 'spam', unspam: 'pending', trash: 'trash', restore: 'pending' } as const;
    const id = byRemote(101).id;
    for (const [kind, status] of Object.entries(targets)) {
      store.recordActions([id], kind as keyof typeof targets);
      expect(store.getComment(id).localStatus).toBe(status);
    }
    const outbox = store.listOutbox();
    expect(outbox).toHaveLength(6);
    expect(outbox.at(-1)).toMatchObject({ kind: 'approve', state: 'queued', description: 'Approve comment by Julien Garnier' });
    expect(new Set(outbox.map((o) => o.clientId)).size).toBe(6);
    expect(store.getComment(id).pendingAction).toBe('approve'); // the oldest unsent one
  });

  it('pingbacks read as such in the outbox', () => {
    store.recordActions([byRemote(103).id], 'trash');
    expect(store.listOutbox()[0]!.description).toBe('Trash pingback from Le community management est-il un vrai métier&#160;? &#8211; Le Fil Numérique');
  });

  it('bulk: thousands in one call, all or nothing', () => {
    const ids = store.listQueue({ status: 'pending', sort: 'newest' }, null, 500).items.map((c) => c.id);
    expect(() => store.recordActions([...ids, 987_654], 'approve')).toThrow(/no longer in Moderato/);
    expect(store.listOutbox()).toEqual([]); // rolled back
    expect(store.recordActions(ids, 'approve')).toHaveLength(ids.length);
    expect(store.getCounts().total.pending).toBe(0);
  });

  it('reply and edit', () => {
    const id = byRemote(112).id;
    const reply = store.recordReply(id, 'Bonne question, Sophie.');
    expect(store.listOutbox().find((o) => o.id === reply)).toMatchObject({
      kind: 'reply',
      payload: { text: 'Bonne question, Sophie.', parentRemoteId: 112, postId: 42 },
      description: 'Reply to comment by Sophie',
    });
    expect(() => store.recordReply(id, '   ')).toThrow(/empty/);
    store.recordEdit(id, 'Texte corrigé.\n\nDeuxième paragraphe.');
    const c = store.getComment(id);
    expect(c.contentRaw).toBe('Texte corrigé.\n\nDeuxième paragraphe.');
    expect(c.contentHtml).toBe('<p>Texte corrigé.</p>\n<p>Deuxième paragraphe.</p>');
    expect(store.listQueue({ status: 'all', sort: 'newest', search: 'corrige' }, null, 5).items.map((x) => x.id)).toEqual([id]);
  });
});

describe('undo', () => {
  it('with nothing recorded: null', () => {
    expect(store.undo()).toMatchObject({ undone: null });
  });

  it('an unsent action is cancelled and the status recomputed from the server and what remains', () => {
    const id = byRemote(101).id;
    store.recordActions([id], 'approve');
    store.recordActions([id], 'trash');
    expect(store.undo()).toMatchObject({ undone: 'Trash comment by Julien Garnier' });
    expect(store.getComment(id)).toMatchObject({ localStatus: 'approved', pendingAction: 'approve' });
    expect(store.undo()).toMatchObject({ undone: 'Approve comment by Julien Garnier' });
    expect(store.getComment(id)).toMatchObject({ localStatus: 'pending', pendingAction: null });
    expect(store.listOutbox()).toEqual([]);
    expect(store.undo()).toMatchObject({ undone: null });
  });

  it('the default undoes a whole bulk action', () => {
    const ids = store.listQueue({ status: 'pending', sort: 'newest', siteId: fr.id }, null, 4).items.map((c) => c.id);
    store.recordActions(ids, 'spam');
    const undo = store.undo();
    expect(undo.undone).toBe('Mark as spam 4 comments');
    // What was taken back, so the spam filter can forget it.
    expect(undo.reverted.map((r) => [r.commentId, r.kind]).sort()).toEqual(ids.map((id) => [id, 'spam']).sort());
    for (const id of ids) expect(store.getComment(id).localStatus).toBe('pending');
  });

  it('a specific action, leaving the later ones', () => {
    const a = byRemote(101).id;
    const b = byRemote(105).id;
    const [first] = store.recordActions([a], 'spam');
    store.recordActions([b], 'spam');
    store.undo(first);
    expect(store.getComment(a).localStatus).toBe('pending');
    expect(store.getComment(b).localStatus).toBe('spam');
    expect(() => store.undo(first)).toThrow(/already undone/);
  });

  it('an undone edit brings the previous text back', () => {
    const id = byRemote(112).id;
    const before = store.getComment(id).contentRaw;
    store.recordEdit(id, 'Autre texte');
    store.undo();
    expect(store.getComment(id).contentRaw).toBe(before);
    expect(store.listQueue({ status: 'all', sort: 'newest', search: 'autre texte' }, null, 5).items).toEqual([]);
  });

  it('a sent status action queues its inverse', () => {
    const id = byRemote(101).id;
    const [approve] = store.recordActions([id], 'approve');
    store.claimActions(fr.id, new Date(), 10);
    store.completeAction(approve!, null);
    expect(store.undo()).toMatchObject({ undone: 'Approve comment by Julien Garnier' });
    const queued = store.listOutbox();
    expect(queued.map((o) => [o.kind, o.state])).toEqual([['unapprove', 'queued']]);
    expect(store.getComment(id).localStatus).toBe('pending');
    // Undoing again cancels the (unsent) inverse: approved again, nothing to send.
    store.undo();
    expect(store.getComment(id).localStatus).toBe('approved');
    expect(store.listOutbox()).toEqual([]);
  });

  it('undoing a sent trash brings the comment back to the status it had, not to pending', () => {
    const id = byRemote(101).id;
    const [approve] = store.recordActions([id], 'approve');
    store.claimActions(fr.id, new Date(), 10);
    store.completeAction(approve!, null);
    const [trash] = store.recordActions([id], 'trash');
    store.claimActions(fr.id, new Date(), 10);
    store.completeAction(trash!, null);
    expect(store.undo()).toMatchObject({ undone: 'Trash comment by Julien Garnier' });
    expect(store.listOutbox().map((o) => [o.kind, o.state])).toEqual([['approve', 'queued']]);
    expect(store.getComment(id).localStatus).toBe('approved');
  });

  it('a sent delete cannot be undone, and says why', () => {
    const id = byRemote(101).id;
    const [del] = store.recordActions([id], 'delete');
    store.claimActions(fr.id, new Date(), 10);
    store.completeAction(del!, null);
    expect(() => store.undo()).toThrow(/cannot be undone: the comment was already deleted on the site/);
  });

  it('an unsent delete can be undone: the comment comes back', () => {
    const id = byRemote(105).id;
    store.recordActions([id], 'delete');
    expect(() => store.getComment(id)).toThrow();
    store.undo();
    expect(store.getComment(id).localStatus).toBe('pending');
  });
});
