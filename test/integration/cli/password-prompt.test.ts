// At a terminal, `site add` asks for the Application Password without echoing
// it, and keeps it in the 0600 credentials file next to the database.
import { spawn } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ADMIN, FakeWordPress } from '../../support/fake-wordpress';
import { runCli, tempDir } from './run-cli';

const root = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../..');
let fake: FakeWordPress;
const tmp = tempDir('moderato-cli-prompt-');

beforeAll(async () => {
  fake = await FakeWordPress.start({ comments: [{ id: 5, content: 'Bonjour !' }] });
});
afterAll(async () => {
  await fake.close();
  tmp.cleanup();
});

/** Runs the CLI under a pseudo-terminal (util-linux `script`), typing `answer` when the prompt appears. */
function atTerminal(args: string[], prompt: string, answer: string): Promise<{ code: number | null; transcript: string }> {
  const command = [process.execPath, '--import', 'tsx', 'electron/core/cli/main.ts', ...args].map((a) => `'${a}'`).join(' ');
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
  delete env.MODERATO_APP_PASSWORD;
  return new Promise((done, fail) => {
    const child = spawn('script', ['-qfec', command, '/dev/null'], { cwd: root, env });
    let transcript = '';
    let typed = false;
    child.stdout.on('data', (chunk: Buffer) => {
      transcript += chunk.toString('utf8');
      if (!typed && transcript.includes(prompt)) {
        typed = true;
        child.stdin.write(`${answer}\r`);
      }
    });
    child.on('error', fail);
    child.on('close', (code) => done({ code, transcript }));
  });
}

it('asks for the password without echo, stores it 0600, and later commands use it', { timeout: 60_000 }, async () => {
  const { code, transcript } = await atTerminal(
    ['site', 'add', '--url', fake.url, '--user', 'admin', '--db', tmp.db],
    'Application Password for admin at',
    ADMIN.appPassword,
  );
  expect(code).toBe(0);
  expect(transcript).toContain('Added site 1: Le blog de test');
  expect(transcript).not.toContain(ADMIN.appPassword);

  const file = join(tmp.dir, 'credentials.json');
  expect(statSync(file).mode & 0o777).toBe(0o600);
  expect(readFileSync(file, 'utf8')).toContain(ADMIN.appPassword);

  // No environment variable now: the stored password is what signs the sync in.
  const sync = await runCli(['sync', '--json', '--db', tmp.db]);
  expect(sync.code, sync.stderr).toBe(0);
  expect(JSON.parse(sync.stdout)).toMatchObject([{ newCount: 1, error: null }]);
});
