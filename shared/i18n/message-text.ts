// A message from the core in the reader's language: its code through the `messages` namespace
// (shared/i18n/locales/{en,fr}/messages.json), or its English text when it has no code (a row
// stored before codes, a message from an older core) — for the renderer, Electron's main
// process and the CLI alike.
import { renderMessage, type MessageParams, type MessageTranslate } from '../messages';

export interface MessageLike {
  message: string;
  code?: string | undefined;
  params?: MessageParams | undefined;
}

export function messageTextIn(t: MessageTranslate, info: MessageLike): string {
  return info.code ? renderMessage(t, info.code, info.params ?? {}, info.message) : info.message;
}
