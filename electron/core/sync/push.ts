// Push: sends the outbox to the site, oldest action of each comment first, a few comments at a time.
// Every action is safe to send again after a crash (status updates are idempotent, a reply is looked
// for under its parent before being posted again), so nothing is lost or done twice.
import type { PendingAction, RemoteComment, SyncStore } from './ports';
import type { WordPressClient } from '../sources/wordpress-client';
import { WordPressError, isTransient } from '../sources/wordpress-error';
import { AppError, assertNever } from '../../../shared/errors';
import { coded, type CodedMessage } from '../../../shared/messages';
import type { Problem } from '../../../shared/types';
import { DEFAULT_BACKOFF, retryAt, type BackoffPolicy } from './backoff';

export interface PushOptions {
  /** Comments pushed at the same time; each comment's actions stay sequential. Default 4. */
  concurrency?: number;
  now?: () => Date;
  backoff?: BackoffPolicy;
  /** After this many transient failures in a row (network down, server overloaded) the push stops for now. */
  maxConsecutiveTransient?: number;
  onProgress?: (done: number, total: number | null) => void;
  /**
   * Also send actions still waiting out a backoff that ends within this many ms (the network just
   * came back, so earlier network failures say nothing any more). Retry-After longer than that is
   * still honoured.
   */
  retryWaitingWithinMs?: number;
  /** Something the user should know (a comment gone from the site, a paused site). */
  onNotice?: (level: 'info' | 'warning' | 'error', message: string | CodedMessage, commentId?: number) => void;
  signal?: AbortSignal;
}

export interface PushResult {
  pushed: number;
  failed: number;
  retrying: number;
  obsolete: number;
  /** Set when the site's queue was paused (wrong password, missing role). */
  pausedReason: Problem | null;
}

interface Outcome {
  comment: RemoteComment | null;
  extra?: Record<string, unknown>;
}

export async function pushSite(store: SyncStore, client: WordPressClient, siteId: number, options: PushOptions = {}): Promise<PushResult> {
  const now = options.now ?? (() => new Date());
  const concurrency = options.concurrency ?? 4;
  const maxTransient = options.maxConsecutiveTransient ?? 3;
  const result: PushResult = { pushed: 0, failed: 0, retrying: 0, obsolete: 0, pausedReason: null };
  const total = store.unsentCount(siteId);
  let consecutiveTransient = 0;
  let stop = false;
  let done = 0;

  const handle = async (action: PendingAction): Promise<void> => {
    try {
      const outcome = await perform(client, store, action, options.signal);
      store.completeAction(action.id, outcome.comment, outcome.extra);
      result.pushed++;
      consecutiveTransient = 0;
    } catch (err) {
      // A failure that is not a site's answer (a bug) is coded too: the failed badge says it in the UI's language.
      const unexpected = err instanceof AppError ? null : coded('error.sendInternal', { detail: String(err) });
      const message = unexpected ? unexpected.english : (err as AppError).message;
      const kind = err instanceof AppError ? err.kind : 'internal';
      const coding = unexpected ?? (err instanceof AppError && err.code !== undefined ? { code: err.code, params: err.params ?? {} } : null);
      const problem: Problem = { kind, message, ...(coding ? { code: coding.code, params: coding.params } : {}) };
      if (kind === 'gone') {
        store.obsoleteAction(action.id, message);
        result.obsolete++;
        options.onNotice?.('warning', coded(`notice.notSent.${action.kind}`), action.commentId);
      } else if (kind === 'auth' || kind === 'forbidden') {
        store.setSitePaused(siteId, problem);
        // Back to the queue untouched: it goes out as soon as the password or role is fixed.
        store.retryActionLater(action.id, problem, now());
        result.pausedReason = problem;
        stop = true;
        options.onNotice?.('error', err instanceof AppError && err.code !== undefined ? { code: err.code, params: err.params ?? {}, english: message } : message);
      } else if (isTransient(err)) {
        const retryAfterMs = err instanceof WordPressError ? err.retryAfterMs : null;
        store.retryActionLater(action.id, problem, retryAt(now(), action.attempts, retryAfterMs, options.backoff ?? DEFAULT_BACKOFF));
        result.retrying++;
        consecutiveTransient++;
        if (consecutiveTransient >= maxTransient || kind === 'rate-limited') stop = true;
      } else {
        store.failAction(action.id, problem);
        result.failed++;
        consecutiveTransient = 0;
      }
    }
    options.onProgress?.(++done, total);
  };

  // Each worker claims one action at a time: claimActions hands out only the oldest unsent action
  // of a comment, so a comment's next action becomes claimable only once this one is settled.
  const worker = async (): Promise<void> => {
    while (!stop && !options.signal?.aborted) {
      const claimAt = new Date(now().getTime() + (options.retryWaitingWithinMs ?? 0));
      const [action] = store.claimActions(siteId, claimAt, 1);
      if (!action) return;
      await handle(action);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, concurrency) }, worker));
  return result;
}

