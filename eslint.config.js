// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/** Which folders may import what: services and extraction run in plain Node, the renderer in a page. */
const nodeOnlyNoElectron = {
  patterns: [
    {
      group: ['electron', 'electron/*'],
      message: 'Services and extraction never import electron; wire them in electron/main.',
    },
  ],
};

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'release/**',
      'node_modules/**',
      'coverage/**',
      'test-output/**',
      // Vendored scorers, kept byte for byte as published (Prettier skips fixtures too).
      'tests/fixtures/shared/eval/**/*.mjs',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'smart'],
    },
  },
  {
    files: [
      'electron/extract/**',
      'electron/services/**',
      'electron/cli/**',
      'electron/preview/**',
      'electron/shared/**',
    ],
    rules: { 'no-restricted-imports': ['error', nodeOnlyNoElectron] },
  },
  {
    files: ['electron/main/**', 'electron/preload/**'],
    ignores: ['electron/main/ipc.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[object.name='ipcMain'][property.name=/^(on|handle)$/]",
          message: 'Register IPC through electron/main/ipc.ts, which checks senders and arguments.',
        },
      ],
    },
  },
  {
    // The page and the preload load the contract at run time (for the request names): it must
    // stay free of run-time imports. wire.ts, which the page loads too, adds only the contract
    // and the plain modules that pack events and keep snapshots' texts.
    files: [
      'electron/shared/contract.ts',
      'electron/shared/wire.ts',
      'electron/shared/page-events.ts',
      'electron/shared/packed-events.ts',
      'electron/shared/snapshot-text.ts',
      'electron/shared/search-words.ts',
    ],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(?!\\./(contract|page-events|packed-events|snapshot-text)$)',
              allowTypeImports: true,
              message: 'contract.ts and wire.ts are loaded by the page and the preload: import types only.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}', 'tests/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '^electron(/|$)', message: 'The renderer never imports electron.' },
            {
              group: [
                'node:*',
                '**/electron/extract/**',
                '**/electron/services/**',
                '**/electron/main/**',
                '**/electron/preload/**',
                '**/electron/preview/**',
              ],
              message:
                'The renderer talks to the main side only through renderer/src/lib/api.ts and the shared contract.',
            },
            {
              // contract.ts, wire.ts, limits.ts, date-words.ts and key-dates.ts depend on nothing else: the page
              // needs the request names, the answer decoding, the limits, the date wording and the key
              // dates' ranking at run time; the rest are types only.
              group: [
                '**/electron/shared/**',
                '!**/electron/shared/contract',
                '!**/electron/shared/wire',
                '!**/electron/shared/limits',
                '!**/electron/shared/date-words',
                '!**/electron/shared/page-events',
                '!**/electron/shared/search-words',
                '!**/electron/shared/key-dates',
              ],
              allowTypeImports: true,
              message: 'The renderer imports the shared contract and model as types only (import type).',
            },
          ],
        },
      ],
    },
  },
);
