// Opens the same service the app uses, on the chosen database. The app's
// encrypted credential store cannot be read outside Electron, so the CLI keeps
// Application Passwords in its own 0600 file next to the database (or takes
// MODERATO_APP_PASSWORD each time) — see the README.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { ServiceApi } from '../../../shared/api';
import { defaultDbPath } from '../paths';
import { cliVersion } from './version';

export interface CliService {
  api: ServiceApi;
  close(): Promise<void>;
}

export function resolveDbPath(explicit: string | null): string {
  return explicit ?? defaultDbPath();
}

export async function openCliService(explicitDbPath: string | null, env: NodeJS.ProcessEnv): Promise<CliService> {
  // Loaded on demand: --help, usage errors and `flags` start without SQLite, the sync engine or conf.
  const [{ createService }, { createNodeCredentials, createNodeSettings }] = await Promise.all([
    import('../service'),
    import('../settings/node'),
  ]);
  const dbPath = resolveDbPath(explicitDbPath);
  const dir = dirname(dbPath);
  mkdirSync(dir, { recursive: true });
  const settings = createNodeSettings(dir);
  const credentials = createNodeCredentials(dir, env);
  const service = await createService({ dbPath, settings, credentials, host: 'cli', version: cliVersion() });
  return { api: service.api, close: () => service.close() };
}
