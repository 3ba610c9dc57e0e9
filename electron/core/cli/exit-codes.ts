// The CLI's exit codes are part of its interface: cron jobs and scripts branch on them.
export const EXIT_OK = 0;
/** Something the user can fix (wrong password, site unreachable, no such comment); the message says how. */
export const EXIT_FAILURE = 1;
/** The command line itself is wrong: unknown command or flag, missing argument, bad value. */
export const EXIT_USAGE = 2;

export type ExitCode = typeof EXIT_OK | typeof EXIT_FAILURE | typeof EXIT_USAGE;

/**
 * Thrown for a command line that cannot be run as typed. Carries the command
 * whose --help the message points to, so the hint names the right page.
 */
export class UsageError extends Error {
  readonly command: string | null;
  constructor(message: string, command: string | null = null) {
    super(message);
    this.name = 'UsageError';
    this.command = command;
  }
}
