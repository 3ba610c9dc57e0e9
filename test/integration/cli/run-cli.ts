// Runs the real `moderato` CLI as a child process (node + tsx's loader, as
// `npm run cli` does, minus npm's own startup) and collects what it printed.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../..');
const entry = join(root, 'electron/core/cli/main.ts');
const sandbox = mkdtempSync(join(tmpdir(), 'moderato-cli-home-'));
process.on('exit', () => rmSync(sandbox, { recursive: true, force: true }));

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface CliOptions {
  env?: NodeJS.ProcessEnv;
  input?: string;
  cwd?: string;
}

export function runCli(args: readonly string[], options: CliOptions = {}): Promise<CliResult> {
  return new Promise((resolvePromise, reject) => {
    // XDG_CONFIG_HOME in a throwaway folder: a command that forgot --db must not touch the real app database.
    const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', TZ: 'UTC', XDG_CONFIG_HOME: sandbox, ...options.env };
    // A developer's own password must never leak into a test that expects none.
    if (!options.env || !('MODERATO_APP_PASSWORD' in options.env)) delete env.MODERATO_APP_PASSWORD;
    for (const [key, value] of Object.entries(env)) if (value === undefined) delete env[key];
    const child = execFile(
      process.execPath,
      ['--import', 'tsx', entry, ...args],
      { cwd: options.cwd ?? root, env, maxBuffer: 256 * 1024 * 1024, timeout: 60_000 },
      (error, stdout, stderr) => {
        const code = error && typeof error.code === 'number' ? error.code : error ? -1 : 0;
        if (error && code === -1) reject(error);
        else resolvePromise({ code, stdout, stderr });
      },
    );
    child.stdin?.end(options.input ?? '');
  });
}

/** A fresh folder for a test's database (and the CLI's credentials file beside it). */
export function tempDir(prefix = 'moderato-cli-'): { dir: string; db: string; cleanup(): void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, db: join(dir, 'moderato.db'), cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
