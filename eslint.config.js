import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  {
    ignores: [
      'dist/',
      'dist-*/',
      '*.partial/',
      '.astro/',
      'node_modules/',
      'test-results/',
      'playwright-report/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  ...astro.configs.recommended,
  {
    // Tests index into fixtures they built themselves; a failed lookup fails the test anyway.
    // Playwright hooks that need only testInfo take `({}, testInfo)`, its documented form.
    files: ['tests/**/*.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off', 'no-empty-pattern': 'off' },
  },
  {
    // Site code runs in the browser; the build, scripts and tests in Node.
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
);
