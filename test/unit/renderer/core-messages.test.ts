// An error the core makes reaches the French UI in French: the renderer says its code in the
// UI language (errorMessage, used by every toast and form), and an error with no code (a row
// stored before codes) shows the English text it has.
import { afterEach, describe, expect, it } from 'vitest';
import { coded } from '../../../shared/messages';
import { applyLanguage } from '../../../renderer/src/i18n';
import { messageText } from '../../../renderer/src/i18n/messages';
import { ApiError, errorMessage } from '../../../renderer/src/transport/typed-client';

const wrongPassword = (): ApiError => {
  const m = coded('wp.wrongPassword', { host: 'blog.example' });
  return new ApiError({ kind: 'auth', message: m.english, code: m.code, params: m.params });
};

afterEach(() => {
  applyLanguage('en');
});

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
});
