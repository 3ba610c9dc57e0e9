// WordPress REST client for comments: Application Password auth, per-request timeouts, defensive
// parsing (zod) and one error type with messages a blog owner understands. Speaks exactly the
// requests described in wordpress-rest.md; knows nothing about the local store.
import type { ZodType } from 'zod';
import type { RemoteComment, RemotePost } from '../sync/ports';
import { coded } from '../../../shared/messages';
import { refusalReason } from '../../../shared/refusal-reason';
import { WordPressError, parseRetryAfter } from './wordpress-error';
import { restUrl, type QueryValue } from './site-url';
import { decodeEntities } from './html-entities';
import {
  toRemoteComment,
  toRemotePost,
  wpCommentListSchema,
  wpCommentSchema,
  wpDeletedSchema,
  wpErrorSchema,
  wpEmailListSchema,
  wpIdListSchema,
  wpPostListSchema,
  wpUserCapsListSchema,
  wpUserSchema,
  type WpUser,
} from './wordpress-schemas';

/** Only what Moderato stores: avatars and _links make a page of comments 2.5× heavier (wordpress-rest.md). */
export const COMMENT_FIELDS =
  'id,post,parent,author,author_name,author_email,author_url,author_ip,author_user_agent,date_gmt,content,status,type,link';

/**
 * For the bulk requests (listing the queue, status updates): without `link`, whose get_comment_link()
 * costs WordPress ~15% of a page; the link is then built as /?p=POST#comment-ID, which WordPress
 * redirects to the permalink.
 */
export const FIELDS_WITHOUT_LINK = COMMENT_FIELDS.replace(/,link$/, '');

export const MAX_PER_PAGE = 100;

export type FetchLike = (input: URL | string, init?: RequestInit) => Promise<Response>;

export interface WordPressClientOptions {
  /** Normalised home URL, used in messages. */
  baseUrl: string;
  /** Discovered REST root: https://example.org/wp-json/ or https://example.org/?rest_route=/ */
  restRoot: string;
  user: string;
  appPassword: string;
  /** Per request; default 20 s. */
  timeoutMs?: number;
  fetch?: FetchLike;
  userAgent?: string;
}

export interface Page<T> {
  items: T[];
  total: number;
  totalPages: number;
}

export interface CommentQuery {
  status?: 'hold' | 'approve' | 'spam' | 'trash' | 'any' | 'all';
  /** Comment type; Moderato always wants 'all' (WordPress defaults to 'comment' and hides pingbacks). */
  type?: string;
  page?: number;
  perPage?: number;
  include?: readonly number[];
  parent?: number;
  post?: number;
  authorEmail?: string;
  order?: 'asc' | 'desc';
  orderby?: 'date_gmt' | 'id' | 'include';
  fields?: string;
  context?: 'view' | 'edit';
  /** Only comments dated after this (RFC 3339 with Z: compared in UTC; see wordpress-rest.md). */
  after?: string;
}

interface Answer {
  status: number;
  headers: Headers;
  json: unknown;
}

export interface StatusUpdate {
  status?: 'approved' | 'hold' | 'spam' | 'trash';
  content?: string;
  /** The stored originals: WordPress 6.1 overwrites them with the caller's on any update. */
  author_ip: string;
  author_user_agent: string;
}

export class WordPressClient {
  readonly baseUrl: string;
  readonly restRoot: string;
  private readonly authHeader: string;
  private readonly timeoutMs: number;
  private readonly fetchImpl: FetchLike;
  private readonly userAgent: string;
  private readonly host: string;

  constructor(options: WordPressClientOptions) {
    this.baseUrl = options.baseUrl;
    this.restRoot = options.restRoot;
    // Application Passwords are shown with spaces; WordPress accepts them either way.
    const password = options.appPassword.replace(/\s+/g, '');
    this.authHeader = `Basic ${Buffer.from(`${options.user}:${password}`, 'utf8').toString('base64')}`;
    this.timeoutMs = options.timeoutMs ?? 20_000;
    this.fetchImpl = options.fetch ?? ((input, init) => fetch(input, init));
    this.userAgent = options.userAgent ?? 'Moderato/0.1';
    this.host = hostOf(options.baseUrl);
  }

