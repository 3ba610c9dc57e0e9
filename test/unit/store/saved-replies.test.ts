// Saved replies: kept in the database in the owner's order, and filled in for a comment.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../../electron/core/store';
import { expandSavedReply, placeholdersIn } from '../../../shared/saved-replies';
import { tempDir } from './helpers';

let tmp: ReturnType<typeof tempDir>;
let store: Store;
const path = () => `${tmp.dir}/moderato.db`;

beforeEach(() => {
  tmp = tempDir();
  store = openStore({ path: path() });
});
afterEach(() => {
  store.close();
  tmp.cleanup();
});

const names = () => store.listSavedReplies().map((r) => r.name);

describe('saved replies in the store', () => {
  it('adds at the end, edits, reorders and deletes; the order survives a restart', () => {
    const merci = store.addSavedReply('Merci', 'Merci {author} !');
    const bientot = store.addSavedReply('Bientôt', 'Un article sur {post} arrive bientôt.');
    const spam = store.addSavedReply('Hors sujet', 'Ce commentaire est hors sujet.');
    expect(store.listSavedReplies().map((r) => [r.name, r.position])).toEqual([['Merci', 0], ['Bientôt', 1], ['Hors sujet', 2]]);

    expect(store.updateSavedReply(merci.id, { body: 'Merci beaucoup {author} !' })).toMatchObject({ name: 'Merci', body: 'Merci beaucoup {author} !' });
    expect(store.updateSavedReply(bientot.id, { name: 'Suite' }).name).toBe('Suite');

    store.reorderSavedReplies([spam.id, merci.id, bientot.id]);
    expect(names()).toEqual(['Hors sujet', 'Merci', 'Suite']);

    store.deleteSavedReply(merci.id);
    expect(store.listSavedReplies().map((r) => [r.name, r.position])).toEqual([['Hors sujet', 0], ['Suite', 1]]);

    store.close();
    store = openStore({ path: path() });
    expect(names()).toEqual(['Hors sujet', 'Suite']);
    expect(store.findSavedReply('suite')?.body).toBe('Un article sur {post} arrive bientôt.');
  });

  it('refuses a second reply with the same name, whatever its case, and keeps the first', () => {
    store.addSavedReply('Merci', 'Merci !');
    expect(() => store.addSavedReply('merci', 'Thanks!')).toThrow(/already a saved reply named "Merci"/);
    const other = store.addSavedReply('Thanks', 'Thanks!');
    expect(() => store.updateSavedReply(other.id, { name: 'MERCI' })).toThrow(/already/);
    expect(store.listSavedReplies().map((r) => r.body)).toEqual(['Merci !', 'Thanks!']);
  });

  it('a new order must name every saved reply once: nothing is lost from the list', () => {
    const a = store.addSavedReply('A', 'a');
    const b = store.addSavedReply('B', 'b');
    expect(() => store.reorderSavedReplies([b.id])).toThrow(/each of the 2 saved replies once/);
    expect(() => store.reorderSavedReplies([b.id, b.id])).toThrow(/once/);
    expect(() => store.reorderSavedReplies([b.id, a.id, 999])).toThrow(/once/);
    expect(names()).toEqual(['A', 'B']);
  });

  it('says so when the reply does not exist', () => {
    expect(() => store.updateSavedReply(42, { body: 'x' })).toThrow(/no saved reply with id 42/);
    expect(() => store.deleteSavedReply(42)).toThrow(/no saved reply with id 42/);
  });
});

describe('placeholders', () => {
  const values = { author: 'Claire Dubois', post: 'Les confitures de grand-mère', site: 'Le blog de Cyn' };

  it('fills in the author, the post and the site', () => {
    expect(expandSavedReply('Merci {author} pour votre mot sur « {post} » ! — {site}', values)).toBe(
      'Merci Claire Dubois pour votre mot sur « Les confitures de grand-mère » ! — Le blog de Cyn',
    );
  });

  it('an unknown value becomes empty; other braces are left as written; values are not expanded again', () => {
    expect(expandSavedReply('Hi {author}, about {post}.', { author: 'Sam', post: null, site: 'x' })).toBe('Hi Sam, about .');
    expect(expandSavedReply('{name} {Author} {author}', values)).toBe('{name} {Author} Claire Dubois');
    expect(expandSavedReply('{author}', { ...values, author: 'I am {post}' })).toBe('I am {post}');
  });

  it('lists the placeholders a text uses', () => {
    expect(placeholdersIn('{site}: merci {author}, {author}!')).toEqual(['site', 'author']);
  });
});
