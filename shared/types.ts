// Domain types shared by every layer. Pure data: no Node, no DOM, no Electron.
import type { ErrorKind } from './errors';
import type { MessageParams } from './messages';
import type { FlagCode, FlagParams } from './flags/codes';

/** What the user sees as a comment's status (WordPress "hold" is shown as pending). */
export type CommentStatus = 'pending' | 'approved' | 'spam' | 'trash';
export const COMMENT_STATUSES = ['pending', 'approved', 'spam', 'trash'] as const;

export type CommentType = 'comment' | 'pingback' | 'trackback';

/** A moderation decision, as recorded in the outbox. */
export type ActionKind =
  | 'approve'
  | 'unapprove'
  | 'spam'
  | 'unspam'
  | 'trash'
  | 'restore'
  | 'delete'
  | 'reply'
  | 'edit';
export const STATUS_ACTIONS = ['approve', 'unapprove', 'spam', 'unspam', 'trash', 'restore', 'delete'] as const;
export type StatusAction = (typeof STATUS_ACTIONS)[number];

/** queued → sending → done | failed | cancelled (undone) | obsolete (comment gone on the site). */
export type OutboxState = 'queued' | 'sending' | 'done' | 'failed' | 'cancelled' | 'obsolete';

export interface Site {
  id: number;
  /** Normalised home URL, e.g. https://example.org/blog */
  baseUrl: string;
  /** REST root as discovered, e.g. https://example.org/blog/wp-json/ or https://example.org/?rest_route=/ */
  restRoot: string;
  user: string;
  name: string;
  /** Why pushing is paused for this site (wrong password, role), or null. In English; */
  pausedReason: string | null;
  /** … and as a code with parameters (shared/messages.ts) when it has one. */
  pausedCode?: string;
  pausedParams?: MessageParams;
  lastSyncAt: string | null;
}

/** One highlighted stretch of the original text. Offsets are UTF-16 indexes into the text given to the flagger. */
export interface Span {
  start: number;
  end: number;
  /** The word-list entry that matched. */
  term: string;
  list: WordListName;
  /** Which field of the comment the span is in. */
  field: 'content' | 'author_name';
}

export type WordListName = 'en' | 'fr' | 'user';

export type FlagKind =
  | 'word'
  | 'links'
  | 'author-url-name'
  | 'author-commercial'
  | 'known-spam-email'
  | 'known-spam-ip'
  | 'first-time-author'
  | 'approved-author'
  | 'shouting'
  | 'duplicate'
  | 'unknown-pingback'
  | 'generic-praise'
  | 'promotion'
  | 'classifier'
  | 'language'
  | 'campaign'
  | 'link-reputation'
  | 'phone-support'
  | 'like-marked';

export interface Flag {
  kind: FlagKind;
  /**
   * What was found, as a stable code (shared/flags/codes.ts); `params` fill its sentence. Every
   * flag the engine makes has one; flags stored by older versions have only `reason`.
   */
  code?: FlagCode;
  params?: FlagParams;
  /** The English sentence for code + params (shared/flags/reasons.ts), e.g. "3 links (WordPress holds at 2)". */
  reason: string;
  /** Contribution to the score; negative for reassuring signals (approved author). */
  weight: number;
  /**
   * Context, not a flag: true for notes that fit most genuine comments ("first comment from this
   * author", generic thanks). Shown with the others, never counted in the Flagged view.
   */
  note?: boolean;
  spans?: Span[];
}

/** What the flag engine needs to know about one comment. */
export interface FlagInput {
  content: string;
  author_name?: string;
  author_email?: string;
  author_url?: string;
  author_ip?: string;
  type?: CommentType;
}

