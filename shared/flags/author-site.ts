// What the author's website address says: the trade its name is made of
// ("best-payday-loans.top", "onlinecasinobonus.info", "/buy-cialis-online/") and a referral code
// in it ("binance.com/join?ref=…"). A reader's own site is a name, a blog or a project; a
// comment written for its author link points at the trade it wants ranked, or at a sign-up that
// pays its author. Read from the address alone, and only for comments that give one.

import { isGivenName, isWord } from './category-name';
import { registrableDomain } from './domains';
import { TRAINING_CITIES, TRAINING_KINDS } from './lists/en';

/**
 * Stems of trades that comment spam advertises, found anywhere in the site's name or path
 * ("bestpaydayloans" holds "payday"): long and particular enough that a personal site's name
 * does not hold them by chance. Kinds of spam, not any one campaign's domains.
 */
const TRADE_STEMS: readonly string[] = [
  'casino', 'poker', 'payday', 'loans', 'viagra', 'cialis', 'levitra', 'pharma', 'tramadol', 'essay', 'homework',
  'assignmenthelp', 'followers', 'subscribers', 'forex', 'betting', 'sportsbook', 'escort', 'replica', 'cheap',
  'discount', 'coupon', 'promocode', 'backlink', 'proxies', 'weightloss', 'slimming', 'hookup', 'webcam', 'insurance',
  'mortgage', 'roofing', 'plumbing', 'plumber', 'locksmith', 'movers', 'rehab', 'detox', 'kratom', 'steroid',
  'supplement', 'wholesale', 'robux', 'vbucks', 'giftcard', 'generator', 'keygen', 'torrent', 'onlyfans', 'airline',
  'customercare', 'customerservice', 'helpline', 'support', 'helpdesk', 'techsupport', 'repair', 'renovation',
  'remodel', 'contractor', 'lawyer', 'attorney', 'injury', 'dentist', 'clinic', 'cosmetic', 'skincare', 'jewel',
  'bitcoin', 'crypto', 'trading', 'investment', 'creditcard', 'badcredit', 'marketing', 'agency', 'hosting', 'download',
  'streaming', 'hacks', 'cheats', 'brides', 'massage', 'tattoo', 'limousine', 'rental', 'immigration', 'slots', 'gambling',
  'vape', 'gummies', 'outlet', 'jerseys', 'handbag', 'sunglass', 'uggboots', 'clearance', 'hotels', 'villas', 'safari', 'booking',
  'keto', 'loan', 'homedecor', 'nhacai', 'gacor', 'schluesseldienst', 'schlusseldienst', 'prestamo', 'emprestimo', 'nearme',
  'workfromhome', 'makemoney', 'earnmoney', 'passiveincome', 'creditscore', 'creditrepair', 'restoration', 'waterdamage',
  'traiteur', 'certification',
  // local trades sold by city ("dallastreeremoval", "bestweddingplanners-nyc") and health products
  'removal', 'wedding', 'planner', 'salon', 'beauty', 'dental', 'realtor', 'realestate', 'cleaning', 'landscaping', 'landscaper',
  'pestcontrol', 'exterminator', 'towing', 'dumpster', 'flooring', 'roofer', 'electrician', 'garagedoor', 'hvac',
  'lawfirm', 'solicitor', 'ketodiet', 'dietpill', 'assignment', 'dissertation', 'coursework', 'whitening', 'gummies', 'cbd',
  // the same trades in French
  'agence', 'pascher', 'assurance', 'voyance', 'marabout', 'rachat', 'immobilier', 'plombier', 'serrurier', 'depannage',
  'demenagement', 'nettoyage', 'referencement', 'rencontre', 'pharmacie', 'bijoux', 'promotion', 'paysagiste', 'menuiserie',
  'toiture', 'couvreur', 'chauffagiste', 'elagage', 'ramonage', 'vitrier',
  // home improvement and furnishing, sold by the city or the department ("isolation-thermique-35", "garde-meuble-brest")
  'isolation', 'debarras', 'gardemeuble', 'poseparquet', 'carrelage', 'maconnerie', 'terrassement', 'climatisation',
  'pompeachaleur', 'pergola', 'veranda', 'literie', 'matelas', 'canape', 'puericulture', 'insulation', 'mattress',
  'furniture', 'guttering', 'decking', 'driveway', 'paving', 'solarpanel', 'windowreplacement',
  // placements sold with their tax breaks, and comparison sites
  'lmnp', 'scpi', 'defiscalisation', 'comparateur', 'comparatif', 'compared', 'uggs',
  // tutoring sold by the subject and the city, cars shipped across the country
  'tutoring', 'autotransport', 'carshipping',
  // certification "dumps" and final-year projects sold to students; weight-loss drugs sold online
  'dumps', 'finalyear', 'glp', 'semaglutide', 'ozempic', 'tirzepatide', 'wegovy',
  // French sports betting, adult dating and theses written to order
  'parissportif', 'coquin', 'redactionmemoire',
];

