// `moderato flags`: what the flag engine says about one text, or a stream of
// JSON lines, with reasons and spans that point at the words in the text.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore } from '../../../electron/core/store';
import { remoteComment } from '../../unit/store/helpers';
import { runCli, tempDir } from './run-cli';

interface Verdict {
  line: number;
  id?: string | number;
  score: number;
  likely_spam: boolean;
  spam_probability: number | null;
  flags: { kind: string; reason: string; weight: number; spans?: { start: number; end: number; term: string; field: string }[] }[];
}

const tmp = tempDir('moderato-cli-flags-');
afterAll(() => tmp.cleanup());

function jsonl(name: string, lines: readonly string[]): string {
  const file = join(tmp.dir, name);
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

function parseLines(stdout: string): Verdict[] {
  return stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as Verdict);
}

describe('moderato flags --text', () => {
  it('gives reasons and spans that locate the flagged words in the text', async () => {
    const text = 'Great post! Visit my CASINO: http://a.example http://b.example http://c.example';
    const r = await runCli(['flags', '--text', text, '--json']);
    expect(r.code).toBe(0);
    const verdict = JSON.parse(r.stdout) as Verdict;
    expect(verdict.likely_spam).toBe(true);
    const spans = verdict.flags.flatMap((f) => f.spans ?? []);
    const casino = spans.find((s) => s.term === 'casino');
    expect(casino).toBeDefined();
    expect(text.slice(casino!.start, casino!.end)).toBe('CASINO');
    expect(verdict.flags.some((f) => f.kind === 'links' && f.reason.includes('3 links'))).toBe(true);
  });

  it('highlights the flagged words in its text output and leaves a clean text unflagged', async () => {
    const [spammy, clean] = await Promise.all([
      runCli(['flags', '--text', 'Cheap casino deals here']),
      runCli(['flags', '--text', 'I grew up in Scunthorpe and loved this recipe.']),
    ]);
    expect(spammy.code).toBe(0);
    expect(spammy.stdout).toContain('[[casino]]');
    expect(clean.code).toBe(0);
    expect(clean.stdout).toMatch(/not likely spam/);
    expect(clean.stdout).not.toContain('[[');
  });
});

describe('moderato flags --file', { timeout: 60_000 }, () => {
  it('streams one verdict per line in order, reports a malformed line by number and still checks the rest', async () => {
    const file = jsonl('mixed.jsonl', [
      JSON.stringify({ id: 'a', content: 'Thanks, this helped me fix my garden fence.' }),
      JSON.stringify({ id: 'b', content: 'Buy cheap viagra at http://x.example http://y.example http://z.example', author_name: 'Cheap Pills' }),
      '{"content": "broken',
      JSON.stringify({ content: 42 }),
      JSON.stringify({ id: 'e', content: 'Merci pour cet article, très clair.', type: 'comment' }),
    ]);
    const r = await runCli(['flags', '--file', file]);
    expect(r.code).toBe(1);
    const verdicts = parseLines(r.stdout);
    expect(verdicts.map((v) => [v.line, v.id])).toEqual([
      [1, 'a'],
      [2, 'b'],
      [5, 'e'],
    ]);
    expect(verdicts[1]?.likely_spam).toBe(true);
    expect(verdicts[0]?.likely_spam).toBe(false);
    expect(r.stderr).toContain('line 3: not valid JSON');
    expect(r.stderr).toMatch(/line 4: content: /);
    expect(r.stderr).toContain('2 lines of 5 could not be read');
  });

  it('reads standard input with --file -', async () => {
    const input = `${JSON.stringify({ content: 'Nice recipe, I will try it.' })}\n${JSON.stringify({ content: 'casino casino casino' })}\n`;
    const r = await runCli(['flags', '--file', '-'], { input });
    expect(r.code).toBe(0);
    expect(parseLines(r.stdout).map((v) => v.line)).toEqual([1, 2]);
  });

  it('says which file it cannot read', async () => {
    const r = await runCli(['flags', '--file', join(tmp.dir, 'missing.jsonl')]);
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toMatch(/^moderato: Cannot read .*missing\.jsonl: no such file/);
  });

  it('trains a throwaway filter with --train and judges with it', async () => {
    // 60 of each class, distinct by vocabulary: enough to leave the learning phase.
    const training: string[] = [];
    for (let i = 0; i < 60; i++) {
      training.push(JSON.stringify({ content: `Earn crypto bonus ${i} with our forex signals, join the telegram group`, spam: true }));
      training.push(JSON.stringify({ content: `I tried step ${i} of your sourdough recipe and the crust was lovely`, spam: false }));
    }
    training.push('{"content": "no label"}');
    const train = jsonl('train.jsonl', training);
    const input = jsonl('judge.jsonl', [
      JSON.stringify({ content: 'Join our forex telegram group for crypto bonus signals' }),
      JSON.stringify({ content: 'Your sourdough recipe gave me a lovely crust' }),
    ]);
    const [trained, untrained] = await Promise.all([
      runCli(['flags', '--file', input, '--train', train]),
      runCli(['flags', '--file', input]),
    ]);
    const [spam, ham] = parseLines(trained.stdout);
    expect(spam?.spam_probability).toBeGreaterThan(0.9);
    expect(ham?.spam_probability).toBeLessThan(0.1);
    expect(spam?.flags.some((f) => f.kind === 'classifier')).toBe(true);
    // The unlabeled training line is reported and makes the run exit 1; the verdicts still came out.
    expect(trained.stderr).toContain('training line 121: "spam" must be true or false');
    expect(trained.code).toBe(1);
    expect(parseLines(untrained.stdout).every((v) => v.spam_probability === null)).toBe(true);
    expect(untrained.code).toBe(0);
  });
});

