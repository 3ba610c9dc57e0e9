// Opaque keyset cursors: the sort key and id of the last row of a page.
import { AppError } from '../../../shared/errors';
import { coded } from '../../../shared/messages';
import type { QueueSort } from '../../../shared/types';

export interface Cursor {
  sort: QueueSort;
  key: string | number;
  id: number;
}

export function encodeCursor(c: Cursor): string {
  return Buffer.from(JSON.stringify([c.sort, c.key, c.id])).toString('base64url');
}

export function decodeCursor(text: string, sort: QueueSort): Cursor {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
  } catch {
    parsed = null;
  }
  if (
    Array.isArray(parsed) &&
    parsed.length === 3 &&
    parsed[0] === sort &&
    (sort === 'spam' ? typeof parsed[1] === 'number' : typeof parsed[1] === 'string') &&
    Number.isInteger(parsed[2])
  ) {
    return { sort, key: parsed[1] as string | number, id: parsed[2] as number };
  }
  throw new AppError('bad-input', coded('error.staleCursor'));
}
