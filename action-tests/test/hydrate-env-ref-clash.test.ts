import { execFileSync } from 'node:child_process';
import { GitFixture } from '../harness/git-fixture.ts';
import { dryRepository } from '../harness/hydrate-fixture.ts';
import { runAction } from '../harness/run-action.ts';
import { runCli } from '../harness/run-cli.ts';
import { testPath } from '../harness/tool-path.mjs';

// Issue 73, item 13, through the committed hydrate-env and CLI bundles: app-a's environment hydrates with
// activePath app-a, so its proposed branch is environment/shared-next/app-a; origin still has environment/shared-next
// from a run before the config set the path. git cannot create the one beside the other: the run used to retry the
// push five times and say "kept moving … run again". It is refused at the config line, naming the clash and the way out.

const WITH_TOOLS = testPath('helm', 'kubectl');
const CONFIG = [
  'environments:',
  '  - { name: app-a-staging, kustomization: apps/app-a/overlays/staging, hydrate: { branch: environment/shared, path: app-a } }',
  '',
].join('\n');
const REFUSAL =
  "app-a-staging: hydrate-env cannot create environment/shared-next/app-a: origin has the branch environment/shared-next, and git cannot hold a branch and another under its name (a ref is a file, not a folder) — name app-a-staging's proposed branch so that neither is a folder of the other (hydrate-to: environment/shared-next-app-a), or delete environment/shared-next on origin if nothing reads it any more (git push origin --delete environment/shared-next); nothing was pushed";

let fixture: GitFixture;
afterEach(() => fixture.cleanup());
const heads = () =>
  execFileSync('git', ['--git-dir', fixture.origin, 'for-each-ref', '--format=%(refname) %(objectname)', 'refs/heads/'], {
    encoding: 'utf8',
  });

test('a proposed branch under an existing branch: refused at its config line naming the clash, nothing pushed; the CLI says the same', async () => {
  fixture = GitFixture.create(dryRepository(CONFIG));
  fixture.git('push', '--quiet', 'origin', 'HEAD:refs/heads/environment/shared-next');
  const before = heads();
  const r = await runAction('hydrate-env', {
    workspace: fixture.clone('main'),
    inputs: { 'github-token': '' },
    env: { PATH: WITH_TOOLS },
    timeoutMs: 120_000,
  });
  expect(r.code).toBe(1);
  expect(r.annotations.filter((a) => a.level === 'error').map((a) => [a.file, a.line, a.message])).toEqual([
    ['.github/lockstep.yml', 2, `.github/lockstep.yml:2: ${REFUSAL}`],
  ]);
  expect(r.stdout + r.stderr).not.toMatch(/kept moving|run again/);
  expect(heads()).toBe(before);

  const cli = await runCli(['hydrate', '--push'], { cwd: fixture.clone('main'), env: { PATH: WITH_TOOLS }, timeoutMs: 120_000 });
  expect(cli.code).toBe(1);
  expect(cli.stderr).toContain(`.github/lockstep.yml:2: ${REFUSAL}`);
  expect(heads()).toBe(before);
}, 240_000);
