// The CLI's language: English unless the environment asks for French (LC_ALL, LC_MESSAGES,
// then LANG, as POSIX tools read them). Flag reasons and verdict lines follow it; JSON output
// keeps its stable English `reason` beside the code, for scripts.
import { flagTextIn } from '../../../shared/i18n/flag-text';
import { localesFromEnv, resolveLanguage } from '../../../shared/i18n/language';
import { translator, type Translate } from '../../../shared/i18n/translator';
import type { Flag } from '../../../shared/types';

export function cliTranslate(env: Record<string, string | undefined>): Translate {
  return translator(resolveLanguage('system', localesFromEnv(env)));
}

export function cliFlagText(t: Translate, flag: Pick<Flag, 'code' | 'params' | 'reason'>): string {
  return flagTextIn(t, flag);
}
