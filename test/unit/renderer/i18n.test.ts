import { describe, expect, it } from 'vitest';
import { localesFromEnv, resolveLanguage, supportedLanguage } from '../../../shared/i18n/language';
import { applyLanguage, i18n } from '../../../renderer/src/i18n';
import { resources } from '../../../renderer/src/i18n/resources';

/** Every key of a resource tree, with plural suffixes folded ("n_one" and "n_other" → "n"). */
function keys(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([k, v]) =>
    typeof v === 'object' && v !== null ? keys(v as object, `${prefix}${k}.`) : [`${prefix}${k.replace(/_(zero|one|two|few|many|other)$/, '')}`],
  );
}

describe('renderer strings', () => {
  it('French has every English key, and no key English lacks', () => {
    for (const ns of Object.keys(resources.en) as (keyof typeof resources.en)[]) {
      const en = new Set(keys(resources.en[ns]));
      const fr = new Set(keys(resources.fr[ns]));
      expect([...en].filter((k) => !fr.has(k)), `${ns}: missing in French`).toEqual([]);
      expect([...fr].filter((k) => !en.has(k)), `${ns}: French only`).toEqual([]);
    }
  });

  it('plurals and numbers follow the UI language', () => {
    applyLanguage('en');
    expect(i18n.t('views:example.count', { count: 1 })).toBe('1 comment waits for an answer');
    expect(i18n.t('views:example.count', { count: 1200 })).toBe('1,200 comments wait for an answer');
    applyLanguage('fr');
    // French puts 0 and 1 in the singular, and groups thousands with a narrow no-break space.
    expect(i18n.t('views:example.count', { count: 0 })).toBe('0 commentaire attend une réponse');
    expect(i18n.t('views:example.count', { count: 1200 })).toBe('1\u202f200 commentaires attendent une réponse');
    applyLanguage('en');
  });
});

describe('language choice', () => {
  it('follows the setting, else the first supported OS locale, else English', () => {
    expect(resolveLanguage('fr', ['en-US'])).toBe('fr');
    expect(resolveLanguage('en', ['fr-FR'])).toBe('en');
    expect(resolveLanguage('system', ['de-DE', 'fr-CA', 'en'])).toBe('fr');
    expect(resolveLanguage('system', ['de-DE'])).toBe('en');
    expect(supportedLanguage('fr_FR.UTF-8')).toBe('fr');
  });

  it('reads the CLI locale from LC_ALL, then LC_MESSAGES, then LANG', () => {
    expect(localesFromEnv({ LANG: 'fr_FR.UTF-8' })).toEqual(['fr_FR.UTF-8']);
    expect(localesFromEnv({ LC_ALL: 'en_GB.UTF-8', LANG: 'fr_FR.UTF-8' })).toEqual(['en_GB.UTF-8']);
    expect(localesFromEnv({ LANG: 'C' })).toEqual([]);
  });
});
