// Errors are values with a kind and a message a blog owner understands.
// They cross every transport (IPC, HTTP, CLI) as { kind, message }.

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
  constructor(kind: ErrorKind, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.kind = kind;
    this.name = 'AppError';
  }
}

export interface ErrorInfo {
  kind: ErrorKind;
  message: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ErrorInfo };

/** Turns anything thrown into what may cross to the UI: never a stack. */
export function toErrorInfo(err: unknown): ErrorInfo {
  if (err instanceof AppError) return { kind: err.kind, message: err.message };
  return { kind: 'internal', message: 'Something went wrong inside Moderato. The log file has the details.' };
}

export function assertNever(value: never): never {
  throw new Error(`Unexpected value: ${JSON.stringify(value)}`);
}
