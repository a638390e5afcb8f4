// Lint: typescript-eslint (type-aware for src), Lit, web-component and Lit a11y rules.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { configs as litConfigs } from 'eslint-plugin-lit';
import { configs as wcConfigs } from 'eslint-plugin-wc';
import litA11y from 'eslint-plugin-lit-a11y';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'dist/',
      'storybook-static/',
      'coverage/',
      '.data/',
      'test/hosts/**/dist/',
      'bench/results/',
      'bench/tmp/',
      // Generated from custom-elements.json by the CEM plugins (npm run analyze).
      'editor/',
      '.test-results/',
    ],
  },
  js.configs.recommended,
  {
    files: ['**/*.js', '**/*.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    files: ['**/*.ts', '**/*.tsx'],
    extends: [...tseslint.configs.strict, ...tseslint.configs.stylistic],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/array-type': ['error', { default: 'array-simple' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.ts', 'stories/**/*.ts', 'test/**/*.ts'],
    extends: [litConfigs['flat/recommended'], wcConfigs['flat/recommended'], wcConfigs['flat/best-practice']],
    plugins: { 'lit-a11y': litA11y },
    languageOptions: { globals: globals.browser },
    rules: {
      ...litA11y.configs.recommended.rules,
      'wc/guard-super-call': 'off',
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[property.name='innerHTML']",
          message: 'Render text through Lit bindings.',
        },
        {
          selector: "MemberExpression[property.name='outerHTML']",
          message: 'Render text through Lit bindings.',
        },
        {
          selector: "CallExpression[callee.property.name='insertAdjacentHTML']",
          message: 'Render text through Lit bindings.',
        },
        { selector: "ImportSpecifier[imported.name='unsafeHTML']", message: 'No unsafeHTML: render text.' },
        { selector: "NewExpression[callee.name='Function']", message: 'No code from strings.' },
        { selector: "CallExpression[callee.name='eval']", message: 'No code from strings.' },
      ],
    },
  },
  {
    files: ['src/**/*.test.ts', 'test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-expressions': 'off',
      'wc/no-constructor-attributes': 'off',
      'wc/tag-name-matches-class': 'off',
    },
  },
);
