import { execFileSync } from 'node:child_process';
import { GitFixture } from '../../../../../action-tests/harness/git-fixture.ts';
import { UserError, UserErrors } from '../../../src/errors.ts';
import { ObjectReader } from '../../../src/git/cat-file.ts';
import { dryCommit } from '../../../src/git/hydrated.ts';
import { gitSpawner } from '../../../src/git/objects.ts';
import { refNamespaceClash } from '../../../src/git/publish-batch.ts';
import { metadataText } from '../../../src/operations/hydrate/layout.ts';
import { writeBranches, type BranchWrite } from '../../../src/operations/hydrate/write.ts';

// Issue 73, item 13: with activePath, dev writes environment/dev-next/apps/x; origin already has environment/dev-next
// (a run before the config set a path). git keeps a ref as a file, so the push can never land: it was retried five
// times and reported as "kept moving … run again". It is refused before anything is pushed, naming the clash.

let f: GitFixture;
beforeEach(() => {
  f = GitFixture.create({ 'values.yaml': 'replicas: 1\n' });
  f.git('push', '--quiet', 'origin', 'HEAD:refs/heads/environment/dev-next');
});
afterEach(() => f.cleanup());

const heads = () =>
  execFileSync('git', ['--git-dir', f.origin, 'for-each-ref', '--format=%(refname)', 'refs/heads/'], { encoding: 'utf8' });

async function write(dir: string, branch: string, environment = 'dev'): Promise<BranchWrite> {
  const dry = (await dryCommit(gitSpawner(dir, f.env()), 'HEAD'))!;
  return {
    branch,
    active: 'environment/dev',
    scope: 'apps/x',
    metadata: ['apps/x/hydrator.metadata'],
    files: [
      { path: 'apps/x/hydrator.metadata', content: metadataText(dry, 'apps/x') },
      { path: 'apps/x/manifest.yaml', content: 'kind: ConfigMap\n' },
    ],
    dry,
    environment,
    renderer: 'helm v3.18.0',
    dryRun: false,
    where: { file: '.github/lockstep.yml', line: 4 },
  };
}

async function run(dir: string, writes: BranchWrite[]) {
  const reader = new ObjectReader(dir, f.env());
  try {
    return await writeBranches(gitSpawner(dir, f.env()), reader, writes);
  } finally {
    reader.close();
  }
}

test('a proposed branch under an existing branch of origin: refused at its line, naming the clash and the way out; nothing pushed', async () => {
  const dir = f.clone('main');
  const before = heads();
  const err = await run(dir, [await write(dir, 'environment/dev-next/apps/x')]).catch((e: unknown) => e);
  expect(err).toBeInstanceOf(UserError);
  expect((err as UserError).format()).toBe(
    ".github/lockstep.yml:4: dev: hydrate-env cannot create environment/dev-next/apps/x: origin has the branch environment/dev-next, and git cannot hold a branch and another under its name (a ref is a file, not a folder) — name dev's proposed branch so that neither is a folder of the other (hydrate-to: environment/dev-next-apps-x), or delete environment/dev-next on origin if nothing reads it any more (git push origin --delete environment/dev-next); nothing was pushed",
  );
  expect((err as UserError).format()).not.toMatch(/kept moving|run again/);
  expect(heads()).toBe(before);
});

test('two environments of one run whose branches clash: both refused together, before either is pushed', async () => {
  const dir = f.clone('main');
  const before = heads();
  const err = await run(dir, [await write(dir, 'environment/qa-next', 'qa'), await write(dir, 'environment/qa-next/apps/y', 'qa-y')]).catch(
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(UserErrors);
  expect((err as UserErrors).errors.map((e) => e.message)).toEqual([
    'qa: hydrate-env cannot create environment/qa-next: qa-y writes environment/qa-next/apps/y in this run, and git cannot hold a branch and another under its name (a ref is a file, not a folder)',
    'qa-y: hydrate-env cannot create environment/qa-next/apps/y: qa writes environment/qa-next in this run, and git cannot hold a branch and another under its name (a ref is a file, not a folder)',
  ]);
  expect(heads()).toBe(before);
});

test('a branch beside the existing one (a sibling name) is written', async () => {
  const dir = f.clone('main');
  expect((await run(dir, [await write(dir, 'environment/dev-next-apps-x')]))[0].status).toBe('created');
});

test.each([
  ['environment/dev-next/apps/x', ['environment/dev-next'], 'environment/dev-next'],
  ['environment/dev-next', ['environment/dev-next/apps/x'], 'environment/dev-next/apps/x'],
  ['environment/dev-next-apps-x', ['environment/dev-next'], undefined],
  ['environment/dev', ['environment/dev-next/a'], undefined],
  ['a/b', ['a/b'], undefined],
])('refNamespaceClash(%s, %j) is %s', (branch, others, clash) => {
  expect(refNamespaceClash(branch, others)).toBe(clash);
});
