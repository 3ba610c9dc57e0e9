// The English sentence of each flag code. Pure and small: the renderer and the CLI render
// reasons with it, and the flag engine fills Flag.reason with it. A French rendering keys on
// the same codes (codes.ts); a flag stored before codes existed keeps its stored sentence.

import type { Flag } from '../types';
import type { FlagCode, FlagParams } from './codes';

const LANGUAGES: Record<string, string> = {
  eng: 'English', fra: 'French', spa: 'Spanish', por: 'Portuguese', deu: 'German', ita: 'Italian',
  nld: 'Dutch', rus: 'Russian', ukr: 'Ukrainian', pol: 'Polish', ces: 'Czech', slk: 'Slovak',
  ron: 'Romanian', hun: 'Hungarian', tur: 'Turkish', ell: 'Greek', bul: 'Bulgarian', srp: 'Serbian',
  hrv: 'Croatian', swe: 'Swedish', arb: 'Arabic', pes: 'Persian', heb: 'Hebrew', hin: 'Hindi',
  ben: 'Bengali', urd: 'Urdu', cmn: 'Chinese', jpn: 'Japanese', kor: 'Korean', vie: 'Vietnamese',
  tha: 'Thai', ind: 'Indonesian', zlm: 'Malay', tgl: 'Tagalog', eus: 'Basque', lvs: 'Latvian',
  lit: 'Lithuanian', est: 'Estonian', fin: 'Finnish', dan: 'Danish', nob: 'Norwegian', cat: 'Catalan',
  // the rest of what franc-min tells apart
  jav: 'Javanese', tel: 'Telugu', mar: 'Marathi', tam: 'Tamil',
  guj: 'Gujarati', kan: 'Kannada', mai: 'Maithili', mal: 'Malayalam', mya: 'Burmese', swh: 'Swahili', sun: 'Sundanese',
  pan: 'Punjabi', bho: 'Bhojpuri', amh: 'Amharic', hau: 'Hausa', fuv: 'Fulfulde', bos: 'Bosnian',
  ckb: 'Kurdish (Sorani)', yor: 'Yoruba', uzn: 'Uzbek', ibo: 'Igbo', npi: 'Nepali', ceb: 'Cebuano', skr: 'Saraiki',
  azj: 'Azerbaijani', sin: 'Sinhala', koi: 'Komi-Permyak', mag: 'Magahi', run: 'Kirundi', bel: 'Belarusian',
  plt: 'Malagasy', qug: 'Quichua', mad: 'Madurese', nya: 'Chichewa', zyb: 'Zhuang', pbu: 'Pashto', kin: 'Kinyarwanda',
  zul: 'Zulu', lin: 'Lingala', som: 'Somali', hms: 'Southern Qiandong Miao', hnj: 'Hmong Njua', ilo: 'Ilocano',
  kaz: 'Kazakh',
};

/** "eng" → "English"; an unknown code is shown as is. */
export function languageName(code: string): string {
  return LANGUAGES[code] ?? code;
}

const list = (v: FlagParams[string] | undefined): readonly string[] => (Array.isArray(v) ? v : v === undefined ? [] : [String(v)]);

/** “a”, “b”, “c”, “d” and 2 more. */
function quoted(v: FlagParams[string] | undefined, max = 4): string {
  const terms = list(v);
  // A loop rather than slice, map and join: a sentence is written for every flag of every comment checked.
  let shown = '';
  for (let k = 0; k < terms.length && k < max; k++) shown += k === 0 ? `“${terms[k]}”` : `, “${terms[k]}”`;
  return terms.length > max ? `${shown} and ${terms.length - max} more` : shown;
}

const num = (v: FlagParams[string] | undefined): number => (typeof v === 'number' ? v : Number(v ?? 0));
const comments = (n: number): string => (n === 1 ? '1 comment' : `${n} comments`);
const times = (n: number): string => (n === 1 ? 'once' : `${n} times`);

const VIA: Record<string, string> = {
  text: 'the same text',
  'similar-text': 'nearly the same text',
  email: 'the same e-mail address',
  domain: 'the same website',
  ip: 'the same IP address',
};

/** A classifier feature key as a phrase: "d:example.com" → "a link to example.com". */
export function describeFeature(key: string): string {
  const value = key.slice(2);
  switch (key.slice(0, 2)) {
    case 'w:':
      return value.startsWith('#') ? (value === '#long-number' ? 'a long number' : 'a number') : `the word “${value}”`;
    case 'd:':
      return `a link to ${value}`;
    case 'l:':
      return value === '0' ? 'no link' : value === '1' ? 'one link' : 'two or more links';
    case 'n:':
      return `“${value}” in the author’s name`;
    case 'u:':
      return value === '*' ? 'the author gives a website' : `the author’s website ${value}`;
    case 'e:':
      return `an email address at ${value}`;
    case 'i:':
      return `an IP address in the network ${value}`;
    case 't:':
      return `a ${value}`;
    case 's:':
      return SIGNAL_LABELS[value] ?? (value.startsWith('name-') ? `${SIGNAL_LABELS[value.slice(5)] ?? value.slice(5)} in the author’s name` : value);
    default:
      return key;
  }
}