/**
 * Short trade words, counted only as a whole word of the address ("seo-agency", "buy-now", "cbd-shop"). Words
 * every kind of site uses ("online", "best", "reviews", "free") are not: "statistician-online" is a reader's.
 */
const TRADE_WORDS = new Set([
  'seo', 'shop', 'store', 'buy', 'deal', 'deals', 'sale', 'bet', 'bets', 'loan', 'vpn', 'apk', 'cbd', 'vape', 'keto', 'diet',
  'pills', 'pill', 'slot', 'slots', 'porn', 'sex', 'xxx', 'cams', 'spins', 'bonus', 'cash', 'outlet', 'promo', 'cheap',
  'credit', 'dating', 'lender', 'lenders', 'product', 'products', 'bonuses', 'deposit', 'crack', 'cracked', 'activator',
]);

/** Query keys and path words of referral and affiliate links. */
const REFERRAL_KEYS = new Set([
  'ref', 'refid', 'ref_id', 'refcode', 'ref_code', 'referral', 'referralcode', 'referral_code', 'aff', 'affid', 'aff_id',
  'affiliate', 'affiliate_id', 'partner', 'partner_id', 'invite', 'invitecode', 'invite_code', 'inviter', 'promocode',
]);

/** Trade words are a look on their own; a site made of two of them ("cheap-payday-loans") is more, and a vice's with another most. */
const TRADE_WORDS_WEIGHT = [2, 3, 3.5] as const;
/**
 * Trades no reader's own site is named for, gambling, drugs and sex sold online: one of them
 * weighs as two ordinary ones ("casino-en-ligne-fiable", "cheap-cialis").
 */
const VICE_TRADES = new Set(['casino', 'poker', 'betting', 'sportsbook', 'bet', 'bets', 'slot', 'slots', 'spins', 'viagra', 'cialis',
  'levitra', 'tramadol', 'kratom', 'steroid', 'escort', 'porn', 'xxx', 'sex', 'cams', 'webcam', 'hookup', 'onlyfans', 'payday', 'parissportif', 'coquin',
  '.bet', '.casino', '.poker', '.porn', '.sex', '.xxx']);

export interface AuthorSiteReading {
  /** The trade words of the address, in the order met (at most a few). */
  words: string[];
  /** The address carries a referral or affiliate code. */
  referral: boolean;
  /** The address is a page named by its words ("/dental-implants-houston/"), not a home page or a blog's post. */
  page: boolean;
}

const NOTHING: AuthorSiteReading = Object.freeze({ words: Object.freeze([]) as unknown as string[], referral: false, page: false });

/**
 * A host's public suffix ("co.uk", "blogspot.com") and the name before it ("www.shop.example"):
 * what its registrable domain (domains.ts, read once per host) adds to the suffix is its first
 * label. A blog on a platform the Public Suffix List leaves out ("anna.wordpress.com") has the
 * platform for suffix, as one on Blogger has.
 */
function splitHost(host: string): { suffix: string | null; name: string } {
  const domain = registrableDomain(host);
  const suffix = domain === null ? null : domain.slice(domain.indexOf('.') + 1);
  return { suffix, name: suffix && host.length > suffix.length ? host.slice(0, host.length - suffix.length - 1) : host };
}

/** A training institute's address: a course and its city ("pythontrainingpune", "/data-science-course-in-hyderabad/"). */
const COURSE_BY_CITY = new RegExp(`(?:${TRAINING_KINDS.join('|')})(?:in)?(?:${TRAINING_CITIES.join('|')})`);

/** A shop's page, or a landing page, given where a reader gives a home page: "/products/calming-chews", "/official". */
const SELLING_PAGE = /\/(?:products?|collections|shop|store|buy|order|official)(?:\/|$)/;

/**
 * A page named by its words, given where a reader gives a home page: "/dental-implants-houston/",
 * "/seo-for-dentists". Not a blog's post, which a reader may give for their website: dated, under
 * /blog/, ending in .html, or a title's slug, long or in the first person or a question
 * ("/our-kitchen-before-and-after/", "/why-we-left-london/").
 */
const LANDING_PAGE = /\/[a-z]+(?:-[a-z]+)+\/?$/;
const POST_PAGE = /\/(?:19|20)\d\d\/|\/blog\/|\.html?$|\/(?:[a-z]+-){5,}|[/-](?:my|our|i|we|me|us|how|why|what|when|mon|ma|mes|notre|nos|je|nous|comment|pourquoi|quand)(?:-|\/?$)/;

