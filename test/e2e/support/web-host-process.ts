// Starts `npm run web`'s entry as a child process, as a developer would, and
// reads the one line it prints. The renderer must already be built
// (`npm run test:e2e` runs `vite build` first).
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';

const repoRoot = resolve(import.meta.dirname, '../../..');
const LINE = /^Moderato web host: (http:\/\/127\.0\.0\.1:(\d+)\/)\?token=([A-Za-z0-9_-]+)$/m;

export interface RunningWebHost {
  /** The printed address with its token. */
  url: string;
  /** The same address without the token. */
  origin: string;
  token: string;
  port: number;
  stop(): Promise<number | null>;
  /** What the process wrote to stderr so far, for failure messages. */
  stderr(): string;
}

export async function startWebHostProcess(options: { dbPath: string }): Promise<RunningWebHost> {
  // `node --import tsx` rather than `npx tsx`: one process, so SIGTERM reaches the host itself.
  const tsx = createRequire(import.meta.url).resolve('tsx');
  const child: ChildProcess = spawn(
    process.execPath,
    ['--import', tsx, resolve(repoRoot, 'electron/core/web/main.ts'), '--db', options.dbPath, '--port', '0'],
    { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NODE_ENV: 'test' } },
  );
  let stdout = '';
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));

  const match = await new Promise<RegExpExecArray>((resolveLine, reject) => {
    const timer = setTimeout(() => reject(new Error(`web host printed no address in 30 s.\n${stderr}`)), 30_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString('utf8');
      const found = LINE.exec(stdout);
      if (found) {
        clearTimeout(timer);
        resolveLine(found);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`web host exited with ${code} before printing its address.\n${stderr}`));
    });
  });

  return {
    url: match[0].slice('Moderato web host: '.length),
    origin: match[1]!,
    port: Number(match[2]),
    token: match[3]!,
    stderr: () => stderr,
    async stop() {
      if (child.exitCode !== null) return child.exitCode;
      child.kill('SIGTERM');
      const [code] = (await once(child, 'exit')) as [number | null];
      return code;
    },
  };
}

/** One operation of the contract over the host's HTTP API, as the window sends it; a failure throws its message. */
export async function callHost<T>(host: RunningWebHost, method: string, input: unknown = {}): Promise<T> {
  const response = await fetch(`${host.origin}api/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${host.token}` },
    body: JSON.stringify(input),
  });
  const body = (await response.json()) as { ok: boolean; value: T; error?: { message: string } };
  if (!body.ok) throw new Error(`${method}: ${body.error?.message}`);
  return body.value;
}
