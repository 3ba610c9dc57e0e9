// The installed `moderato` command runs the JavaScript built ahead of time (dist-node/, made by
// npm install's prepare step), not the TypeScript sources: it must work with no compiler loaded.
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../../..');
const run = promisify(execFile);
let home: string;

beforeAll(async () => {
  await run(process.execPath, [join(root, 'scripts/build-node.mjs'), '--if-stale'], { cwd: root });
  home = mkdtempSync(join(tmpdir(), 'moderato-built-cli-'));
}, 120_000);

afterAll(() => rmSync(home, { recursive: true, force: true }));

const moderato = (...args: string[]) => moderatoIn({}, ...args);
const moderatoIn = (env: Record<string, string>, ...args: string[]) =>
  run(process.execPath, [join(root, 'bin/moderato.js'), ...args], {
    cwd: home,
    // No loader of any kind: the bin must stand on the built JavaScript alone.
    env: { PATH: process.env.PATH, HOME: home, XDG_CONFIG_HOME: home, NO_COLOR: '1', ...env },
  });

describe('the moderato bin', () => {
  it('prints its version and help from the built CLI', async () => {
    const version = await moderato('--version');
    expect(version.stdout.trim()).toBe((JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version);
    const help = await moderato('--help');
    expect(help.stdout).toMatch(/^Usage: moderato <command>/m);
  });

  it('says its help and its usage errors in French under LANG=fr_FR.UTF-8 (the catalogue as the build ships it)', async () => {
    const help = await moderatoIn({ LANG: 'fr_FR.UTF-8' }, '--help');
    expect(help.stdout).toMatch(/^Utilisation\u00a0: moderato <commande>/m);
    const refused = await moderatoIn({ LANG: 'fr_FR.UTF-8' }, 'queue', '--bogus').catch((err: { code: number; stderr: string }) => err);
    expect(refused).toMatchObject({ code: 2 });
    expect((refused as { stderr: string }).stderr).toContain('Option inconnue --bogus');
  });

  it('opens a database (SQLite, the native module, loaded from node_modules) and answers a command', async () => {
    const db = join(home, 'moderato.db');
    const sites = await moderato('--db', db, 'site', 'list');
    expect(sites.stdout).toContain('No sites yet');
    const queue = await moderato('--db', db, 'queue', '--json');
    expect(JSON.parse(queue.stdout)).toEqual([]);
  });

  it('ships no TypeScript loader in the built files', () => {
    const built = readdirSync(join(root, 'dist-node')).filter((f) => f.endsWith('.mjs'));
    expect(built).toEqual(expect.arrayContaining(['cli.mjs', 'web.mjs']));
    for (const file of built) expect(readFileSync(join(root, 'dist-node', file), 'utf8')).not.toMatch(/from\s*["']tsx/);
  });
});
