// The core's messages (errors, notices, undo) in the UI language (see shared/i18n/message-text.ts).
import { messageTextIn, type MessageLike } from '../../../shared/i18n/message-text';
import type { MessageTranslate } from '../../../shared/messages';
import type { CommentSummary } from '../../../shared/types';
import { i18n } from './index';

export function messageText(info: MessageLike): string {
  return messageTextIn(i18n.t.bind(i18n) as unknown as MessageTranslate, info);
}

/** Why a comment's action failed (the queue row's "failed" badge, the pane's send error), in the UI language. */
export function failedText(comment: Pick<CommentSummary, 'failedReason' | 'failedCode' | 'failedParams'>): string {
  return comment.failedReason === null ? '' : messageText({ message: comment.failedReason, code: comment.failedCode, params: comment.failedParams });
}