describe('moderato words and flags --db', { timeout: 60_000 }, () => {
  it("judges with the database's own blocklist, and stops once the word is removed", async () => {
    const db = join(tmp.dir, 'words.db');
    const text = 'Try the frobnicator deal today';
    const added = await runCli(['words', 'add', 'frobnicator', '--db', db]);
    expect(added.code, added.stderr).toBe(0);
    const list = await runCli(['words', 'list', '--json', '--db', db]);
    expect(JSON.parse(list.stdout)).toMatchObject({ block: ['frobnicator'], allow: [] });

    const [withDb, withoutDb] = await Promise.all([
      runCli(['flags', '--text', text, '--json', '--db', db]),
      runCli(['flags', '--text', text, '--json']),
    ]);
    const hit = (JSON.parse(withDb.stdout) as Verdict).flags.flatMap((f) => f.spans ?? []).find((s) => s.term === 'frobnicator');
    expect(hit && text.slice(hit.start, hit.end)).toBe('frobnicator');
    expect(withDb.stderr).toContain("Using the database's word lists (1 blocked, 0 allowed)");
    expect(withoutDb.stdout).not.toContain('frobnicator');

    expect((await runCli(['words', 'remove', 'frobnicator', '--db', db])).code).toBe(0);
    const after = await runCli(['flags', '--text', text, '--json', '--db', db]);
    expect(after.stdout).not.toContain('frobnicator');
  });

  it("weighs an author by the site's history: approved before, marked spam before, or new", async () => {
    const db = join(tmp.dir, 'history.db');
    const store = openStore({ path: db });
    const site = store.addSite({ baseUrl: 'https://blog.example', restRoot: 'https://blog.example/wp-json/', user: 'me', name: 'Blog' });
    store.upsertComments(site.id, [
      remoteComment({ id: 1, author_name: 'Marie', author_email: 'marie@example.fr', status: 'approved', content_raw: 'Merci pour la recette.' }),
      remoteComment({ id: 2, author_name: 'Marie', author_email: 'marie@example.fr', status: 'approved', content_raw: 'Le levain a pris !' }),
      remoteComment({ id: 3, author_name: 'Deals', author_email: 'deals@spam.example', status: 'spam', content_raw: 'Best prices here.' }),
    ]);
    store.close();
    // The same link from three authors: only the site's history tells them apart.
    const text = 'Here is the photo of my loaf: https://photos.example/loaf';
    const file = jsonl('history.jsonl', [
      JSON.stringify({ content: text, author_name: 'Marie', author_email: 'Marie@example.fr' }),
      JSON.stringify({ content: text, author_name: 'Deals', author_email: 'deals@spam.example' }),
      JSON.stringify({ content: text, author_name: 'Paul', author_email: 'paul@example.org' }),
    ]);
    const [withDb, withoutDb] = await Promise.all([runCli(['flags', '--file', file, '--db', db]), runCli(['flags', '--file', file])]);
    expect(withDb.code, withDb.stderr).toBe(0);
    expect(withDb.stderr).toContain(`Authors and texts are judged against what site ${site.id} already holds.`);
    const [marie, deals, paul] = parseLines(withDb.stdout);
    expect(marie?.flags.map((f) => f.reason)).toContain('This author has 2 comments approved before');
    expect(marie?.likely_spam).toBe(false);
    expect(deals?.flags.map((f) => f.reason)).toContain('This email address sent 1 comment already marked spam');
    expect(deals?.likely_spam).toBe(true);
    // A link from a first-time author is held, as the app does for a new comment.
    expect(paul?.flags.map((f) => f.reason)).toContain('First comment from this author');
    expect(paul?.likely_spam).toBe(true);
    // Without a database nobody is known: all three are new authors.
    expect(parseLines(withoutDb.stdout).map((v) => v.flags.some((f) => f.kind === 'first-time-author'))).toEqual([true, true, true]);
  });

  it('refuses a --db that does not exist instead of creating it', async () => {
    const r = await runCli(['flags', '--text', 'hello', '--db', join(tmp.dir, 'typo.db')]);
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toMatch(/^moderato: There is no database at .*typo\.db\. Check the --db path\.$/);
  });
});

describe('moderato flags in the terminal’s language', () => {
  const text = 'Great post! Visit my CASINO: http://a.example http://b.example http://c.example';

  it('speaks English by default, and French when LANG says fr', async () => {
    const english = await runCli(['flags', '--text', text], { env: { LANG: 'C', LC_ALL: undefined, LC_MESSAGES: undefined } });
    expect(english.code).toBe(0);
    expect(english.stdout).toMatch(/^Score [\d.]+: likely spam/);
    expect(english.stdout).toContain('Spam vocabulary: “casino”');

    const french = await runCli(['flags', '--text', text], { env: { LANG: 'fr_FR.UTF-8', LC_ALL: undefined, LC_MESSAGES: undefined } });
    expect(french.code).toBe(0);
    expect(french.stdout).toMatch(/^Score [\d,]+\u00a0: indésirable probable/);
    expect(french.stdout).toContain('Vocabulaire d’indésirable\u00a0: «\u00a0casino\u00a0»');
    expect(french.stdout).not.toMatch(/Spam vocabulary|likely spam/);
  });

  it('keeps the stable English reason in --json output, whatever LANG says', async () => {
    const r = await runCli(['flags', '--text', text, '--json'], { env: { LANG: 'fr_FR.UTF-8' } });
    const verdict = JSON.parse(r.stdout) as Verdict;
    expect(verdict.flags.map((f) => f.reason)).toContain('Spam vocabulary: “casino”');
  });
});
