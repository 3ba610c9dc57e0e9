// FlagContext for many comments at once. Ingest must flag 100,000 comments a second,
// so instead of five lookups per comment we run five grouped queries per batch
// (indexed, keyed by the batch's authors, IPs, text hashes and author domains) and then
// correct for the batch itself: its old stored versions leave, its new versions
// join, and a comment never counts itself. Nearly the same text from other authors is found in
// each site's window of recent pending texts (queue-texts.ts), not by a query.
import { languageOfLocale } from '../../../shared/flags/language';
import type { CommentType, FlagContext } from '../../../shared/types';
import type { LocalStatus } from './action-kinds';
import type { Db } from './open-database';
import { QueueTexts, type TextSketcher } from './queue-texts';

export interface ContextSubject {
  siteId: number;
  /** lower(email), or 'name:' + lower(name) when the email is empty */
  key: string;
  ip: string;
  hash: number;
  /** The author website's host: a pingback's source. */
  host: string;
  /** Its registrable domain (shared/flags/domains.ts siteOfHost): a campaign's website. */
  domain: string;
  type: CommentType;
  status: LocalStatus;
  /** The stored comment's id; absent for one not stored yet. */
  id?: number;
}

export interface ContextItem {
  now: ContextSubject;
  /** The stored version this item replaces, or null for a new comment. */
  old: ContextSubject | null;
}

const isEmailKey = (key: string) => key !== '' && !key.startsWith('name:');

/**
 * Counts per site and key. Two map levels instead of one map keyed by "site:key": a re-flag
 * looks up every stored comment, and building that string for each lookup cost more than the lookup.
 */
class PerSite {
  private readonly sites = new Map<number, Map<string, number>>();
  size = 0;

  get(siteId: number, key: string): number {
    return this.sites.get(siteId)?.get(key) ?? 0;
  }

  add(siteId: number, key: string, n: number): void {
    let m = this.sites.get(siteId);
    if (!m) {
      m = new Map();
      this.sites.set(siteId, m);
    }
    m.set(key, (m.get(key) ?? 0) + n);
    this.size++;
  }

  set(siteId: number, key: string, n: number): void {
    this.add(siteId, key, n - this.get(siteId, key));
  }
}

/** Counts by what a comment contributes to other comments' contexts. */
class Tally {
  readonly approved = new PerSite(); // site + author key
  readonly spamEmail = new Map<string, number>(); // author key (emails only)
  readonly spamIp = new Map<string, number>();
  readonly text = new Map<number, number>();
  /** Per text, its authors and how many comments each: a campaign is one text from several authors. */
  readonly textAuthors = new Map<number, Map<string, number>>();
  /** Per author website (its domain), the authors of pending or spam comments giving it: one website under many names. */
  readonly domainAuthors = new Map<string, Map<string, number>>();
  readonly pingbackHost = new PerSite(); // site + host, approved pingbacks/trackbacks

  /** Adds (n = 1) or removes (n = -1) one comment's contribution. */
  count(s: ContextSubject, n: number): void {
    add(this.text, s.hash, n);
    this.addAuthor(s.hash, s.key, n);
    if (advertisesSite(s)) this.addDomainAuthor(s.domain, s.key, n);
    if (s.status === 'approved') {
      this.approved.add(s.siteId, s.key, n);
      if (s.type !== 'comment' && s.host) this.pingbackHost.add(s.siteId, s.host, n);
    } else if (s.status === 'spam') {
      if (isEmailKey(s.key)) add(this.spamEmail, s.key, n);
      if (s.ip) add(this.spamIp, s.ip, n);
    }
  }

  addAuthor(hash: number, key: string, n: number): void {
    addAuthorTo(this.textAuthors, hash, key, n);
  }

  addDomainAuthor(domain: string, key: string, n: number): void {
    addAuthorTo(this.domainAuthors, domain, key, n);
  }

  /** Authors other than `key` with a comment of this text. */
  otherAuthors(hash: number, key: string): number {
    return othersIn(this.textAuthors.get(hash), key);
  }

