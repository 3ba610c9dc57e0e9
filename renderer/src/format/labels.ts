import type { ActionKind, CommentStatus, StatusAction } from '../../../shared/types';

export const STATUS_LABEL: Record<CommentStatus, string> = {
  pending: 'Pending',
  approved: 'Approved',
  spam: 'Spam',
  trash: 'Trash',
};

/** Badge text for an action waiting in the outbox. */
export const PENDING_ACTION_LABEL: Record<ActionKind, string> = {
  approve: 'Approve unsent',
  unapprove: 'Unapprove unsent',
  spam: 'Spam unsent',
  unspam: 'Not-spam unsent',
  trash: 'Trash unsent',
  restore: 'Restore unsent',
  delete: 'Delete unsent',
  reply: 'Reply unsent',
  edit: 'Edit unsent',
};

/** "Approved" in "Approved comment by Cyn". */
export const DONE_LABEL: Record<StatusAction, string> = {
  approve: 'Approved',
  unapprove: 'Unapproved',
  spam: 'Marked as spam',
  unspam: 'Marked as not spam',
  trash: 'Trashed',
  restore: 'Restored',
  delete: 'Deleted',
};

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString()} ${n === 1 ? one : many}`;
}
