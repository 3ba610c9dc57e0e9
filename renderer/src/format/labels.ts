// Labels for statuses and unsent actions, in the UI language (common namespace).
import type { ActionKind, CommentStatus } from '../../../shared/types';
import { t } from '../i18n';

export function statusLabel(status: CommentStatus): string {
  return t(`common:status.${status}`);
}

/** Badge text for an action waiting in the outbox. */
export function pendingActionLabel(kind: ActionKind): string {
  return t(`common:pendingAction.${kind}`);
}

/** A comment's author as shown: its decoded name, or "Anonymous". */
export function authorLabel(name: string, decode: (s: string) => string): string {
  return decode(name) || t('common:anonymous');
}
