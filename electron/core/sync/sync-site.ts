// One sync of one site: push the outbox, pull the queue, record the run, tell the UI.
// The entry point the service and the scheduler call.
import type { Problem, Site, SyncRun } from '../../../shared/types';
import { AppError } from '../../../shared/errors';
import { coded, type CodedMessage, type MessageParam, type MessageParams, type PlainParams } from '../../../shared/messages';
import type { EventBus } from '../events';
import type { WordPressClient } from '../sources/wordpress-client';
import type { SyncStore } from './ports';
import { pullSite, type PullResult } from './pull';
import { pullApproved, type ApprovedStore } from './pull-approved';
import { pushSite, type PushResult } from './push';
import { memoryTrainingCursor, pullTrainingExamples, type TrainingCursor, type TrainingSink } from './training';
import { DEFAULT_BACKOFF, type BackoffPolicy } from './backoff';

export type SyncMode = 'both' | 'pull' | 'push';

/** A notice's English text with its code, so each surface can say it in its language. */
function noticeOf(message: string | CodedMessage): { message: string; code?: string; params?: MessageParams } {
  return typeof message === 'string' ? { message } : { message: message.english, code: message.code, params: message.params };
}

/** Why a best-effort step failed, as a nested message (coded when the error is). */
function reasonOf(err: unknown): MessageParam {
  if (err instanceof AppError && err.code !== undefined) return { code: err.code, params: (err.params ?? {}) as PlainParams, english: err.message };
  return err instanceof AppError ? err.message : String(err);
}

export interface SyncDeps {
  store: SyncStore & ApprovedStore;
  /** A client for the site, or null when no Application Password is stored for it. */
  client: (site: Site) => WordPressClient | null;
  events: EventBus;
  now?: () => Date;
  /** Parallel requests per site (default 4). */
  concurrency?: number;
  backoff?: BackoffPolicy;
  /** Spam-filter training examples (issue 8); omitted → not fetched. */
  onTrainingExamples?: TrainingSink;
  trainingCursor?: TrainingCursor;
  /**
   * Relearns the site's model from its whole history when it was learned under an older feature
   * set; true when it did (it read everything, so the usual pull of what is new is skipped).
   */
  relearnIfOutdated?: (siteId: number, client: WordPressClient, signal?: AbortSignal) => Promise<boolean>;
  /** New authors whose site history is fetched per pull (default 50). */
  authorHistoryLimit?: number;
  /** List every page even when the cheap check says nothing changed. */
  forceFullListing?: boolean;
  signal?: AbortSignal;
  /** The Unreplied window in days (the user's setting); its approved comments are pulled beside the queue. Default 90. */
  unrepliedDays?: () => number;
}

const defaultCursor = memoryTrainingCursor();

export interface SyncOptions {
  /** The network just came back: actions waiting out a network backoff go now (see PushOptions). */
  retryWaiting?: boolean;
}

/**
 * Reads the language the site's WordPress states, once (the first sync, or the first after the
 * password changed). Best effort: a failure leaves it unknown, asked again at the next sync, and
 * the language check waits for the site's own comments. True when stored comments changed their flags.
 */
async function recordSiteLocale(store: SyncStore, client: WordPressClient, siteId: number, signal?: AbortSignal): Promise<boolean> {
  if (store.siteLocale(siteId) !== null) return false;
  let locale: string;
  try {
    locale = await client.siteLocale(signal);
  } catch {
    return false;
  }
  return store.setSiteLocale(siteId, locale) > 0;
}

