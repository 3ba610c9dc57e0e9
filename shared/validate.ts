import type { z } from 'zod';
import { contract, isMethodName, type MethodName, type ParsedInputOf } from './api';
import { AppError } from './errors';
import { coded, type PlainParams } from './messages';

/** Checks a method name and its raw input against the contract. Throws AppError('bad-input'). */
export function parseCall<K extends MethodName>(name: string, raw: unknown): { name: K; input: ParsedInputOf<K> } {
  if (!isMethodName(name)) throw new AppError('bad-input', coded('error.unknownOperation', { name }));
  const parsed = contract[name].input.safeParse(raw ?? {});
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const reason = first ? refusalReason(first, raw ?? {}) : coded('input.rejected');
    const field = first?.path.join('.') ?? '';
    // A code with the reason nested, so the CLI and the UI say it in their language (a limit typed on the command line, a reply too long).
    throw new AppError(
      'bad-input',
      field === '' ? coded('error.invalidInput', { operation: name, reason }) : coded('error.invalidField', { operation: name, field, reason }),
    );
  }
  return { name: name as K, input: parsed.data as ParsedInputOf<K> };
}

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
