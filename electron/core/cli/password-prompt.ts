// Reads an Application Password without echoing it, so it never lands in the
// shell history, the process list or the terminal scrollback.
import { AppError } from '../../../shared/errors';
import { t } from './i18n';
import type { CliIo } from './io';

const ENV_PASSWORD = 'MODERATO_APP_PASSWORD';

/** True when a password can be had: from the environment, or by asking at a terminal. */
export function passwordSource(io: CliIo): 'env' | 'prompt' | null {
  if (io.env[ENV_PASSWORD]) return 'env';
  return io.stdin.isTTY === true && io.stderr.isTTY === true ? 'prompt' : null;
}

export async function readPassword(io: CliIo, question: string): Promise<string> {
  const fromEnv = io.env[ENV_PASSWORD];
  if (fromEnv) return fromEnv.trim();
  const stdin = io.stdin as NodeJS.ReadStream;
  // Echo off before the question appears: whatever is typed (or pasted) from then on stays hidden.
  stdin.setRawMode(true);
  stdin.setEncoding('utf8');
  stdin.resume();
  io.stderr.write(question);
  try {
    return await new Promise<string>((resolve, reject) => {
      let value = '';
      const onData = (chunk: string): void => {
        for (const ch of chunk) {
          if (ch === '\r' || ch === '\n') {
            stdin.off('data', onData);
            resolve(value.trim());
            return;
          }
          if (ch === '\u0003' || ch === '\u0004') {
            // Ctrl-C / Ctrl-D: the user changed their mind.
            stdin.off('data', onData);
            reject(new AppError('auth', t('cli:errors.cancelled')));
            return;
          }
          if (ch === '\u007f' || ch === '\b') value = value.slice(0, -1);
          else if (ch >= ' ') value += ch;
        }
      };
      stdin.on('data', onData);
    });
  } finally {
    stdin.setRawMode(false);
    stdin.pause();
    io.stderr.write('\n');
  }
}

export { ENV_PASSWORD };
