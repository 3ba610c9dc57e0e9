// A stored message (a site's pause reason, a run's error, an action's last error) keeps its code
// beside its English text (schema 8), so a French window says it in French after a restart; a
// row with text only (written before codes) still shows its English.
import { join } from 'node:path';
import Database from 'better-sqlite3';
import i18next from 'i18next';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../../electron/core/store';
import type { WordPressClient } from '../../../electron/core/sources/wordpress-client';
import { pushSite } from '../../../electron/core/sync/push';
import enMessages from '../../../shared/i18n/locales/en/messages.json';
import frMessages from '../../../shared/i18n/locales/fr/messages.json';
import { messageTextIn } from '../../../shared/i18n/message-text';
import { coded, type MessageTranslate } from '../../../shared/messages';
import type { Site } from '../../../shared/types';
import { memoryStore, remoteComment, tempDir } from './helpers';

const instance = i18next.createInstance();
void instance.init({ resources: { en: { messages: enMessages }, fr: { messages: frMessages } }, lng: 'fr', ns: ['messages'], initAsync: false, interpolation: { escapeValue: false } });
const fr = instance.getFixedT('fr') as unknown as MessageTranslate;

let store: Store;
let site: Site;

beforeEach(() => {
  store = memoryStore();
  site = store.addSite({ baseUrl: 'https://a.example', restRoot: 'https://a.example/wp-json/', user: 'ann', name: 'A' });
});
afterEach(() => store.close());

