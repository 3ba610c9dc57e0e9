// What the `moderato` bin runs first (built as CommonJS into dist-node/start.cjs): a help page or
// the version is printed from the answers made ahead of time (./quick-answers.ts) without loading
// the CLI; every other command line imports the CLI (dist-node/cli.mjs), which runs it.
import { writeSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { findQuickAnswer } from './quick-answers';

/**
 * Writes straight to the file descriptor: making process.stdout (a stream over a pipe or a
 * terminal) costs ~3 ms, as much as the rest of this file. What a full non-blocking pipe does not
 * take at once goes through the stream, which waits for the reader.
 */
function print(stream: 'stdout' | 'stderr', text: string): void {
  const bytes = Buffer.from(text);
  let written = 0;
  try {
    written = writeSync(stream === 'stdout' ? 1 : 2, bytes);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    // `moderato --help | head -3` closes the pipe early: the reader's choice, not a failure.
    if (code === 'EPIPE') return;
    if (code !== 'EAGAIN') throw err;
  }
  if (written < bytes.length) {
    process[stream].on('error', (err: NodeJS.ErrnoException) => {
      if (err.code !== 'EPIPE') throw err;
    });
    process[stream].write(bytes.subarray(written));
  }
}

const argv = process.argv.slice(2);
const answer = findQuickAnswer(__dirname, argv, process.env, process.cwd());
if (answer) {
  print(answer.stream, answer.text);
  process.exitCode = answer.code;
} else {
  void import(pathToFileURL(join(__dirname, 'cli.mjs')).href);
}
