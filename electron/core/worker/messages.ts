// What the thread that answers the window (Electron's main thread, the web
// host's HTTP loop) and the service worker say to each other. Everything here
// crosses a MessagePort by structured clone: plain data only, errors as
// { kind, message } like every other transport, plus the stack of anything
// unexpected so the main thread can log it (it never reaches the UI).
import type { MessagePort } from 'node:worker_threads';
import type { MethodName } from '../../../shared/api';
import { AppError, errorFromInfo, toErrorInfo, type ErrorInfo } from '../../../shared/errors';
import type { AppEvent, Settings } from '../../../shared/types';
import type { ServiceDeps } from '../service';

/** A failure that crossed the thread boundary. */
export interface CrossedError {
  error: ErrorInfo;
  /** True for an AppError (its kind and message are for the user); false for a bug. */
  expected: boolean;
  /** The stack of an unexpected error, for the log. */
  detail?: string;
}

export type Outcome = { ok: true; value: unknown } | ({ ok: false } & CrossedError);

/** Main thread → worker. */
export type ToWorker =
  /** `view`: to the read worker, what only the main thread knows for a getQueueView (ViewContext). */
  | { type: 'call'; id: number; method: MethodName; input: unknown; view?: ViewContext }
  | { type: 'network-regained' }
  /** To the read worker: the service wrote something a cached read may depend on (the spam models). */
  | { type: 'invalidate' }
  | { type: 'close' };

/** Worker → main thread. */
export type FromWorker =
  | { type: 'ready' }
  | ({ type: 'start-failed' } & CrossedError)
  | ({ type: 'result'; id: number } & Outcome)
  | { type: 'event'; event: AppEvent }
  | ({ type: 'closed' } & ({ ok: true } | ({ ok: false } & CrossedError)));

/**
 * The settings and credential stores stay on the main thread (in the app they are
 * electron-store and safeStorage, which only the main thread may use); the worker
 * reaches them with these requests, answered synchronously (main-thread-stores.ts).
 */
export type StoreRequest =
  | { op: 'settings.get' }
  | { op: 'settings.update'; patch: Partial<Settings> }
  | { op: 'credentials.get'; siteId: number }
  | { op: 'credentials.set'; siteId: number; password: string }
  | { op: 'credentials.delete'; siteId: number };

/** What every worker gets as workerData: its own module (for the TypeScript bootstrap) and its start data. */
export interface WorkerData<S> {
  entry: string;
  start: S;
}

/** The service's worker. */
export interface ServiceStart {
  deps: Omit<ServiceDeps, 'settings' | 'credentials' | 'fetch'>;
  /** CredentialStore.encrypted, fixed for the life of the store. */
  credentialsEncrypted: boolean;
  stores: { port: MessagePort; signal: Int32Array };
}

/**
 * What the read worker cannot know of itself for a getQueueView: the sites the service is
 * syncing now (its sync status), and the Unreplied view's window (a setting the main thread's
 * store holds; the service sets it on its own store).
 */
export interface ViewContext {
  syncing: number[];
  unrepliedDays: number;
}

/** The read worker. */
export interface ReaderStart {
  dbPath: string;
  nativeBinding?: string;
}

/**
 * The reads the read worker answers: what the comment pane asks for on every key press, and the
 * queue's view (the page's first screen, each refresh), which during a sync would otherwise wait
 * behind the sync's steps in the service's worker (300-450 ms at p95 in bench/core-thread.ts).
 */
export const READ_WORKER_CALLS: ReadonlySet<MethodName> = new Set<MethodName>(['getComment', 'getComments', 'getQueueView']);

/** Any thrown value, as it may cross to the other thread. */
export function crossError(err: unknown): CrossedError {
  if (err instanceof AppError) return { error: toErrorInfo(err), expected: true };
  const detail = err instanceof Error ? (err.stack ?? `${err.name}: ${err.message}`) : String(err);
  return { error: toErrorInfo(err), expected: false, detail };
}

/** An error thrown in the other thread that was not an AppError: its stack is the other thread's. */
export class CrossedBug extends Error {
  constructor(detail: string) {
    super(detail.split('\n', 1)[0] ?? 'unexpected error');
    this.name = 'CrossedBug';
    this.stack = detail;
  }
}

/** The error to throw on this side: an AppError keeps its kind and message; a bug stays a bug (logged, shown as "internal"). */
export function uncrossError(crossed: CrossedError): Error {
  if (crossed.expected) return errorFromInfo(crossed.error);
  return new CrossedBug(crossed.detail ?? crossed.error.message);
}
