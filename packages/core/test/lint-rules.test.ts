import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Linter } from 'eslint';
import tseslint from 'typescript-eslint';
import { repoRoot } from '../../../action-tests/harness/run-action.ts';

/** The repository's own restrictions (eslint.config.js's named blocks), run on code written to break them. */
async function lint(file: string, code: string): Promise<string[]> {
  const { default: config } = (await import(pathToFileURL(join(repoRoot, 'eslint.config.js')).href)) as { default: Linter.Config[] };
  const ours = config.filter((c) => c.name?.startsWith('lockstep/'));
  expect(ours.length).toBeGreaterThan(0);
  const linter = new Linter({ cwd: repoRoot });
  const messages = linter.verify(code, [{ files: ['**/*.ts'], languageOptions: { parser: tseslint.parser } }, ...ours], file);
  return messages.map((m) => `${m.line}: ${m.message}`);
}

describe("eslint.config.js's own rules", () => {
  test('a re-export in a package source is refused, both forms, and a plain export is not', async () => {
    const code = [
      "export * from '../contract/world.ts';",
      "export { splitList } from '../text/list.ts';",
      "export type { Inputs } from '../contract/inputs.ts';",
      'export const kept = 1;',
      "import { x } from './x.ts';",
      'export { x };',
    ].join('\n');
    expect(await lint('packages/core/src/operations/world.ts', code)).toEqual([
      '1: No re-exports: import the module from its real home (export * from).',
      '2: No re-exports: import the module from its real home (export { } from).',
      '3: No re-exports: import the module from its real home (export { } from).',
    ]);
    expect(await lint('packages/cli/src/top.ts', "export * from './world.ts';")).toEqual([
      '1: No re-exports: import the module from its real home (export * from).',
    ]);
  });

  test("the test harness's re-exports are outside the rule", async () => {
    expect(await lint('action-tests/harness/registry.ts', "export { sha256 } from './oci-content.ts';")).toEqual([]);
  });

  test('a git command line outside packages/core/src/git/ is refused: a verb first, a GIT_ constant spread first, git started', async () => {
    const code = [
      "import { spawnSync } from 'node:child_process';",
      "import { GIT_FETCH, GIT_NO_HOOKS, gitText } from '../git/spawn.ts';",
      "await gitText(git, ['log', '-1', '--format=%s', head, '--']);",
      "await git([...GIT_FETCH, '--quiet', '--', 'origin', spec]);",
      "spawnSync('git', [...GIT_NO_HOOKS, 'rev-parse', '--show-toplevel'], { cwd });",
      "const flags = ['config', 'working-directory'];",
      "await helm(['template', 'x', chart]);",
    ].join('\n');
    expect(await lint('packages/core/src/release/history.ts', code)).toEqual([
      '3: A git command line belongs in packages/core/src/git/: call (or add) a Repo method or a git/ function.',
      '4: A git command line belongs in packages/core/src/git/: call (or add) a Repo method or a git/ function.',
      '5: git is started in packages/core/src/git/ only: call (or add) a Repo method or a git/ function.',
      '5: A git command line belongs in packages/core/src/git/: call (or add) a Repo method or a git/ function.',
    ]);
    expect(await lint('packages/cli/src/top.ts', "spawnSync('git', ['rev-parse', '--show-toplevel']);")).toHaveLength(2);
    // git/ is where they are spelled; its re-exports are still refused.
    expect(await lint('packages/core/src/git/tags.ts', code)).toEqual([]);
    expect(await lint('packages/core/src/git/tags.ts', "export { gitText } from './spawn.ts';")).toEqual([
      '1: No re-exports: import the module from its real home (export { } from).',
    ]);
  });
});
