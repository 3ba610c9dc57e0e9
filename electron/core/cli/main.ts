// Entry point of the `moderato` command (bin/moderato.cjs and `npm run cli`).
// Importing this module runs the CLI on process.argv and sets the exit code.
import { processIo } from './io';
import { runCli } from './run';

export async function main(argv: readonly string[]): Promise<void> {
  // `moderato queue | head` closes stdout early: that is the reader's choice, not a failure.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw err;
  });
  process.exitCode = await runCli(argv, processIo());
}

await main(process.argv.slice(2));
