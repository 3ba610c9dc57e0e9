// Where Moderato keeps its files by default: the folder Electron's
// app.getPath('userData') gives for an app named "Moderato", so the CLI (plain
// Node) and the desktop app open the same database.
import { homedir } from 'node:os';
import { posix, win32 } from 'node:path';

export const APP_NAME = 'Moderato';

export function appDataDir(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
  home: string = homedir(),
): string {
  if (platform === 'win32') return win32.join(env.APPDATA ?? win32.join(home, 'AppData', 'Roaming'), APP_NAME);
  const join = posix.join;
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', APP_NAME);
  return join(env.XDG_CONFIG_HOME || join(home, '.config'), APP_NAME);
}

export function defaultDbPath(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
  home: string = homedir(),
): string {
  const join = platform === 'win32' ? win32.join : posix.join;
  return join(appDataDir(platform, env, home), 'moderato.db');
}
