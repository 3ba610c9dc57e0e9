// `npm start`: build and launch the desktop app.
//  1. Make sure the Electron binary is there. `npm install` skips Electron's
//     download (allowScripts in package.json) so installing works offline; the
//     first start fetches it with Electron's own install.js, and says so clearly
//     when there is no network.
//  2. Build better-sqlite3 for Electron when .electron-native/stamp.json is stale
//     (scripts/rebuild-native.mjs; the Node build in node_modules is untouched).
//  3. `npm run build` (renderer with Vite, main + preload with esbuild).
//  4. Launch Electron on the repository; extra arguments go to the app:
//     npm start -- --some-flag
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { rebuildNative } from './rebuild-native.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(path.join(root, 'package.json'));
const electronDir = path.join(root, 'node_modules', 'electron');

function fail(message) {
  console.error(`\n${message}\n`);
  process.exit(1);
}

function electronInstalled() {
  const version = JSON.parse(readFileSync(path.join(electronDir, 'package.json'), 'utf8')).version;
  try {
    const installed = readFileSync(path.join(electronDir, 'dist', 'version'), 'utf8').trim().replace(/^v/, '');
    return installed === version && existsSync(path.join(electronDir, 'path.txt'));
  } catch {
    return false;
  }
}

function ensureElectron() {
  if (electronInstalled()) return;
  console.log('First start: downloading the Electron binary (about 100 MB, once)…');
  const result = spawnSync(process.execPath, [path.join(electronDir, 'install.js')], { stdio: 'inherit', cwd: root });
  if (result.status !== 0 || !electronInstalled()) {
    fail(
      'Moderato could not download Electron. The first `npm start` needs network access to\n' +
        'github.com (or the mirror in ELECTRON_MIRROR) to fetch the Electron binary; later starts\n' +
        'work offline. Without it you can still run the UI in a browser: npm run web',
    );
  }
}

function run(command, args) {
  const result = spawnSync(command, args, { stdio: 'inherit', cwd: root, shell: process.platform === 'win32' });
  if (result.status !== 0) fail(`\`${[command, ...args].join(' ')}\` failed.`);
}

ensureElectron();
if (!rebuildNative()) fail('The app cannot open its database without better-sqlite3 built for Electron (see above).');
run(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', 'build']);

const electronBinary = require('electron');
const args = process.argv.slice(2);
const child = spawn(electronBinary, ['.', ...args], { stdio: 'inherit', cwd: root });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