  /** Authors other than `key` with a pending or spam comment giving this website. */
  otherDomainAuthors(domain: string, key: string): number {
    return othersIn(this.domainAuthors.get(domain), key);
  }
}

/** Counts `n` more comments of author `key` under `at` (a text, a website). */
function addAuthorTo<K>(byWhat: Map<K, Map<string, number>>, at: K, key: string, n: number): void {
  let authors = byWhat.get(at);
  if (!authors) {
    authors = new Map();
    byWhat.set(at, authors);
  }
  add(authors, key, n);
}

function othersIn(authors: Map<string, number> | undefined, key: string): number {
  if (!authors) return 0;
  let n = 0;
  for (const [k, c] of authors) if (c > 0 && k !== key) n++;
  return n;
}

/** A comment (not a pingback) whose author gives a website, waiting or in the Spam folder. */
const advertisesSite = (s: ContextSubject): boolean =>
  s.type === 'comment' && s.domain !== '' && (s.status === 'pending' || s.status === 'spam');

function add<K>(map: Map<K, number>, key: K, n: number): void {
  map.set(key, (map.get(key) ?? 0) + n);
}

export class FlagContextBuilder {
  private readonly byAuthor;
  private readonly byAuthorAll;
  private readonly spamByIp;
  private readonly spamByIpAll;
  private readonly byText;
  private readonly byTextAll;
  private readonly byDomain;
  private readonly byDomainAll;
  private readonly siteHistory;
  private readonly siteHistoryAll;
  private readonly pingbackHosts;
  private readonly sites;
  private readonly queueTexts;

  constructor(db: Db) {
    this.queueTexts = new QueueTexts(db);
    const inList = 'IN (SELECT value FROM json_each(?))';
    const author = `SELECT site_id AS s, author_key AS k, local_status AS st, count(*) AS n FROM comments
      WHERE local_status IN ('approved', 'spam') %w GROUP BY author_key, local_status, site_id`;
    this.byAuthor = db.prepare(author.replace('%w', `AND author_key ${inList}`));
    this.byAuthorAll = db.prepare(author.replace('%w', ''));
    const ip = `SELECT author_ip AS k, count(*) AS n FROM comments WHERE local_status = 'spam' %w GROUP BY author_ip`;
    this.spamByIp = db.prepare(ip.replace('%w', `AND author_ip ${inList}`));
    this.spamByIpAll = db.prepare(ip.replace('%w', ''));
    this.byText = db.prepare(
      `SELECT text_hash AS k, author_key AS a, count(*) AS n FROM comments WHERE text_hash ${inList} GROUP BY text_hash, author_key`,
    );
    // Only texts stored more than once: a text missing from the tally then counts once (the
    // comment itself). Most texts are unique, so a re-flag keeps a small map instead of one
    // entry per comment, and looks it up 100,000 times much faster.
    this.byTextAll = db.prepare(`SELECT text_hash AS k, author_key AS a, count(*) AS n FROM comments
      WHERE text_hash IN (SELECT text_hash FROM comments GROUP BY text_hash HAVING count(*) > 1) GROUP BY text_hash, author_key`);
    // The same website from several authors (index of migration 013); the whole table only for
    // websites given by more than one author, as for texts above.
    const domain = `SELECT author_domain AS k, author_key AS a, count(*) AS n FROM comments
      WHERE type = 'comment' AND author_domain <> '' AND local_status IN ('pending', 'spam') AND author_domain %w GROUP BY author_domain, author_key`;
    this.byDomain = db.prepare(domain.replace('%w', inList));
    this.byDomainAll = db.prepare(domain.replace('%w', `IN (SELECT author_domain FROM comments WHERE type = 'comment' AND author_domain <> ''
      AND local_status IN ('pending', 'spam') GROUP BY author_domain HAVING count(DISTINCT author_key) > 1)`));
    this.siteHistory = db.prepare(`SELECT site_id AS s, email AS k, approved_on_site AS n FROM author_history WHERE email ${inList}`);
    this.siteHistoryAll = db.prepare('SELECT site_id AS s, email AS k, approved_on_site AS n FROM author_history');
    this.pingbackHosts = db.prepare(`SELECT site_id AS s, author_host AS k, count(*) AS n FROM comments
      WHERE type <> 'comment' AND local_status = 'approved' GROUP BY site_id, author_host`);
    this.sites = db.prepare('SELECT id, host, language FROM sites');
  }

