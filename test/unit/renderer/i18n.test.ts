import { describe, expect, it } from 'vitest';
import { localesFromEnv, resolveLanguage, supportedLanguage } from '../../../shared/i18n/language';
import { applyLanguage, i18n } from '../../../renderer/src/i18n';
import { resources } from '../../../renderer/src/i18n/resources';
import { longDate, shortDate } from '../../../renderer/src/format/dates';

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
    expect(i18n.t('queue:status.unsent', { count: 1 })).toBe('1 unsent decision');
    expect(i18n.t('queue:status.unsent', { count: 1200 })).toBe('1,200 unsent decisions');
    applyLanguage('fr');
    // French puts 0 and 1 in the singular, and groups thousands with a narrow no-break space.
    expect(i18n.t('queue:status.unsent', { count: 0 })).toBe('0 décision non envoyée');
    expect(i18n.t('queue:status.unsent', { count: 1200 })).toBe('1\u202f200 décisions non envoyées');
    applyLanguage('en');
  });

  it('writes dates in the UI language', () => {
    const now = new Date('2026-12-05T12:00:00');
    applyLanguage('fr');
    expect(shortDate('2013-11-22T12:00:00', now)).toBe('22 nov. 2013');
    expect(longDate('2013-11-22T12:00:00')).toMatch(/^22 nov\. 2013/);
    applyLanguage('en');
    expect(shortDate('2013-11-22T12:00:00', now)).toBe('Nov 22, 2013');
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
