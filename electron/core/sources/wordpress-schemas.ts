// Shapes of what WordPress 6.1 answers (see wordpress-rest.md), checked before anything is stored.
// Lenient where WordPress is loose (missing optional fields, numbers as strings), strict on what
// Moderato cannot do without (ids, status, dates).
import { z } from 'zod';
import type { CommentStatus, CommentType } from '../../../shared/types';
import type { RemoteComment, RemotePost } from '../sync/ports';
import { decodeEntities } from './html-entities';

const id = z.coerce.number().int().nonnegative();
const text = z.string().nullish().transform((v) => v ?? '');

export const wpCommentSchema = z.object({
  id: id.refine((v) => v > 0, 'comment id must be positive'),
  post: id.default(0),
  parent: id.default(0),
  author: id.default(0),
  author_name: text,
  author_email: text,
  author_url: text,
  author_ip: text,
  author_user_agent: text,
  date_gmt: z.string().min(10),
  content: z.object({ raw: z.string().optional(), rendered: z.string().optional() }).default({}),
  status: z.string(),
  type: z.string().default('comment'),
  link: text,
});
export type WpComment = z.infer<typeof wpCommentSchema>;

export const wpCommentListSchema = z.array(wpCommentSchema);
export const wpIdListSchema = z.array(z.object({ id }));
export const wpEmailListSchema = z.array(z.object({ id, author_email: text }));

export const wpPostSchema = z.object({
  id,
  /** The post's author (user id); absent on types without authors. */
  author: id.optional(),
  link: text,
  title: z.object({ rendered: z.string().optional(), raw: z.string().optional() }).default({}),
});
export const wpPostListSchema = z.array(wpPostSchema);

export const wpDeletedSchema = z.object({ deleted: z.literal(true), previous: wpCommentSchema });

export const wpUserSchema = z.object({
  id,
  name: text,
  slug: text,
  roles: z.array(z.string()).optional(),
  capabilities: z.record(z.string(), z.unknown()).optional(),
});
export type WpUser = z.infer<typeof wpUserSchema>;
export const wpUserCapsListSchema = z.array(z.object({ id, capabilities: z.record(z.string(), z.unknown()).optional() }));

export const wpErrorSchema = z.object({
  code: z.string(),
  message: z.string().default(''),
  data: z.object({ status: z.number().optional() }).partial().nullish(),
});

export const wpIndexSchema = z.object({
  name: text,
  url: text.optional(),
  home: text.optional(),
  namespaces: z.array(z.string()).default([]),
  authentication: z.unknown().optional(),
});

/** WordPress's status words as Moderato shows them; "post-trashed" (its post is in the trash) counts as trash. */
export function normaliseStatus(status: string): CommentStatus | null {
  switch (status) {
    case 'hold':
    case 'unapproved':
    case '0':
      return 'pending';
    case 'approved':
    case 'approve':
    case '1':
      return 'approved';
    case 'spam':
      return 'spam';
    case 'trash':
    case 'post-trashed':
      return 'trash';
    default:
      return null;
  }
}

function normaliseType(type: string): CommentType {
  return type === 'pingback' || type === 'trackback' ? type : 'comment';
}

/** date_gmt comes without a zone ("2011-03-19T09:05:17"); it is UTC, so Z is added. */
function utcIso(dateGmt: string): string {
  const base = dateGmt.replace(' ', 'T').replace(/(Z|[+-]\d\d:?\d\d)$/, '');
  const parsed = new Date(`${base}Z`);
  return Number.isNaN(parsed.getTime()) ? `${base}Z` : parsed.toISOString().replace('.000Z', 'Z');
}

export function toRemoteComment(c: WpComment): RemoteComment {
  const status = normaliseStatus(c.status);
  if (status === null) {
    throw new Error(`comment ${c.id} has an unknown status "${c.status}"`);
  }
  return {
    id: c.id,
    post: c.post,
    parent: c.parent,
    author: c.author,
    author_name: c.author_name,
    author_email: c.author_email,
    author_url: c.author_url,
    author_ip: c.author_ip,
    author_user_agent: c.author_user_agent,
    date_gmt: utcIso(c.date_gmt),
    content_raw: c.content.raw ?? decodeEntities((c.content.rendered ?? '').replace(/<[^>]*>/g, '')).trim(),
    content_rendered: c.content.rendered ?? '',
    status,
    type: normaliseType(c.type),
    link: c.link,
  };
}

export function toRemotePost(p: z.infer<typeof wpPostSchema>): RemotePost {
  return { id: p.id, link: p.link, title: p.title.raw ?? decodeEntities(p.title.rendered ?? ''), author: p.author };
}
