// Runs the CLI's command layer in this process with captured streams: for
// checks of parsing and messages that need no database, at no process cost.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import type { CliIo } from '../../../electron/core/cli/io';
import { runCli } from '../../../electron/core/cli/run';
import type { CliResult } from './run-cli';

const sandbox = mkdtempSync(join(tmpdir(), 'moderato-cli-home-'));
process.on('exit', () => rmSync(sandbox, { recursive: true, force: true }));

export async function runInProcess(...argv: string[]): Promise<CliResult> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
  // A command that reached for the default database would find it in a throwaway folder, never the real one.
  const env = { NO_COLOR: '1', XDG_CONFIG_HOME: sandbox };
  const io: CliIo = { stdout, stderr, stdin: new PassThrough(), env, cwd: process.cwd() };
  const code = await runCli(argv, io);
  return { code, stdout: out, stderr: err };
}
