// Flag reasons in the UI language (see shared/i18n/flag-text.ts).
import { flagTextIn, type FlagTranslate } from '../../../shared/i18n/flag-text';
import type { Flag } from '../../../shared/types';
import { i18n } from './index';

export function flagText(flag: Pick<Flag, 'code' | 'params' | 'reason'>): string {
  return flagTextIn(i18n.t.bind(i18n) as unknown as FlagTranslate, flag);
}
