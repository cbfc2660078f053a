// ESLint for the whole repository: typescript-eslint's type-aware rules on the TypeScript that
// tsconfig.json type-checks, the plain JavaScript rules on the build scripts.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * No forwarding addresses: a module is imported from its real home, so the packages' sources hold no
 * re-export (`export * from`, `export { x } from`). A moved module's importers are rewritten; a file
 * that only re-exports is never left behind. packages/core/test/lint-rules.test.ts proves it fires.
 */
/**
 * One git manager: a git command line (an argument list that starts with a git subcommand, or with
 * GIT_FETCH / GIT_NO_HOOKS) is spelled in packages/core/src/git/ only, as a verb of the Repo or a
 * function of git/; the rest of the code asks for what it wants (`repo.commitInfo(sha)`,
 * `listTags(git, pattern)`), so the flags and the `--` before refs and paths are written once.
 */
// `config` and `commit` are left out: they are also setting and column names (`['config', 'working-directory']`).
const GIT_VERBS =
  'add|am|apply|blame|branch|cat-file|checkout|cherry-pick|clone|commit-tree|describe|diff|diff-tree|fetch|' +
  'for-each-ref|hash-object|init|log|ls-files|ls-remote|ls-tree|merge|merge-base|mktree|push|read-tree|rebase|remote|reset|' +
  'rev-list|rev-parse|show|show-ref|status|symbolic-ref|tag|update-index|update-ref|worktree|write-tree';
const GIT_LINES = [
  {
    selector: `ArrayExpression > Literal:first-child[value=/^(${GIT_VERBS})$/]`,
    message: 'A git command line belongs in packages/core/src/git/: call (or add) a Repo method or a git/ function.',
  },
  {
    selector: 'ArrayExpression > SpreadElement:first-child > Identifier[name=/^GIT_(FETCH|NO_HOOKS)$/]',
    message: 'A git command line belongs in packages/core/src/git/: call (or add) a Repo method or a git/ function.',
  },
  {
    selector: 'CallExpression > Literal:first-child[value="git"]',
    message: 'git is started in packages/core/src/git/ only: call (or add) a Repo method or a git/ function.',
  },
];

const REAL_HOMES = [
  { selector: 'ExportAllDeclaration', message: 'No re-exports: import the module from its real home (export * from).' },
  { selector: 'ExportNamedDeclaration[source]', message: 'No re-exports: import the module from its real home (export { } from).' },
];

export default defineConfig(
  {
    ignores: [
      '**/dist/**',
      'packages/cli/schemas/**',
      '**/node_modules/**',
      'coverage/**',
      '.tmp/**',
      // Written by scripts: config/validate.generated.* by scripts/write-schema.ts (ajv's
      // standalone validator).
      'packages/core/src/config/validate.generated.*',
    ],
  },
  js.configs.recommended,
  {
    files: ['**/*.ts', '**/*.mts', '**/*.cts'],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { prefer: 'type-imports', fixStyle: 'inline-type-imports' }],
      // `const { authorization: _a, ...rest } = headers` is how a key is dropped from a copy.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
      // Off, with the reason. Interfaces here declare their functions in method form
      // (`log(line: string): void`) and hand them on unbound (`log: o.log`): they are closures,
      // not class methods, so the finding is noise and the fix would rewrite every interface.
      '@typescript-eslint/unbound-method': 'off',
      // `String(node.value)` on a YAML scalar's `unknown` value is the intended conversion (a
      // number or boolean becomes its text); the rule would have each site pick another one.
      '@typescript-eslint/no-base-to-string': 'off',
      // The control characters in these patterns are the point: log, ref and YAML scalar
      // checks that refuse or escape them.
      'no-control-regex': 'off',
    },
  },
  {
    name: 'lockstep/real-homes',
    files: ['packages/core/src/git/**/*.ts'],
    rules: { 'no-restricted-syntax': ['error', ...REAL_HOMES] },
  },
  {
    // One rule list per file (a later no-restricted-syntax replaces an earlier one): git/ has the first.
    name: 'lockstep/real-homes-and-one-git-manager',
    files: ['packages/*/src/**/*.ts'],
    // raw.generated.ts holds the JSON Schema as data: `required: ['branch']` there names a key, not a git verb.
    ignores: ['packages/core/src/git/**', 'packages/core/src/config/raw.generated.ts'],
    rules: { 'no-restricted-syntax': ['error', ...REAL_HOMES, ...GIT_LINES] },
  },
  {
    // Tests and their harness read JSON the code under test printed (`any` by nature) and write
    // async fakes for interfaces that return promises; `no-explicit-any` still holds there.
    files: ['packages/*/test/**', 'action-tests/**'],
    rules: {
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/require-await': 'off',
      // The failure path's own tests reject with strings, objects and undefined on purpose.
      '@typescript-eslint/prefer-promise-reject-errors': 'off',
    },
  },
  {
    // The declaration files beside scripts/*.mjs are not in tsconfig.json's program.
    files: ['**/*.d.mts'],
    extends: [tseslint.configs.disableTypeChecked],
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    languageOptions: { globals: { ...globals.node } },
  },
);
