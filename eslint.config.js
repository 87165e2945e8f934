import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import {configs as litConfigs} from 'eslint-plugin-lit';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'dist/',
      'storybook-static/',
      'coverage/',
      'custom-elements.json',
      '.bench-dist/',
      '.bench-test-dist/',
      '.trace-dist/',
      '.traces*/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  litConfigs['flat/recommended'],
  {
    languageOptions: {globals: {...globals.browser, ...globals.node}},
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        {argsIgnorePattern: '^_', varsIgnorePattern: '^_'},
      ],
      'no-restricted-syntax': [
        'error',
        {selector: 'CallExpression[callee.property.name="only"]', message: 'No focused tests.'},
        {
          selector: 'CallExpression[callee.property.name=/^(skip|todo|skipIf|fixme)$/]',
          message: 'No skipped or to-do tests: a test either runs or is deleted.',
        },
        {
          selector: 'CallExpression[callee.name=/^(xit|xdescribe|xtest)$/]',
          message: 'No skipped tests.',
        },
      ],
    },
  },
  {
    files: ['src/layout/**/*.ts', 'src/schema/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['lit', 'lit/*', '@lit/*', '@lit-labs/*', '../core/*', '../elements/*'],
              message: 'layout and schema are pure: no Lit, no DOM, no upward imports.',
            },
          ],
        },
      ],
    },
  }
);
