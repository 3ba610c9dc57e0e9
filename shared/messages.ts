// Messages the core makes for the user (errors, undo, sync notices) as a code with parameters,
// like the flag reasons: each surface (renderer, Electron's notifications, the CLI) renders the
// code in its own language from the `messages` namespace (shared/i18n/locales/{en,fr}/messages.json).
// The English sentence travels beside the code as `message`, so old rows, logs and any reader
// that knows no codes still have plain text. English comes from the same catalogue as the
// other languages, interpolated here without i18next so the core (and the CLI's start) stays
// small; test/unit/i18n/messages.test.ts holds this rendering and i18next's together.
import english from './i18n/locales/en/messages.json';

/** Plain parameters: what a message without nested messages takes. */
export type PlainParams = Record<string, string | number>;
/** A parameter may itself be a coded message (a sync notice's reason), rendered in the same language; one level deep. */
export type MessageParam = string | number | { code: string; params: PlainParams; english: string };
export type MessageParams = Record<string, MessageParam>;

/** A message as a code (a key of messages.json) with its parameters, plus its English text. */
export interface CodedMessage {
  code: string;
  params: MessageParams;
  english: string;
}

/** i18next's t, narrowed: any instance whose resources hold the `messages` namespace. */
export type MessageTranslate = (key: string, options?: Record<string, unknown>) => string;

/**
 * A message in the reader's language. One convention on top of plain keys: a message about a
 * decision carries `action` (its kind), `type` (comment, pingback, trackback) and `author`,
 * and the phrase naming it ("Approve comment by Cyn") is made here as `what`, in the same language.
 */
export function renderMessage(t: MessageTranslate, code: string, params: MessageParams = {}, fallback?: string): string {
  const values: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(params)) {
    values[name] = typeof value === 'object' ? renderMessage(t, value.code, value.params, value.english) : value;
  }
  if (typeof params.action === 'string') values.what = describeDecision(t, params.action, String(params.type ?? 'comment'), String(params.author ?? ''));
  if (fallback !== undefined) values.defaultValue = fallback;
  return t(`messages:${code}`, values);
}

/** "Approve comment by Cyn" / « Approuver le commentaire de Cyn ». */
export function describeDecision(t: MessageTranslate, action: string, type: string, author: string): string {
  const who = author.trim() || t('messages:decision.anonymous');
  const thing = t(`messages:decision.${type === 'pingback' || type === 'trackback' ? type : 'comment'}`, { author: who });
  return t(`messages:decision.${action}`, { thing, defaultValue: `${action} ${thing}` });
}

type Tree = { [key: string]: string | Tree };

function lookup(key: string): string | null {
  let node: string | Tree | undefined = english as Tree;
  for (const part of key.split('.')) {
    if (typeof node !== 'object') return null;
    node = node[part];
  }
  return typeof node === 'string' ? node : null;
}

/** Made on first use: the first Intl formatter of a process loads ICU's data (~30 ms), which `moderato --help` never needs. */
let englishNumber: Intl.NumberFormat | null = null;

/** English through the catalogue: the plural form by `count` (one / other, as English has), {{placeholders}} filled in. */
const englishT: MessageTranslate = (key, options = {}) => {
  const path = key.replace(/^messages:/, '');
  const count = options.count;
  const template =
    (typeof count === 'number' ? lookup(`${path}_${count === 1 ? 'one' : 'other'}`) : null) ??
    lookup(path) ??
    (typeof options.defaultValue === 'string' ? options.defaultValue : path);
  return template.replace(/\{\{\s*(\w+)\s*(?:,\s*(\w+)[^}]*)?\}\}/g, (_, name: string, format?: string) => {
    const value = options[name];
    if (value === undefined || value === null) return '';
    return format === 'number' && typeof value === 'number' ? (englishNumber ??= new Intl.NumberFormat('en-US')).format(value) : String(value as string);
  });
};

export function englishText(code: string, params: MessageParams = {}): string {
  return renderMessage(englishT, code, params);
}

/** The code, its parameters and its English text, ready for an AppError or a stored row. */
export function coded<P extends MessageParams = Record<string, never>>(code: string, params: P = {} as P): { code: string; params: P; english: string } {
  return { code, params, english: englishText(code, params) };
}
