// A WordPress-compatible HTTP server on 127.0.0.1 for the integration tests. It reproduces the
// comment REST contract observed on a real WordPress 6.1 (the same scenarios run against the real thing
// in test/wordpress/): status codes, error bodies, paging headers, type/status semantics,
// _fields/context=edit, the author_ip overwrite on update, 410 on re-trash, 409 on a duplicate reply,
// 401 for bad credentials, 403 for a user who cannot moderate. Faults are injected on request.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type FakeStatus = 'hold' | 'approved' | 'spam' | 'trash';

export interface FakeComment {
  id: number;
  post: number;
  parent: number;
  author: number;
  author_name: string;
  author_email: string;
  author_url: string;
  author_ip: string;
  author_user_agent: string;
  /** UTC, "YYYY-MM-DDTHH:MM:SS" without zone, like WordPress. */
  date_gmt: string;
  content: string;
  status: FakeStatus;
  type: 'comment' | 'pingback' | 'trackback';
}

export interface FakePost {
  id: number;
  title: string;
  slug: string;
  type?: 'post' | 'page';
  /** The post's author (user id); default 1, the admin. */
  author?: number;
}

export interface FakeUser {
  id: number;
  login: string;
  appPassword: string;
  name: string;
  roles: string[];
}

export type Fault =
  /** Close the connection without an answer, before doing anything. */
  | { kind: 'drop' }
  /** Do the work (e.g. create the reply), then close the connection without an answer. */
  | { kind: 'drop-after' }
  | { kind: 'slow'; ms: number }
  /** Do the work, then wait before answering (a client killed meanwhile never learns the outcome). */
  | { kind: 'slow-after'; ms: number }
  | { kind: 'html-error'; status: 500 | 502 | 503 }
  | { kind: 'rate-limit'; retryAfter: string }
  | { kind: 'malformed-json' }
  | { kind: 'login-page' }
  /** Answer 200 with the comment as it was, changing nothing (a plugin vetoing the update). */
  | { kind: 'ignore-write' }
  /** A WordPress JSON error, e.g. 400 rest_comment_content_invalid. */
  | { kind: 'wp-error'; status: number; code: string; message: string };

interface FaultRule {
  fault: Fault;
  method?: string;
  /** Matched against the REST route, e.g. /wp/v2/comments/12 */
  route?: RegExp;
  /** Matched against the query, e.g. only the spam listing. */
  query?: (q: URLSearchParams) => boolean;
  times: number;
}

export interface RequestRecord {
  method: string;
  route: string;
  query: URLSearchParams;
  body: Record<string, unknown> | null;
  user: string | null;
  /** Order of arrival across every fake in the process: shows which of two sites was asked first. */
  arrival: number;
}

let arrivals = 0;

export interface FakeWordPressOptions {
  posts?: FakePost[];
  comments?: Partial<FakeComment>[];
  users?: FakeUser[];
  /** 'pretty': /wp-json/ works; 'query': only ?rest_route=; 'disabled': REST answers 404 rest_no_route … */
  rest?: 'pretty' | 'query' | 'disabled';
  /** Serve the site under a sub-folder, e.g. "/blog". */
  basePath?: string;
  siteName?: string;
  /**
   * The locale /wp/v2/settings states ("en_US"; "" as WordPress answers when its default locale
   * was saved); undefined: no settings route, as an old WordPress (404 rest_no_route).
   */
  language?: string;
}

export const ADMIN: FakeUser = { id: 1, login: 'admin', appPassword: 'abcd EFGH ijkl MNOP qrst UVWX', name: 'Admin', roles: ['administrator'] };
export const AUTHOR: FakeUser = { id: 2, login: 'auteur', appPassword: 'zzzz yyyy xxxx wwww vvvv uuuu', name: 'Autrice', roles: ['author'] };

const CALLER_IP = '127.0.0.1';

export class FakeWordPress {
  readonly comments = new Map<number, FakeComment>();
  readonly posts = new Map<number, FakePost>();
  readonly users: FakeUser[];
  readonly requests: RequestRecord[] = [];
  /** Called before each REST request is handled: tests moderate "on the site" between page requests. */
  beforeRequest: ((record: RequestRecord) => void) | null = null;
  private faults: FaultRule[] = [];
  private nextId = 1;
  private server!: Server;
  private port = 0;
  private readonly rest: 'pretty' | 'query' | 'disabled';
  private readonly basePath: string;
  private readonly siteName: string;
  private readonly language: string | undefined;