  // ---------------------------------------------------------------- reading

  /** Who the password belongs to, and whether they may moderate. 401 → auth, 403 or no capability → forbidden. */
  async checkCredentials(signal?: AbortSignal): Promise<{ id: number; name: string; roles: string[] }> {
    const answer = await this.send('GET', 'wp/v2/users/me', { context: 'edit' }, undefined, signal);
    const user: WpUser = this.parse(wpUserSchema, answer, 'user');
    const caps = user.capabilities;
    const roles = user.roles ?? [];
    const canModerate =
      caps !== undefined ? caps['moderate_comments'] === true : roles.some((r) => r === 'administrator' || r === 'editor');
    if (!canModerate) {
      throw new WordPressError(
        'forbidden',
        coded('wp.cannotModerate', { account: user.name || user.slug, host: this.host }),
        { httpStatus: 200, wpCode: 'moderato_cannot_moderate' },
      );
    }
    return { id: user.id, name: user.name, roles };
  }

  /** Ids only: the cheap listing used to diff with the local set. */
  async listCommentIds(query: CommentQuery, signal?: AbortSignal): Promise<Page<number>> {
    const answer = await this.send('GET', 'wp/v2/comments', this.commentQuery({ context: 'edit', ...query, fields: 'id' }), undefined, signal);
    const rows = this.parse(wpIdListSchema, answer, 'comments');
    return { items: rows.map((r) => r.id), ...totals(answer.headers, rows.length) };
  }

  /** Full comments (edit context: raw content, email, IP, user agent). */
  async listComments(query: CommentQuery, signal?: AbortSignal): Promise<Page<RemoteComment>> {
    const answer = await this.send(
      'GET',
      'wp/v2/comments',
      this.commentQuery({ context: 'edit', fields: COMMENT_FIELDS, ...query }),
      undefined,
      signal,
    );
    const rows = this.parse(wpCommentListSchema, answer, 'comments');
    return { items: this.convert(rows), ...totals(answer.headers, rows.length) };
  }

  /** Comments by id, whatever their status or type now; ids the site no longer has are simply absent. */
  async getComments(ids: readonly number[], signal?: AbortSignal): Promise<RemoteComment[]> {
    if (ids.length === 0) return [];
    if (ids.length > MAX_PER_PAGE) throw new Error('getComments takes at most 100 ids');
    const page = await this.listComments(
      { include: ids, status: 'any', type: 'all', perPage: MAX_PER_PAGE, orderby: 'include' },
      signal,
    );
    return page.items;
  }

  /** X-WP-Total of a query without downloading it (per_page=1, _fields=id). */
  async countComments(query: CommentQuery, signal?: AbortSignal): Promise<number> {
    const page = await this.listCommentIds({ ...query, perPage: 1, page: 1 }, signal);
    return page.total;
  }

  /** Approved comments by this email on the whole site: the author's history. */
  async approvedCountByEmail(email: string, signal?: AbortSignal): Promise<number> {
    return this.countComments({ authorEmail: email, status: 'approve', type: 'all' }, signal);
  }

  /** Author emails of the comments matching `query` (edit context): the site's history in bulk. */
  async listAuthorEmails(query: CommentQuery, signal?: AbortSignal): Promise<Page<string>> {
    const answer = await this.send(
      'GET',
      'wp/v2/comments',
      this.commentQuery({ context: 'edit', ...query, fields: 'id,author_email' }),
      undefined,
      signal,
    );
    const rows = this.parse(wpEmailListSchema, answer, 'comments');
    return { items: rows.map((r) => r.author_email), ...totals(answer.headers, rows.length) };
  }

