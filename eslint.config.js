import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/**
 * The domain fence: src/domain may import zod, the canonical-JSON package and its own files,
 * nothing else (no React, Dexie, jsPDF, recharts, Node built-ins, nor other folders of src).
 */
const domainFence = [
  {
    regex: '^(?!zod(/|$)|canonicalize$|\\.{1,2}/)',
    message: 'src/domain is pure: it may import zod, canonicalize and other domain files only.',
  },
  {
    regex: '^(\\.\\./)+(storage|report|features|workers|ui|i18n|app)(/|$)',
    message: 'src/domain may not import other folders of src.',
  },
];

export default tseslint.config(
  {
    ignores: [
      'dist',
      'node_modules',
      'artifacts',
      'coverage',
      'public/schemas',
      'tests/fixtures/lint',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: 'module',
      globals: { ...globals.browser, ...globals.node },
    },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/ban-ts-comment': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['src/domain/**/*.ts'],
    ignores: ['src/domain/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: domainFence,
        },
      ],
    },
  },
);
