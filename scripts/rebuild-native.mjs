// Builds better-sqlite3 for Electron, next to (never over) the Node build.
//
// node_modules/better-sqlite3 keeps the build `npm install` made for Node: the
// tests, the CLI and the web host load it. The Electron app needs the same
// module compiled against Electron's ABI, so this script copies the package to
// .electron-native/better-sqlite3 and runs node-gyp there against the installed
// Electron's headers (downloaded once from electronjs.org into node-gyp's cache,
// so the first run needs network and a C++ toolchain). The main process passes
// the result to better-sqlite3 as `nativeBinding`; electron-builder ships it as
// resources/native/better_sqlite3.node.
//
// .electron-native/stamp.json records what it was built for; `npm start` calls
// this only when the stamp no longer matches (new Electron, new better-sqlite3,
// other arch). Usage: node scripts/rebuild-native.mjs [--force] [--arch=x64|arm64]
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(path.join(root, 'package.json'));
export const nativeDir = path.join(root, '.electron-native');
const moduleDir = path.join(nativeDir, 'better-sqlite3');
const stampFile = path.join(nativeDir, 'stamp.json');
export const nativeBinary = path.join(moduleDir, 'build', 'Release', 'better_sqlite3.node');

function versionOf(pkg) {
  return JSON.parse(readFileSync(path.join(root, 'node_modules', pkg, 'package.json'), 'utf8')).version;
}

/** The project's node-gyp (from electron-builder's dependencies), else the one npm ships with. */
function findNodeGyp() {
  try {
    return require.resolve('node-gyp/bin/node-gyp.js');
  } catch {
    const npmCli = process.env.npm_execpath;
    if (!npmCli) return null;
    const bundled = path.join(path.dirname(npmCli), '..', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js');
    return existsSync(bundled) ? bundled : null;
  }
}

/** What the Electron build must match. */
export function wantedStamp(arch = process.env.npm_config_arch || process.arch) {
  return {
    electron: versionOf('electron'),
    betterSqlite3: versionOf('better-sqlite3'),
    platform: process.platform,
    arch,
  };
}

export function isUpToDate(wanted = wantedStamp()) {
  if (!existsSync(nativeBinary) || !existsSync(stampFile)) return false;
  try {
    const have = JSON.parse(readFileSync(stampFile, 'utf8'));
    return Object.entries(wanted).every(([key, value]) => have[key] === value);
  } catch {
    return false;
  }
}

/** Returns true on success; prints what went wrong otherwise. */
export function rebuildNative({ force = false, arch } = {}) {
  const wanted = wantedStamp(arch);
  if (!force && isUpToDate(wanted)) {
    console.log(`better-sqlite3 for Electron ${wanted.electron} (${wanted.arch}) is up to date.`);
    return true;
  }
  console.log(`Building better-sqlite3 ${wanted.betterSqlite3} for Electron ${wanted.electron} (${wanted.platform}-${wanted.arch})…`);
  rmSync(moduleDir, { recursive: true, force: true });
  mkdirSync(nativeDir, { recursive: true });
  // The sources and the bundled SQLite, without the Node build.
  const source = path.join(root, 'node_modules', 'better-sqlite3');
  cpSync(source, moduleDir, {
    recursive: true,
    filter: (src) => {
      const top = path.relative(source, src).split(path.sep)[0];
      return top !== 'build' && top !== 'node_modules';
    },
  });

  // npm passes settings such as nodedir=/usr through npm_config_*; node-gyp would then
  // compile against Node's headers instead of Electron's. Drop them for this build.
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !/^npm_config_(nodedir|target|runtime|disturl|dist_url|arch)$/i.test(key)),
  );
  const nodeGyp = findNodeGyp();
  if (nodeGyp === null) {
    console.error('node-gyp not found (it comes with npm and with electron-builder).');
    return false;
  }
  const result = spawnSync(
    process.execPath,
    [
      nodeGyp,
      'rebuild',
      '--release',
      '--runtime=electron',
      `--target=${wanted.electron}`,
      `--arch=${wanted.arch}`,
      '--dist-url=https://electronjs.org/headers',
    ],
    { cwd: moduleDir, env, stdio: 'inherit' },
  );
  if (result.status !== 0 || !existsSync(nativeBinary)) {
    console.error(
      '\nCould not build better-sqlite3 for Electron. This needs, once, network access to\n' +
        'https://electronjs.org/headers (Electron\'s C++ headers) and a C++ toolchain\n' +
        '(build-essential and python3 on Linux, Xcode command line tools on macOS,\n' +
        'Visual Studio Build Tools on Windows). Tests and the CLI do not need this build.',
    );
    return false;
  }
  writeFileSync(stampFile, JSON.stringify({ ...wanted, builtAt: new Date().toISOString() }, null, 2) + '\n');
  console.log(`Built ${path.relative(root, nativeBinary)}`);
  return true;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const archArg = process.argv.find((a) => a.startsWith('--arch='));
  const ok = rebuildNative({ force: process.argv.includes('--force'), arch: archArg?.slice('--arch='.length) });
  process.exit(ok ? 0 : 1);
}