  /** Post titles and links; pages are tried for ids that are not posts. Unknown ids are left out. */
  async getPosts(ids: readonly number[], signal?: AbortSignal): Promise<RemotePost[]> {
    const found: RemotePost[] = [];
    for (const route of ['wp/v2/posts', 'wp/v2/pages']) {
      const wanted = ids.filter((id) => !found.some((p) => p.id === id));
      for (let i = 0; i < wanted.length; i += MAX_PER_PAGE) {
        const chunk = wanted.slice(i, i + MAX_PER_PAGE);
        const answer = await this.send(
          'GET',
          route,
          { include: chunk, per_page: MAX_PER_PAGE, _fields: 'id,title,link,author', orderby: 'include' },
          undefined,
          signal,
        );
        found.push(...this.parse(wpPostListSchema, answer, 'posts').map(toRemotePost));
      }
      if (found.length === ids.length) break;
    }
    return found;
  }

  /**
   * The site's users who may moderate comments (ids), read with `context=edit` — which needs the
   * list_users capability (administrators). Null when the account may not list users (an editor):
   * the caller then knows only its own account and the posts' authors.
   */
  async listModeratorIds(signal?: AbortSignal): Promise<number[] | null> {
    const ids: number[] = [];
    for (let page = 1; page <= 50; page++) {
      let answer: Answer;
      try {
        answer = await this.send(
          'GET',
          'wp/v2/users',
          { context: 'edit', per_page: MAX_PER_PAGE, page, _fields: 'id,capabilities' },
          undefined,
          signal,
        );
      } catch (err) {
        if (err instanceof WordPressError && (err.kind === 'forbidden' || err.kind === 'auth') && page === 1) return null;
        throw err;
      }
      const users = this.parse(wpUserCapsListSchema, answer, 'users');
      for (const u of users) if (u.capabilities?.['moderate_comments'] === true) ids.push(u.id);
      if (page >= totals(answer.headers, users.length).totalPages) break;
    }
    return ids;
  }

  /**
   * The locale the site states ("en_US", "fr_FR"): `language` of /wp/v2/settings, which only an
   * account that may manage options (an administrator) can read. '' when this account may not
   * (403), when this WordPress has no settings route (404) or does not state it; a wrong
   * password (401) and network trouble throw, so the caller can ask again later.
   */
  async siteLocale(signal?: AbortSignal): Promise<string> {
    let answer: Answer;
    try {
      answer = await this.send('GET', 'wp/v2/settings', { _fields: 'language' }, undefined, signal);
    } catch (err) {
      if (err instanceof WordPressError && (err.kind === 'forbidden' || err.kind === 'rest-disabled' || err.httpStatus === 404)) return '';
      throw err;
    }
    const language = (answer.json as { language?: unknown } | null)?.language;
    // "" is WordPress's own default locale, English (US): what it answers once an administrator
    // has saved the General settings with that language (WPLANG stored empty).
    if (language === '') return 'en_US';
    return typeof language === 'string' && /^[a-z]{2,3}(?:_[A-Za-z0-9]+)*$/.test(language) ? language : '';
  }

  // ---------------------------------------------------------------- writing

  /** POST /comments/ID. Throws `rejected` when WordPress answers 200 but did not take the new status. */
  async updateComment(id: number, update: StatusUpdate, signal?: AbortSignal): Promise<RemoteComment> {
    const answer = await this.send('POST', `wp/v2/comments/${id}`, { context: 'edit', _fields: FIELDS_WITHOUT_LINK }, update, signal);
    const comment = this.convert([this.parse(wpCommentSchema, answer, 'updatedComment')])[0]!;
    if (update.status !== undefined) {
      const expected = update.status === 'hold' ? 'pending' : update.status;
      if (comment.status !== expected) {
        throw new WordPressError(
          'rejected',
          coded('wp.statusUnchanged', { host: this.host, expected, actual: comment.status }),
          { httpStatus: answer.status, wpCode: 'moderato_status_unchanged' },
        );
      }
    }
    return comment;
  }

  /** DELETE /comments/ID: moves to the trash. 410 rest_already_trashed comes back as a WordPressError. */
  async trashComment(id: number, signal?: AbortSignal): Promise<RemoteComment> {
    const answer = await this.send('DELETE', `wp/v2/comments/${id}`, { context: 'edit', _fields: FIELDS_WITHOUT_LINK }, undefined, signal);
    return this.convert([this.parse(wpCommentSchema, answer, 'trashedComment')])[0]!;
  }

