import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const packageJson = resolve(dirname(fileURLToPath(import.meta.url)), '../../../package.json');

/** The version in package.json: the CLI runs from the source tree (tsx), so the file is always beside it. */
export function cliVersion(): string {
  return (JSON.parse(readFileSync(packageJson, 'utf8')) as { version: string }).version;
}
