// The API contract: every operation the UI (and the CLI) may ask of the core.
// Declared once here; the service implements it, and the IPC, HTTP and CLI
// adapters are generated from this map, never listed by hand a second time.
import { z } from 'zod';
import type {
  AppInfo,
  CommentDetail,
  Counts,
  FlagResult,
  ModelStatus,
  OutboxItem,
  QueuePage,
  QueueView,
  SavedReply,
  Settings,
  Site,
  SyncRun,
  SyncStatus,
  WordLists,
} from './types';
import { STATUS_ACTIONS } from './types';
import type { CodedMessage } from './messages';

const id = z.number().int().positive();
const ids = z.array(id).min(1).max(100_000);
const text = z.string().trim().min(1).max(65_525); // WordPress's comment_content limit
const savedReplyName = z.string().trim().min(1).max(100);

export const queueFilterSchema = z
  .object({
    siteId: id.optional(),
    status: z.enum(['pending', 'approved', 'spam', 'trash', 'all']).default('pending'),
    flagged: z.boolean().optional(),
    unsent: z.boolean().optional(),
    failed: z.boolean().optional(),
    postId: id.optional(),
    authorEmail: z.string().max(320).optional(),
    search: z.string().max(500).optional(),
    sort: z.enum(['newest', 'oldest', 'spam']).default('newest'),
    unreplied: z.boolean().optional(),
    likelyFine: z.boolean().optional(),
  })
  .strict();

export const flagInputSchema = z
  .object({
    content: z.string().max(1_000_000),
    author_name: z.string().max(1000).optional(),
    author_email: z.string().max(1000).optional(),
    author_url: z.string().max(2000).optional(),
    author_ip: z.string().max(100).optional(),
    type: z.enum(['comment', 'pingback', 'trackback']).optional(),
  })
  .strict();

const settingsPatch = z
  .object({
    syncIntervalMinutes: z.number().int().min(1).max(24 * 60),
    theme: z.enum(['system', 'light', 'dark']),
    notifications: z.boolean(),
    unrepliedDays: z.number().int().min(1).max(3650),
    language: z.enum(['system', 'en', 'fr']),
  })
  .partial()
  .strict();

const none = z.object({}).strict().default({});

/** One operation: its input schema and (as a type only) its output. */
interface Method<S extends z.ZodType, O> {
  input: S;
  /** Phantom field carrying the output type; never read at run time. */
  output?: O;
}
function method<O>() {
  return <S extends z.ZodType>(input: S): Method<S, O> => ({ input });
}