const SIGNAL_LABELS: Record<string, string> = {
  abuse: 'an insult or obscenity',
  spam: 'spam vocabulary',
  blocked: 'a word you blocked',
  promotion: 'a call to visit, watch or subscribe',
  mention: 'a mention of the author’s own site or channel',
  request: 'a request to go and look, listen or like',
  praise: 'praise that fits any article',
  'praise-with-link': 'generic praise next to a link',
  'generic-text': 'a text that names nothing of any article, under an advertised website',
  'keyboard-mash': 'letters typed at random',
  'earnings-claim': 'a claim of what the author earns',
  'template-title': 'a template with the article’s title pasted in',
  'personal-site': 'a website named after its author',
  'author-url-name': 'a web address in the author’s name',
  'placeholder-name': 'a link’s label as the author’s name',
  'bot-name': 'a given name with letters stuck on, as bots sign',
  'pingback-template': 'a link farm’s words in a pingback',
  'author-commercial': 'a business name as author',
  shouting: 'mostly capital letters',
  'phone-support': 'a support phone number',
  support: 'an offer of support or customer service',
  trouble: 'a computer or account trouble',
  product: 'a product sold with support numbers',
  shortener: 'a shortened link',
  reference: 'a link to documentation or code',
  disposable: 'a throwaway e-mail address',
  'author-site-trade': 'a trade’s words in the author’s website',
  'author-site-referral': 'a referral link as the author’s website',
  foreign: 'a language this site does not use',
};

