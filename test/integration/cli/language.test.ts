// The CLI speaks the user's language: French when the app's saved setting or the environment
// (LC_ALL, then LC_MESSAGES, then LANG) says French, English otherwise — help, tables, status
// words, confirmations and errors, including the errors the core makes. --json stays as it is.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CommentSummary } from '../../../shared/types';
import { ADMIN, FakeWordPress } from '../../support/fake-wordpress';
import { runCli, tempDir, type CliResult } from './run-cli';

const NBSP = '\u00a0';
const FRENCH = { LANG: 'fr_FR.UTF-8', LC_ALL: undefined, LC_MESSAGES: undefined };
const ENGLISH = { LANG: 'en_US.UTF-8', LC_ALL: undefined, LC_MESSAGES: undefined };

let fake: FakeWordPress;
const tmp = tempDir('moderato-cli-language-');

function cli(env: NodeJS.ProcessEnv, ...args: string[]): Promise<CliResult> {
  return runCli([...args, '--db', tmp.db], { env: { MODERATO_APP_PASSWORD: ADMIN.appPassword, ...env } });
}

beforeAll(async () => {
  fake = await FakeWordPress.start({
    posts: [{ id: 1, title: 'Le pain au levain', slug: 'pain-au-levain' }],
    comments: [
      { id: 11, author_name: 'Marie', content: 'Merci pour la recette, le pain est superbe.' },
      { id: 12, author_name: 'Bob', content: 'Combien de temps la pâte doit-elle reposer ?' },
    ],
  });
  const added = await cli(ENGLISH, 'site', 'add', '--url', fake.url, '--user', 'admin');
  expect(added.code).toBe(0);
  expect((await cli(ENGLISH, 'sync')).code).toBe(0);
});

afterAll(async () => {
  await fake.close();
  tmp.cleanup();
});

