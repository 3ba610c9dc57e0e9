// The folder holding Moderato's package.json, found from the running module: the sources
// (electron/core/…) and the built JavaScript (dist-node/, dist-electron/) sit at different
// depths, so a fixed '../../..' would be right for one and wrong for the other.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export function packageRoot(from: string = import.meta.url): string {
  let dir = dirname(fileURLToPath(from));
  for (;;) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`No package.json above ${fileURLToPath(from)}.`);
    dir = parent;
  }
}
