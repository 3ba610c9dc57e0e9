// The command-line layer in-process (no child process, no database): the
// corners of parsing and output a user meets when typing fast.
import { describe, expect, it } from 'vitest';
import { highlight } from '../../../electron/core/cli/highlight';
import { formatTable } from '../../../electron/core/cli/table';
import { runInProcess } from './run-in-process';

const run = runInProcess;

describe('command line parsing', () => {
  it('does not take the next option as a missing value', async () => {
    const r = await run('site', 'add', '--url', '--user', 'admin');
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('moderato: --url needs a value (URL). See "moderato site add --help".\n');
  });

  it('refuses an option given twice and a value on a switch', async () => {
    expect((await run('queue', '--site', '1', '--site', '2')).stderr).toContain('--site is given twice.');
    expect((await run('queue', '--flagged=yes')).stderr).toContain('--flagged takes no value.');
  });

  it('answers "help site add" and "site" alone with the right page', async () => {
    const help = await run('help', 'site', 'add');
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: moderato site add --url URL --user USER/);
    const group = await run('site');
    expect(group.code).toBe(2);
    expect(group.stderr).toMatch(/^Usage: moderato site <command>/);
    expect(group.stderr).toContain('site remove');
  });

  it('accepts global options before the command', async () => {
    const r = await run('--json', 'flags', '--text', 'Bonjour, merci pour cet article.');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ likely_spam: false });
  });

  it('never takes an option-looking word as a value', async () => {
    const r = await run('flags', '--text', '--', '--not-an-option');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--text needs a value');
  });
});

describe('output', () => {
  it('marks each flagged span once, keeping overlaps readable', () => {
    const text = 'free money now';
    const spans = [
      { start: 0, end: 10, term: 'free money', list: 'en' as const, field: 'content' as const },
      { start: 5, end: 10, term: 'money', list: 'en' as const, field: 'content' as const },
      { start: 11, end: 14, term: 'now', list: 'user' as const, field: 'content' as const },
    ];
    expect(highlight(text, spans, false)).toBe('[[free money]] [[now]]');
  });

  it('keeps table rows on one line and cuts the last column to the terminal width', () => {
    const rows = [{ id: 7, text: 'line one\nline two, which is long enough to be cut' }];
    const lines = formatTable(rows, [{ header: 'ID', value: (r) => String(r.id), right: true }, { header: 'EXCERPT', value: (r) => r.text }], 30);
    expect(lines).toEqual(['ID  EXCERPT', ' 7  line one line two, which…']);
    expect(lines.every((l) => [...l].length <= 30)).toBe(true);
  });
});
