// A flag's reason in the reader's language: its code and parameters through the `flags`
// namespace (shared/i18n/locales/{en,fr}/flags.json), for the renderer and the CLI alike.
// The English resource says exactly what shared/flags/reasons.ts says (a test holds them
// together); lists, quotes, language names and the filter's features are put in words here
// with the language's own quotes and conjunctions. A flag stored before codes keeps its sentence.
import type { FlagCode, FlagParams } from '../flags/codes';
import type { Flag } from '../types';

/** i18next's t, narrowed to what this file needs (any instance whose resources hold `flags`). */
export type FlagTranslate = (key: string, options?: Record<string, unknown>) => string;

type Param = FlagParams[string] | undefined;
const list = (v: Param): readonly string[] => (Array.isArray(v) ? v : v === undefined ? [] : [String(v)]);
const num = (v: Param): number => (typeof v === 'number' ? v : Number(v ?? 0));

export function flagReasonIn(t: FlagTranslate, code: FlagCode, p: FlagParams = {}): string {
  const quoted = (v: Param, max = 4): string => {
    const terms = list(v);
    const shown = terms.slice(0, max).map((text) => t('flags:quote', { text })).join(t('flags:listSeparator'));
    return terms.length > max ? t('flags:more', { shown, count: terms.length - max }) : shown;
  };
  const language = (c: string): string => t(`flags:language.${c}`, { defaultValue: c });
  const via = (v: Param): string => t(`flags:via.${String(v)}`, { defaultValue: String(v) });
  const feature = (key: string): string => {
    const value = key.slice(2);
    const signal = (s: string): string => t(`flags:signal.${s}`, { defaultValue: s });
    switch (key.slice(0, 2)) {
      case 'w:':
        return value.startsWith('#') ? t(value === '#long-number' ? 'flags:feature.longNumber' : 'flags:feature.number') : t('flags:feature.word', { value });
      case 'd:':
        return t('flags:feature.domain', { value });
      case 'l:':
        return t(value === '0' ? 'flags:feature.noLink' : value === '1' ? 'flags:feature.oneLink' : 'flags:feature.manyLinks');
      case 'n:':
        return t('flags:feature.name', { value });
      case 'u:':
        return value === '*' ? t('flags:feature.anyUrl') : t('flags:feature.url', { value });
      case 'e:':
        return t('flags:feature.email', { value });
      case 'i:':
        return t('flags:feature.network', { value });
      case 't:':
        return t('flags:feature.type', { value: t(`flags:pingbackType.${value}`, { defaultValue: value }) });
      case 's:':
        if (t(`flags:signal.${value}`, { defaultValue: '' })) return signal(value);
        return value.startsWith('name-') ? t('flags:feature.inName', { signal: signal(value.slice(5)) }) : value;
      default:
        return key;
    }
  };
  const key = `flags:codes.${code}`;
  switch (code) {
    case 'blocked-words':
    case 'abuse-words':
    case 'spam-words':
    case 'self-promotion':
    case 'generic-praise':
    case 'generic-praise-author-url':
    case 'generic-praise-link':
    case 'name-blocked-words':
    case 'name-abuse-words':
    case 'name-spam-words':
      return t(key, { terms: quoted(p.terms) });
    case 'keyboard-mash':
      return t(key, { words: quoted(p.words) });
    case 'earnings-claim':
    case 'mentor-pitch':
      return t(key, { phrase: String(p.phrase) });
    case 'template-title':
      return t(key, { title: String(p.title) });
    case 'spin-template':
      return t(key, { choice: String(p.choice) });
    case 'links':
      return t(key, { count: num(p.count), limit: num(p.limit) });
    case 'reference-links':
      return t(key, { domains: list(p.domains).join(', ') });
    case 'link-shortener':
    case 'disposable-email':
      return t(key, { domain: String(p.domain) });
    case 'contact-address':
      return t(key, { address: String(p.address) });
    case 'spam-domain':
      return t(key, { domain: String(p.domain), count: num(p.count) });
    case 'known-spam-email':
    case 'known-spam-ip':
    case 'approved-author':
    case 'duplicate':
    case 'campaign-spam':
    case 'campaign-spam-similar':
      return t(key, { count: num(p.count) });
    case 'campaign':
    case 'campaign-similar':
      return t(key, { count: num(p.authors) });
    case 'campaign-site':
      return t(key, { count: num(p.authors), site: String(p.site) });
    case 'author-commercial-name':
      return t(key, { words: quoted(p.words) });
    case 'author-name-is-website':
      return t(key, { site: String(p.site) });
    case 'author-name-in-text':
    case 'author-commercial-website':
    case 'author-site-trade':
    case 'author-site-page':
      return t(key, { words: quoted(p.words), site: String(p.site) });
    case 'author-site-referral':
      return t(key, { site: String(p.site) });
    case 'author-email-trade':
      return t(key, { words: quoted(p.words), domain: String(p.domain) });
    case 'shouting':
      return t(key, { percent: num(p.percent) });
    case 'foreign-language': {
      const site = list(p.siteLanguages).map(language);
      return t(key, { language: language(String(p.language)), siteLanguages: site.join(t('flags:and')) || t('flags:otherLanguages') });
    }
    case 'foreign-language-site':
      return t(key, { language: language(String(p.language)), siteLanguage: language(String(p.siteLanguage)) });
    case 'phone-support':
      return t(key, { number: String(p.number) });
    case 'support-pitch':
      return t(key, { product: String(p.product) });
    case 'foreign-price-enquiry':
      return t(key, { term: String(p.term) });
    case 'author-bot-name':
      return t(key, { given: String(p.given), added: String(p.added) });
    case 'author-placeholder-name':
      return t(key, { name: String(p.name) });
    case 'pingback-template':
      return t(key, { phrase: String(p.phrase) });
    case 'pingback-farm-domain':
      return t(key, { suffix: String(p.suffix), site: String(p.site) });
    case 'unknown-pingback':
      return t(key, { type: t(`flags:pingbackType.${String(p.type)}`, { defaultValue: String(p.type) }) });
    case 'like-marked-spam':
    case 'like-marked-genuine':
      return t(key, { via: via(p.via) });
    case 'classifier-spam':
    case 'classifier-genuine': {
      const head = t(key, { percent: num(p.percent) });
      const why = list(p.features).map(feature).join(t('flags:featureSeparator'));
      return why ? t('flags:because', { head, why }) : head;
    }
    case 'link':
    case 'author-url-name':
    case 'first-time-author':
    case 'styled-letters':
    case 'generic-text-author-url':
      return t(key);
  }
}

/**
 * What a surface shows for a flag: its code in the reader's language, or the stored English
 * sentence of an older flag, and of a code newer than this build's catalogue (a web page built
 * before its core was updated): a sentence in English rather than an empty line.
 */
export function flagTextIn(t: FlagTranslate, flag: Pick<Flag, 'code' | 'params' | 'reason'>): string {
  const text: string | undefined = flag.code ? flagReasonIn(t, flag.code, flag.params) : undefined;
  return text || flag.reason;
}