/** Marketplaces where makers keep a shop of their own under the marketplace's address. */
const MAKERS_MARKETS = new Set(['etsy.com', 'ko-fi.com', 'redbubble.com', 'society6.com', 'bandcamp.com', 'gumroad.com', 'folksy.com', 'alittlemarket.com', 'creezy.fr']);

/** A buyer's guide's page: a ranking's slug, or a product's review. */
const BUYERS_GUIDE_PAGE = /\/(?:best|top-\d+)-[a-z]|\/reviews?\/[a-z0-9]/;

/**
 * What `url` (the author's website, whose host is `host`) says of what it sells. `post` when the
 * address is a post's (a pingback's): its path is the post's title as a slug, where short words of
 * trade are the post's own ("/fixing-my-n64-jumper-pak-slot/"); only the longer stems are read there.
 */
export function readAuthorSite(url: string, host: string, post = false): AuthorSiteReading {
  const { name, suffix } = splitHost(host);
  const lower = url.toLowerCase();
  const hostAt = lower.indexOf(host);
  const rest = hostAt >= 0 ? lower.slice(hostAt + host.length) : '';
  const query = rest.indexOf('?');
  const whole = query >= 0 ? rest.slice(0, query) : rest;
  // A maker's shop on a marketplace (etsy.com/shop/HargreavesNestboxes): its name says what it
  // sells; the marketplace's "/shop/" says nothing more.
  const path = MAKERS_MARKETS.has(registrableDomain(host) ?? host) ? whole.replace(/^\/[^/]*/, '') : whole;
  const words: string[] = [];
  const add = (w: string): void => {
    if (!words.includes(w)) words.push(w);
  };
  // Each part of the site's name and path between dots, hyphens, slashes and digits; then each
  // label of the name with its hyphens taken out, for a trade written in two words ("pas-cher").
  const nameParts = name.split(/[^a-z]+/);
  const slugParts = path.split(/[^a-z]+/);
  const parts = [...nameParts, ...slugParts];
  for (const label of name.split('.')) if (label.includes('-')) parts.push(label.replace(/-/g, ''));
  for (const [i, part] of parts.entries()) {
    if (part.length < 3) continue;
    const inSlug = i >= nameParts.length && i < nameParts.length + slugParts.length;
    if (TRADE_WORDS.has(part)) {
      if (!(post && inSlug)) add(part);
    }
    // A stem inside a word already found ("loan" in "loans") is the same word.
    else if (part.length >= 5) for (const stem of TRADE_STEMS) if (part.includes(stem) && !words.some((w) => w.includes(stem))) add(stem);
  }
  // "best-kitchen-gadgets-reviews", "/meilleur-robot-cuiseur/" on "…-avis-comparatif": a buyer's guide
  // that earns on its links, whatever it reviews.
  // So is a page of one given as the author's website, where a reader gives a home page:
  // "/best-stand-mixers/", "/top-10-air-fryers/", "/reviews/ninja-dual-zone/".
  if ((parts.includes('best') && parts.some((p) => p.includes('review'))) || BUYERS_GUIDE_PAGE.test(path)) {
    add('best');
    add('reviews');
  }
  if (parts.some((p) => p === 'meilleur' || p === 'meilleurs' || p === 'meilleure' || p === 'meilleures') && parts.some((p) => p === 'avis' || p === 'comparatif' || p === 'test')) {
    add('meilleur');
    add('comparatif');
  }
  if (COURSE_BY_CITY.test(`${name}${path}`.replace(/[^a-z]/g, ''))) add('training');
  if (SELLING_PAGE.test(path)) add('product');
  // "velvetory.shop": the top-level domain says what the name does not.
  if (suffix !== null && SHOP_SUFFIXES.has(suffix)) add(`.${suffix}`);
  let referral = false;
  if (query >= 0) {
    for (const pair of rest.slice(query + 1).split(/[&#]/)) {
      const key = pair.split('=')[0]!;
      if (REFERRAL_KEYS.has(key)) referral = true;
    }
  }
  if (!referral && /\/(?:ref|referral|invite|aff|affiliate)\/[^/]+/.test(path)) referral = true;
  const page = !post && LANDING_PAGE.test(path) && !POST_PAGE.test(path);
  return words.length === 0 && !referral ? NOTHING : { words: words.slice(0, 4), referral, page };
}

/** What a personal site's name may add to its author's ("hannahwrites", "petesworkshop", "jordanphotography"). */
const PERSONAL_REST_LETTERS = 12;
/** And a French title closed by "de" and its writer's name (« les p'tits bonheurs de Céline », lesptitsbonheursdeceline). */
const FRENCH_TITLE_LETTERS = 20;
const SELLING = /best|shop|store|buy|cheap|deal|sale|vape|loan|casino|pharm|pills|escort/;
/** Top-level domains of shops: a trade of their own. */
const SHOP_SUFFIXES = new Set(['shop', 'store', 'sale', 'deals', 'buy', 'market', 'casino', 'bet', 'loans', 'agency', 'marketing', 'services']);
/** Those and the clubs' and businesses': no personal blog lives there. */
const SELLING_SUFFIXES = new Set([...SHOP_SUFFIXES, 'club', 'biz']);

/** Titles before a person's name: what follows them is a name ("Mrs. Elaine Porter", "Mme Rousseau"). */
const TITLES = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'm', 'mme', 'mlle', 'pr']);