  /** How texts are sketched for nearly-same-text campaigns (queue-texts.ts); null: not compared. */
  setSketcher(sketcher: TextSketcher | null): void {
    this.queueTexts.setSketcher(sketcher);
  }

  /** The sketch of an arriving text, for `arriving` and `written`. */
  sketch(content: string): number[] | null {
    return this.queueTexts.sketch(content);
  }

  /** Contexts for stored comments (`items`), in order, each replacing its stored version. */
  build(items: readonly ContextItem[]): FlagContext[] {
    return this.arriving(items).contexts;
  }

  /**
   * Contexts for comments arriving or changed (`items`), in order; `sketches` are their texts'
   * sketches (without, stored comments' texts are taken as stored). `alike` are the stored
   * comments they found nearly the same: one more author now shares their text.
   */
  arriving(items: readonly ContextItem[], sketches?: readonly (number[] | null)[]): { contexts: FlagContext[]; alike: number[] } {
    const counts = this.load(items, false);
    // The stored versions of these comments are replaced by the new ones.
    for (const item of items) {
      if (item.old) counts.tally.count(item.old, -1);
      counts.tally.count(item.now, 1);
    }
    const similar = this.queueTexts.similarAuthors(items, sketches);
    return { contexts: items.map(({ now }, i) => contextOf(now, counts, similar.counts[i]!)), alike: similar.alike };
  }

  /** See QueueTexts.pendingLike. */
  pendingLike(siteId: number, sketches: readonly (readonly number[])[]): number[] {
    return this.queueTexts.pendingLike(siteId, sketches);
  }

  /** A comment was written: see QueueTexts.written. */
  written(siteId: number, id: number, sketch: readonly number[] | null, pendingComment: boolean, similarAuthors: number): void {
    this.queueTexts.written(siteId, id, sketch, pendingComment, similarAuthors);
  }

  /**
   * Contexts for comments that are not stored (the CLI judging an exported file against a
   * database): each as if it alone arrived now, so lines of one batch never count each other.
   */
  forNew(subjects: readonly ContextSubject[]): FlagContext[] {
    const counts = this.load(subjects.map((now) => ({ now, old: null })), false);
    return subjects.map((s) => {
      counts.tally.count(s, 1);
      const ctx = contextOf(s, counts, 0);
      counts.tally.count(s, -1);
      return ctx;
    });
  }

  /**
   * The context of any stored comment, from counts read once over the whole table: a
   * re-flag then reads the comments page by page instead of holding all of them at once.
   * Valid until the next write to comments.
   */
  forAll(): (subject: ContextSubject) => FlagContext {
    const counts = this.load([], true, true);
    const similar = this.queueTexts.allCounts(counts.siteIds);
    return (subject) => contextOf(subject, counts, subject.id !== undefined ? (similar.get(subject.id) ?? 0) : 0);
  }

