import { execFileSync } from 'node:child_process';
import { GitFixture } from '../../../../../action-tests/harness/git-fixture.ts';
import { ObjectReader } from '../../../src/git/cat-file.ts';
import { dryCommit } from '../../../src/git/hydrated.ts';
import { gitSpawner } from '../../../src/git/objects.ts';
import { metadataText } from '../../../src/operations/hydrate/layout.ts';
import { writeBranch, writeBranches, type BranchWrite } from '../../../src/operations/hydrate/write.ts';

// Issue 73 item 2 in real repositories: a run for an older DRY commit (a re-run, a slower matrix job) reaches the
// proposed branch after a run for a newer one. It writes nothing there and says which newer commit the branch
// holds, from a shallow checkout as actions/checkout makes (the newer DRY commit fetched to be compared), on the
// batch's path and on writeBranch's (the one a lost lease takes). A run for a newer commit still writes.

let f: GitFixture;
let d: Record<string, string>;

beforeEach(() => {
  f = GitFixture.create({ 'values.yaml': 'replicas: 1\n' }, 'd1');
  d = { d1: f.git('rev-parse', 'HEAD') };
  d.d2 = f.commit('d2', { 'values.yaml': 'replicas: 2\n' });
  f.push('main');
  // The branch a run for d1 checks out (its push event's commit): a shallow clone of it holds d1 alone.
  f.git('push', '--quiet', 'origin', `${d.d1}:refs/heads/at-d1`);
});
afterEach(() => f.cleanup());

const originTip = (branch: string) => execFileSync('git', ['--git-dir', f.origin, 'rev-parse', branch], { encoding: 'utf8' }).trim();
const originShow = (rev: string) => execFileSync('git', ['--git-dir', f.origin, 'show', rev], { encoding: 'utf8' });

/** The write of environment/dev-next a run in `dir` (checked out at its DRY commit) makes. */
async function write(dir: string): Promise<BranchWrite> {
  const dry = (await dryCommit(gitSpawner(dir, f.env()), 'HEAD'))!;
  return {
    branch: 'environment/dev-next',
    active: 'environment/dev',
    metadata: ['hydrator.metadata'],
    files: [
      { path: 'hydrator.metadata', content: metadataText(dry, undefined) },
      { path: 'manifest.yaml', content: `replicas from ${dry.subject}\n` },
    ],
    dry,
    environment: 'dev',
    renderer: 'helm v3.18.0',
    dryRun: false,
  };
}

async function batch(dir: string, dryRun = false) {
  const reader = new ObjectReader(dir, f.env());
  try {
    return await writeBranches(gitSpawner(dir, f.env()), reader, [{ ...(await write(dir)), dryRun }]);
  } finally {
    reader.close();
  }
}

describe('a stale run never rolls a proposed branch back', () => {
  test("d2's render on environment/dev-next, then a run for d1 from a shallow checkout: nothing written, the newer commit named", async () => {
    expect((await batch(f.clone('main')))[0].status).toBe('created');
    const tip = originTip('environment/dev-next');
    expect(originShow('environment/dev-next:manifest.yaml')).toBe('replicas from d2\n');

    const stale = f.clone('at-d1', 1);
    expect(await batch(stale)).toEqual([{ status: 'superseded', commit: tip, newer: d.d2 }]);
    // A dry run says the same, and neither moved the branch.
    expect(await batch(f.clone('at-d1', 1), true)).toEqual([{ status: 'superseded', commit: tip, newer: d.d2 }]);
    expect(originTip('environment/dev-next')).toBe(tip);
    expect(originShow('environment/dev-next:manifest.yaml')).toBe('replicas from d2\n');
  });

  test('writeBranch, the path a lost lease takes, reads the tip again and leaves a newer render as it is', async () => {
    const shallow = f.clone('at-d1', 1);
    const w = await write(shallow);
    // Another run, for d2, lands between this run's reading and its push.
    await batch(f.clone('main'));
    const tip = originTip('environment/dev-next');
    expect(await writeBranch(gitSpawner(shallow, f.env()), w)).toEqual({ status: 'superseded', commit: tip, newer: d.d2 });
    expect(originTip('environment/dev-next')).toBe(tip);
  });

  test("a run for a newer commit (d3) writes over d2's render, and d1's run is then held back by d3", async () => {
    await batch(f.clone('main'));
    const d2tip = originTip('environment/dev-next');
    f.commit('d3', { 'values.yaml': 'replicas: 3\n' });
    f.push('main');
    const [r] = await batch(f.clone('main', 1));
    expect(r.status).toBe('updated');
    expect(originShow('environment/dev-next:manifest.yaml')).toBe('replicas from d3\n');
    expect(originTip('environment/dev-next~1')).toBe(d2tip);
    // d1 is an ancestor of d3 too: held back.
    expect((await batch(f.clone('at-d1', 1)))[0]).toEqual(
      expect.objectContaining({ status: 'superseded', newer: f.git('rev-parse', 'HEAD') }),
    );
  });
});
