// A stand-in for the core service, for the IPC tests: it records calls, keeps
// sites and their passwords the way the real one does (passwords go to the
// CredentialStore, never into what it returns), and answers every contract
// method with something plausible.
import { METHOD_NAMES, type MethodName, type ServiceApi } from '../../../shared/api';
import { AppError } from '../../../shared/errors';
import type { AppInfo, Site } from '../../../shared/types';
import type { CredentialStore } from '../../../electron/core/settings/types';

export interface FakeService {
  api: ServiceApi;
  calls: Array<{ method: MethodName; input: unknown }>;
}

export function createFakeService(credentials: CredentialStore): FakeService {
  const calls: FakeService['calls'] = [];
  const sites: Site[] = [];
  const impl: Partial<Record<MethodName, (input: never) => Promise<unknown>>> = {
    getAppInfo: async (): Promise<AppInfo> => ({
      version: '0.1.0',
      dbPath: '/data/moderato.db',
      host: 'electron',
      credentialsEncrypted: credentials.encrypted,
    }),
    addSite: async (input: { url: string; user: string; password: string }): Promise<Site> => {
      const site: Site = {
        id: sites.length + 1,
        baseUrl: input.url,
        restRoot: `${input.url}/wp-json/`,
        user: input.user,
        name: 'Le blog',
        pausedReason: null,
        lastSyncAt: null,
      };
      credentials.set(site.id, input.password);
      sites.push(site);
      return site;
    },
    listSites: async () => sites,
    getComment: async (input: { id: number }) => {
      if (input.id === 13) throw new TypeError('Cannot read properties of undefined (reading "row") at /secret/path.ts:42');
      throw new AppError('not-found', `No comment ${input.id}.`);
    },
  };
  const api = Object.fromEntries(
    METHOD_NAMES.map((method) => [
      method,
      async (input: never) => {
        calls.push({ method, input });
        const fn = impl[method];
        return fn ? fn(input) : null;
      },
    ]),
  ) as unknown as ServiceApi;
  return { api, calls };
}
