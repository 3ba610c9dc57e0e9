import { contract, isMethodName, type MethodName, type ParsedInputOf } from './api';
import { AppError } from './errors';

/** Checks a method name and its raw input against the contract. Throws AppError('bad-input'). */
export function parseCall<K extends MethodName>(name: string, raw: unknown): { name: K; input: ParsedInputOf<K> } {
  if (!isMethodName(name)) throw new AppError('bad-input', `Unknown operation "${name}".`);
  const parsed = contract[name].input.safeParse(raw ?? {});
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const where = first && first.path.length > 0 ? ` (${first.path.join('.')})` : '';
    throw new AppError('bad-input', `Invalid input for ${name}${where}: ${first?.message ?? 'rejected'}.`);
  }
  return { name: name as K, input: parsed.data as ParsedInputOf<K> };
}
