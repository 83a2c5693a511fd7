// @ts-check
/**
 * ESLint: typescript-eslint's strict type-checked rules on every .ts and .mjs file of src,
 * scripts, tests and the root configs, then eslint-config-prettier last, which switches off
 * every rule that would argue with Prettier about layout. `npm run lint` allows no warnings.
 *
 * .astro files are left to `astro check` (run by `npm run check`), which type-checks their
 * frontmatter and templates. eslint-plugin-astro was tried with the project service: it parses
 * them, but TypeScript gives the templates' JSX expressions an error type, so
 * no-unsafe-return fires on every `.map((x) => <li>…</li>)`; the plugin's documented way out
 * (a separate `parserOptions.project` tsconfig and a JSX type shim) is not the project service.
 */
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  {
    ignores: [
      'dist/',
      '.dist.previous/',
      '.build/',
      '.test-build/',
      '.astro/',
      'content/documents/',
      'content/.documents-cache/',
      'node_modules/',
      'test-results/',
      'playwright-report/',
      'screenshots/',
    ],
  },
  js.configs.recommended,
  tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      // The root .mjs configs run in Node. (In .ts files TypeScript checks every name, and
      // typescript-eslint turns no-undef off.)
      globals: { ...globals.node },
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // The tsconfig is Astro's "strictest", with noUncheckedIndexedAccess: every `a[i]` is
      // `T | undefined`. Where a loop bound or a regex group guarantees the element, the code
      // says so with `!` (about 300 places, many in hot loops of the build); a runtime check
      // at each would add branches that can never be taken.
      '@typescript-eslint/no-non-null-assertion': 'off',
      // Numbers in messages and generated text (`${n} 件`, `line ${no}`) are the common case
      // and always print as intended; other non-string types stay forbidden.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      // Callbacks written as `(e) => done(e)` or `() => rmSync(dir)` are the house style for
      // Node's callback APIs and test hooks; a void call in other places is still reported.
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
      // Text is measured and cut in Unicode code points on purpose (summary and TOC lengths,
      // the columns in build messages, the search index's offsets), and `[...s]` is how the
      // code gets them. The rule still reports spreading a Map, a Promise or a function.
      '@typescript-eslint/no-misused-spread': ['error', { allow: [{ from: 'lib', name: 'string' }] }],
      // A key is dropped from an object by destructuring it away beside a rest element
      // (`const { path: _path, ...document } = …`); the dropped name is unused by design.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
      // node:test's it/test/describe return promises that the runner itself awaits; a test
      // file calls them at the top level without awaiting, as node:test's own docs do.
      '@typescript-eslint/no-floating-promises': [
        'error',
        {
          allowForKnownSafeCalls: [{ from: 'package', package: 'node:test', name: ['it', 'test', 'describe', 'suite'] }],
        },
      ],
    },
  },
  prettier,
);
