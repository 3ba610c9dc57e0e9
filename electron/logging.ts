// Glue: electron-log writes to <userData>/logs/main.log, rotating at 5 MB
// (electron-log keeps the previous file as main.old.log). Every message goes
// through the redaction hook first, so credentials never reach the disk; the
// core's console.* calls are routed here too.
import log from 'electron-log/main';
import path from 'node:path';
import { redactLogMessage } from './core/shell/log-redaction';

export function setupLogging(userDataDir: string, options: { verbose: boolean }): typeof log {
  const logDir = path.join(userDataDir, 'logs');
  log.transports.file.resolvePathFn = () => path.join(logDir, 'main.log');
  log.transports.file.maxSize = 5 * 1024 * 1024;
  log.transports.file.level = options.verbose ? 'debug' : 'info';
  log.transports.console.level = options.verbose ? 'debug' : 'warn';
  log.hooks.push((message) => redactLogMessage(message));
  Object.assign(console, log.functions);
  log.errorHandler.startCatching({ showDialog: false });
  return log;
}

export function logDirectory(userDataDir: string): string {
  return path.join(userDataDir, 'logs');
}
