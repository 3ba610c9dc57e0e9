// The installed `moderato` command runs the JavaScript built ahead of time (dist-node/, made by
// npm install's prepare step), not the TypeScript sources: it must work with no compiler loaded.
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PassThrough } from 'node:stream';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { quickCommandLines } from '../../../electron/core/cli/make-quick-answers';
import { quickKey, type QuickAnswers } from '../../../electron/core/cli/quick-answers';
import { runCli } from '../../../electron/core/cli/run';

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
  run(process.execPath, [join(root, 'bin/moderato.cjs'), ...args], {
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

  it('prints help pages made at build time exactly as the CLI itself prints them, in both languages', async () => {
    for (const [language, LANG] of [
      ['en', 'en_US.UTF-8'],
      ['fr', 'fr_FR.UTF-8'],
    ] as const) {
      const shipped = JSON.parse(readFileSync(join(root, `dist-node/answers-${language}.json`), 'utf8')) as QuickAnswers;
      expect(Object.keys(shipped.lines)).toHaveLength(quickCommandLines().length);
      for (const argv of quickCommandLines()) {
        const out = { stdout: '', stderr: '' };
        const stdout = new PassThrough().on('data', (chunk: Buffer) => (out.stdout += chunk.toString()));
        const stderr = new PassThrough().on('data', (chunk: Buffer) => (out.stderr += chunk.toString()));
        const code = await runCli(argv, { stdout, stderr, stdin: new PassThrough(), env: { LANG, XDG_CONFIG_HOME: home }, cwd: home });
        const line = shipped.lines[quickKey(argv)]!;
        expect({ argv, code, text: out[line.stream], other: out[line.stream === 'stdout' ? 'stderr' : 'stdout'] }).toEqual({ argv, code: line.code, text: shipped.texts[line.text], other: '' });
      }
    }
  });

  it('answers help from the built pages with the exit code, stream and language the CLI would use', async () => {
    const french = await moderatoIn({ LANG: 'fr_FR.UTF-8' }, 'site', 'add', '-h');
    expect(french.stdout).toMatch(/^Utilisation\u00a0: moderato site add --url URL --user USER/);
    const bare = await moderato().catch((err: { code: number; stdout: string; stderr: string }) => err);
    expect(bare).toMatchObject({ code: 2, stdout: '' });
    expect((bare as { stderr: string }).stderr).toMatch(/^Usage: moderato <command>/m);
    // The language saved in the app's Settings wins over the environment's, as for every command.
    const settings = join(home, 'saved-language');
    mkdirSync(join(settings, 'Moderato'), { recursive: true });
    writeFileSync(join(settings, 'Moderato', 'settings.json'), JSON.stringify({ language: 'fr' }));
    const saved = await moderatoIn({ LANG: 'en_US.UTF-8', XDG_CONFIG_HOME: settings }, 'help', 'queue');
    expect(saved.stdout).toMatch(/^Utilisation\u00a0: moderato queue/);
  });

  it('ships no TypeScript loader in the built files', () => {
    const built = readdirSync(join(root, 'dist-node')).filter((f) => f.endsWith('.mjs'));
    expect(built).toEqual(expect.arrayContaining(['cli.mjs', 'web.mjs']));
    for (const file of built) expect(readFileSync(join(root, 'dist-node', file), 'utf8')).not.toMatch(/from\s*["']tsx/);
  });
});