  private load(items: readonly ContextItem[], whole: boolean, withPingbacks = false): Counts {
    const tally = new Tally();
    const siteApproved = new PerSite();
    const keys = new Set<string>();
    const ips = new Set<string>();
    const hashes = new Set<number>();
    const domains = new Set<string>();
    let hasPingbacks = withPingbacks;
    if (!whole) {
      for (const { now } of items) {
        keys.add(now.key);
        if (now.ip) ips.add(now.ip);
        hashes.add(now.hash);
        if (now.type === 'comment' && now.domain !== '') domains.add(now.domain);
        if (now.type !== 'comment') hasPingbacks = true;
      }
    } else {
      for (const { now } of items) if (now.type !== 'comment') hasPingbacks = true;
    }
    const keyJson = whole ? '' : JSON.stringify([...keys]);
    type Row = { s: number; k: string; st: LocalStatus; n: number };
    const authorRows = (whole ? this.byAuthorAll.all() : this.byAuthor.all(keyJson)) as Row[];
    for (const r of authorRows) {
      if (r.st === 'approved') tally.approved.add(r.s, r.k, r.n);
      else if (isEmailKey(r.k)) add(tally.spamEmail, r.k, r.n);
    }
    const ipRows = (whole ? this.spamByIpAll.all() : ips.size ? this.spamByIp.all(JSON.stringify([...ips])) : []) as Row[];
    for (const r of ipRows) add(tally.spamIp, r.k, r.n);
    const textRows = (whole ? this.byTextAll.all() : this.byText.all(JSON.stringify([...hashes]))) as {
      k: number;
      a: string;
      n: number;
    }[];
    for (const r of textRows) {
      add(tally.text, r.k, r.n);
      tally.addAuthor(r.k, r.a, r.n);
    }
    const domainRows = (whole ? this.byDomainAll.all() : domains.size ? this.byDomain.all(JSON.stringify([...domains])) : []) as { k: string; a: string; n: number }[];
    for (const r of domainRows) tally.addDomainAuthor(r.k, r.a, r.n);
    const historyRows = (whole ? this.siteHistoryAll.all() : this.siteHistory.all(keyJson)) as Row[];
    for (const r of historyRows) siteApproved.set(r.s, r.k, r.n);
    if (hasPingbacks) for (const r of this.pingbackHosts.all() as Row[]) tally.pingbackHost.add(r.s, r.k, r.n);
    // Each site's own host (its pingbacks are known sources, links to its pages no advertisement)
    // and the language its WordPress states, as the language check names languages.
    const siteHosts = new Map<number, string>();
    const siteLanguages = new Map<number, string>();
    const siteIds: number[] = [];
    for (const site of this.sites.all() as { id: number; host: string; language: string | null }[]) {
      siteIds.push(site.id);
      if (site.host) siteHosts.set(site.id, site.host);
      const language = languageOfLocale(site.language);
      if (language) siteLanguages.set(site.id, language);
    }
    return { tally, siteApproved, siteHosts, siteLanguages, siteIds };
  }
}

interface Counts {
  tally: Tally;
  siteApproved: PerSite;
  siteHosts: Map<number, string>;
  /** Sites whose WordPress states a language the check knows (shared/flags/language.ts). */
  siteLanguages: Map<number, string>;
  siteIds: number[];
}

function contextOf(now: ContextSubject, { tally, siteApproved, siteHosts, siteLanguages }: Counts, similarTextAuthors: number): FlagContext {
  // A comment never counts itself: take its own contribution back out.
  const approved = now.status === 'approved' ? 1 : 0;
  const spam = now.status === 'spam' ? 1 : 0;
  const local = tally.approved.get(now.siteId, now.key) - approved;
  // The site's count already includes comments approved here once they were pushed,
  // so the larger of the two is the honest figure, not their sum.
  const site = siteApproved.size ? siteApproved.get(now.siteId, now.key) : 0;
  const pingback = now.type !== 'comment' && now.host !== '';
  return {
    approvedByAuthor: Math.max(local, site),
    spamByEmail: isEmailKey(now.key) ? (tally.spamEmail.get(now.key) ?? 0) - spam : 0,
    spamByIp: now.ip ? (tally.spamIp.get(now.ip) ?? 0) - spam : 0,
    // Absent: a unique text (see byTextAll); a batch's own texts are always in the tally.
    sameText: (tally.text.get(now.hash) ?? 1) - 1,
    sameTextAuthors: tally.otherAuthors(now.hash, now.key),
    similarTextAuthors,
    sameSiteAuthors: now.type === 'comment' && now.domain !== '' ? tally.otherDomainAuthors(now.domain, now.key) : 0,
    knownPingbackSource:
      pingback &&
      (now.host === siteHosts.get(now.siteId) ||
        tally.pingbackHost.get(now.siteId, now.host) - approved > 0),
    siteLanguage: siteLanguages.get(now.siteId),
    siteHost: siteHosts.get(now.siteId),
  };
}
