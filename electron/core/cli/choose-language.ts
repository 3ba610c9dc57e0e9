// Which language this run of the CLI speaks: the one saved in the app's Settings (settings.json
// beside the database), else the environment's (LC_ALL, then LC_MESSAGES, then LANG), else English.
// Apart from i18next and the catalogues (./i18n.ts), so that the bin's answers made ahead of time
// (./quick-answers.ts) choose the language exactly as the full CLI does without loading either.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { LANGUAGES, localesFromEnv, resolveLanguage, type Language, type LanguageSetting } from '../../../shared/i18n/language';
import { defaultDbPath } from '../paths';

/** The language saved in Settings (the app's settings.json beside the database), if any. */
export function savedLanguage(settingsDir: string): LanguageSetting | null {
  try {
    const saved = (JSON.parse(readFileSync(join(settingsDir, 'settings.json'), 'utf8')) as { language?: unknown }).language;
    return saved === 'system' || (LANGUAGES as readonly unknown[]).includes(saved) ? (saved as LanguageSetting) : null;
  } catch {
    // No settings yet, or unreadable: the environment decides.
    return null;
  }
}

/** The folder of the database the command line names with --db, else the app's own. */
function settingsDirOf(argv: readonly string[], env: NodeJS.ProcessEnv, cwd: string): string {
  const end = argv.indexOf('--');
  const args = end === -1 ? argv : argv.slice(0, end);
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (arg === '--db' && args[i + 1] !== undefined) return dirname(resolve(cwd, args[i + 1]!));
    if (arg.startsWith('--db=')) return dirname(resolve(cwd, arg.slice(5)));
  }
  return dirname(defaultDbPath(process.platform, env));
}

/** The language of a run of `moderato` with these arguments, environment and working directory. */
export function chooseCliLanguage(argv: readonly string[], env: NodeJS.ProcessEnv, cwd: string): Language {
  return resolveLanguage(savedLanguage(settingsDirOf(argv, env, cwd)) ?? 'system', localesFromEnv(env));
}
