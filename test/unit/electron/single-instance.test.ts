// A second launch of the app hands over to the first one and leaves, touching nothing.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadBundledMain, type BundledMain } from './main-harness';

let main: BundledMain;
beforeAll(async () => {
  main = await loadBundledMain({ singleInstanceLock: false });
  await new Promise((r) => setTimeout(r, 200));
}, 60_000);
afterAll(() => main.dispose());

describe('a second launch', () => {
  it('quits at once without opening a window or the database', () => {
    expect(main.fake.state.quitted).toBe(true);
    expect(main.fake.state.windows).toEqual([]);
    // (electron-log registers its own channel when loaded; none of ours exist.)
    expect([...main.fake.state.handlers.keys()].filter((c) => c.startsWith('moderato:'))).toEqual([]);
    expect(existsSync(path.join(main.dir, 'appData', 'Moderato', 'moderato.db'))).toBe(false);
  });
});
