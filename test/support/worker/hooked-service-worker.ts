// A service worker for tests: the real service, with checkFlags able to misbehave
// on request so tests can hold the worker busy or make it die. Commands go in the
// checked text; any other text is checked for real.
//   'hold until <file>'  busy-waits, synchronously, until <file> exists (writes <file>.busy first)
//   'crash later'        answers, then throws outside any call (an uncaught bug in the thread)
//   'bug now'            throws a TypeError from the call itself
//   'exit now'           ends the thread in the middle of the call (as a crash in native code would)
import { existsSync, writeFileSync } from 'node:fs';
import { createService } from '../../../electron/core/service';
import { serveService } from '../../../electron/core/worker/serve-service';

void serveService(async (deps) => {
  const service = await createService(deps);
  const checkFlags = service.api.checkFlags.bind(service.api);
  service.api.checkFlags = async (input) => {
    const hold = /^hold until (.+)$/.exec(input.content);
    if (hold) {
      writeFileSync(`${hold[1]}.busy`, '');
      // Deliberately synchronous: the thread can do nothing else meanwhile, like a long SQLite job.
      while (!existsSync(hold[1]!)) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5);
    }
    if (input.content === 'crash later') {
      setTimeout(() => {
        throw new Error('a bug outside any call');
      }, 10);
    }
    if (input.content === 'exit now') process.exit(3);
    if (input.content === 'bug now') throw new TypeError("Cannot read properties of undefined (reading 'row')");
    return checkFlags(input);
  };
  return service;
});