/**
 * The author's website is named after them: its name starts or ends with theirs, whole, or with
 * a part of a name that reads as a person's ("Hannah" → hannahwrites.example, "Tom H" →
 * tomhiking.example, "Claire Martin" → clairemartin.example, "Laura Benedetti" →
 * lauraonthetrail.example, "Mrs. Elaine Porter" → porterclassroom.example, "Anne" →
 * lesjardinsdanne.example) and adds a few words at most, none of selling. Such a site is a
 * personal blog; "justinsbestvapes" and "brendasflowershop" are shops with their owner's name,
 * and "Phoenix Patio Covers" (phoenixpatio.example) is a business's name, not a person's: a given
 * name first, but dictionary words after it.
 */
export function isPersonalSite(name: string, host: string): boolean {
  const { suffix, name: siteName } = splitHost(host);
  if (suffix !== null && SELLING_SUFFIXES.has(suffix)) return false;
  const label = siteName.split('.').pop()!.replace(/[^a-z0-9]/g, '');
  // "Karen (Biscuit's mum)", "Mme Rousseau (CE2)": what the brackets add is no part of the name.
  const parts = name
    .toLowerCase()
    .replace(/\([^)]*\)/g, ' ')
    .normalize('NFD')
    .split(/\s+/)
    .map((p) => p.replace(/[^a-z0-9]/g, ''))
    .filter((p) => p !== '');
  // "Beth – The Frugal Potting Bench" (frugalpottingbench.com): a person signing with their blog's name.
  const signed = name.split(/\s+[–—|-]\s+/);
  if (signed.length === 2) {
    const blog = signed[1]!.toLowerCase().normalize('NFD').replace(/^the\s+/, '').replace(/[^a-z0-9]/g, '');
    const who = signed[0]!.trim().split(/\s+/)[0]!.toLowerCase();
    // "Claire | The Flour Cupboard" (theflourcupboard.blog): the article is the name's as much as the address's.
    if ((blog === label || `the${blog}` === label) && isGivenName(who)) return true;
  }
  const titled = parts.length > 1 && TITLES.has(parts[0]!);
  const person = titled ? parts.slice(1) : parts;
  if (namedAfter(person.join(''), label) || namedAfter(parts.join(''), label)) return true;
  if (person.length < 2 && !titled) return false;
  // A person's name: after a title; or a given name followed by words no dictionary has or
  // initials ("Priya Raman", "Tom H"). "Phoenix Patio Covers" and "bybit referral" are not.
  const first = person[0]!;
  // A surname that is a word as well as a name ("Martin", "Rose") is still a name.
  const reads = titled || (isGivenName(first) && person.slice(1).every((p) => p.length <= 2 || !isWord(p) || isGivenName(p)));
  if (!reads) return false;
  const last = person[person.length - 1]!;
  return namedAfter(first, label) || (last.length >= 4 && namedAfter(last, label));
}

function namedAfter(own: string, label: string): boolean {
  if (own.length < 3) return false;
  let rest: string;
  let limit = PERSONAL_REST_LETTERS;
  if (label.startsWith(own)) rest = label.slice(own.length).replace(/^s/, '');
  // "Anne", lesjardinsdanne (« les jardins d'Anne »), "Julia", thewanderingjulia: the name closes it.
  else if (own.length >= 4 && label.endsWith(own)) {
    rest = label.slice(0, label.length - own.length);
    if (/de?$/.test(rest)) limit = FRENCH_TITLE_LETTERS;
  } else return false;
  return rest.length <= limit && !SELLING.test(rest);
}

/** The weight of an author's website made of trade words. */
export function tradeWordsWeight(words: readonly string[]): number {
  const vice = words.some((w) => VICE_TRADES.has(w));
  // A gambling, drug or sex trade and another word of trade ("spinpalace-bonuses"): no reader's site at all.
  if (vice && words.length >= 2) return TRADE_WORDS_WEIGHT[2];
  return words.length >= 2 || vice ? TRADE_WORDS_WEIGHT[1] : TRADE_WORDS_WEIGHT[0];
}
