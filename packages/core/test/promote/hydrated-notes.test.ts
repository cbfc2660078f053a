import { execFileSync } from 'node:child_process';
import { GitFixture } from '../../../../action-tests/harness/git-fixture.ts';
import { ObjectReader } from '../../src/git/cat-file.ts';
import { gitSpawner } from '../../src/git/objects.ts';
import { asRepo } from '../../src/git/repo.ts';
import type { GitHub } from '../../src/github/client.ts';
import { promoteGitOf } from '../../src/promote/git-port.ts';
import { DryRuns } from '../../src/promote/hydrated.ts';

// Issue 73 item 3 in real repositories: a note in refs/notes/hydrator.metadata is outside branch protection, so the
// gates count it only when the proposed branch backs it. The attacker pushes a note on qa's hydrated commit claiming
// a newer DRY commit whose render of qa differs (hydrate-env wrote it after the noted commit); the gates ignore it and
// say so. A note hydrate-env itself would write (the DRY commit changed nothing in qa) still counts.

const QA = { active: 'environment/qa', proposed: 'environment/qa-next', metadata: 'hydrator.metadata', promote: 'lockstep' as const };

let f: GitFixture;
let sha: Record<string, string>;
let readers: ObjectReader[] = [];

beforeEach(() => {
  f = GitFixture.create({ 'values-qa.yaml': 'replicas: 1\n' }, 'd1');
  sha = { d1: f.git('rev-parse', 'HEAD') };
  sha.d2 = f.commit('d2: qa runs 2 replicas', { 'values-qa.yaml': 'replicas: 2\n' });
  sha.d3 = f.commit('d3: docs', { 'README.md': 'qa\n' });
  f.push('main');
  f.git('checkout', '--quiet', '--orphan', 'environment/qa-next');
  f.git('rm', '-rqf', '.');
  sha.h1 = f.commit('hydrate qa from d1', { 'hydrator.metadata': `{"drySha": "${sha.d1}"}\n`, 'manifest.yaml': 'replicas: 1\n' });
  // qa's active branch runs h1 (d1): its promotion merged.
  f.git('push', '--quiet', 'origin', `${sha.h1}:refs/heads/environment/qa`);
});
afterEach(() => {
  for (const r of readers) r.dispose();
  readers = [];
  f.cleanup();
});

/** A note on `commit` naming `dry`, pushed to origin as anyone with push access can. */
function pushNote(commit: string, dry: string): void {
  f.git('notes', '--ref=hydrator.metadata', 'add', '-f', '-m', JSON.stringify({ drySha: dry }), commit);
  f.git('push', '--quiet', '--force', 'origin', 'refs/notes/hydrator.metadata');
}

/** DryRuns of qa as a promotion in a fresh clone of main reads it. */
function qaRuns(): DryRuns {
  const ws = f.clone('main');
  const reader = new ObjectReader(ws);
  readers.push(reader);
  const git = promoteGitOf(asRepo(gitSpawner(ws)), reader, { remote: true, base: 'main', apiClient: () => ({}) as GitHub });
  return new DryRuns(git, QA);
}

describe('a hydrator note counts only when the proposed branch agrees', () => {
  test("a note on qa's h1 claiming d2, while environment/qa-next holds h2 hydrated from d2 after it: ignored, and said", async () => {
    sha.h2 = f.commit('hydrate qa from d2', { 'hydrator.metadata': `{"drySha": "${sha.d2}"}\n`, 'manifest.yaml': 'replicas: 2\n' });
    f.git('push', '--quiet', 'origin', 'environment/qa-next');
    pushNote(sha.h1, sha.d2);
    const runs = qaRuns();
    expect(await runs.runs(sha.d1, sha.d2)).toBe(false);
    expect(runs.ignored).toEqual([
      `a note in refs/notes/hydrator.metadata says ${sha.h1.slice(0, 12)} of environment/qa-next is the render of DRY commit ${sha.d2.slice(0, 12)}, but environment/qa-next holds ${sha.h2.slice(0, 12)} (DRY commit ${sha.d2.slice(0, 12)}) after it: the note is ignored`,
    ]);
    // Claiming d3 (later still) is no better: h2's d2 is at or before it.
    pushNote(sha.h1, sha.d3);
    const again = qaRuns();
    expect(await again.runs(sha.d1, sha.d3)).toBe(false);
    expect(again.ignored).toHaveLength(1);
  });

  test('the note hydrate-env writes (d2 changed nothing in qa, so no commit after h1) counts, also once a later DRY commit is hydrated', async () => {
    f.git('push', '--quiet', 'origin', 'environment/qa-next');
    pushNote(sha.h1, sha.d2);
    const runs = qaRuns();
    expect(await runs.runs(sha.d1, sha.d2)).toBe(true);
    expect(runs.ignored).toEqual([]);
    // d3's render differs: hydrate-env writes h3 after h1; the note on h1 for d2 still agrees with the branch.
    f.commit('hydrate qa from d3', { 'hydrator.metadata': `{"drySha": "${sha.d3}"}\n`, 'manifest.yaml': 'replicas: 3\n' });
    f.git('push', '--quiet', 'origin', 'environment/qa-next');
    const later = qaRuns();
    expect(await later.runs(sha.d1, sha.d2)).toBe(true);
    expect(later.ignored).toEqual([]);
    // An active branch that names a later DRY commit runs the earlier ones, note or none.
    expect(await later.runs(sha.d3, sha.d1)).toBe(true);
    expect(await later.runs(sha.d1, sha.d3)).toBe(false);
    expect(execFileSync('git', ['--git-dir', f.origin, 'rev-list', '--count', 'environment/qa-next'], { encoding: 'utf8' }).trim()).toBe(
      '2',
    );
  });
});
