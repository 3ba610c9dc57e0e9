// The shared catalogue (cli, flags, messages, shell) in both languages, and the core's coded
// messages: what the core writes in English is what i18next says in English, and the French
// UI says them in French, nested reasons included.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import enCli from '../../../shared/i18n/locales/en/cli.json';
import enFlags from '../../../shared/i18n/locales/en/flags.json';
import enMessages from '../../../shared/i18n/locales/en/messages.json';
import enShell from '../../../shared/i18n/locales/en/shell.json';
import frCli from '../../../shared/i18n/locales/fr/cli.json';
import frFlags from '../../../shared/i18n/locales/fr/flags.json';
import frMessages from '../../../shared/i18n/locales/fr/messages.json';
import frShell from '../../../shared/i18n/locales/fr/shell.json';
import { messageTextIn } from '../../../shared/i18n/message-text';
import { coded, englishText, type MessageParams, type MessageTranslate } from '../../../shared/messages';

type Tree = { [key: string]: string | Tree };

const CATALOGUE: Record<string, { en: Tree; fr: Tree }> = {
  cli: { en: enCli, fr: frCli },
  flags: { en: enFlags, fr: frFlags },
  messages: { en: enMessages, fr: frMessages },
  shell: { en: enShell, fr: frShell },
};

/** Every leaf as [key, value]. */
function leaves(tree: Tree, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([k, v]) => (typeof v === 'string' ? [[`${prefix}${k}`, v] as [string, string]] : leaves(v, `${prefix}${k}.`)));
}

/** Keys with plural suffixes folded ("n_one" and "n_other" → "n"). */
const folded = (tree: Tree): Set<string> => new Set(leaves(tree).map(([k]) => k.replace(/_(zero|one|two|few|many|other)$/, '')));

const instance = i18next.createInstance();
void instance.init({
  resources: { en: { messages: enMessages }, fr: { messages: frMessages } },
  lng: 'en',
  ns: ['messages'],
  initAsync: false,
  interpolation: { escapeValue: false },
});
const en = instance.getFixedT('en') as unknown as MessageTranslate;
const fr = instance.getFixedT('fr') as unknown as MessageTranslate;

describe('the shared catalogue', () => {
  it('has every English key in French, and no key English lacks', () => {
    for (const [ns, { en: english, fr: french }] of Object.entries(CATALOGUE)) {
      const e = folded(english);
      const f = folded(french);
      expect([...e].filter((k) => !f.has(k)), `${ns}: missing in French`).toEqual([]);
      expect([...f].filter((k) => !e.has(k)), `${ns}: French only`).toEqual([]);
    }
  });

  it('has no English left in the French CLI and core messages', () => {
    // Words that are the same in both languages (column headers, identifiers, placeholders only).
    const same = new Set(['ID', 'SITE', 'URL', 'DATE', 'SCORE', 'ACTION', 'ok', 'site {{id}}', ', IP {{ip}}', '{{what}}', 'Score {{score}}', '{{host}} a refusé\u00a0: {{reason}}']);
    for (const ns of ['cli', 'messages'] as const) {
      const english = new Map(leaves(CATALOGUE[ns]!.en));
      const stray = leaves(CATALOGUE[ns]!.fr).filter(([key, value]) => english.get(key) === value && !same.has(value));
      expect(stray, ns).toEqual([]);
    }
  });

  it('writes French with a no-break space before : ; ? ! and « » quotes', () => {
    for (const ns of ['cli', 'messages'] as const) {
      // Command lines quoted as examples keep the shell's own spacing.
      const prose = leaves(CATALOGUE[ns]!.fr).filter(([, v]) => !v.includes('moderato templates add merci'));
      expect(prose.filter(([, v]) => / [:;?!](\s|$)/.test(v)), `${ns}: plain space before : ; ? !`).toEqual([]);
      expect(prose.filter(([, v]) => /“|”/.test(v)), `${ns}: English quotes`).toEqual([]);
      expect(prose.filter(([, v]) => /« | »/.test(v)), `${ns}: plain space inside « »`).toEqual([]);
    }
  });
});

