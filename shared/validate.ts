import { contract, isMethodName, type MethodName, type ParsedInputOf } from './api';
import { AppError } from './errors';
import { coded } from './messages';
import { refusalReason } from './refusal-reason';

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