describe('the CLI in French and English', { timeout: 60_000 }, () => {
  it('prints its help in French under LANG=fr_FR.UTF-8, in English under en_US', async () => {
    const french = await runCli(['--help'], { env: FRENCH });
    expect(french.code).toBe(0);
    expect(french.stdout).toContain(`Utilisation${NBSP}: moderato <commande> [options]`);
    expect(french.stdout).toContain(`Commandes${NBSP}:`);
    expect(french.stdout).toMatch(/^ {2}queue +Lister les commentaires/m);
    expect(french.stdout).not.toMatch(/Usage:|List comments/);

    const command = await runCli(['approve', '--help'], { env: FRENCH });
    expect(command.stdout).toContain('Approuver des commentaires');
    expect(command.stdout).toContain(`Options communes${NBSP}:`);
    expect(command.stdout).toContain('Envoyer au site tout de suite');

    const english = await runCli(['--help'], { env: ENGLISH });
    expect(english.stdout).toContain('Usage: moderato <command> [options]');
    expect(english.stdout).toMatch(/^ {2}queue +List comments: pending by default/m);
    expect(english.stdout).not.toContain('Utilisation');
  });

  it('reads LC_ALL before LC_MESSAGES before LANG', async () => {
    const all = await runCli(['--help'], { env: { LC_ALL: 'fr_CA.UTF-8', LC_MESSAGES: 'en_US.UTF-8', LANG: 'en_US.UTF-8' } });
    expect(all.stdout).toContain('Utilisation');
    const messages = await runCli(['--help'], { env: { LC_ALL: undefined, LC_MESSAGES: 'en_US.UTF-8', LANG: 'fr_FR.UTF-8' } });
    expect(messages.stdout).toContain('Usage: moderato');
  });

  it('prints the queue table with French headers, status words and dates; --json stays untranslated', async () => {
    const french = await cli(FRENCH, 'queue');
    expect(french.code).toBe(0);
    const [header, ...rows] = french.stdout.trimEnd().split('\n');
    expect(header).toMatch(/^ID +SITE +DATE +AUTEUR +ÉTAT +SCORE +SIGNAUX +EXTRAIT$/);
    expect(rows).toHaveLength(2);
    expect(rows.join('\n')).toContain('en attente');
    // French dates are day/month/year.
    expect(rows[0]).toMatch(/\b\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}\b/);

    const english = await cli(ENGLISH, 'queue');
    expect(english.stdout.split('\n')[0]).toMatch(/^ID +SITE +DATE +AUTHOR +STATUS +SCORE +FLAGS +EXCERPT$/);
    expect(english.stdout).toContain('pending');

    const json = await cli(FRENCH, 'queue', '--json');
    const items = JSON.parse(json.stdout) as CommentSummary[];
    expect(items.map((c) => c.localStatus)).toEqual(['pending', 'pending']);
  });

  it('confirms a decision and its undo in French', async () => {
    const items = JSON.parse((await cli(ENGLISH, 'queue', '--json')).stdout) as CommentSummary[];
    const ids = items.map((c) => String(c.id));
    const approved = await cli(FRENCH, 'approve', ...ids);
    expect(approved.code).toBe(0);
    expect(approved.stdout).toMatch(new RegExp(`^Approuvés${NBSP}: 2 commentaires\\. Actions \\d+, \\d+ \\(annulez avec «${NBSP}moderato undo ACTION_ID${NBSP}»\\)\\.`));
    expect(approved.stderr).toContain(`En attente dans la file d’envoi${NBSP}:`);
    // The outbox names each waiting action in French.
    const outbox = await cli(FRENCH, 'outbox');
    expect(outbox.stdout).toMatch(/^ACTION +ÉTAT +SITE +COMMENTAIRE +CRÉÉE +ESSAIS +QUOI$/m);
    expect(outbox.stdout).toContain('Approuver le commentaire de Marie');
    expect(outbox.stdout).toContain('Approuver le commentaire de Bob');
    expect(outbox.stdout).not.toContain('Approve comment by');

    const undone = await cli(FRENCH, 'undo');
    expect(undone.code).toBe(0);
    expect(undone.stdout).toBe(`Annulé${NBSP}: Approuver 2 commentaires.\n`);
  });

  it('says an error made by the core in French: an unknown comment id', async () => {
    const french = await cli(FRENCH, 'show', '999');
    expect(french.code).toBe(1);
    expect(french.stderr).toBe('moderato: Ce commentaire n’est plus dans Moderato (il a peut-être été supprimé).\n');

    const english = await cli(ENGLISH, 'show', '999');
    expect(english.stderr).toBe('moderato: That comment is no longer in Moderato (it may have been deleted).\n');
  });

  it('says a wrong password in French', async () => {
    const other = tempDir('moderato-cli-language-pw-');
    try {
      const r = await runCli(['site', 'add', '--url', fake.url, '--user', 'admin', '--db', other.db], {
        env: { ...FRENCH, MODERATO_APP_PASSWORD: 'wrong pass word' },
      });
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/^moderato: 127\.0\.0\.1:\d+ n’a pas accepté l’identifiant et le mot de passe d’application\./);
    } finally {
      other.cleanup();
    }
  });

  it('says why a site’s sync failed in French', async () => {
    fake.inject({ kind: 'login-page' }, { times: 1000 });
    try {
      const r = await cli(FRENCH, 'sync');
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(new RegExp(`^moderato: .+${NBSP}: 127\\.0\\.0\\.1:\\d+ a répondu par une page de connexion au lieu des données\\.`, 'm'));
    } finally {
      fake.clearFaults();
    }
  });

  it('says usage errors in French, with the help page to read', async () => {
    const r = await runCli(['queue', '--limitt', '5'], { env: FRENCH });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`moderato: Option inconnue --limitt pour «${NBSP}queue${NBSP}». Vouliez-vous dire --limit${NBSP}? Voir «${NBSP}moderato queue --help${NBSP}».\n`);
  });

  it('says a value the contract refuses, and a damaged database or password file, in French', async () => {
    const other = tempDir('moderato-cli-language-bad-');
    try {
      const longName = 'x'.repeat(150);
      const refused = await runCli(['templates', 'add', longName, '--text', 'Merci', '--db', other.db], { env: FRENCH });
      expect(refused.code).toBe(2);
      expect(refused.stderr).toBe(
        `moderato: Valeur refusée pour addSavedReply (name)${NBSP}: 100 caractères au maximum. Voir «${NBSP}moderato templates add --help${NBSP}».\n`,
      );
      const english = await runCli(['templates', 'add', longName, '--text', 'Merci', '--db', other.db], { env: ENGLISH });
      expect(english.stderr).toContain('Invalid input for addSavedReply (name): at most 100 characters.');
      expect((await runCli(['templates', 'add', 'merci', '--text', 'Merci {author}\u00a0!', '--db', other.db], { env: FRENCH })).code).toBe(0);
      expect((await runCli(['templates', 'list', '--db', other.db], { env: FRENCH })).stdout).toBe(` 1. merci${NBSP}: Merci {author}${NBSP}!\n`);
      const flagged = await runCli(['flags', '--text', 'Bonjour', '--author-email', `${'a'.repeat(1001)}@example.fr`], { env: FRENCH });
      expect(flagged.code).toBe(2);
      expect(flagged.stderr).toBe(`moderato: --author-email${NBSP}: 1\u202f000 caractères au maximum. Voir «${NBSP}moderato flags --help${NBSP}».\n`);

      // The password came from the environment, so the file is first read when the site is removed.
      const added = await runCli(['site', 'add', '--url', fake.url, '--user', 'admin', '--db', other.db], {
        env: { ...ENGLISH, MODERATO_APP_PASSWORD: ADMIN.appPassword },
      });
      expect(added.code).toBe(0);
      writeFileSync(join(other.dir, 'credentials.json'), '{ half written');
      const password = await runCli(['site', 'remove', '1', '--db', other.db], { env: FRENCH });
      expect(password.code).toBe(1);
      expect(password.stderr).toContain(`Le fichier des mots de passe ${join(other.dir, 'credentials.json')} est endommagé (ce n’est pas du JSON).`);

      writeFileSync(other.db, 'not a database '.repeat(100));
      const damaged = await runCli(['site', 'list', '--db', other.db], { env: FRENCH });
      expect(damaged.code).toBe(1);
      expect(damaged.stderr).toMatch(
        /^moderato: La base de données de Moderato \(.+\) est endommagée \(ce n’est pas un fichier de base de données\)\. Une copie, avec les actions pas encore envoyées, a été conservée dans .+\. Rien n’a été supprimé\./,
      );
    } finally {
      other.cleanup();
    }
  });

  it('says why a decision could not be sent in French: show and outbox --failed', async () => {
    const items = JSON.parse((await cli(ENGLISH, 'queue', '--json')).stdout) as CommentSummary[];
    const bob = items.find((c) => c.authorName === 'Bob')!;
    fake.inject({ kind: 'wp-error', status: 400, code: 'rest_comment_invalid', message: 'Invalid comment content.' }, { method: 'POST', route: /\/comments\/12$/ });
    await cli(FRENCH, 'spam', String(bob.id), '--push');
    const shown = await cli(FRENCH, 'show', String(bob.id));
    expect(shown.stdout).toMatch(new RegExp(`^Échec de l’envoi${NBSP}: 127\\.0\\.0\\.1:\\d+ a refusé${NBSP}: Invalid comment content\\.$`, 'm'));
    const failed = await cli(FRENCH, 'outbox', '--failed');
    expect(failed.stdout).toMatch(new RegExp(`Marquer comme indésirable le commentaire de Bob${NBSP}: 127\\.0\\.0\\.1:\\d+ a refusé`));
  });

  it('follows the language saved in the app’s Settings before the environment', async () => {
    const saved = tempDir('moderato-cli-language-saved-');
    try {
      writeFileSync(join(saved.dir, 'settings.json'), JSON.stringify({ language: 'fr' }));
      const r = await runCli(['site', 'list', '--db', saved.db], { env: ENGLISH });
      expect(r.code).toBe(0);
      expect(r.stdout).toBe(`Aucun site pour l’instant. Ajoutez-en un avec «${NBSP}moderato site add --url URL --user UTILISATEUR${NBSP}».\n`);
    } finally {
      saved.cleanup();
    }
  });
});
