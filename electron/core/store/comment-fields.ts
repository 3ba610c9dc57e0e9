// What the store derives from a comment before writing it: the columns from a site's copy,
// the author key, the flag columns, the subject of its flag context. Pure: no statement runs here.
import type { CommentType, Flag, FlagResult } from '../../../shared/types';
import type { RemoteComment } from '../sync/ports';
import type { LocalStatus } from './action-kinds';
import type { ContextSubject } from './flag-context';
import { flagsSignature } from './flags-signature';
import { siteOfHost } from '../../../shared/flags/domains';
import { hostOf, plainTextHash, toPlainText } from './plain-text';
import type { CommentRow } from './rows';

export function authorKey(email: string, name: string): string {
  const e = email.trim().toLowerCase();
  return e !== '' ? e : `name:${name.trim().toLowerCase()}`;
}

/** WordPress-like rendering of text typed in Moderato: blank lines make paragraphs. */
export function renderTypedText(text: string): string {
  return text
    .trim()
    .split(/\n\s*\n/)
    .map((para) => `<p>${para.replace(/\n/g, '<br />\n')}</p>`)
    .join('\n');
}

/** The site an author's website belongs to (its registrable domain), '' without one: campaigns are counted by it. */
export function authorDomain(host: string): string {
  return host !== '' ? siteOfHost(host) : '';
}

/** Columns written from a RemoteComment, plus its plain text for the search index. */
export function remoteFields(c: RemoteComment) {
  const plain = toPlainText(c.content_raw);
  const host = hostOf(c.author_url);
  return {
    post_id: c.post,
    parent_remote_id: c.parent,
    author_user_id: c.author,
    type: c.type,
    author_name: c.author_name,
    author_email: c.author_email,
    author_url: c.author_url,
    author_ip: c.author_ip,
    author_user_agent: c.author_user_agent,
    author_key: authorKey(c.author_email, c.author_name),
    author_host: host,
    author_domain: authorDomain(host),
    date_gmt: c.date_gmt,
    content_raw: c.content_raw,
    content_rendered: c.content_rendered,
    link: c.link,
    text_hash: plainTextHash(plain),
    server_status: c.status,
    local_status: c.status as LocalStatus,
    plain,
  };
}

export function sameAsStored(row: CommentRow, c: RemoteComment): boolean {
  return (
    row.server_status === c.status &&
    row.content_raw === c.content_raw &&
    row.content_rendered === c.content_rendered &&
    row.author_name === c.author_name &&
    row.author_email === c.author_email &&
    row.author_url === c.author_url &&
    row.author_ip === c.author_ip &&
    row.author_user_agent === c.author_user_agent &&
    row.post_id === c.post &&
    row.parent_remote_id === c.parent &&
    row.type === c.type &&
    row.date_gmt === c.date_gmt &&
    row.link === c.link
  );
}

export function subjectOf(r: {
  id: number;
  site_id: number;
  author_key: string;
  author_ip: string;
  text_hash: number;
  author_host: string;
  author_domain: string;
  type: CommentType;
  local_status: LocalStatus;
}): ContextSubject {
  return {
    siteId: r.site_id,
    key: r.author_key,
    ip: r.author_ip,
    hash: r.text_hash,
    host: r.author_host,
    domain: r.author_domain,
    type: r.type,
    status: r.local_status,
    id: r.id,
  };
}

/**
 * How many flags raise suspicion (weight > 0, and not a note that fits most genuine comments,
 * such as "first comment from this author"): the Flagged view's test.
 */
export function raisingCount(flags: readonly Flag[]): number {
  let n = 0;
  for (const f of flags) if (f.weight > 0 && !f.note) n++;
  return n;
}

/** Rows of a re-flag page, by position (see reflagPage in prepared-statements.ts). */
export type ReflagRow = [
  id: number,
  siteId: number,
  type: CommentType,
  authorName: string,
  authorEmail: string,
  authorUrl: string,
  authorIp: string,
  authorKey: string,
  authorHost: string,
  textHash: number,
  status: LocalStatus,
  content: string,
  flagsSig: number | null,
  score: number,
  likelySpam: number,
  spamProbability: number | null,
  authorDomain: string,
];

export const REFLAG_COLUMNS = `id, site_id, type, author_name, author_email, author_url, author_ip, author_key,
  author_host, text_hash, local_status, content_raw, flags_sig, score, likely_spam, spam_probability, author_domain`;

export function reflagSubject(r: ReflagRow): ContextSubject {
  return { siteId: r[1], key: r[7], ip: r[6], hash: r[9], host: r[8], domain: r[16], type: r[2], status: r[10], id: r[0] };
}

export function flagColumns(result: FlagResult) {
  return {
    flags: JSON.stringify(result.flags),
    flags_sig: flagsSignature(result.flags),
    flag_count: raisingCount(result.flags),
    score: result.score,
    likely_spam: result.likelySpam ? 1 : 0,
    spam_probability: result.spamProbability,
  };
}
