// Where the app finds better-sqlite3's native module built for Electron.
//
// The scheme (both builds side by side, neither overwrites the other):
// - node_modules/better-sqlite3 keeps its Node build (npm install): tests, CLI, web host.
// - scripts/rebuild-native.mjs copies the package to .electron-native/better-sqlite3 and
//   compiles it there against the installed Electron's headers (ABI stamp in
//   .electron-native/stamp.json); `npm start` runs it when the stamp is stale.
// - The unpackaged app passes that file to better-sqlite3 as `nativeBinding`.
// - electron-builder ships the same file as an extra resource (resources/native/),
//   and the packaged app points nativeBinding there. npmRebuild is off in
//   electron-builder.yml because it would rebuild node_modules in place for Electron
//   and break the Node build the tests use.
import path from 'node:path';

export const NATIVE_DIR = '.electron-native';
export const NATIVE_FILE = 'better_sqlite3.node';

export function nativeBindingPath(options: {
  isPackaged: boolean;
  /** process.resourcesPath in the packaged app. */
  resourcesPath: string;
  /** The repository root when running unpackaged. */
  projectRoot: string;
}): string {
  if (options.isPackaged) return path.join(options.resourcesPath, 'native', NATIVE_FILE);
  return path.join(options.projectRoot, NATIVE_DIR, 'better-sqlite3', 'build', 'Release', NATIVE_FILE);
}
