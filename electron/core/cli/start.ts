// What the `moderato` bin runs first (built as CommonJS into dist-node/start.cjs): a help page or
// the version is printed from the answers made ahead of time (./quick-answers.ts) without loading
// the CLI; every other command line imports the CLI (dist-node/cli.mjs), which runs it.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { findQuickAnswer } from './quick-answers';

const argv = process.argv.slice(2);
const answer = findQuickAnswer(__dirname, argv, process.env, process.cwd());
if (answer) {
  // `moderato --help | head -3` closes the pipe early: the reader's choice, not a failure.
  process[answer.stream].on('error', (err: NodeJS.ErrnoException) => {
    if (err.code !== 'EPIPE') throw err;
  });
  process[answer.stream].write(answer.text);
  process.exitCode = answer.code;
} else {
  void import(pathToFileURL(join(__dirname, 'cli.mjs')).href);
}
