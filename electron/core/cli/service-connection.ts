// Opens the same service the app uses, on the chosen database. The app's
// encrypted credential store cannot be read outside Electron, so the CLI keeps
// Application Passwords in its own 0600 file next to the database (or takes
// MODERATO_APP_PASSWORD each time) — see the README.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { ServiceApi } from '../../../shared/api';
import { AppError } from '../../../shared/errors';
import type { EventBus } from '../events';
import type { QueueReader } from '../store/queue-reader';
import { defaultDbPath } from '../paths';
import { t } from './i18n';
import { cliVersion } from './version';

export interface CliService {
  api: ServiceApi;
  events: EventBus;
  close(): Promise<void>;
}

export function resolveDbPath(explicit: string | null, env: NodeJS.ProcessEnv): string {
  return explicit ?? defaultDbPath(process.platform, env);
}

/**
 * The queue, read-only, for a command that only lists it (store/queue-reader.ts): neither the
 * service nor its settings, spam filter and sync engine are loaded. Null when the file must first
 * be created or brought up to date, which only the service does.
 */
export async function openCliQueueReader(explicitDbPath: string | null, env: NodeJS.ProcessEnv): Promise<QueueReader | null> {
  const { openQueueReader } = await import('../store/queue-reader');
  return openQueueReader(resolveDbPath(explicitDbPath, env));
}

export async function openCliService(explicitDbPath: string | null, env: NodeJS.ProcessEnv): Promise<CliService> {
  // Loaded on demand: --help, usage errors and `flags` start without SQLite, the sync engine or conf.
  const [{ createService }, { createNodeCredentials, createNodeSettings }] = await Promise.all([
    import('../service'),
    import('../settings/node'),
  ]);
  const dbPath = resolveDbPath(explicitDbPath, env);
  const dir = dirname(dbPath);
  mkdirSync(dir, { recursive: true });
  const settings = createNodeSettings(dir);
  const credentials = createNodeCredentials(dir, env);
  let service;
  try {
    service = await createService({ dbPath, settings, credentials, host: 'cli', version: cliVersion() });
  } catch (err) {
    if (err instanceof AppError) throw err;
    // SQLite's own words ("unable to open database file") do not say which file or what to do.
    const detail = err instanceof Error ? err.message : String(err);
    throw new AppError('corrupt', t('cli:errors.cannotOpenDb', { path: dbPath, detail }), { cause: err });
  }
  return { api: service.api, events: service.events, close: () => service.close() };
}
