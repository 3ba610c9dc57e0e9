import { describe, expect, it } from 'vitest';
import { FLAG_CODES, type FlagCode, type FlagParams } from '../../../shared/flags/codes';
import { renderReason } from '../../../shared/flags/reasons';
import { flagTextIn, type FlagTranslate } from '../../../shared/i18n/flag-text';
import { i18n } from '../../../renderer/src/i18n';

const en = i18n.getFixedT('en') as unknown as FlagTranslate;
const fr = i18n.getFixedT('fr') as unknown as FlagTranslate;

// Parameters for every code, with the edge of each plural (1 and many) and of each list (short, cut off).
const SAMPLES: Record<FlagCode, FlagParams[]> = {
  'blocked-words': [{ terms: ['casino'] }, { terms: ['a', 'b', 'c', 'd', 'e', 'f'] }],
  'abuse-words': [{ terms: ['idiot'] }],
  'spam-words': [{ terms: ['viagra', 'cialis'] }],
  'self-promotion': [{ terms: ['check out my blog'] }],
  'generic-praise': [{ terms: ['great post'] }],
  'generic-praise-author-url': [{ terms: ['nice article'] }],
  'generic-praise-link': [{ terms: ['thanks for sharing'] }],
  'name-blocked-words': [{ terms: ['casino'] }],
  'name-abuse-words': [{ terms: ['jerk'] }],
  'name-spam-words': [{ terms: ['loans'] }],
  link: [{}],
  links: [{ count: 3, limit: 2 }],
  'reference-links': [{ domains: ['github.com', 'developer.mozilla.org'] }],
  'link-shortener': [{ domain: 'bit.ly' }],
  'contact-address': [{ address: 'dr.remedy@mail.example' }],
  'spam-domain': [{ domain: 'pills.example', count: 1 }, { domain: 'pills.example', count: 12 }],
  'author-url-name': [{}],
  'author-placeholder-name': [{ name: 'homepage' }],
  'styled-letters': [{}],
  'keyboard-mash': [{ words: ['sdfgsdfg', 'dfghdfgh'] }],
  'earnings-claim': [{ phrase: 'made $17,450 last month' }],
  'mentor-pitch': [{ phrase: 'got my second withdrawal' }],
  'template-title': [{ title: 'Making sourdough at home' }],
  'spin-template': [{ choice: '{Hi|Hello|Hey}' }],
  'author-bot-name': [{ given: 'James', added: 'fup' }],
  'generic-text-author-url': [{}],
  'author-commercial-name': [{ words: ['seo', 'agency'] }],
  'author-name-is-website': [{ site: 'bestloans.example' }],
  'author-name-in-text': [{ site: 'literie-confortplus.example', words: ['literie'] }],
  'author-commercial-website': [{ words: ['plumbing'], site: 'plumbing.example' }],
  'author-site-trade': [{ words: ['payday', 'loans'], site: 'bestpaydayloans.example' }],
  'author-site-page': [{ words: ['dental'], site: 'brightsmiledental.example' }],
  'author-site-referral': [{ site: 'exchange.example' }],
  'author-email-trade': [{ domain: 'cheap-essay-writers.example', words: ['essay', 'cheap'] }],
  'disposable-email': [{ domain: 'mailinator.com' }],
  'known-spam-email': [{ count: 1 }, { count: 4 }],
  'known-spam-ip': [{ count: 1 }, { count: 2 }],
  'approved-author': [{ count: 1 }, { count: 35 }],
  'first-time-author': [{}],
  shouting: [{ percent: 80 }],
  duplicate: [{ count: 1 }, { count: 3 }],
  campaign: [{ authors: 1 }, { authors: 5 }],
  'campaign-similar': [{ authors: 1 }, { authors: 3 }],
  'campaign-site': [{ authors: 1, site: 'kitchens.example' }, { authors: 4, site: 'kitchens.example' }],
  'campaign-spam': [{ count: 1 }, { count: 7 }],
  'campaign-spam-similar': [{ count: 1 }, { count: 3 }],
  'foreign-language': [{ language: 'rus', siteLanguages: ['fra', 'eng'] }, { language: 'xyz', siteLanguages: [] }],
  'foreign-language-site': [{ language: 'fra', siteLanguage: 'eng' }],
  'foreign-price-enquiry': [{ term: 'prezioa' }],
  'phone-support': [{ number: '+1 888 555 0100' }],
  'support-pitch': [{ product: 'QuickBooks' }],
  'unknown-pingback': [{ type: 'trackback' }],
  'pingback-template': [{ phrase: 'read more infos' }],
  'pingback-farm-domain': [{ suffix: '.xyz', site: 'recipehubdaily.xyz' }],
  'like-marked-spam': [{ via: 'email' }, { via: 'similar-text' }],
  'like-marked-genuine': [{ via: 'domain' }],
  'classifier-spam': [
    { percent: 93, features: ['w:casino', 'd:pills.example', 'l:2', 'n:seo', 'u:*', 'e:mail.ru', 't:pingback', 's:praise', 's:name-spam', 's:author-site-trade', 's:author-site-referral', 's:generic-text', 's:keyboard-mash', 's:earnings-claim', 's:template-title', 's:bot-name', 'i:203.0.113', 's:personal-site', 'w:#long-number'] },
    { percent: 90, features: [] },
  ],
  'classifier-genuine': [{ percent: 88, features: ['l:0', 'u:example.org', 'w:#1'] }],
};

describe('flag reasons in the UI language', () => {
  it('English says exactly what shared/flags/reasons.ts says, for every code', () => {
    for (const code of FLAG_CODES) {
      for (const params of SAMPLES[code]) expect(flagTextIn(en, { code, params, reason: '' })).toBe(renderReason(code, params));
    }
  });

  it('French renders every code with no English left and French typography', () => {
    for (const code of FLAG_CODES) {
      for (const params of SAMPLES[code]) {
        const text = flagTextIn(fr, { code, params, reason: '' });
        expect(text).not.toBe(renderReason(code, params));
        expect(text).not.toMatch(/flags:|codes\.|[“”]| the | comment /);
      }
    }
    expect(flagTextIn(fr, { code: 'blocked-words', params: { terms: ['casino', 'poker'] }, reason: '' })).toBe(
      'Mots que vous avez bloqués\u00a0: «\u00a0casino\u00a0», «\u00a0poker\u00a0»',
    );
    expect(flagTextIn(fr, { code: 'known-spam-email', params: { count: 1 }, reason: '' })).toBe(
      'Cette adresse e-mail a déjà envoyé 1 commentaire marqué comme indésirable',
    );
    expect(flagTextIn(fr, { code: 'foreign-language', params: { language: 'rus', siteLanguages: ['fra', 'eng'] }, reason: '' })).toBe(
      'Écrit en russe\u00a0; les commentaires de ce site sont en français et anglais',
    );
  });

  it('an older flag without a code keeps its stored sentence', () => {
    expect(flagTextIn(fr, { reason: 'Contains 3 links' })).toBe('Contains 3 links');
  });

  it('a code newer than this build shows its stored English sentence, not an empty line', () => {
    const newer = { code: 'a-code-of-a-later-version' as FlagCode, params: {}, reason: 'Something a later version reads' };
    expect(flagTextIn(fr, newer)).toBe('Something a later version reads');
  });
});