/** Sample parameters for a message: each placeholder gets a value; `count` 1 and 1200 for plurals (with or without a {{count}} placeholder). */
function samples(template: string, plural = false): MessageParams[] {
  const params: MessageParams = plural ? { count: 3 } : {};
  for (const [, name] of template.matchAll(/\{\{\s*(\w+)/g)) params[name!] = name === 'count' || name === 'status' || name === 'seconds' || name === 'id' ? 3 : `<${name}>`;
  return 'count' in params ? [{ ...params, count: 1 }, { ...params, count: 1200 }] : [params];
}

/** Every .ts file under a folder. */
function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
}

describe('the core’s coded messages', () => {
  it('have English and French words for every code the code base uses', () => {
    const english = new Set(leaves(enMessages as Tree).map(([k]) => k.replace(/_(one|other)$/, '')));
    const french = new Set(leaves(frMessages as Tree).map(([k]) => k.replace(/_(one|other)$/, '')));
    // coded('…') calls, and codes written by hand beside their English (the renderer's transport, the preload, a refinement in the contract).
    const groups = Object.keys(enMessages).join('|');
    const handWritten = new RegExp(`[cC]ode: '((?:${groups})\\.[\\w.]+)'`, 'g');
    const used = ['electron', 'shared', 'renderer/src']
      .flatMap((dir) => sources(dir))
      .flatMap((file) => {
        const text = readFileSync(file, 'utf8');
        return [...text.matchAll(/coded\(\s*'([\w.]+)'/g), ...text.matchAll(handWritten)].map((m) => m[1]!);
      });
    expect(used.length).toBeGreaterThan(40);
    expect(used.filter((code) => !english.has(code) || !french.has(code))).toEqual([]);
  });

  it('say in English exactly what i18next says in English, for every code', () => {
    const codes = new Set(leaves(enMessages as Tree).map(([k]) => k.replace(/_(one|other)$/, '')));
    for (const code of codes) {
      const [key, template] = leaves(enMessages as Tree).find(([k]) => k === code || k.startsWith(`${code}_`))!;
      for (const params of samples(template, key !== code)) {
        expect(englishText(code, params), code).toBe(messageTextIn(en, { message: '', code, params }));
      }
    }
  });

  it('name a decision in the reader’s language', () => {
    const message = coded('undo.alreadyUndone', { action: 'approve', type: 'comment', author: 'Cyn' });
    expect(message.english).toBe('“Approve comment by Cyn” was already undone or is no longer needed.');
    expect(messageTextIn(fr, { message: message.english, code: message.code, params: message.params })).toBe(
      '«\u00a0Approuver le commentaire de Cyn\u00a0» a déjà été annulé ou n’est plus nécessaire.',
    );
    expect(messageTextIn(fr, { message: '', ...coded('batch.spam', { count: 3 }) })).toBe('Marquer 3 commentaires comme indésirables');
    expect(coded('batch.approve', { count: 1 }).english).toBe('Approve 1 comment');
  });

  it('say a notice and its nested reason both in French', () => {
    const reason = coded('wp.unreachable', { host: 'blog.example' });
    const notice = coded('notice.unrepliedFailed', { reason });
    expect(notice.english).toBe(
      "Moderato could not read the site's approved comments for Unreplied: Moderato could not reach blog.example. Check the internet connection; Moderato will try again.",
    );
    expect(messageTextIn(fr, { message: notice.english, code: notice.code, params: notice.params })).toBe(
      'Moderato n’a pas pu lire les commentaires approuvés du site pour la vue Sans réponse\u00a0: Impossible de joindre blog.example. Vérifiez la connexion Internet\u00a0; Moderato réessaiera.',
    );
  });

  it('fall back to the stored English text when there is no code, or a code this version does not know', () => {
    expect(messageTextIn(fr, { message: 'Moderato could not reach old.example.' })).toBe('Moderato could not reach old.example.');
    expect(messageTextIn(fr, { message: 'A newer message.', code: 'wp.somethingNew', params: {} })).toBe('A newer message.');
  });
});
