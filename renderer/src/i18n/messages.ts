// The core's messages (errors, notices, undo) in the UI language (see shared/i18n/message-text.ts).
import { messageTextIn, type MessageLike } from '../../../shared/i18n/message-text';
import type { MessageTranslate } from '../../../shared/messages';
import { i18n } from './index';

export function messageText(info: MessageLike): string {
  return messageTextIn(i18n.t.bind(i18n) as unknown as MessageTranslate, info);
}