export const contract = {
  getAppInfo: method<AppInfo>()(none),

  listQueue: method<QueuePage>()(
    z
      .object({
        filter: queueFilterSchema,
        cursor: z.string().max(200).nullable().default(null),
        limit: z.number().int().min(1).max(500).default(50),
      })
      .strict(),
  ),
  getCounts: method<Counts>()(none),
  getComment: method<CommentDetail>()(z.object({ id }).strict()),
  /** Several comments at once, for the renderer's prefetch; ids no longer stored are left out. */
  getComments: method<CommentDetail[]>()(z.object({ ids: z.array(id).min(1).max(50) }).strict()),
  /** The queue's first page, the counts, the sync status and some comments' details, in one call. */
  getQueueView: method<QueueView>()(
    z
      .object({
        filter: queueFilterSchema,
        limit: z.number().int().min(1).max(500).default(50),
        detailIds: z.array(id).max(50).default([]),
        /** Also the details of the page's first N comments: a first screen (or a new view) in one request. */
        detailFirst: z.number().int().min(0).max(20).default(0),
      })
      .strict(),
  ),
  /** Local ids of a site's own comment ids (what wp-admin shows); null where the comment is not stored. */
  findComments: method<(number | null)[]>()(z.object({ siteId: id, remoteIds: ids }).strict()),

  /** Approve, spam, trash… one or thousands of comments in one transaction. Returns the new outbox ids. */
  act: method<{ actionIds: number[] }>()(z.object({ ids, kind: z.enum(STATUS_ACTIONS) }).strict()),
  reply: method<{ actionIds: number[] }>()(
    z.object({ id, text, approve: z.boolean().default(false) }).strict(),
  ),
  edit: method<{ actionIds: number[] }>()(z.object({ id, text }).strict()),
  /**
   * Undo an unsent action (drops it) or a sent one (queues the inverse). Default: the last user
   * gesture (a bulk act is one). `actionIds` (what act returned) takes back that whole batch in one
   * transaction; `actionId` one action.
   */
  // `undone` in English; `undoneMessage` the same as a code each surface says in its language.
  undo: method<{ undone: string | null; undoneMessage?: CodedMessage | null }>()(
    z
      .object({ actionId: id.optional(), actionIds: ids.optional() })
      .strict()
      .refine((v) => v.actionId === undefined || v.actionIds === undefined, {
        message: 'Give actionId or actionIds, not both.',
        params: { code: 'input.actionIdOrIds' }, // said in the caller's language (shared/validate.ts)
      }),
  ),

  /** Saved replies (reply templates), in the owner's order. Local: they work offline. */
  listSavedReplies: method<SavedReply[]>()(none),
  addSavedReply: method<SavedReply>()(z.object({ name: savedReplyName, body: text }).strict()),
  updateSavedReply: method<SavedReply>()(
    z
      .object({ id, name: savedReplyName.optional(), body: text.optional() })
      .strict(),
  ),
  /** The new order: every saved reply's id, once each. */
  reorderSavedReplies: method<SavedReply[]>()(z.object({ ids: z.array(id).max(1000) }).strict()),
  deleteSavedReply: method<void>()(z.object({ id }).strict()),

  listOutbox: method<OutboxItem[]>()(z.object({ failed: z.boolean().optional() }).strict().default({})),
  retryAction: method<void>()(z.object({ actionId: id }).strict()),

  syncNow: method<SyncRun[]>()(
    z
      .object({ siteId: id.optional(), mode: z.enum(['both', 'pull', 'push']).default('both') })
      .strict()
      .default({ mode: 'both' }),
  ),
  getSyncStatus: method<SyncStatus>()(none),

  listSites: method<Site[]>()(none),
  addSite: method<Site>()(
    z
      .object({
        url: z.string().trim().min(1).max(2000),
        user: z.string().trim().min(1).max(200),
        password: z.string().min(1).max(200),
      })
      .strict(),
  ),
  removeSite: method<void>()(z.object({ siteId: id }).strict()),
  /** A new Application Password for a site (revoked, or kept for the session only): checked, then stored. */
  setSitePassword: method<Site>()(z.object({ siteId: id, password: z.string().min(1).max(200) }).strict()),
  /** Checks URL, REST API and credentials; throws an AppError naming what is wrong. */
  testSite: method<{ ok: true; user: string; canModerate: true }>()(z.object({ siteId: id }).strict()),

  getSettings: method<Settings>()(none),
  updateSettings: method<Settings>()(settingsPatch),

  getWordLists: method<WordLists>()(none),
  updateWordLists: method<WordLists>()(
    z
      .object({
        add: z.array(z.string().trim().min(1).max(100)).max(10_000).default([]),
        remove: z.array(z.string().trim().min(1).max(100)).max(10_000).default([]),
        list: z.enum(['block', 'allow']),
      })
      .strict(),
  ),
  /** What the flag engine says about a text: live re-check while editing word lists. */
  checkFlags: method<FlagResult>()(flagInputSchema),

  getModelStatus: method<ModelStatus[]>()(none),
  retrainModel: method<ModelStatus>()(z.object({ siteId: id }).strict()),
  resetModel: method<ModelStatus>()(z.object({ siteId: id }).strict()),
} as const;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export const METHOD_NAMES = Object.keys(contract) as MethodName[];

export type InputOf<K extends MethodName> = z.input<Contract[K]['input']>;
export type ParsedInputOf<K extends MethodName> = z.output<Contract[K]['input']>;
export type OutputOf<K extends MethodName> = NonNullable<Contract[K]['output']> extends never
  ? void
  : Exclude<Contract[K]['output'], undefined>;

/** What the service implements: validated input in, a promise of the output. */
export type ServiceApi = { [K in MethodName]: (input: ParsedInputOf<K>) => Promise<OutputOf<K>> };

/** What the renderer calls (window.moderato.call): raw input, checked on the other side. */
export type ClientApi = { [K in MethodName]: (input: InputOf<K>) => Promise<OutputOf<K>> };

/** Validates raw input for a method; throws AppError('bad-input') with a readable message. */
export function isMethodName(name: string): name is MethodName {
  return Object.prototype.hasOwnProperty.call(contract, name);
}
