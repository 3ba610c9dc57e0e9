// Errors are values with a kind and a message a blog owner understands.
// They cross every transport (IPC, HTTP, CLI) as { kind, message }, plus { code, params } when
// the message is coded (shared/messages.ts): each surface then says it in its own language.
import type { CodedMessage, MessageParams } from './messages';

export type ErrorKind =
  | 'bad-input' // the caller sent something the contract refuses
  | 'not-found' // no such comment, site or action
  | 'unreachable' // network down, DNS, refused, timeout
  | 'not-wordpress' // the URL answers but is not a WordPress site
  | 'rest-disabled' // WordPress without a reachable REST API
  | 'not-json' // HTML error page or login page where JSON was expected
  | 'auth' // wrong or missing Application Password (any 401)
  | 'forbidden' // the user cannot moderate comments (403)
  | 'rate-limited' // 429
  | 'server' // 5xx
  | 'rejected' // 400 and friends: the server refused this request
  | 'gone' // the comment no longer exists on the site
  | 'conflict' // e.g. a database from a newer Moderato
  | 'corrupt' // the local database failed its integrity check
  | 'internal';

export class AppError extends Error {
  readonly kind: ErrorKind;
  /** The message's code in the `messages` catalogue, when it has one; `message` is its English. */
  readonly code: string | undefined;
  readonly params: MessageParams | undefined;
  constructor(kind: ErrorKind, message: string | CodedMessage, options?: { cause?: unknown }) {
    super(typeof message === 'string' ? message : message.english, options);
    this.kind = kind;
    this.name = 'AppError';
    if (typeof message !== 'string') {
      this.code = message.code;
      this.params = message.params;
    }
  }
}

export interface ErrorInfo {
  kind: ErrorKind;
  /** English; what a surface shows when it has no words for `code`. */
  message: string;
  code?: string;
  params?: MessageParams;
}

/** The error as it crosses a transport: a coded one keeps its code and parameters. */
function infoOf(err: AppError): ErrorInfo {
  return err.code === undefined ? { kind: err.kind, message: err.message } : { kind: err.kind, message: err.message, code: err.code, params: err.params ?? {} };
}

/** An AppError again on the other side of a transport, code included. */
export function errorFromInfo(info: ErrorInfo, options?: { cause?: unknown }): AppError {
  return new AppError(info.kind, info.code === undefined ? info.message : { code: info.code, params: info.params ?? {}, english: info.message }, options);
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ErrorInfo };

/** Turns anything thrown into what may cross to the UI: never a stack. */
export function toErrorInfo(err: unknown): ErrorInfo {
  if (err instanceof AppError) return infoOf(err);
  return { kind: 'internal', message: 'Something went wrong inside Moderato. The log file has the details.', code: 'error.internal', params: {} };
}

export function assertNever(value: never): never {
  throw new Error(`Unexpected value: ${JSON.stringify(value)}`);
}
