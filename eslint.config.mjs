import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

// Anchored regexes: a bare 'electron' pattern would also match our own electron/ folder.
const nodeOnly = '^(electron|better-sqlite3|node:.*|fs|path|os|child_process|crypto)(/.*)?$';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'release/',
      'build/',
      'node_modules/',
      'test-results/',
      'playwright-report/',
      'scripts/*.mjs',
      'scripts/*.cjs',
      'eslint.config.mjs',
    ],
  },
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Process boundaries: the page never reaches Node, the database or Electron.
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: nodeOnly, message: 'The renderer must not import Node, Electron or the database.' },
            { group: ['**/db/**', '../../db/*'], message: 'The renderer talks to the backend through the API only.' },
            {
              group: ['**/electron/**'],
              allowTypeImports: true,
              message: 'The renderer may import the contract as types only.',
            },
          ],
        },
      ],
    },
  },
  {
    // The rules of the floor are plain functions over data.
    files: ['electron/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: nodeOnly, message: 'Domain rules are pure: no Node, Electron or database.' },
            { group: ['**/db/**', 'react', 'react-dom'], message: 'Domain rules are pure.' },
          ],
        },
      ],
    },
  },
  {
    files: ['db/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [{ regex: '^(electron|react|react-dom)(/.*)?$', message: 'db/ never imports Electron or React.' }],
        },
      ],
    },
  },
);
