// Throwaway stores for the store tests.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore, type Scorer, type Store } from '../../../electron/core/store';
import type { RemoteComment } from '../../../electron/core/sync/ports';

export function tempDir(): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'moderato-store-'));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export function memoryStore(scorer?: Scorer): Store {
  return openStore(scorer ? { path: ':memory:', scorer } : { path: ':memory:' });
}

let nextRemoteId = 5000;

/** A plain visitor comment; override what the test is about. */
export function remoteComment(overrides: Partial<RemoteComment> = {}): RemoteComment {
  const id = overrides.id ?? nextRemoteId++;
  return {
    id,
    post: 1,
    parent: 0,
    author: 0,
    author_name: 'Visitor',
    author_email: 'visitor@example.com',
    author_url: '',
    author_ip: '192.0.2.1',
    author_user_agent: 'Mozilla/5.0',
    date_gmt: '2024-01-01T00:00:00Z',
    content_raw: `Comment number ${id}`,
    content_rendered: `<p>Comment number ${id}</p>`,
    status: 'pending',
    type: 'comment',
    link: `https://example.org/?p=1#comment-${id}`,
    ...overrides,
  };
}
