// Flag reasons in the CLI's language (see ./i18n.ts for how it is chosen). JSON output keeps its
// stable English `reason` beside the code, for scripts.
import { flagTextIn } from '../../../shared/i18n/flag-text';
import type { Flag } from '../../../shared/types';
import { translate } from './i18n';

export function cliFlagText(flag: Pick<Flag, 'code' | 'params' | 'reason'>): string {
  return flagTextIn(translate(), flag);
}
