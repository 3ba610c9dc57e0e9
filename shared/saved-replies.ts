// Saved replies' placeholders, filled in for one comment. Pure: the renderer's reply box and the
// CLI's `reply --template` expand the same way.
//
// {author} the comment author's name, {post} the post's title, {site} the site's name. One
// syntax whatever the language of the UI. A placeholder whose value is unknown (a comment with no
// post title stored yet) becomes empty; any other text in braces is left exactly as written.

export const PLACEHOLDERS = ['author', 'post', 'site'] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];

export type PlaceholderValues = Record<Placeholder, string | null | undefined>;

const PATTERN = /\{(author|post|site)\}/g;

export function expandSavedReply(body: string, values: PlaceholderValues): string {
  // One pass: a value that itself contains "{post}" (a title, a name) is never expanded again.
  return body.replace(PATTERN, (_match, name: Placeholder) => (values[name] ?? '').trim());
}

/** The placeholders a body uses, in order of first use (for a preview or a warning). */
export function placeholdersIn(body: string): Placeholder[] {
  const found: Placeholder[] = [];
  for (const m of body.matchAll(PATTERN)) {
    const name = m[1] as Placeholder;
    if (!found.includes(name)) found.push(name);
  }
  return found;
}
