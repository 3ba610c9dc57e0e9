// The main thread's end of one worker (the service's, or the read worker): starts it,
// numbers the calls and matches the answers, forwards its events, and turns a worker
// that dies into a plain error on every call instead of a call that never returns.
import { Worker, type TransferListItem } from 'node:worker_threads';
import type { MethodName } from '../../../shared/api';
import { AppError } from '../../../shared/errors';
import { coded, type CodedMessage } from '../../../shared/messages';
import type { AppEvent } from '../../../shared/types';
import { uncrossError, type FromWorker, type ToWorker, type ViewContext } from './messages';

export interface WorkerConnectionOptions {
  name: string;
  /** What the worker reads as workerData. */
  start: unknown;
  transferList?: TransferListItem[];
  onEvent?: (event: AppEvent) => void;
  /** Told, for the log, when the worker stops without being asked to. */
  onStopped?: (message: string, cause: unknown) => void;
  /** The message every call gets once the worker has died (coded: each surface says it in its language). */
  stoppedMessage: string | CodedMessage;
  startFailedMessage: string | CodedMessage;
}

/**
 * Where a worker's entry is: next to the module (or bundle) running this code, with the same
 * extension — `<name>.ts` beside this file in the sources, `<name>.cjs` beside dist-electron/main.cjs,
 * `<name>.mjs` beside an ESM bundle.
 */
export function workerEntry(name: string, here: string = import.meta.url): URL {
  const extension = /\.[cm]?[jt]s$/.exec(new URL(here).pathname)?.[0] ?? '.js';
  return new URL(`./${name}${extension}`, here);
}

export class WorkerConnection {
  /** Resolves once the worker has opened what it serves; rejects with why it could not. */
  readonly ready: Promise<void>;
  private readonly worker: Worker;
  private readonly pending = new Map<number, { resolve: (value: unknown) => void; reject: (err: Error) => void }>();
  private nextId = 1;
  /** Set once the worker is gone: every call from then on fails with it. */
  private stopped: Error | null = null;
  private closeRequested = false;
  private closing: Promise<void> | null = null;
  private onClosed: ((failure: Error | null) => void) | null = null;
  private onReady: { resolve: () => void; reject: (err: Error) => void } | null = null;

  constructor(entry: URL, private readonly options: WorkerConnectionOptions) {
    // From the sources the entry is TypeScript: a small bootstrap registers tsx in the thread first.
    const typescript = entry.pathname.endsWith('.ts');
    const script = typescript ? new URL('./typescript-worker.mjs', import.meta.url) : entry;
    const workerData = { entry: entry.href, start: options.start };
    this.worker = new Worker(script, { workerData, transferList: options.transferList, name: options.name });
    this.ready = new Promise<void>((resolve, reject) => {
      this.onReady = { resolve, reject };
    });
    // Nobody may be listening yet when it fails: the caller that awaits `ready` hears it.
    this.ready.catch(() => {});

    this.worker.on('message', (message: FromWorker) => this.receive(message));
    let crash: unknown = null;
    this.worker.on('error', (err) => {
      crash = err;
    });
    this.worker.on('exit', (code) => {
      const expected = this.closeRequested;
      // The cause (an uncaught error's stack) is for the log; the message is for the user.
      this.stopped = expected
        ? new AppError('internal', coded('error.coreClosed'))
        : new AppError('internal', this.onReady ? options.startFailedMessage : options.stoppedMessage, { cause: crash ?? undefined });
      if (!expected) options.onStopped?.(`the ${options.name} worker stopped (exit code ${code})`, crash);
      for (const call of this.pending.values()) call.reject(this.stopped);
      this.pending.clear();
      this.onReady?.reject(this.stopped);
      this.onReady = null;
      this.onClosed?.(expected ? null : this.stopped);
      this.onClosed = null;
    });
  }

  /** True until the worker has stopped or been asked to close. */
  get alive(): boolean {
    return this.stopped === null && !this.closeRequested;
  }

  /** @param view to the read worker, with a getQueueView (messages.ts ViewContext). */
  call(method: MethodName, input: unknown, view?: ViewContext): Promise<unknown> {
    return new Promise((resolve, reject) => {
      if (this.stopped) return reject(this.stopped);
      if (this.closeRequested) return reject(new AppError('internal', coded('error.coreClosing')));
      const id = this.nextId++;
      this.pending.set(id, { resolve, reject });
      try {
        this.worker.postMessage((view ? { type: 'call', id, method, input, view } : { type: 'call', id, method, input }) satisfies ToWorker);
      } catch (err) {
        this.pending.delete(id);
        reject(err as Error);
      }
    });
  }

  post(message: ToWorker): void {
    if (this.alive) this.worker.postMessage(message);
  }

  /** Asks the worker to finish (it closes its database), then ends the thread. */
  close(): Promise<void> {
    this.closing ??= (async () => {
      if (this.stopped) return;
      this.closeRequested = true;
      const outcome = new Promise<Error | null>((resolve) => {
        this.onClosed = resolve;
      });
      this.worker.postMessage({ type: 'close' } satisfies ToWorker);
      const failure = await outcome;
      await this.worker.terminate();
      if (failure) throw failure;
    })();
    return this.closing;
  }

  private receive(message: FromWorker): void {
    switch (message.type) {
      case 'ready':
        this.onReady?.resolve();
        this.onReady = null;
        return;
      case 'start-failed':
        this.onReady?.reject(uncrossError(message));
        this.onReady = null;
        this.closeRequested = true;
        void this.worker.terminate();
        return;
      case 'result': {
        const call = this.pending.get(message.id);
        if (!call) return;
        this.pending.delete(message.id);
        if (message.ok) call.resolve(message.value);
        else call.reject(uncrossError(message));
        return;
      }
      case 'event':
        this.options.onEvent?.(message.event);
        return;
      case 'closed':
        this.onClosed?.(message.ok ? null : uncrossError(message));
        this.onClosed = null;
        return;
    }
  }
}
