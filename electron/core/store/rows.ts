// Rows as SQLite returns them, and the mappers to the shared domain types. Pure: no
// statement runs here.
import type {
  ActionKind,
  CommentStatus,
  CommentSummary,
  CommentType,
  OutboxItem,
  OutboxState,
  Site,
  SyncRun,
} from '../../../shared/types';
import type { ErrorKind } from '../../../shared/errors';
import type { MessageParams } from '../../../shared/messages';
import type { LocalStatus } from './action-kinds';
import { excerptOf } from './plain-text';

/** The outbox states of an action not yet sent, as an SQL list. */
export const UNSENT = "('queued', 'sending', 'failed')";

export const nowIso = () => new Date().toISOString();

export interface CommentRow {
  id: number;
  site_id: number;
  remote_id: number;
  post_id: number;
  parent_remote_id: number;
  author_user_id: number;
  type: CommentType;
  author_name: string;
  author_email: string;
  author_url: string;
  author_ip: string;
  author_user_agent: string;
  author_key: string;
  author_host: string;
  /** The registrable domain of author_host (schema 13): a campaign's websites, whatever their subdomain. */
  author_domain: string;
  date_gmt: string;
  content_raw: string;
  content_rendered: string;
  link: string;
  text_hash: number;
  server_status: CommentStatus;
  local_status: LocalStatus;
  pending_action: ActionKind | null;
  failed_reason: string | null;
  /** JSON {code, params} of failed_reason (schema 9). */
  failed_code: string | null;
  flags: string;
  flag_count: number;
  score: number;
  likely_spam: number;
  spam_probability: number | null;
  fetched_at: string;
}

export interface SummaryRow {
  id: number;
  site_id: number;
  site_name: string;
  remote_id: number;
  post_id: number;
  post_title: string | null;
  parent_remote_id: number;
  type: CommentType;
  author_name: string;
  author_email: string;
  author_url: string;
  date_gmt: string;
  head: string;
  local_status: LocalStatus;
  server_status: CommentStatus;
  score: number;
  likely_spam: number;
  flag_count: number;
  pending_action: ActionKind | null;
  failed_reason: string | null;
  failed_code: string | null;
}

export interface SiteRow {
  id: number;
  base_url: string;
  rest_root: string;
  user: string;
  name: string;
  host: string;
  paused_reason: string | null;
  /** JSON {code, params} of paused_reason (schema 8). */
  paused_code: string | null;
  last_sync_at: string | null;
}

export interface OutboxRow {
  id: number;
  client_id: string;
  site_id: number;
  comment_id: number;
  kind: ActionKind;
  payload: string;
  state: OutboxState;
  attempts: number;
  next_attempt_at: string | null;
  last_error: string | null;
  /** JSON {code, params} of last_error (schema 8). */
  last_error_code: string | null;
  created_at: string;
  description: string;
  batch_id: number;
  undo_data: string | null;
  /** The comment's type and author, when the read joined them (listOutbox): the description as a code. */
  comment_type?: string | null;
  comment_author?: string | null;
}

export interface RunRow {
  id: number;
  site_id: number;
  started_at: string;
  finished_at: string | null;
  new_count: number;
  changed_count: number;
  gone_count: number;
  pushed_count: number;
  failed_count: number;
  error: string | null;
  error_kind: string | null;
  /** JSON {code, params} of error (schema 8). */
  error_code: string | null;
}

export const SUMMARY_COLUMNS = `c.id, c.site_id, s.name AS site_name, c.remote_id, c.post_id, p.title AS post_title,
  c.parent_remote_id, c.type, c.author_name, c.author_email, c.author_url, c.date_gmt,
  substr(c.content_raw, 1, 480) AS head, c.local_status, c.server_status, c.score, c.likely_spam,
  c.flag_count, c.pending_action, c.failed_reason, c.failed_code`;
export const SUMMARY_FROM = `comments c JOIN sites s ON s.id = c.site_id
  LEFT JOIN posts p ON p.site_id = c.site_id AND p.remote_id = c.post_id`;

export function toSummary(r: SummaryRow): CommentSummary {
  return {
    id: r.id,
    siteId: r.site_id,
    siteName: r.site_name,
    remoteId: r.remote_id,
    postId: r.post_id,
    postTitle: r.post_title,
    parentRemoteId: r.parent_remote_id,
    type: r.type,
    authorName: r.author_name,
    authorEmail: r.author_email,
    authorUrl: r.author_url,
    date: r.date_gmt,
    excerpt: excerptOf(r.head),
    localStatus: r.local_status === 'deleted' ? r.server_status : r.local_status,
    serverStatus: r.server_status,
    score: r.score,
    likelySpam: r.likely_spam === 1,
    flagCount: r.flag_count,
    pendingAction: r.pending_action,
    failedReason: r.failed_reason,
    ...(r.failed_reason === null ? {} : codedFields(r.failed_code, 'failedCode', 'failedParams')),
  };
}

export function toSite(r: SiteRow): Site {
  return {
    id: r.id,
    baseUrl: r.base_url,
    restRoot: r.rest_root,
    user: r.user,
    name: r.name,
    pausedReason: r.paused_reason,
    ...codedFields(r.paused_code, 'pausedCode', 'pausedParams'),
    lastSyncAt: r.last_sync_at,
  };
}

export function toRun(r: RunRow): SyncRun {
  return {
    id: r.id,
    siteId: r.site_id,
    startedAt: r.started_at,
    finishedAt: r.finished_at,
    newCount: r.new_count,
    changedCount: r.changed_count,
    goneCount: r.gone_count,
    pushedCount: r.pushed_count,
    failedCount: r.failed_count,
    error: r.error,
    errorKind: r.error === null ? null : ((r.error_kind ?? 'internal') as ErrorKind),
    ...(r.error === null ? {} : codedFields(r.error_code, 'errorCode', 'errorParams')),
  };
}

export function toOutboxItem(r: OutboxRow): OutboxItem {
  return {
    id: r.id,
    clientId: r.client_id,
    siteId: r.site_id,
    commentId: r.comment_id,
    kind: r.kind,
    payload: JSON.parse(r.payload) as Record<string, unknown>,
    state: r.state,
    attempts: r.attempts,
    nextAttemptAt: r.next_attempt_at,
    lastError: r.last_error,
    ...(r.last_error === null ? {} : codedFields(r.last_error_code, 'lastErrorCode', 'lastErrorParams')),
    createdAt: r.created_at,
    description: r.description,
    ...(r.comment_type === undefined
      ? {}
      : { descriptionCode: 'decision.named', descriptionParams: { action: r.kind, type: r.comment_type ?? 'comment', author: r.comment_author ?? '' } }),
  };
}

/** A message's code for its JSON column (schema 8), or null when it has none. */
export function codeColumn(message: { code?: string | undefined; params?: MessageParams | undefined } | null | undefined): string | null {
  return message?.code ? JSON.stringify({ code: message.code, params: message.params ?? {} }) : null;
}

/** The fields a stored code fills in, under the names the type gives them; none for an old row. */
export function codedFields<C extends string, P extends string>(json: string | null, codeName: C, paramsName: P): Partial<Record<C, string> & Record<P, MessageParams>> {
  if (!json) return {};
  try {
    const { code, params } = JSON.parse(json) as { code?: unknown; params?: unknown };
    if (typeof code !== 'string') return {};
    return { [codeName]: code, [paramsName]: (typeof params === 'object' && params !== null ? params : {}) as MessageParams } as Partial<Record<C, string> & Record<P, MessageParams>>;
  } catch {
    // A damaged value costs the translation only: the English text is still there.
    return {};
  }
}
