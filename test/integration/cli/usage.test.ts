// Bad usage is answered with exit code 2 and one line that says what is wrong
// and where the help is; asking for help is not an error.
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../../electron/core/cli/commands/index';
import enCli from '../../../shared/i18n/locales/en/cli.json';
import frCli from '../../../shared/i18n/locales/fr/cli.json';
import { runCli } from './run-cli';
import { runInProcess } from './run-in-process';

function oneLine(stderr: string): string {
  const lines = stderr.trimEnd().split('\n');
  expect(lines).toHaveLength(1);
  return lines[0] ?? '';
}

describe('moderato usage', () => {
  it('lists the commands for --help and exits 0', async () => {
    const r = await runInProcess('--help');
    expect(r.code).toBe(0);
    for (const command of ['site add', 'sync', 'queue', 'show', 'approve', 'reply', 'outbox', 'undo', 'words add', 'flags']) {
      expect(r.stdout).toContain(`  ${command} `);
    }
  });

  it("has plain text, in both languages, for the overview and every command's summary (--help shows them as written)", () => {
    for (const catalogue of [enCli, frCli]) {
      const summaries = catalogue.commands as Record<string, { summary?: unknown }>;
      const shown: [string, unknown][] = [
        ...(['overview', 'commands', 'overviewEnd'] as const).map((key): [string, unknown] => [`help.${key}`, catalogue.help[key]]),
        ...COMMANDS.map((command): [string, unknown] => [command.name, summaries[command.name]?.summary]),
      ];
      for (const [key, text] of shown) {
        expect(typeof text, key).toBe('string');
        // A placeholder or a nested key would reach the screen raw: --help does not interpolate.
        expect(text as string, key).not.toMatch(/\{\{|\$t\(/);
      }
    }
  });

  it('shows a command page for --help, even next to a missing argument', async () => {
    const r = await runInProcess('reply', '--help');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Usage: moderato reply ID \(--text TEXT \| --template NAME\)/);
    expect(r.stdout).toContain('--approve');
  });

  // These two run as real processes: the exit code a shell or cron sees.
  it('suggests the command meant by a typo', async () => {
    const r = await runCli(['aprove', '12']);
    expect(r.code).toBe(2);
    expect(oneLine(r.stderr)).toBe('moderato: Unknown command "aprove". Did you mean "approve"? See "moderato --help".');
  });

  it('refuses an unknown option with a hint', async () => {
    const r = await runInProcess('queue', '--limt', '5');
    expect(r.code).toBe(2);
    expect(oneLine(r.stderr)).toContain('Unknown option --limt for "queue". Did you mean --limit?');
  });

  it('refuses a missing argument', async () => {
    const r = await runInProcess('approve');
    expect(r.code).toBe(2);
    expect(oneLine(r.stderr)).toBe('moderato: Missing ID. See "moderato approve --help".');
  });

  it('refuses bad values', async () => {
    const [status, id, both, text] = await Promise.all([
      runInProcess('queue', '--status', 'held'),
      runInProcess('spam', '12', 'x3'),
      runInProcess('sync', '--pull-only', '--push-only'),
      runInProcess('reply', '3', '--text', '   '),
    ]);
    expect(status.code).toBe(2);
    expect(oneLine(status.stderr)).toContain('--status must be one of pending, approved, spam, trash, all, not "held".');
    expect(id.code).toBe(2);
    expect(oneLine(id.stderr)).toContain('An ID must be a whole number from 1 up, not "x3".');
    expect(both.code).toBe(2);
    expect(oneLine(both.stderr)).toContain('--pull-only and --push-only cannot be used together.');
    expect(text.code).toBe(2);
    expect(oneLine(text.stderr)).toContain('See "moderato reply --help"');
  });

  it('never takes the password on the command line, and says how to give it', async () => {
    const flag = await runCli(['site', 'add', '--url', 'https://example.org', '--user', 'admin', '--password', 'secret']);
    expect(flag.code).toBe(2);
    expect(oneLine(flag.stderr)).toContain('Unknown option --password');

    // No terminal to ask at (stdin is a pipe) and no MODERATO_APP_PASSWORD.
    const noTty = await runCli(['site', 'add', '--url', 'https://example.org', '--user', 'admin']);
    expect(noTty.code).toBe(2);
    expect(oneLine(noTty.stderr)).toContain('set MODERATO_APP_PASSWORD');
  });
});