  private constructor(options: FakeWordPressOptions) {
    this.users = options.users ?? [ADMIN, AUTHOR];
    this.rest = options.rest ?? 'pretty';
    this.basePath = options.basePath ?? '';
    this.siteName = options.siteName ?? 'Le blog de test';
    this.language = options.language;
    for (const p of options.posts ?? [{ id: 1, title: 'Hello world!', slug: 'hello-world' }]) this.posts.set(p.id, p);
    for (const c of options.comments ?? []) this.addComment(c);
  }

  static async start(options: FakeWordPressOptions = {}): Promise<FakeWordPress> {
    const fake = new FakeWordPress(options);
    fake.server = createServer((req, res) => void fake.handle(req, res));
    await new Promise<void>((resolve) => fake.server.listen(0, '127.0.0.1', resolve));
    fake.port = (fake.server.address() as AddressInfo).port;
    return fake;
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** Home URL, e.g. http://127.0.0.1:41234/blog */
  get url(): string {
    return `http://127.0.0.1:${this.port}${this.basePath}`;
  }

  get restRoot(): string {
    return this.rest === 'query' ? `${this.url}/?rest_route=/` : `${this.url}/wp-json/`;
  }

  addComment(partial: Partial<FakeComment>): FakeComment {
    const id = partial.id ?? this.nextId;
    this.nextId = Math.max(this.nextId, id + 1);
    const comment: FakeComment = {
      id,
      post: 1,
      parent: 0,
      author: 0,
      author_name: `Visitor ${id}`,
      author_email: `visitor${id}@example.org`,
      author_url: '',
      author_ip: `203.0.113.${id % 250}`,
      author_user_agent: 'Mozilla/5.0 (X11; Linux x86_64) Firefox/120.0',
      date_gmt: new Date(Date.UTC(2024, 0, 1, 0, 0, id)).toISOString().slice(0, 19),
      content: `Comment number ${id}`,
      status: 'hold',
      type: 'comment',
      ...partial,
    };
    this.comments.set(id, comment);
    return comment;
  }

  /** Injects a fault for the next `times` matching requests (default once). */
  inject(fault: Fault, match: { method?: string; route?: RegExp; query?: (q: URLSearchParams) => boolean; times?: number } = {}): void {
    this.faults.push({ fault, method: match.method, route: match.route, query: match.query, times: match.times ?? 1 });
  }

  clearFaults(): void {
    this.faults = [];
  }

  requestsTo(method: string, route: RegExp): RequestRecord[] {
    return this.requests.filter((r) => r.method === method && route.test(r.route));
  }

  // ------------------------------------------------------------------ HTTP

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${this.port}`);
    let path = url.pathname;
    if (this.basePath && path.startsWith(this.basePath)) path = path.slice(this.basePath.length) || '/';
    const bodyText = await readBody(req);

    let route: string | null = null;
    const restRoute = url.searchParams.get('rest_route');
    if (restRoute !== null && (path === '/' || path === '/index.php')) route = restRoute;
    else if (path.startsWith('/wp-json')) route = path.slice('/wp-json'.length) || '/';

    if (route === null) return this.home(res, path);
    if (this.rest === 'disabled' || (this.rest === 'query' && restRoute === null)) {
      return this.json(res, 404, { code: 'rest_no_route', message: 'No route was found matching the URL and request method.', data: { status: 404 } });
    }

    let body: Record<string, unknown> | null = null;
    if (bodyText) {
      try {
        body = JSON.parse(bodyText) as Record<string, unknown>;
      } catch {
        return this.json(res, 400, { code: 'rest_invalid_json', message: 'Invalid JSON body passed.', data: { status: 400 } });
      }
    }
    const user = this.authenticate(req.headers.authorization);
    const method = (req.method ?? 'GET').toUpperCase();
    const record: RequestRecord = { method, route, query: url.searchParams, body, user: user?.login ?? null, arrival: ++arrivals };
    this.requests.push(record);

    const fault = this.takeFault(method, route, url.searchParams);
    if (fault?.kind === 'drop') return void req.socket.destroy();
    if (fault?.kind === 'slow') await new Promise((r) => setTimeout(r, fault.ms));
    if (fault?.kind === 'html-error') {
      return this.send(res, fault.status, 'text/html; charset=UTF-8', `<!DOCTYPE html><html><head><title>Error</title></head><body><h1>${fault.status} Bad Gateway</h1><p>nginx</p></body></html>`);
    }
    if (fault?.kind === 'rate-limit') {
      res.setHeader('Retry-After', fault.retryAfter);
      return this.json(res, 429, { code: 'too_many_requests', message: 'Too many requests.', data: { status: 429 } });
    }
    if (fault?.kind === 'wp-error') {
      return this.json(res, fault.status, { code: fault.code, message: fault.message, data: { status: fault.status } });
    }
    if (fault?.kind === 'malformed-json') return this.send(res, 200, 'application/json; charset=UTF-8', '[{"id":1,"post":');
    if (fault?.kind === 'login-page') {
      return this.send(res, 200, 'text/html; charset=UTF-8', '<!DOCTYPE html><html><body class="login"><form name="loginform" id="loginform" action="/wp-login.php" method="post"><input name="log"></form></body></html>');
    }

    this.beforeRequest?.(record);
    const single = /^\/wp\/v2\/comments\/(\d+)$/.exec(route);
    if (fault?.kind === 'ignore-write' && single && this.comments.has(Number(single[1]))) {
      return this.json(res, 200, this.shape(this.comments.get(Number(single[1]))!, url.searchParams));
    }
    const answer = this.route(method, route, url.searchParams, body, user, req.headers['user-agent'] ?? '');
    if (fault?.kind === 'drop-after') return void req.socket.destroy();
    if (fault?.kind === 'slow-after') await new Promise((r) => setTimeout(r, fault.ms));
    for (const [k, v] of Object.entries(answer.headers ?? {})) res.setHeader(k, v);
    this.json(res, answer.status, answer.body);
  }

  private home(res: ServerResponse, path: string): void {
    if (path !== '/' && path !== '/index.php') {
      return this.send(res, 404, 'text/html; charset=UTF-8', '<html><body>Page not found</body></html>');
    }
    if (this.rest !== 'disabled') res.setHeader('Link', `<${this.restRoot}>; rel="https://api.w.org/"`);
    this.send(
      res,
      200,
      'text/html; charset=UTF-8',
      `<!DOCTYPE html><html><head><title>${this.siteName}</title><link rel='stylesheet' href='${this.url}/wp-content/themes/x/style.css' /></head><body></body></html>`,
    );
  }

  private send(res: ServerResponse, status: number, type: string, text: string): void {
    res.statusCode = status;
    res.setHeader('Content-Type', type);
    res.setHeader('Connection', 'close');
    res.end(text);
  }

  private json(res: ServerResponse, status: number, body: unknown): void {
    this.send(res, status, 'application/json; charset=UTF-8', JSON.stringify(body));
  }

  private authenticate(header: string | undefined): FakeUser | null {
    if (!header?.startsWith('Basic ')) return null;
    const [login, ...rest] = Buffer.from(header.slice(6), 'base64').toString('utf8').split(':');
    const password = rest.join(':').replace(/\s+/g, '');
    return this.users.find((u) => u.login === login && u.appPassword.replace(/\s+/g, '') === password) ?? null;
  }

  private takeFault(method: string, route: string, query: URLSearchParams): Fault | null {
    const rule = this.faults.find(
      (f) => (!f.method || f.method === method) && (!f.route || f.route.test(route)) && (!f.query || f.query(query)),
    );
    if (!rule) return null;
    rule.times--;
    if (rule.times <= 0) this.faults.splice(this.faults.indexOf(rule), 1);
    return rule.fault;
  }

  // ------------------------------------------------------------------ REST routes

  private route(
    method: string,
    route: string,
    q: URLSearchParams,
    body: Record<string, unknown> | null,
    user: FakeUser | null,
    userAgent: string,
  ): Answer {
    const canModerate = user !== null && (user.roles.includes('administrator') || user.roles.includes('editor'));
    if (route === '/' || route === '') return ok(this.index());
    if (route === '/wp/v2/users/me' && method === 'GET') {
      if (!user) return error(401, 'rest_not_logged_in', 'You are not currently logged in.');
      return ok({
        id: user.id,
        name: user.name,
        slug: user.login,
        roles: user.roles,
        capabilities: { moderate_comments: canModerate, edit_posts: true },
      });
    }
    if (route === '/wp/v2/settings' && method === 'GET' && this.language !== undefined) {
      // Reading the settings takes manage_options: administrators only, as on WordPress.
      if (!user) return error(401, 'rest_forbidden', 'Sorry, you are not allowed to do that.');
      if (!user.roles.includes('administrator')) return error(403, 'rest_forbidden', 'Sorry, you are not allowed to do that.');
      return ok(pick({ title: this.siteName, url: this.url, language: this.language, use_smilies: true }, q.get('_fields')));
    }
    if (route === '/wp/v2/posts' || route === '/wp/v2/pages') {
      const type = route.endsWith('pages') ? 'page' : 'post';
      const include = ids(q.get('include'));
      let rows = [...this.posts.values()].filter((p) => (p.type ?? 'post') === type);
      if (include) rows = rows.filter((p) => include.includes(p.id));
      const body = rows.map((p) =>
        pick({ id: p.id, author: p.author ?? 1, link: `${this.url}/${p.slug}/`, title: { rendered: texturize(p.title) } }, q.get('_fields')),
      );
      return ok(body, { 'X-WP-Total': String(rows.length), 'X-WP-TotalPages': '1' });
    }
    if (route === '/wp/v2/users' && method === 'GET') {
      // context=edit needs list_users: administrators only (an editor gets 403, as on WordPress).
      if (!user) return error(401, 'rest_forbidden_context', 'Sorry, you are not allowed to list users.');
      if (q.get('context') === 'edit' && !user.roles.includes('administrator')) {
        return error(403, 'rest_forbidden_context', 'Sorry, you are not allowed to edit users.');
      }
      const moderates = (u: FakeUser) => u.roles.includes('administrator') || u.roles.includes('editor');
      const rows = this.users.map((u) =>
        pick({ id: u.id, name: u.name, slug: u.login, roles: u.roles, capabilities: { moderate_comments: moderates(u), read: true } }, q.get('_fields')),
      );
      return ok(rows, { 'X-WP-Total': String(rows.length), 'X-WP-TotalPages': '1' });
    }
    if (route === '/wp/v2/comments' && method === 'GET') return this.listComments(q, user, canModerate);
    if (route === '/wp/v2/comments' && method === 'POST') return this.createComment(q, body ?? {}, user, canModerate, userAgent);
    const single = /^\/wp\/v2\/comments\/(\d+)$/.exec(route);
    if (single) {
      const comment = this.comments.get(Number(single[1]));
      const edit = q.get('context') === 'edit';
      if (method !== 'GET' && !user) return error(401, 'rest_cannot_edit', 'Sorry, you are not allowed to edit this comment.');
      if (!comment) return error(404, 'rest_comment_invalid_id', 'Invalid comment ID.');
      if (method === 'GET') {
        if (edit && !canModerate) return error(user ? 403 : 401, 'rest_forbidden_context', 'Sorry, you are not allowed to edit comments.');
        return ok(this.shape(comment, q));
      }
      if (!canModerate) return error(403, 'rest_cannot_edit', 'Sorry, you are not allowed to edit this comment.');
      if (method === 'POST') return this.updateComment(comment, body ?? {}, q, userAgent);
      if (method === 'DELETE') {
        if (q.get('force') === 'true') {
          this.comments.delete(comment.id);
          return ok({ deleted: true, previous: this.shape(comment, new URLSearchParams({ context: 'edit' })) });
        }
        if (comment.status === 'trash') return error(410, 'rest_already_trashed', 'The comment has already been trashed.');
        comment.status = 'trash';
        return ok(this.shape(comment, q));
      }
    }
    if (/^\/wp\/v2\/comments\/[^/]+$/.test(route)) {
      return error(404, 'rest_no_route', 'No route was found matching the URL and request method.');
    }
    return error(404, 'rest_no_route', 'No route was found matching the URL and request method.');
  }

  private index(): unknown {
    return {
      name: this.siteName,
      url: this.url,
      home: this.url,
      gmt_offset: 1,
      timezone_string: 'Europe/Paris',
      namespaces: ['oembed/1.0', 'wp/v2', 'wp-site-health/v1'],
      authentication: { 'application-passwords': { endpoints: { authorization: `${this.url}/wp-admin/authorize-application.php` } } },
      routes: {},
    };
  }

  private listComments(q: URLSearchParams, user: FakeUser | null, canModerate: boolean): Answer {
    const edit = q.get('context') === 'edit';
    const status = q.get('status') ?? 'approve';
    if (edit && !canModerate) return error(user ? 403 : 401, 'rest_forbidden_context', 'Sorry, you are not allowed to edit comments.');
    if (status !== 'approve' && status !== '1' && !canModerate) {
      return error(user ? 403 : 401, 'rest_forbidden_param', 'Query parameter not permitted: status');
    }
    const perPage = Number(q.get('per_page') ?? '10');
    if (!Number.isInteger(perPage) || perPage < 1 || perPage > 100) {
      return error(400, 'rest_invalid_param', 'Invalid parameter(s): per_page', {
        params: { per_page: 'per_page must be between 1 (inclusive) and 100 (inclusive)' },
      });
    }
    const page = Number(q.get('page') ?? '1');
    if (!Number.isInteger(page) || page < 1) {
      return error(400, 'rest_invalid_param', 'Invalid parameter(s): page', { params: { page: 'page must be greater than or equal to 1' } });
    }
    const orderby = q.get('orderby') ?? 'date_gmt';
    if (!['date', 'date_gmt', 'id', 'include', 'post', 'parent', 'type'].includes(orderby)) {
      return error(400, 'rest_invalid_param', 'Invalid parameter(s): orderby', { params: { orderby: 'orderby is not one of date, date_gmt, id, include, post, parent, and type.' } });
    }
    const type = q.get('type') ?? 'comment';
    const include = ids(q.get('include'));
    const parent = q.get('parent');
    const post = q.get('post');
    const email = q.get('author_email');
    const after = q.get('after');
    if (after !== null && !/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d/.test(after)) {
      return error(400, 'rest_invalid_param', 'Invalid parameter(s): after', { params: { after: 'Invalid date.' } });
    }
    let rows = [...this.comments.values()].filter((c) => statusMatches(status, c.status) && typeMatches(type, c.type));
    if (include) rows = rows.filter((c) => include.includes(c.id));
    if (parent !== null) rows = rows.filter((c) => c.parent === Number(parent));
    if (post !== null) rows = rows.filter((c) => c.post === Number(post));
    if (email !== null) rows = rows.filter((c) => c.author_email.toLowerCase() === email.toLowerCase());
    // The test site's clock is UTC, so a date with Z compares with date_gmt directly.
    if (after !== null) rows = rows.filter((c) => c.date_gmt > after.replace(/Z$/, ''));
    const desc = (q.get('order') ?? 'desc') === 'desc';
    rows.sort((a, b) => {
      if (orderby === 'include' && include) return include.indexOf(a.id) - include.indexOf(b.id);
      const key = orderby === 'id' ? a.id - b.id : a.date_gmt.localeCompare(b.date_gmt) || a.id - b.id;
      return desc ? -key : key;
    });
    const total = rows.length;
    const totalPages = Math.ceil(total / perPage);
    const slice = rows.slice((page - 1) * perPage, page * perPage);
    const headers: Record<string, string> = { 'X-WP-Total': String(total), 'X-WP-TotalPages': String(totalPages) };
    const links: string[] = [];
    const base = `${this.restRoot}wp/v2/comments`;
    if (page > 1) links.push(`<${base}?page=${page - 1}>; rel="prev"`);
    if (page < totalPages) links.push(`<${base}?page=${page + 1}>; rel="next"`);
    if (links.length) headers['Link'] = links.join(', ');
    return ok(slice.map((c) => this.shape(c, q)), headers);
  }

  private createComment(q: URLSearchParams, body: Record<string, unknown>, user: FakeUser | null, canModerate: boolean, userAgent: string): Answer {
    const postId = Number(body['post'] ?? 0);
    if (!this.posts.has(postId)) {
      return error(403, 'rest_comment_invalid_post_id', 'Sorry, you are not allowed to create this comment without a post.');
    }
    if (!user) return error(401, 'rest_comment_login_required', 'Sorry, you must be logged in to comment.');
    const content = typeof body['content'] === 'string' ? body['content'] : '';
    if (content.trim() === '') return error(400, 'rest_comment_content_invalid', 'Invalid comment content.');
    const parent = Number(body['parent'] ?? 0);
    const duplicate = [...this.comments.values()].some(
      (c) => c.post === postId && c.author === user.id && c.content.trim() === content.trim(),
    );
    if (duplicate) {
      return error(409, 'comment_duplicate', 'Duplicate comment detected; it looks as though you&#8217;ve already said that!');
    }
    const comment = this.addComment({
      id: this.nextId,
      post: postId,
      parent,
      author: user.id,
      author_name: user.name,
      author_email: `${user.login}@example.org`,
      author_url: this.url,
      author_ip: CALLER_IP,
      author_user_agent: userAgent,
      date_gmt: new Date().toISOString().slice(0, 19),
      content,
      status: canModerate && body['status'] === 'hold' ? 'hold' : 'approved',
    });
    return { status: 201, body: this.shape(comment, q) };
  }

  private updateComment(comment: FakeComment, body: Record<string, unknown>, q: URLSearchParams, userAgent: string): Answer {
    const status = body['status'];
    if (typeof status === 'string') {
      const mapped: Record<string, FakeStatus> = {
        approved: 'approved', approve: 'approved', '1': 'approved', hold: 'hold', unapproved: 'hold', '0': 'hold', spam: 'spam', trash: 'trash',
      };
      // WordPress 6.1 answers 200 to an unknown status and leaves the comment as it was.
      if (mapped[status]) comment.status = mapped[status];
    }
    if (typeof body['content'] === 'string') {
      if (body['content'].trim() === '') return error(400, 'rest_comment_content_invalid', 'Invalid comment content.');
      comment.content = body['content'];
    }
    // The 6.1 bug: every update stores the caller's IP and user agent unless the request sends them.
    comment.author_ip = typeof body['author_ip'] === 'string' ? body['author_ip'] : CALLER_IP;
    comment.author_user_agent = typeof body['author_user_agent'] === 'string' ? body['author_user_agent'] : userAgent;
    return ok(this.shape(comment, q));
  }

  /** The comment as WordPress renders it: edit-only fields only with context=edit, then _fields. */
  private shape(c: FakeComment, q: URLSearchParams): Record<string, unknown> {
    const edit = q.get('context') === 'edit';
    const full: Record<string, unknown> = {
      id: c.id,
      post: c.post,
      parent: c.parent,
      author: c.author,
      author_name: c.author_name,
      author_url: c.author_url,
      date: c.date_gmt,
      date_gmt: c.date_gmt,
      content: edit ? { rendered: `<p>${texturize(c.content)}</p>\n`, raw: c.content } : { rendered: `<p>${texturize(c.content)}</p>\n` },
      link: `${this.url}/?p=${c.post}#comment-${c.id}`,
      status: c.status,
      type: c.type,
      author_avatar_urls: { '24': 'https://secure.gravatar.com/avatar/x?s=24', '48': 'https://secure.gravatar.com/avatar/x?s=48' },
      meta: [],
      _links: { self: [{ href: `${this.restRoot}wp/v2/comments/${c.id}` }] },
    };
    if (edit) {
      full['author_email'] = c.author_email;
      full['author_ip'] = c.author_ip;
      full['author_user_agent'] = c.author_user_agent;
    }
    return pick(full, q.get('_fields'));
  }
}