  /** DELETE /comments/ID?force=true: gone for good. Returns the comment as it was. */
  async deleteComment(id: number, signal?: AbortSignal): Promise<RemoteComment> {
    const answer = await this.send('DELETE', `wp/v2/comments/${id}`, { force: 'true', context: 'edit' }, undefined, signal);
    return this.convert([this.parse(wpDeletedSchema, answer, 'deletedComment').previous])[0]!;
  }

  /** POST /comments as the authenticated user: approved at once (the parent is not). */
  async createReply(
    reply: { post: number; parent: number; content: string },
    signal?: AbortSignal,
  ): Promise<RemoteComment> {
    const answer = await this.send('POST', 'wp/v2/comments', { context: 'edit', _fields: COMMENT_FIELDS }, reply, signal);
    return this.convert([this.parse(wpCommentSchema, answer, 'newReply')])[0]!;
  }

  /** Replies under `parent` whose text is `content`: how a reply whose answer was lost is recognised. */
  async findReply(parent: number, post: number, content: string, signal?: AbortSignal): Promise<RemoteComment | null> {
    const wanted = comparable(content);
    for (let page = 1; page <= 10; page++) {
      const result = await this.listComments(
        { parent, post, status: 'any', type: 'all', perPage: MAX_PER_PAGE, page },
        signal,
      );
      const match = result.items.find((c) => comparable(c.content_raw) === wanted);
      if (match) return match;
      if (page >= result.totalPages) break;
    }
    return null;
  }

  // ---------------------------------------------------------------- plumbing

  private commentQuery(q: CommentQuery): Record<string, QueryValue> {
    return {
      status: q.status,
      type: q.type,
      page: q.page,
      per_page: q.perPage ?? MAX_PER_PAGE,
      include: q.include,
      parent: q.parent,
      post: q.post,
      author_email: q.authorEmail,
      order: q.order,
      orderby: q.orderby,
      _fields: q.fields,
      context: q.context,
      after: q.after,
    };
  }

  private convert(rows: Parameters<typeof toRemoteComment>[0][]): RemoteComment[] {
    try {
      return rows.map((row) => {
        const comment = toRemoteComment(row);
        if (comment.link === '') comment.link = `${this.baseUrl}/?p=${comment.post}#comment-${comment.id}`;
        return comment;
      });
    } catch (err) {
      throw new WordPressError('not-json', coded('wp.unreadableComment', { host: this.host, detail: (err as Error).message }), {
        cause: err,
      });
    }
  }

  /** `what` names the answer in messages: a key of messages.json's wp.subject. */
  private parse<T>(schema: ZodType<T>, answer: Answer, what: string): T {
    const result = schema.safeParse(answer.json);
    if (!result.success) {
      const issue = result.error.issues[0];
      const subject = coded(`wp.subject.${what}`);
      // Where and why, the reason in the reader's language (zod's own words are English only).
      const message =
        issue && issue.path.length
          ? coded('wp.unreadableAnswerAt', { host: this.host, subject, path: issue.path.join('.'), reason: refusalReason(issue, answer.json) })
          : coded('wp.unreadableAnswer', { host: this.host, subject, where: '' });
      throw new WordPressError('not-json', message, { httpStatus: answer.status });
    }
    return result.data;
  }

