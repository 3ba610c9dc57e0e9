// The one error type of the WordPress client: an AppError (so it crosses to the UI as { kind, message })
// that also keeps the HTTP status, WordPress's error code and Retry-After for the pusher's decisions.
import { AppError, type ErrorKind } from '../../../shared/errors';
import type { CodedMessage } from '../../../shared/messages';

export class WordPressError extends AppError {
  readonly httpStatus: number | null;
  /** WordPress's machine code, e.g. rest_already_trashed, comment_duplicate. */
  readonly wpCode: string | null;
  /** From Retry-After, in milliseconds. */
  readonly retryAfterMs: number | null;

  constructor(
    kind: ErrorKind,
    message: string | CodedMessage,
    details: { httpStatus?: number | null; wpCode?: string | null; retryAfterMs?: number | null; cause?: unknown } = {},
  ) {
    super(kind, message, { cause: details.cause });
    this.name = 'WordPressError';
    this.httpStatus = details.httpStatus ?? null;
    this.wpCode = details.wpCode ?? null;
    this.retryAfterMs = details.retryAfterMs ?? null;
  }
}

/** Worth trying again later without the user doing anything. */
export function isTransient(err: unknown): boolean {
  if (!(err instanceof AppError)) return false;
  return err.kind === 'unreachable' || err.kind === 'server' || err.kind === 'rate-limited' || err.kind === 'not-json';
}

/** Retry-After is either seconds or an HTTP date. */
export function parseRetryAfter(value: string | null, now: number = Date.now()): number | null {
  if (!value) return null;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}