describe('stored messages with their codes', () => {
  it('keeps the code of a pause reason, a run’s error and a retried action’s error', () => {
    const wrong = coded('wp.wrongPassword', { host: 'a.example' });
    store.setSitePaused(site.id, { message: wrong.english, code: wrong.code, params: wrong.params });
    const paused = store.getSite(site.id)!;
    expect(paused.pausedReason).toBe(wrong.english);
    expect(messageTextIn(fr, { message: paused.pausedReason!, code: paused.pausedCode, params: paused.pausedParams })).toMatch(
      /^a\.example n’a pas accepté l’identifiant et le mot de passe d’application\./,
    );

    const down = coded('wp.serverError', { host: 'a.example', status: 503 });
    const run = store.startRun(site.id);
    store.finishRun(run, { newCount: 0, changedCount: 0, goneCount: 0, pushedCount: 0, failedCount: 0 }, { kind: 'server', message: down.english, code: down.code, params: down.params });
    const last = store.lastRun(site.id)!;
    expect(messageTextIn(fr, { message: last.error!, code: last.errorCode, params: last.errorParams })).toBe(
      'a.example a rencontré une erreur interne (HTTP 503). Moderato réessaiera plus tard.',
    );

    store.upsertComments(site.id, [remoteComment({ id: 1 })]);
    const commentId = store.listQueue({ status: 'all', sort: 'newest' }, null, 10).items[0]!.id;
    const [actionId] = store.recordActions([commentId], 'approve');
    const away = coded('wp.unreachable', { host: 'a.example' });
    store.retryActionLater(actionId!, { kind: 'unreachable', message: away.english, code: away.code, params: away.params }, new Date());
    const reason = store.retryReason(site.id)!;
    expect(messageTextIn(fr, reason)).toBe('Impossible de joindre a.example. Vérifiez la connexion Internet\u00a0; Moderato réessaiera.');

    const refused = coded('wp.refused', { host: 'a.example', status: 400 });
    store.failAction(actionId!, { message: refused.english, code: refused.code, params: refused.params });
    const failed = store.listOutbox({ failed: true })[0]!;
    expect(failed.lastError).toBe('a.example refused the request (HTTP 400).');
    expect(messageTextIn(fr, { message: failed.lastError!, code: failed.lastErrorCode, params: failed.lastErrorParams })).toBe(
      'a.example a refusé la requête (HTTP 400).',
    );
  });

  it('keeps the code of a comment’s failed action, and names an unsent action in French', () => {
    store.upsertComments(site.id, [remoteComment({ id: 1, author_name: 'Cyn' })]);
    const commentId = store.listQueue({ status: 'all', sort: 'newest' }, null, 10).items[0]!.id;
    const [actionId] = store.recordActions([commentId], 'spam');
    const listed = store.listOutbox()[0]!;
    expect(listed.description).toBe('Mark as spam comment by Cyn');
    expect(messageTextIn(fr, { message: listed.description, code: listed.descriptionCode, params: listed.descriptionParams })).toBe(
      'Marquer comme indésirable le commentaire de Cyn',
    );

    const refused = coded('wp.refused', { host: 'a.example', status: 400 });
    store.failAction(actionId!, { message: refused.english, code: refused.code, params: refused.params });
    // The queue row's "failed" badge and the comment pane read it from the summary.
    const summary = store.listQueue({ status: 'all', sort: 'newest', failed: true }, null, 10).items[0]!;
    expect(summary.failedReason).toBe('a.example refused the request (HTTP 400).');
    expect(messageTextIn(fr, { message: summary.failedReason!, code: summary.failedCode, params: summary.failedParams })).toBe(
      'a.example a refusé la requête (HTTP 400).',
    );
    expect(store.getComment(commentId)).toMatchObject({ failedCode: 'wp.refused' });

    // Retried, it is no longer failed: the code goes with the reason.
    store.retryAction(actionId!);
    const retried = store.listQueue({ status: 'all', sort: 'newest' }, null, 10).items[0]!;
    expect(retried.failedReason).toBeNull();
    expect(retried.failedCode).toBeUndefined();
  });

  it('says in French an action that failed inside Moderato (not the site’s answer)', async () => {
    store.upsertComments(site.id, [remoteComment({ id: 1, author_name: 'Cyn' })]);
    const commentId = store.listQueue({ status: 'all', sort: 'newest' }, null, 10).items[0]!.id;
    store.recordActions([commentId], 'approve');
    const broken = { updateComment: () => Promise.reject(new TypeError('boom')) } as unknown as WordPressClient;
    expect(await pushSite(store, broken, site.id)).toMatchObject({ failed: 1 });
    const summary = store.listQueue({ status: 'all', sort: 'newest' }, null, 10).items[0]!;
    expect(summary.failedReason).toBe('Moderato could not send this action: TypeError: boom');
    expect(messageTextIn(fr, { message: summary.failedReason!, code: summary.failedCode, params: summary.failedParams })).toBe(
      'Moderato n’a pas pu envoyer cette action\u00a0: TypeError: boom',
    );
  });

  it('gives a comment that failed before schema 9 the code its failed action kept', () => {
    const { dir, cleanup } = tempDir();
    try {
      const path = join(dir, 'moderato.db');
      const before = openStore({ path });
      const mine = before.addSite({ baseUrl: 'https://b.example', restRoot: 'https://b.example/wp-json/', user: 'bea', name: 'B' });
      before.upsertComments(mine.id, [remoteComment({ id: 1 })]);
      const commentId = before.listQueue({ status: 'all', sort: 'newest' }, null, 10).items[0]!.id;
      const [actionId] = before.recordActions([commentId], 'approve');
      const refused = coded('wp.refused', { host: 'b.example', status: 400 });
      before.failAction(actionId!, { message: refused.english, code: refused.code, params: refused.params });
      before.close();
      // Back to schema 8, as the previous release wrote it: the failed reason without its code.
      const old = new Database(path);
      old.exec('ALTER TABLE comments DROP COLUMN failed_code; ALTER TABLE sites DROP COLUMN language; DROP INDEX comments_author_domain; ALTER TABLE comments DROP COLUMN author_domain; DROP TABLE flag_rules;');
      old.pragma('user_version = 8');
      old.close();

      const after = openStore({ path });
      try {
        const summary = after.listQueue({ status: 'all', sort: 'newest' }, null, 10).items[0]!;
        expect(messageTextIn(fr, { message: summary.failedReason!, code: summary.failedCode, params: summary.failedParams })).toBe(
          'b.example a refusé la requête (HTTP 400).',
        );
      } finally {
        after.close();
      }
    } finally {
      cleanup();
    }
  });

  it('shows the English of a message stored without a code', () => {
    store.setSitePaused(site.id, 'The Application Password was revoked.');
    const paused = store.getSite(site.id)!;
    expect(paused.pausedCode).toBeUndefined();
    expect(messageTextIn(fr, { message: paused.pausedReason! })).toBe('The Application Password was revoked.');
    store.setSitePaused(site.id, null);
    expect(store.getSite(site.id)).toMatchObject({ pausedReason: null });
    expect(store.getSite(site.id)!.pausedCode).toBeUndefined();
  });
});