/** The English sentence for a code and its parameters. */
export function renderReason(code: FlagCode, p: FlagParams = {}): string {
  switch (code) {
    case 'blocked-words':
      return `Words you blocked: ${quoted(p.terms)}`;
    case 'abuse-words':
      return `Insult or obscenity: ${quoted(p.terms)}`;
    case 'spam-words':
      return `Spam vocabulary: ${quoted(p.terms)}`;
    case 'self-promotion':
      return `Self-promotion: ${quoted(p.terms)}`;
    case 'generic-praise':
      return `Praise that would fit any article: ${quoted(p.terms)}`;
    case 'generic-praise-author-url':
      return `Praise that would fit any article: ${quoted(p.terms)}, from an author advertising a website`;
    case 'generic-praise-link':
      return `Praise that would fit any article: ${quoted(p.terms)}, next to a link`;
    case 'name-blocked-words':
      return `In the author’s name — Words you blocked: ${quoted(p.terms)}`;
    case 'name-abuse-words':
      return `In the author’s name — Insult or obscenity: ${quoted(p.terms)}`;
    case 'name-spam-words':
      return `In the author’s name — Spam vocabulary: ${quoted(p.terms)}`;
    case 'link':
      return '1 link in the text';
    case 'links':
      return `${num(p.count)} links (WordPress holds comments at ${num(p.limit)})`;
    case 'reference-links':
      return `Links to documentation or code (${list(p.domains).join(', ')}): not counted against the author`;
    case 'link-shortener':
      return `A shortened link (${String(p.domain)}) hides where it leads`;
    case 'contact-address':
      return `Gives an address to write to, off the site (${String(p.address)})`;
    case 'spam-domain':
      return `Points to ${String(p.domain)}, seen in ${comments(num(p.count))} of this site’s spam`;
    case 'author-url-name':
      return 'The author’s name contains a web address';
    case 'styled-letters':
      // Said in words: the UI's fonts may not draw the styled letters themselves.
      return 'Written in styled letters (bold, wide or circled) or with hidden characters, to slip past word filters';
    case 'generic-text-author-url':
      return 'Says nothing of this article in particular, from an author advertising a website';
    case 'keyboard-mash':
      return `Letters typed at random (${quoted(p.words)})`;
    case 'template-title':
      return `A template with this article’s title pasted in (“${String(p.title)}”), as spam tools write`;
    case 'spin-template':
      return `A spinning tool’s template posted as it was, its choices unmade (“${String(p.choice)}”)`;
    case 'mentor-pitch':
      return `Vouches for a money “mentor” (“${String(p.phrase)}”), as the testimonials posted in chains do`;
    case 'earnings-claim':
      return `Claims what the author earns (“${String(p.phrase)}”), as schemes sold in comments do`;
    case 'author-bot-name':
      return `The author’s name is a given name with letters stuck on (“${String(p.given)}” + “${String(p.added)}”), as posting bots sign`;
    case 'author-placeholder-name':
      return `The author’s name is a link’s label, not a person’s (“${String(p.name)}”)`;
    case 'author-commercial-name':
      return `The author’s name reads like a business (${quoted(p.words)})`;
    case 'author-name-is-website':
      return `The author’s name is the name of their website (${String(p.site)})`;
    case 'author-name-in-text':
      return `The author’s name is the name of their website (${String(p.site)}), and the text sells what it is named for (${quoted(p.words)})`;
    case 'author-commercial-website':
      return `The author’s name reads like a business (${quoted(p.words)}) and is the name of their website (${String(p.site)})`;
    case 'author-site-trade':
      return `The author’s website reads like a trade (${quoted(p.words)} in ${String(p.site)})`;
    case 'author-site-page':
      return `The author’s website is a trade’s selling page, not a home page (${quoted(p.words)} in ${String(p.site)})`;
    case 'author-email-trade':
      return `The author’s e-mail address is at a trade’s domain (${quoted(p.words)} in ${String(p.domain)})`;
    case 'author-site-referral':
      return `The author’s website address is a referral link (${String(p.site)}): a sign-up that pays the author`;
    case 'disposable-email':
      return `A throwaway e-mail address (${String(p.domain)})`;
    case 'known-spam-email':
      return `This email address sent ${comments(num(p.count))} already marked spam`;
    case 'known-spam-ip':
      return `This IP address sent ${comments(num(p.count))} already marked spam`;
    case 'approved-author':
      return `This author has ${comments(num(p.count))} approved before`;
    case 'first-time-author':
      return 'First comment from this author';
    case 'shouting':
      return `Mostly capital letters (${num(p.percent)}%)`;
    case 'duplicate':
      return `The same text was posted ${times(num(p.count))} before`;
    case 'campaign': {
      const n = num(p.authors);
      return `The same text came from ${n === 1 ? 'another author' : `${n} other authors`}`;
    }
    case 'campaign-similar': {
      const n = num(p.authors);
      return `Nearly the same text came from ${n === 1 ? 'another author' : `${n} other authors`} in the queue`;
    }
    case 'campaign-site': {
      const n = num(p.authors);
      return `The same website (${String(p.site)}) came from ${n === 1 ? 'another author' : `${n} other authors`}`;
    }
    case 'campaign-spam':
      return `The same text is in this site’s spam (${comments(num(p.count))})`;
    case 'campaign-spam-similar':
      return `Nearly the same text is in this site’s spam (${comments(num(p.count))})`;
    case 'foreign-language': {
      const site = list(p.siteLanguages).map(languageName);
      return `Written in ${languageName(String(p.language))}; this site’s comments are in ${site.join(' and ') || 'other languages'}`;
    }
    case 'foreign-language-site':
      return `Not in ${languageName(String(p.siteLanguage))}, this site’s language (it reads like ${languageName(String(p.language))})`;
    case 'foreign-price-enquiry':
      return `Asks for a price (“${String(p.term)}”) in a language this site does not use`;
    case 'phone-support':
      return `A phone number (${String(p.number)}) offered as support or customer service`;
    case 'support-pitch':
      return `Offers support or customer service for ${String(p.product)}, as tech-support spam does`;
    case 'unknown-pingback':
      return `A ${String(p.type)} from a site that never linked here before`;
    case 'pingback-template':
      return `A link farm’s words in the excerpt (“${String(p.phrase)}”)`;
    case 'pingback-farm-domain':
      return `A ping from a site on a top-level domain link farms favour (${String(p.suffix)}: ${String(p.site)})`;
    case 'like-marked-spam':
      return `Like the comment you marked spam (${VIA[String(p.via)] ?? String(p.via)})`;
    case 'like-marked-genuine':
      return `Like the comment you marked not spam (${VIA[String(p.via)] ?? String(p.via)})`;
    case 'classifier-spam':
    case 'classifier-genuine': {
      const pct = num(p.percent);
      const head =
        code === 'classifier-spam'
          ? `The filter trained on this site rates it ${pct}% spam`
          : `The filter trained on this site rates it ${pct}% genuine`;
      const why = list(p.features).map(describeFeature).join('; ');
      return why ? `${head}: ${why}` : head;
    }
  }
}

/** What the UI and the CLI show for a flag: its code rendered, or the sentence stored with an older flag. */
export function flagReason(flag: Pick<Flag, 'code' | 'params' | 'reason'>): string {
  // Flags stored by a version without codes have only their sentence.
  return flag.code ? renderReason(flag.code, flag.params) : flag.reason;
}
