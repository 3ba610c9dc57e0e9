// What each moderation action means locally: the status it leads to, its inverse
// for undo, and how it reads in the outbox list.
import type { ActionKind, CommentStatus, CommentType } from '../../../shared/types';

/** 'deleted' hides the comment from every view until the delete is pushed. */
export type LocalStatus = CommentStatus | 'deleted';

export function statusAfter(status: LocalStatus, kind: ActionKind): LocalStatus {
  switch (kind) {
    case 'approve':
      return 'approved';
    case 'unapprove':
    case 'unspam':
    case 'restore':
      return 'pending';
    case 'spam':
      return 'spam';
    case 'trash':
      return 'trash';
    case 'delete':
      return 'deleted';
    case 'reply':
    case 'edit':
      return status;
  }
}

const INVERSE: Partial<Record<ActionKind, ActionKind>> = {
  approve: 'unapprove',
  unapprove: 'approve',
  spam: 'unspam',
  unspam: 'spam',
  trash: 'restore',
  restore: 'trash',
};

/**
 * The action that takes back a sent one and returns the comment to the status it had before
 * (`before`, recorded with the action): undoing the trash of an approved comment approves it
 * again rather than leaving it pending. Falls back to the plain inverse when `before` is unknown;
 * undefined when nothing can take the action back (delete, reply, edit).
 */
export function undoActionFor(kind: ActionKind, before: LocalStatus | undefined): ActionKind | undefined {
  const plain = INVERSE[kind];
  if (!plain || before === undefined || before === 'deleted') return plain;
  const after = statusAfter(before, kind);
  if (after === before) return plain;
  switch (before) {
    case 'approved':
      return 'approve';
    case 'spam':
      return 'spam';
    case 'trash':
      return 'trash';
    case 'pending':
      return after === 'trash' ? 'restore' : after === 'spam' ? 'unspam' : 'unapprove';
  }
}

const VERB: Record<ActionKind, string> = {
  approve: 'Approve',
  unapprove: 'Unapprove',
  spam: 'Mark as spam',
  unspam: 'Not spam:',
  trash: 'Trash',
  restore: 'Restore',
  delete: 'Delete',
  reply: 'Reply to',
  edit: 'Edit',
};

export function actionVerb(kind: ActionKind): string {
  return VERB[kind];
}

export function describeAction(kind: ActionKind, type: CommentType, authorName: string): string {
  const who = authorName.trim() || 'anonymous';
  const what = type === 'comment' ? `comment by ${who}` : `${type} from ${who}`;
  return `${VERB[kind]} ${what}`;
}

const PLURAL_VERB: Record<ActionKind, string> = { ...VERB, unspam: 'Not spam:' };

export function describeBatch(kind: ActionKind, count: number): string {
  return `${PLURAL_VERB[kind]} ${count.toLocaleString('en-US')} comments`;
}
