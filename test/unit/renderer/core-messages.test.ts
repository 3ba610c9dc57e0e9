// An error the core makes reaches the French UI in French: the renderer says its code in the
// UI language (errorMessage, used by every toast and form), and an error with no code (a row
// stored before codes) shows the English text it has.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Bridge } from '../../../shared/bridge';
import { parseCall } from '../../../shared/validate';
import { coded, englishText } from '../../../shared/messages';
import { toErrorInfo } from '../../../shared/errors';
import { applyLanguage } from '../../../renderer/src/i18n';
import { failedText, messageText } from '../../../renderer/src/i18n/messages';
import { createHttpBridge } from '../../../renderer/src/transport/http-bridge';
import { ApiError, createClient, errorMessage } from '../../../renderer/src/transport/typed-client';

const wrongPassword = (): ApiError => {
  const m = coded('wp.wrongPassword', { host: 'blog.example' });
  return new ApiError({ kind: 'auth', message: m.english, code: m.code, params: m.params });
};

afterEach(() => {
  applyLanguage('en');
  vi.unstubAllGlobals();
});

/** What the window shows for a call over this bridge that fails. */
async function failureOf(bridge: Bridge): Promise<{ english: string; said: string; err: ApiError }> {
  const err = (await createClient(bridge)
    .listSites({})
    .then(() => null, (e: unknown) => e)) as ApiError;
  expect(err).toBeInstanceOf(ApiError);
  return { english: err.message, said: errorMessage(err), err };
}

/** The web host's bridge over a fetch that answers this way. */
function webBridge(answer: () => Promise<Response>): Bridge {
  vi.stubGlobal('fetch', vi.fn(answer));
  return createHttpBridge(new URL('http://127.0.0.1:9/'));
}

describe('core errors in the renderer', () => {
  it('shows a coded error in French when the UI is French, in English when it is English', () => {
    applyLanguage('fr');
    expect(errorMessage(wrongPassword())).toBe(
      'blog.example n’a pas accepté l’identifiant et le mot de passe d’application. Créez un nouveau mot de passe d’application dans WordPress (Comptes → Profil) et saisissez-le dans Moderato.',
    );
    applyLanguage('en');
    expect(errorMessage(wrongPassword())).toBe(
      'blog.example did not accept the user name and Application Password. Create a new Application Password in WordPress (Users → Profile) and enter it in Moderato.',
    );
  });

  it('says a comment deleted meanwhile, and a failure that is not the core’s, in French', () => {
    applyLanguage('fr');
    const gone = coded('error.commentGone', { id: 42 });
    expect(errorMessage(new ApiError({ kind: 'not-found', message: gone.english, code: gone.code, params: gone.params }))).toBe(
      'Le commentaire 42 n’est plus dans Moderato (il a peut-être été supprimé).',
    );
    expect(errorMessage(new Error('boom'))).toBe('Une erreur interne est survenue dans Moderato. Le journal en donne le détail.');
  });

  it('keeps the English text of an error without a code', () => {
    applyLanguage('fr');
    expect(errorMessage(new ApiError({ kind: 'unreachable', message: 'Moderato could not reach old.example.' }))).toBe(
      'Moderato could not reach old.example.',
    );
  });

  it('says a sync notice in French', () => {
    applyLanguage('fr');
    const notice = coded('notice.resumed', { site: 'Mon blog' });
    expect(messageText({ message: notice.english, code: notice.code, params: notice.params })).toBe('L’envoi vers Mon blog a repris.');
  });

  it('says in French that the core, or the web host, is not answering, or that the page lost its token', async () => {
    applyLanguage('fr');
    const ipcGone: Bridge = { call: () => Promise.reject(new Error('torn down')), onEvent: () => () => {}, openExternal: async () => {} };
    const silent = await failureOf(ipcGone);
    expect(silent.said).toBe('Le moteur de Moderato ne répond pas.');

    const hostGone = await failureOf(webBridge(() => Promise.reject(new TypeError('Failed to fetch'))));
    expect(hostGone.said).toBe('Le serveur web de Moderato ne répond pas. «\u00a0npm run web\u00a0» tourne-t-il toujours\u00a0?');

    const token = await failureOf(webBridge(async () => new Response('Moderato web host: open the address printed at start-up.', { status: 401 })));
    expect(token.said).toBe('Cette page a perdu son jeton d’accès. Rouvrez l’adresse affichée par «\u00a0npm run web\u00a0».');

    const status = await failureOf(webBridge(async () => new Response('<h1>Bad gateway</h1>', { status: 502 })));
    expect(status.said).toBe('Le serveur web a répondu par une erreur HTTP 502.');

    // Their English, written beside the code in these first-paint modules, is the catalogue's English.
    for (const { err, english } of [silent, hostGone, token, status]) expect(english).toBe(englishText(err.code!, err.params));
    applyLanguage('en');
    expect(errorMessage(silent.err)).toBe('Moderato’s core is not answering.');
  });

  it('says in French a value the contract refuses, and the web host’s own refusals', async () => {
    applyLanguage('fr');
    let refusal: unknown;
    try {
      parseCall('addSavedReply', { name: 'n'.repeat(101), body: 'Merci' });
    } catch (err) {
      refusal = err;
    }
    const tooLong = await failureOf(webBridge(async () => Response.json({ ok: false, error: toErrorInfo(refusal) })));
    expect(tooLong.said).toBe('Valeur refusée pour addSavedReply (name)\u00a0: 100 caractères au maximum.');
    applyLanguage('en');
    expect(errorMessage(tooLong.err)).toBe('Invalid input for addSavedReply (name): at most 100 characters.');

    applyLanguage('fr');
    const tooLarge = coded('error.requestTooLarge');
    const host = await failureOf(webBridge(async () => Response.json({ ok: false, error: { kind: 'bad-input', message: tooLarge.english, code: tooLarge.code, params: {} } }, { status: 413 })));
    expect(host.said).toBe('La requête est trop volumineuse.');
  });

  it('says why a comment’s action failed (its badge and the pane’s send error) in French, or its English when it has no code', () => {
    applyLanguage('fr');
    const refused = coded('wp.refused', { host: 'blog.example', status: 400 });
    expect(failedText({ failedReason: refused.english, failedCode: refused.code, failedParams: refused.params })).toBe('blog.example a refusé la requête (HTTP 400).');
    expect(failedText({ failedReason: 'The site said no.' })).toBe('The site said no.');
    expect(failedText({ failedReason: null })).toBe('');
  });
});
