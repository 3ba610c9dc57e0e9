// One sync of one site: push the outbox, pull the queue, record the run, tell the UI.
// The entry point the service and the scheduler call.
import type { Problem, Site, SyncRun } from '../../../shared/types';
import { AppError } from '../../../shared/errors';
import type { EventBus } from '../events';
import type { WordPressClient } from '../sources/wordpress-client';
import type { SyncStore } from './ports';
import { pullSite, type PullResult } from './pull';
import { pullApproved, type ApprovedStore } from './pull-approved';
import { pushSite, type PushResult } from './push';
import { memoryTrainingCursor, pullTrainingExamples, type TrainingCursor, type TrainingSink } from './training';
import { DEFAULT_BACKOFF, type BackoffPolicy } from './backoff';

export type SyncMode = 'both' | 'pull' | 'push';

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

export async function syncSite(deps: SyncDeps, siteId: number, mode: SyncMode = 'both', options: SyncOptions = {}): Promise<SyncRun> {
  const { store, events } = deps;
  const now = deps.now ?? (() => new Date());
  const site = store.getSite(siteId);
  if (!site) throw new AppError('not-found', 'That site is not in Moderato any more.');
  const startedAt = now().toISOString();
  const runId = store.startRun(siteId);
  const counts = { newCount: 0, changedCount: 0, goneCount: 0, pushedCount: 0, failedCount: 0 };
  let error: Problem | null = null;

  const client = deps.client(site);
  try {
    if (!client) {
      throw new AppError('auth', `No Application Password is stored for ${site.name || site.baseUrl}. Enter one in the site settings.`);
    }
    if (site.pausedReason !== null && mode !== 'pull') {
      // The user may have fixed the password or role since: a passing check resumes the queue.
      await client.checkCredentials(deps.signal);
      store.setSitePaused(siteId, null);
      events.emit({ type: 'notice', level: 'info', message: `Sending to ${site.name || site.baseUrl} resumed.` });
    }
    if (mode !== 'pull') {
      const pushed: PushResult = await pushSite(store, client, siteId, {
        concurrency: deps.concurrency,
        now,
        backoff: deps.backoff,
        retryWaitingWithinMs: options.retryWaiting ? (deps.backoff ?? DEFAULT_BACKOFF).maxMs : 0,
        signal: deps.signal,
        onProgress: (done, total) => events.emit({ type: 'sync-progress', siteId, phase: 'push', done, total }),
        onNotice: (level, message, commentId) => events.emit({ type: 'notice', level, message, commentId }),
      });
      counts.pushedCount = pushed.pushed;
      counts.failedCount = pushed.failed + pushed.obsolete;
      if (pushed.pausedReason) error = pushed.pausedReason;
      if (pushed.pushed + pushed.failed + pushed.obsolete + pushed.retrying > 0) {
        events.emit({ type: 'queue-changed', siteIds: [siteId] });
      }
    }
    if (mode !== 'push') {
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
          const why = err instanceof AppError ? err.message : String(err);
          events.emit({ type: 'notice', level: 'warning', message: `Moderato could not read the site's approved comments for Unreplied: ${why}` });
        }
      };
      const trainingStep = async (): Promise<void> => {
        if (!deps.onTrainingExamples) return;
        try {
          await pullTrainingExamples(client, siteId, deps.onTrainingExamples, deps.trainingCursor ?? defaultCursor, {
            signal: deps.signal,
          });
        } catch (err) {
          const why = err instanceof AppError ? err.message : String(err);
          events.emit({ type: 'notice', level: 'warning', message: `Moderato could not read the site's spam and approved comments to learn from: ${why}` });
        }
      };
      await Promise.all([approvedStep(), trainingStep()]);
    }
  } catch (err) {
    error =
      err instanceof AppError
        ? { kind: err.kind, message: err.message }
        : { kind: 'internal', message: 'The sync stopped because of an error inside Moderato. The log file has the details.' };
    if (error.kind === 'auth' || error.kind === 'forbidden') store.setSitePaused(siteId, error.message);
    events.emit({ type: 'notice', level: 'error', message: error.message });
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
  };
  events.emit({ type: 'sync-finished', siteId, run });
  return run;
}
