// Why zod refused a value, as one of the `input` messages (shared/messages.ts): zod's own text is
// English only, so the contract's refusals (shared/validate.ts), the CLI's checks of its input and a
// WordPress answer in an unexpected shape say the reason in the reader's language.
import type { z } from 'zod';
import { coded, type PlainParams } from './messages';

/** A reason nested in the message as a parameter (said in the same language). */
type Reason = { code: string; params: PlainParams; english: string };

/** Zod's issue as one of our coded reasons (zod's own text is English only); `raw` is the value that was checked. */
export function refusalReason(issue: z.core.$ZodIssue, raw: unknown): Reason {
  switch (issue.code) {
    case 'invalid_type':
      if (valueAt(raw, issue.path) === undefined) return coded('input.missing');
      switch (issue.expected) {
        case 'number':
          return coded('input.type.number');
        case 'int':
          return coded('input.type.int');
        case 'string':
          return coded('input.type.string');
        case 'boolean':
          return coded('input.type.boolean');
        case 'array':
          return coded('input.type.array');
        case 'object':
          return coded('input.type.object');
        default:
          return coded('input.type.other');
      }
    case 'too_big': {
      const count = Number(issue.maximum);
      if (issue.origin === 'string') return coded('input.tooLong', { count });
      if (issue.origin === 'array') return coded('input.tooMany', { count });
      return coded('input.tooLarge', { count });
    }
    case 'too_small': {
      const count = Number(issue.minimum);
      if (issue.origin === 'string') return count <= 1 ? coded('input.empty') : coded('input.tooShort', { count });
      if (issue.origin === 'array') return coded('input.tooFew', { count });
      return coded('input.tooSmall', { count });
    }
    case 'invalid_value':
      return coded('input.oneOf', { values: issue.values.map(String).join(', ') });
    case 'unrecognized_keys':
      return coded('input.unknownFields', { count: issue.keys.length, fields: issue.keys.join(', ') });
    case 'custom': {
      // A refinement in the contract names its reason's code (shared/api.ts).
      const code = (issue.params as { code?: unknown } | undefined)?.code;
      if (code === 'input.actionIdOrIds') return coded('input.actionIdOrIds');
      return coded('input.rejected');
    }
    default:
      return coded('input.rejected');
  }
}

function valueAt(raw: unknown, path: readonly PropertyKey[]): unknown {
  let node = raw;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return node;
}
