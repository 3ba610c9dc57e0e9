// `flags --file`: one JSON object per line in, one verdict per line out, in the
// same order, streamed so 100,000 lines never sit in memory. A bad line costs
// that line only: its number goes to stderr and the run ends with exit 1.
import type { Readable, Writable } from 'node:stream';
import { flagInputSchema } from '../../../shared/api';
import type { FlagInput, FlagResult } from '../../../shared/types';
import { say, t } from './i18n';
import { refusalReason } from '../../../shared/refusal-reason';
import { writeChunk } from './io';
import { forEachLineBatch } from './line-batches';
import { flagReason } from '../../../shared/flags/reasons';

/** Verdicts for a chunk of inputs, in the same order. */
export type CheckFlags = (inputs: readonly FlagInput[]) => FlagResult[];

export interface StreamSummary {
  /** Lines read, blank ones included (they keep the numbering right). */
  lines: number;
  checked: number;
  malformed: number;
}

/** The verdict as printed: snake_case like the input lines, so the two read alike. */
export function verdictJson(result: FlagResult): Record<string, unknown> {
  return {
    score: round(result.score),
    likely_spam: result.likelySpam,
    spam_probability: result.spamProbability === null ? null : round(result.spamProbability),
    flags: result.flags.map((flag) => ({
      kind: flag.kind,
      ...(flag.code ? { code: flag.code } : {}),
      ...(flag.params ? { params: flag.params } : {}),
      reason: flagReason(flag),
      ...(flag.note ? { note: true } : {}),
      weight: round(flag.weight),
      ...(flag.spans?.length ? { spans: flag.spans } : {}),
    })),
  };
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

const INPUT_FIELDS = ['content', 'author_name', 'author_email', 'author_url', 'author_ip', 'type'] as const;

/** Parses one input line: the flagger's input, the line's optional id and the whole object, or why it cannot be read. */
export function parseInputLine(
  line: string,
): { input: FlagInput; id: string | number | undefined; record: Record<string, unknown> } | { error: string } {
  let raw: unknown;
  try {
    raw = JSON.parse(line);
  } catch {
    return { error: t('cli:errors.notValidJson') };
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { error: t('cli:errors.notObject') };
  const record = raw as Record<string, unknown>;
  // Exported data carries other fields (an id, a label): read the ones the flagger knows, keep the id.
  const picked: Record<string, unknown> = {};
  for (const field of INPUT_FIELDS) if (record[field] !== undefined && record[field] !== null) picked[field] = record[field];
  const parsed = flagInputSchema.safeParse(picked);
  if (!parsed.success) {
    // A refusal has at least one issue; its reason is said in the CLI's language.
    const issue = parsed.error.issues[0]!;
    const field = issue.path.join('.') || 'line';
    const reason = refusalReason(issue, picked);
    return { error: t('cli:errors.refusedField', { field, reason: say({ message: reason.english, code: reason.code, params: reason.params }) }) };
  }
  const id = record.id;
  return { input: parsed.data, id: typeof id === 'string' || typeof id === 'number' ? id : undefined, record };
}

export async function streamFlags(
  input: Readable,
  output: Writable,
  reportError: (message: string) => void,
  check: CheckFlags,
): Promise<StreamSummary> {
  const summary: StreamSummary = { lines: 0, checked: 0, malformed: 0 };
  await forEachLineBatch(input, async (lines) => {
    const read: { line: number; id: string | number | undefined; input: FlagInput }[] = [];
    for (const line of lines) {
      summary.lines += 1;
      if (line.trim() === '') continue;
      const parsed = parseInputLine(line);
      if ('error' in parsed) {
        summary.malformed += 1;
        reportError(t('cli:errors.line', { line: summary.lines, error: parsed.error }));
        continue;
      }
      read.push({ line: summary.lines, id: parsed.id, input: parsed.input });
    }
    // The whole chunk at once: with --db its authors and texts are looked up together.
    const verdicts = check(read.map((r) => r.input));
    let out = '';
    read.forEach((r, i) => {
      const verdict = verdictJson(verdicts[i]!);
      out += `${JSON.stringify({ line: r.line, ...(r.id === undefined ? {} : { id: r.id }), ...verdict })}\n`;
    });
    summary.checked += read.length;
    // One write per input chunk; wait when the reader (a pipe, a slow disk) falls behind.
    if (out) await writeChunk(output, out);
  });
  return summary;
}