export async function syncSite(deps: SyncDeps, siteId: number, mode: SyncMode = 'both', options: SyncOptions = {}): Promise<SyncRun> {
  const { store, events } = deps;
  const now = deps.now ?? (() => new Date());
  const site = store.getSite(siteId);
  if (!site) throw new AppError('not-found', coded('error.siteGoneSync'));
  const startedAt = now().toISOString();
  const runId = store.startRun(siteId);
  events.emit({ type: 'sync-started', siteId });
  const counts = { newCount: 0, changedCount: 0, goneCount: 0, pushedCount: 0, failedCount: 0 };
  let error: Problem | null = null;
  let coding: { code: string; params: MessageParams } | null = null;

  const client = deps.client(site);
  try {
    if (!client) {
      throw new AppError('auth', coded('error.noPassword', { site: site.name || site.baseUrl }));
    }
    if (site.pausedReason !== null && mode !== 'pull') {
      // The user may have fixed the password or role since: a passing check resumes the queue.
      await client.checkCredentials(deps.signal);
      store.setSitePaused(siteId, null);
      events.emit({ type: 'notice', level: 'info', ...noticeOf(coded('notice.resumed', { site: site.name || site.baseUrl })) });
    }
    if (mode !== 'pull') {
      const pushed: PushResult = await pushSite(store, client, siteId, {
        concurrency: deps.concurrency,
        now,
        backoff: deps.backoff,
        retryWaitingWithinMs: options.retryWaiting ? (deps.backoff ?? DEFAULT_BACKOFF).maxMs : 0,
        signal: deps.signal,
        onProgress: (done, total) => events.emit({ type: 'sync-progress', siteId, phase: 'push', done, total }),
        onNotice: (level, message, commentId) => events.emit({ type: 'notice', level, ...noticeOf(message), commentId }),
      });
      counts.pushedCount = pushed.pushed;
      counts.failedCount = pushed.failed + pushed.obsolete;
      if (pushed.pausedReason) error = pushed.pausedReason;
      if (pushed.pushed + pushed.failed + pushed.obsolete + pushed.retrying > 0) {
        events.emit({ type: 'queue-changed', siteIds: [siteId] });
      }
    }
    if (mode !== 'push') {
      // Before the queue comes in, so its first flags already judge languages against the site's.
      if (await recordSiteLocale(store, client, siteId, deps.signal)) events.emit({ type: 'queue-changed', siteIds: [siteId] });
      const pulled: PullResult = await pullSite(store, client, siteId, {
        concurrency: deps.concurrency,
        forceFullListing: deps.forceFullListing,
        authorHistoryLimit: deps.authorHistoryLimit,
        signal: deps.signal,
        onProgress: (done, total) => events.emit({ type: 'sync-progress', siteId, phase: 'pull', done, total }),
      });
      counts.newCount = pulled.newCount;
      counts.changedCount = pulled.changedCount;
      counts.goneCount = pulled.goneCount;
      if (pulled.newCount + pulled.changedCount + pulled.goneCount > 0) {
        events.emit({ type: 'queue-changed', siteIds: [siteId] });
      }
      store.setSiteSynced(siteId, now().toISOString());
      // Two best-effort steps, side by side (they read different comments): the queue is in, and a
      // failure in either only delays the Unreplied view or the spam filter's learning.
      const approvedStep = async (): Promise<void> => {
        try {
          const approved = await pullApproved(store, client, siteId, {
            days: deps.unrepliedDays?.() ?? 90,
            now: now(),
            concurrency: deps.concurrency,
            signal: deps.signal,
          });
          if (approved.newCount + approved.changedCount + approved.goneCount > 0) events.emit({ type: 'queue-changed', siteIds: [siteId] });
        } catch (err) {
          events.emit({ type: 'notice', level: 'warning', ...noticeOf(coded('notice.unrepliedFailed', { reason: reasonOf(err) })) });
        }
      };
      const trainingStep = async (): Promise<void> => {
        if (!deps.onTrainingExamples) return;
        try {
          if (await deps.relearnIfOutdated?.(siteId, client, deps.signal)) return;
          await pullTrainingExamples(client, siteId, deps.onTrainingExamples, deps.trainingCursor ?? defaultCursor, {
            signal: deps.signal,
          });
        } catch (err) {
          events.emit({ type: 'notice', level: 'warning', ...noticeOf(coded('notice.learningFailed', { reason: reasonOf(err) })) });
        }
      };
      await Promise.all([approvedStep(), trainingStep()]);
    }
  } catch (err) {
    error =
      err instanceof AppError
        ? { kind: err.kind, message: err.message }
        : { kind: 'internal', message: coded('error.syncInternal').english };
    coding = err instanceof AppError && err.code !== undefined ? { code: err.code, params: err.params ?? {} } : err instanceof AppError ? null : { code: 'error.syncInternal', params: {} };
    if (coding) error = { ...error, ...coding };
    if (error.kind === 'auth' || error.kind === 'forbidden') store.setSitePaused(siteId, error);
    events.emit({ type: 'notice', level: 'error', message: error.message, ...(coding ?? {}) });
  }
  store.finishRun(runId, counts, error);
  const run: SyncRun = {
    id: runId,
    siteId,
    startedAt,
    finishedAt: now().toISOString(),
    ...counts,
    error: error?.message ?? null,
    errorKind: error?.kind ?? null,
    ...(coding ? { errorCode: coding.code, errorParams: coding.params } : {}),
  };
  events.emit({ type: 'sync-finished', siteId, run });
  return run;
}