function text(action: PendingAction): string {
  const value = action.payload['text'];
  if (typeof value !== 'string' || value.trim() === '') {
    throw new AppError('bad-input', coded('error.pushTextEmpty'));
  }
  return value;
}

async function perform(client: WordPressClient, store: SyncStore, action: PendingAction, signal?: AbortSignal): Promise<Outcome> {
  const keep = { author_ip: action.authorIp, author_user_agent: action.authorUserAgent };
  const setStatus = async (status: 'approved' | 'hold' | 'spam'): Promise<Outcome> => ({
    comment: await client.updateComment(action.remoteId, { status, ...keep }, signal),
  });
  switch (action.kind) {
    case 'approve':
      return setStatus('approved');
    case 'unapprove':
    case 'unspam':
    case 'restore':
      // "hold" takes a comment out of spam or the trash back to moderation (wordpress-rest.md).
      return setStatus('hold');
    case 'spam':
      return setStatus('spam');
    case 'trash':
      try {
        return { comment: await client.trashComment(action.remoteId, signal) };
      } catch (err) {
        if (err instanceof WordPressError && err.wpCode === 'rest_already_trashed') return { comment: null };
        throw err;
      }
    case 'delete':
      try {
        await client.deleteComment(action.remoteId, signal);
      } catch (err) {
        // Already deleted (a resend after a lost answer, or deleted in wp-admin): the wish is fulfilled.
        if (!(err instanceof WordPressError && err.wpCode === 'rest_comment_invalid_id')) throw err;
      }
      return { comment: null, extra: { deleted: true } };
    case 'edit':
      return { comment: await client.updateComment(action.remoteId, { content: text(action), ...keep }, signal) };
    case 'reply':
      return reply(client, store, action, signal);
    default:
      return assertNever(action.kind);
  }
}

/**
 * A reply is the one action that is not idempotent on the server. The store counts attempts when it
 * hands an action out, so attempts > 1 means an earlier send may have reached WordPress with its answer
 * lost: look under the parent first. A 409 comment_duplicate means the same.
 */
async function reply(client: WordPressClient, store: SyncStore, action: PendingAction, signal?: AbortSignal): Promise<Outcome> {
  const content = text(action);
  const known = action.payload['createdRemoteId'];
  if (typeof known === 'number' && known > 0) return { comment: null, extra: { createdRemoteId: known } };
  if (action.attempts > 1) {
    const existing = await client.findReply(action.remoteId, action.postId, content, signal);
    if (existing) return { comment: existing, extra: { createdRemoteId: existing.id } };
  }
  let created: RemoteComment;
  try {
    created = await client.createReply({ post: action.postId, parent: action.remoteId, content }, signal);
  } catch (err) {
    if (err instanceof WordPressError && err.wpCode === 'comment_duplicate') {
      const existing = await client.findReply(action.remoteId, action.postId, content, signal);
      return { comment: existing, extra: { createdRemoteId: existing?.id ?? null } };
    }
    throw err;
  }
  store.updateActionPayload(action.id, { ...action.payload, createdRemoteId: created.id });
  return { comment: created, extra: { createdRemoteId: created.id } };
}

