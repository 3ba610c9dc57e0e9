// Lint: ESLint's and typescript-eslint's recommended rules (not type-aware, to
// stay fast on small machines; `tsc` does the type checking), React's hooks rules
// in the renderer, and the layer boundaries from DESIGN.md as import bans:
//   renderer/, shared/  never import Node built-ins, `electron`, or electron/ code;
//   electron/core/      never imports `electron` (or modules that pull it in), so it
//                       runs under plain Node for the CLI, the web host and the tests.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { builtinModules } from 'node:module';
import tseslint from 'typescript-eslint';

const nodeBuiltins = builtinModules.filter((name) => !name.startsWith('_'));

const noElectron = [
  { name: 'electron', message: 'Only electron/main.ts, preload.ts, ipc.ts and their glue import electron.' },
  { name: 'electron-store', message: 'electron-store needs Electron; use the SettingsStore interface (conf under Node).' },
  { name: 'electron-log/main', message: 'electron-log/main needs Electron; the glue sets up logging.' },
];

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'dist-electron/**',
      'dist-node/**',
      'node_modules/**',
      'release/**',
      '.electron-native/**',
      'coverage/**',
      'test-results/**',
      '.moderato-dev/**',
      // Scratch files (experiments, profiling) are never part of the project.
      '**/*.tmp.*',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      // `_`-prefixed names are deliberate placeholders (signature-required parameters).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
    },
  },
  // Node-side code: the main process, the core, scripts, tests, benches, configs.
  {
    files: ['electron/**', 'scripts/**', 'bin/**', 'test/**', 'bench/**', '*.config.{js,ts}'],
    languageOptions: { globals: { ...globals.node } },
  },
  // CommonJS files (the bin, which must not wait for Node's ES module loader): require() is their import.
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  // The renderer: a browser page with React. The rules of hooks and complete effect
  // dependencies, as errors. Not the plugin's React Compiler rules (set-state-in-effect,
  // incompatible-library…): they judge code for the compiler, which Moderato does not use.
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  // The preload runs in the page (sandboxed) with access to the DOM.
  {
    files: ['electron/preload.ts'],
    languageOptions: { globals: { ...globals.browser } },
  },
  // Layer boundaries.
  {
    files: ['renderer/**', 'shared/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            ...noElectron,
            ...nodeBuiltins.map((name) => ({ name, message: 'renderer/ and shared/ run in the browser: no Node built-ins.' })),
          ],
          patterns: [
            { group: ['node:*'], message: 'renderer/ and shared/ run in the browser: no Node built-ins.' },
            {
              regex: '^(\\.\\./)+electron(/|$)',
              message: 'renderer/ and shared/ never import electron/ code; go through the shared/ contract.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/core/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: noElectron,
          patterns: [
            { regex: '^electron/', message: 'electron/core/ runs under plain Node: no electron import.' },
            { regex: '^(\\.\\./)+renderer(/|$)', message: 'The core never imports the UI.' },
          ],
        },
      ],
    },
  },
);
