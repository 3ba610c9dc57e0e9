// A site that cannot be used is named with exactly what is wrong, in one line,
// with exit code 1: the user can fix it (address, password, account, plugin).
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, AUTHOR, FakeWordPress } from '../../support/fake-wordpress';
import { runCli, tempDir } from './run-cli';

let fake: FakeWordPress;
let restOff: FakeWordPress;
let notWordPress: Server;
let notWordPressUrl: string;
const tmp = tempDir('moderato-cli-errors-');

beforeAll(async () => {
  fake = await FakeWordPress.start();
  restOff = await FakeWordPress.start({ rest: 'disabled' });
  notWordPress = createServer((_req, res) => {
    res.setHeader('content-type', 'text/html');
    res.end('<!doctype html><title>My portfolio</title><p>Hello</p>');
  });
  await new Promise<void>((resolve) => notWordPress.listen(0, '127.0.0.1', resolve));
  notWordPressUrl = `http://127.0.0.1:${(notWordPress.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await fake.close();
  await restOff.close();
  await new Promise<void>((resolve) => notWordPress.close(() => resolve()));
  tmp.cleanup();
});

async function addSite(url: string, user: string, password: string): Promise<{ code: number; line: string; stdout: string }> {
  const r = await runCli(['site', 'add', '--url', url, '--user', user, '--db', tmp.db], {
    env: { MODERATO_APP_PASSWORD: password },
  });
  const lines = r.stderr.trimEnd().split('\n');
  expect(lines).toHaveLength(1);
  return { code: r.code, line: lines[0] ?? '', stdout: r.stdout };
}

describe('moderato site add / site test / sync on a site that cannot be used', { timeout: 60_000 }, () => {
  it('says the password is wrong', async () => {
    const r = await addSite(fake.url, 'admin', 'wrong pass word');
    expect(r.code).toBe(1);
    expect(r.line).toMatch(/^moderato: .*did not accept the user name and Application Password/);
    expect(r.stdout).toBe('');
  });

  it('says the site cannot be reached', async () => {
    // Port 9 (discard) on the loopback: nothing listens, the connection is refused at once.
    const r = await addSite('http://127.0.0.1:9', 'admin', ADMIN.appPassword);
    expect(r.code).toBe(1);
    expect(r.line).toMatch(/^moderato: Moderato could not reach 127\.0\.0\.1:9\b/);
  });

  it('says the address is not a WordPress site', async () => {
    const r = await addSite(notWordPressUrl, 'admin', ADMIN.appPassword);
    expect(r.code).toBe(1);
    expect(r.line).toMatch(/not a WordPress site/);
  });

  it('says the REST API is switched off', async () => {
    const r = await addSite(restOff.url, 'admin', ADMIN.appPassword);
    expect(r.code).toBe(1);
    expect(r.line).toMatch(/REST API is switched off or blocked/);
  });

  it('says the account cannot moderate', async () => {
    const r = await addSite(fake.url, AUTHOR.login, AUTHOR.appPassword);
    expect(r.code).toBe(1);
    expect(r.line).toMatch(/not allowed to moderate comments/);
  });

  it('keeps none of the refused sites, then tells a later wrong password apart in site test and sync', async () => {
    const list = await runCli(['site', 'list', '--json', '--db', tmp.db]);
    expect(JSON.parse(list.stdout)).toEqual([]);

    const added = await addSite(fake.url, 'admin', ADMIN.appPassword);
    expect(added.code).toBe(0);
    const wrong = { env: { MODERATO_APP_PASSWORD: 'revoked pass word' } };
    const [test, sync] = await Promise.all([
      runCli(['site', 'test', '1', '--db', tmp.db], wrong),
      runCli(['sync', '--db', tmp.db], wrong),
    ]);
    expect(test.code).toBe(1);
    expect(test.stderr.trimEnd().split('\n')).toEqual([expect.stringMatching(/did not accept the user name and Application Password/)]);
    expect(sync.code).toBe(1);
    expect(sync.stderr).toMatch(/^moderato: Le blog de test: .*did not accept/m);
  });
});