interface Answer {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

function ok(body: unknown, headers?: Record<string, string>): Answer {
  return { status: 200, body, headers };
}

function error(status: number, code: string, message: string, extra: Record<string, unknown> = {}): Answer {
  return { status, body: { code, message, data: { status, ...extra } } };
}

function ids(value: string | null): number[] | null {
  if (value === null || value === '') return null;
  return value.split(',').map(Number).filter((n) => Number.isInteger(n) && n > 0);
}

function statusMatches(query: string, status: FakeStatus): boolean {
  switch (query) {
    case 'hold':
    case '0':
      return status === 'hold';
    case 'approve':
    case '1':
      return status === 'approved';
    case 'spam':
      return status === 'spam';
    case 'trash':
      return status === 'trash';
    case 'all':
      return status === 'hold' || status === 'approved';
    case 'any':
      return true;
    default:
      return false; // e.g. "unapproved" → []
  }
}

function typeMatches(query: string, type: FakeComment['type']): boolean {
  if (query === 'all' || query === '') return true;
  if (query === 'pings') return type === 'pingback' || type === 'trackback';
  return query === type;
}

/** _fields keeps the named top-level keys ("content.raw" keeps content). */
function pick(obj: Record<string, unknown>, fields: string | null): Record<string, unknown> {
  if (!fields) return obj;
  const wanted = new Set(fields.split(',').map((f) => f.trim().split('.')[0]));
  return Object.fromEntries(Object.entries(obj).filter(([k]) => wanted.has(k)));
}

/** The bit of wptexturize that shows up in tests: apostrophes become &#8217;. */
function texturize(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/'/g, '&#8217;');
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', () => resolve(''));
  });
}