  /** One HTTP exchange; every failure comes out as a WordPressError. */
  async send(
    method: 'GET' | 'POST' | 'DELETE',
    route: string,
    query: Record<string, QueryValue>,
    body: unknown,
    signal?: AbortSignal,
  ): Promise<Answer> {
    const url = restUrl(this.restRoot, route, query);
    const timeout = AbortSignal.timeout(this.timeoutMs);
    const headers: Record<string, string> = {
      Authorization: this.authHeader,
      Accept: 'application/json',
      'User-Agent': this.userAgent,
    };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    let response: Response;
    let rawText: string;
    try {
      response = await this.fetchImpl(url, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
        redirect: 'follow',
      });
      rawText = await response.text();
    } catch (err) {
      if (signal?.aborted) throw new WordPressError('unreachable', coded('wp.stopped'), { cause: err });
      if (timeout.aborted) {
        throw new WordPressError(
          'unreachable',
          coded('wp.timeout', { host: this.host, seconds: Math.round(this.timeoutMs / 1000) }),
          { cause: err },
        );
      }
      throw new WordPressError('unreachable', coded('wp.unreachable', { host: this.host }), {
        cause: err,
      });
    }
    return this.interpret(response, rawText);
  }

  private interpret(response: Response, rawText: string): Answer {
    const status = response.status;
    const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'));
    let json: unknown = undefined;
    let isJson = false;
    try {
      json = JSON.parse(rawText);
      isJson = true;
    } catch {
      // HTML error pages, login pages and truncated bodies end up here.
    }
    const wpError = isJson ? wpErrorSchema.safeParse(json) : undefined;
    const code = wpError?.success ? wpError.data.code : null;
    const serverMessage = wpError?.success ? cleanMessage(wpError.data.message) : null;
    const details = { httpStatus: status, wpCode: code, retryAfterMs };

    if (status >= 200 && status < 300) {
      if (!isJson) {
        const looksLikeLogin = /wp-login|<form|log ?in/i.test(rawText);
        throw new WordPressError(
          'not-json',
          looksLikeLogin
            ? coded('wp.loginPage', { host: this.host })
            : coded('wp.notData', { host: this.host }),
          details,
        );
      }
      return { status, headers: response.headers, json };
    }
    if (status === 401) {
      throw new WordPressError(
        'auth',
        coded('wp.wrongPassword', { host: this.host }),
        details,
      );
    }
    if (status === 403) {
      if (code === 'rest_comment_invalid_post_id') {
        throw new WordPressError('rejected', coded('wp.postGone', { host: this.host }), details);
      }
      throw new WordPressError(
        'forbidden',
        coded('wp.forbidden', { host: this.host, reason: serverMessage ?? 'forbidden' }),
        details,
      );
    }
    if (status === 404 && code === 'rest_comment_invalid_id') {
      throw new WordPressError('gone', coded('wp.commentGone', { host: this.host }), details);
    }
    if (status === 404 && (code === 'rest_no_route' || code === null)) {
      throw new WordPressError('rest-disabled', coded('wp.noRestApi', { host: this.host, restRoot: this.restRoot }), details);
    }
    if (status === 410) {
      throw new WordPressError('gone', serverMessage ?? coded('wp.alreadyTrashed', { host: this.host }), details);
    }
    if (status === 429) {
      throw new WordPressError('rate-limited', coded('wp.rateLimited', { host: this.host }), details);
    }
    if (status >= 500) {
      throw new WordPressError('server', coded('wp.serverError', { host: this.host, status }), details);
    }
    throw new WordPressError(
      'rejected',
      serverMessage ? coded('wp.refusedWith', { host: this.host, reason: serverMessage }) : coded('wp.refused', { host: this.host, status }),
      details,
    );
  }
}

function totals(headers: Headers, rows: number): { total: number; totalPages: number } {
  const total = Number(headers.get('x-wp-total'));
  const totalPages = Number(headers.get('x-wp-totalpages'));
  return {
    total: Number.isFinite(total) && headers.has('x-wp-total') ? total : rows,
    totalPages: Number.isFinite(totalPages) && headers.has('x-wp-totalpages') ? totalPages : 1,
  };
}

function hostOf(url: string): string {
  try {
    const parsed = new URL(url);
    return parsed.host + parsed.pathname.replace(/\/$/, '');
  } catch {
    return url;
  }
}

/** WordPress messages are HTML-escaped ("you&#8217;ve"). */
function cleanMessage(message: string): string {
  return decodeEntities(message).trim();
}

/** Reply texts compared the way WordPress may have stored them (whitespace, line endings). */
function comparable(text: string): string {
  return text.replace(/\r\n/g, '\n').replace(/\s+/g, ' ').trim();
}