/** What the store knows about the comment's author and text, looked up before flagging. */
export interface FlagContext {
  /** Comments by this email (or name when no email) already approved, locally or on the site. */
  approvedByAuthor: number;
  /** Comments by this email marked spam. */
  spamByEmail: number;
  /** Comments from this IP marked spam. */
  spamByIp: number;
  /** Other comments with the same normalised text. */
  sameText: number;
  /** Other authors who posted the same normalised text (a campaign); absent when not looked up. */
  sameTextAuthors?: number;
  /**
   * Other authors with a pending comment of nearly the same text, not the same (a few words
   * changed, added or left out: a campaign's spun copies); absent when not looked up.
   */
  similarTextAuthors?: number;
  /** For pingbacks/trackbacks: the source host has sent an approved comment or is the site itself. */
  knownPingbackSource: boolean;
  /**
   * The site's language as WordPress states it (its locale), named as the language detector
   * names languages ("eng", "fra"; shared/flags/language.ts); absent when unknown. Judged against
   * until the site's model has learned the languages of its approved comments.
   */
  siteLanguage?: string;
  /**
   * Other authors (by e-mail, else name) whose pending or spam comments give the same website
   * (the registrable domain of the author URL) as this one: a campaign posts one website under many names and texts.
   */
  sameSiteAuthors?: number;
  /**
   * The site's own host ("example.com", without "www."): a link to another of its pages is a
   * reader pointing at a post, not an advertisement. Absent when unknown (the CLI without --db).
   */
  siteHost?: string;
}

export interface FlagResult {
  flags: Flag[];
  /** Higher is more likely spam. */
  score: number;
  likelySpam: boolean;
  /** Classifier probability of spam (0..1) when a trained model took part, else null. */
  spamProbability: number | null;
}

export interface AuthorCounts {
  approved: number;
  pending: number;
  spam: number;
  trash: number;
}

export interface AuthorHistory {
  email: string;
  name: string;
  local: AuthorCounts;
  /** Last known from the site (approved comments by this email), null when never fetched. */
  site: { approved: number; fetchedAt: string } | null;
}

export interface PostRef {
  id: number;
  title: string;
  link: string;
}

export interface CommentSummary {
  id: number;
  siteId: number;
  siteName: string;
  remoteId: number;
  postId: number;
  postTitle: string | null;
  parentRemoteId: number;
  type: CommentType;
  authorName: string;
  authorEmail: string;
  authorUrl: string;
  /** ISO 8601 UTC with Z. */
  date: string;
  /** Plain-text start of the content, for the list. */
  excerpt: string;
  localStatus: CommentStatus;
  serverStatus: CommentStatus;
  score: number;
  likelySpam: boolean;
  flagCount: number;
  /** Kind of the oldest unsent action, or null. */
  pendingAction: ActionKind | null;
  /** Last error of a failed action, or null. */
  failedReason: string | null;
  /** `failedReason` as a code and parameters (shared/messages.ts), when it has one. */
  failedCode?: string;
  failedParams?: MessageParams;
}

export interface CommentDetail extends CommentSummary {
  contentRaw: string;
  /** Sanitised to WordPress's allowed comment tags; safe to render. */
  contentHtml: string;
  authorIp: string;
  authorUserAgent: string;
  link: string;
  flags: Flag[];
  spamProbability: number | null;
  /** The site's learning spam filter: while it is learning, the rules alone give the verdict. */
  spamFilter: ModelStatus;
  post: PostRef | null;
  /** Root first, direct parent last. */
  parents: CommentSummary[];
  replies: CommentSummary[];
  author: AuthorHistory;
}

export type QueueSort = 'newest' | 'oldest' | 'spam';
export type StatusFilter = CommentStatus | 'all';

export interface QueueFilter {
  siteId?: number;
  status: StatusFilter;
  flagged?: boolean;
  unsent?: boolean;
  failed?: boolean;
  postId?: number;
  authorEmail?: string;
  search?: string;
  sort: QueueSort;
  /** Approved comments of the last `unrepliedDays` days from readers that no user of the site answered. */
  unreplied?: boolean;
  /** Pending comments with no warning, from authors the site has approved before. */
  likelyFine?: boolean;
}

export interface QueuePage {
  items: CommentSummary[];
  /** Opaque keyset cursor for the next page, null at the end. */
  next: string | null;
}

/**
 * Everything the queue screen shows, in one answer: after a decision or a sync the renderer
 * asks once, never once per panel. `details` holds the comments it asked for by id (the ones
 * around the selection that it lacks or that changed); ids no longer stored are left out.
 */
export interface QueueView {
  page: QueuePage;
  counts: Counts;
  sync: SyncStatus;
  details: CommentDetail[];
}

export interface FilterCounts {
  pending: number;
  approved: number;
  spam: number;
  trash: number;
  all: number;
  flagged: number;
  unsent: number;
  failed: number;
  /** The Unreplied view (approved comments within the setting's window). */
  unreplied: number;
  /** The Likely fine view (pending). */
  likelyFine: number;
}

export interface Counts {
  total: FilterCounts;
  bySite: Record<number, FilterCounts>;
}

