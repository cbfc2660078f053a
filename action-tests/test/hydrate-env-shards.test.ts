import { execFileSync } from 'node:child_process';
import { GitFixture } from '../harness/git-fixture.ts';
import { dryRepository } from '../harness/hydrate-fixture.ts';
import { runAction, type ActionRun } from '../harness/run-action.ts';
import { testPath } from '../harness/tool-path.mjs';

// Issue 76, "Past one runner", through the committed hydrate-env bundle on Node 24: a matrix of shard: i/2 jobs
// hydrates each environment exactly once (each writes the proposed branches of its share alone, so two jobs never
// push one branch), and together the same branches as one run; a shard with no environment of its own writes nothing.

const WITH_TOOLS = testPath('helm', 'kubectl');

let fixture: GitFixture;
beforeEach(() => {
  fixture = GitFixture.create(dryRepository());
});
afterEach(() => fixture.cleanup());

const branches = () =>
  execFileSync('git', ['--git-dir', fixture.origin, 'for-each-ref', '--format=%(refname:short)', 'refs/heads/environment'], {
    encoding: 'utf8',
  })
    .split('\n')
    .filter(Boolean);

function hydrate(shard: string): Promise<ActionRun> {
  return runAction('hydrate-env', {
    workspace: fixture.clone('main'),
    inputs: { 'github-token': '', shard },
    env: { PATH: WITH_TOOLS },
    timeoutMs: 120_000,
  });
}

function expectOk(r: ActionRun): void {
  if (r.code !== 0) throw new Error(`exit ${r.code}\n${r.stdout}\n${r.stderr}`);
}

test('two shards write each environment’s branch once, together every branch one run writes', async () => {
  // By the hash of each environment's name (deploy/shard-split.ts): dev, prod, app-b-staging in 1/2; staging, app-a-staging in 2/2.
  const first = await hydrate('1/2');
  expectOk(first);
  expect(branches()).toEqual(['environment/dev-next', 'environment/prod-next', 'environment/shared-next/app-b']);
  expect(first.stdout).toContain('Shard 1/2: Hydrated 3 branches from ');
  const second = await hydrate('2/2');
  expectOk(second);
  expect(branches()).toEqual([
    'environment/dev-next',
    'environment/prod-next',
    'environment/shared-next/app-a',
    'environment/shared-next/app-b',
    'environment/staging-next',
  ]);
  expect(second.stdout).toContain('Shard 2/2: Hydrated 2 branches from ');
});

test('a shard whose share is empty writes nothing and says so; a bad shard names the input', async () => {
  // Of 8 shards, 5/8 holds none of the five environments (dev 3, staging 4, prod 7, app-a-staging 2, app-b-staging 1).
  const empty = await hydrate('5/8');
  expectOk(empty);
  expect(empty.stdout).toContain("Shard 5/8: no environment to hydrate is this shard's; nothing written.");
  expect(branches()).toEqual([]);
  const bad = await hydrate('9/8');
  expect(bad.code).toBe(1);
  expect(bad.stdout).toContain("::error title=lockstep::input 'shard' is '9/8', not i/n with 1 ≤ i ≤ n ≤ 256 — ");
  expect(branches()).toEqual([]);
});