export interface OutboxItem {
  id: number;
  clientId: string;
  siteId: number;
  commentId: number;
  kind: ActionKind;
  payload: Record<string, unknown>;
  state: OutboxState;
  attempts: number;
  nextAttemptAt: string | null;
  lastError: string | null;
  /** `lastError` as a code and parameters (shared/messages.ts), when it has one. */
  lastErrorCode?: string;
  lastErrorParams?: MessageParams;
  createdAt: string;
  /** "Approve comment by Cyn" — for lists and the undo toast. */
  description: string;
  /** `description` as a code (decision.named) and parameters, said in each surface's language. */
  descriptionCode?: string;
  descriptionParams?: MessageParams;
}

export interface SyncRun {
  id: number;
  siteId: number;
  startedAt: string;
  finishedAt: string | null;
  newCount: number;
  changedCount: number;
  goneCount: number;
  pushedCount: number;
  failedCount: number;
  error: string | null;
  /** What kind of failure `error` is ('unreachable' means offline); null when it ran clean. */
  errorKind: ErrorKind | null;
  /** `error` as a code and parameters (shared/messages.ts); runs stored before schema 8 have only the English text. */
  errorCode?: string;
  errorParams?: MessageParams;
}

/** A failure kept for later: its kind decides what the UI calls it, its message is shown. */
export interface Problem {
  kind: ErrorKind;
  message: string;
  /** `message` as a code and parameters, when it has one (shared/messages.ts). */
  code?: string;
  params?: MessageParams;
}

export type SiteSyncState = 'idle' | 'syncing' | 'paused' | 'offline' | 'error';

export interface SiteSyncStatus {
  siteId: number;
  state: SiteSyncState;
  message: string | null;
  /** `message` as a code and parameters, when it has one (shared/messages.ts). */
  code?: string;
  params?: MessageParams;
  queued: number;
  failed: number;
  lastRun: SyncRun | null;
}

export interface SyncStatus {
  online: boolean;
  sites: SiteSyncStatus[];
}

export interface WordLists {
  /** The user's own additions. The bundled lists are versioned with the app. */
  block: string[];
  allow: string[];
  bundledVersion: string;
}

export interface ModelStatus {
  siteId: number;
  spamExamples: number;
  hamExamples: number;
  /** Under the threshold the rules carry the verdict and the UI says so. */
  learning: boolean;
}

export interface Settings {
  syncIntervalMinutes: number;
  theme: 'system' | 'light' | 'dark';
  notifications: boolean;
  /** The Unreplied view covers the approved comments of this many last days (and the sync brings them in). */
  unrepliedDays: number;
  /** The UI language: 'system' follows the OS (app.getLocale(), navigator.languages, LANG). */
  language: 'system' | 'en' | 'fr';
}

/** A reply template: `body` may hold the placeholders of shared/saved-replies.ts ({author}, {post}, {site}). */
export interface SavedReply {
  id: number;
  name: string;
  body: string;
  /** 0-based place in the owner's order (Ctrl+1 is position 0). */
  position: number;
}

export interface AppInfo {
  version: string;
  dbPath: string;
  /** "electron" | "web" | "cli" — which adapter serves this UI. */
  host: 'electron' | 'web' | 'cli';
  /** False where the OS offers no keyring and passwords cannot be encrypted. */
  credentialsEncrypted: boolean;
  /** The OS's UI locale as the desktop app sees it (Electron's app.getLocale()); absent elsewhere. */
  locale?: string;
}

/** Events the UI subscribes to. */
export type AppEvent =
  /**
   * Comments changed. `commentIds`, when given, are all that changed (the user's own decision,
   * reply, edit or undo): the UI refreshes just those and their neighbours (same author, same
   * thread). Without it, anything of those sites may have changed (a sync, a re-score).
   */
  | { type: 'queue-changed'; siteIds: number[]; commentIds?: number[] }
  /** A sync of the site began; sync-finished follows it, whatever happens. */
  | { type: 'sync-started'; siteId: number }
  | { type: 'sync-progress'; siteId: number; phase: 'pull' | 'push'; done: number; total: number | null }
  | { type: 'sync-finished'; siteId: number; run: SyncRun }
  /** `message` in English; `code` and `params`, when present, say it in the UI's language (shared/messages.ts). */
  | { type: 'notice'; level: 'info' | 'warning' | 'error'; message: string; code?: string; params?: MessageParams; commentId?: number };
