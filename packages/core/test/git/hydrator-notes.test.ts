import { execFileSync } from 'node:child_process';
import { GitFixture } from '../../../../action-tests/harness/git-fixture.ts';
import { HYDRATOR_NOTES, noteDrySha, notedDrySha, fetchHydratorNotes } from '../../src/git/hydrator-notes.ts';
import { gitSpawner } from '../../src/git/objects.ts';
import type { GitSpawner } from '../../src/git/spawn.ts';
import { FastHistory } from '../fast-history.ts';

// The git-notes variant of the hydrator contract in real repositories (a bare origin, clones as a runner has):
// a note on a hydrated commit naming a newer DRY commit, read as GitOps Promoter reads it (git notes
// --ref=hydrator.metadata show), written once however often and however many runs at once, never moved back.

const BOT = { name: 'github-actions[bot]', email: '41898282+github-actions[bot]@users.noreply.github.com' };
const DATE = '2026-11-20T10:00:00Z';

let f: GitFixture;
/** DRY commits d1 → d2 → d3 on main, and two hydrated commits h1, h2 on environment/dev-next. */
let sha: Record<string, string>;

// Built once (fixed identities and dates: the same shas) and copied for each test, which may write notes and commits.
let template: GitFixture;
beforeAll(() => {
  template = GitFixture.create({ 'values.yaml': 'a: 1\n' }, 'd1');
  sha = { d1: template.git('rev-parse', 'HEAD') };
  sha.d2 = template.commit('d2', { 'values.yaml': 'a: 2\n' });
  sha.d3 = template.commit('d3', { 'values.yaml': 'a: 3\n' });
  template.checkout('environment/dev-next', true);
  sha.h1 = template.commit('hydrate dev from d1', { 'manifest.yaml': 'one\n' });
  sha.h2 = template.commit('hydrate dev from d2', { 'manifest.yaml': 'two\n' });
  template.git('push', '--quiet', 'origin', 'main', 'environment/dev-next');
});
afterAll(() => template.cleanup());
beforeEach(() => {
  f = template.copy();
  reader = undefined;
});
afterEach(() => f.cleanup());

/** The test's clone that reads origin's notes (made at its first read, after the test's commits are pushed). */
let reader: string | undefined;
/**
 * The note on `commit` as origin holds it now, read with git's own notes command in a clone: origin's notes ref
 * fetched into it (forced, as origin's notes may have been force-pushed since the clone's last read).
 */
function originNote(commit: string): string {
  const dir = (reader ??= f.clone('main'));
  execFileSync('git', ['fetch', '--quiet', 'origin', `+${HYDRATOR_NOTES}:${HYDRATOR_NOTES}`], { cwd: dir });
  return execFileSync('git', ['notes', '--ref=hydrator.metadata', 'show', commit], { cwd: dir, encoding: 'utf8' });
}
const notesTip = () => execFileSync('git', ['--git-dir', f.origin, 'rev-parse', HYDRATOR_NOTES], { encoding: 'utf8' }).trim();

describe('noteDrySha', () => {
  test('a note naming the DRY commit, in refs/notes/hydrator.metadata on origin; again: nothing new', async () => {
    const git = gitSpawner(f.clone('main'));
    expect(await noteDrySha(git, [sha.h1], sha.d2, BOT, DATE)).toEqual([sha.h1]);
    expect(originNote(sha.h1)).toBe(`{"drySha":"${sha.d2}"}\n`);
    const tip = notesTip();
    expect(execFileSync('git', ['--git-dir', f.origin, 'log', '-1', '--format=%an <%ae> %cI', tip], { encoding: 'utf8' }).trim()).toBe(
      `github-actions[bot] <41898282+github-actions[bot]@users.noreply.github.com> 2026-11-20T10:00:00+00:00`,
    );
    expect(await noteDrySha(gitSpawner(f.clone('main')), [sha.h1], sha.d2, BOT, DATE)).toEqual([]);
    expect(notesTip()).toBe(tip);
  });

  test('never backwards: a note naming a later DRY commit stays when an earlier one is noted', async () => {
    const git = gitSpawner(f.clone('main'));
    expect(await noteDrySha(git, [sha.h1], sha.d3, BOT, DATE)).toEqual([sha.h1]);
    expect(await noteDrySha(git, [sha.h1], sha.d2, BOT, DATE)).toEqual([]);
    expect(originNote(sha.h1)).toBe(`{"drySha":"${sha.d3}"}\n`);
    // Forward it moves.
    expect(await noteDrySha(gitSpawner(f.clone('main')), [sha.h2], sha.d3, BOT, DATE)).toEqual([sha.h2]);
    expect(originNote(sha.h2)).toBe(`{"drySha":"${sha.d3}"}\n`);
    expect(originNote(sha.h1)).toBe(`{"drySha":"${sha.d3}"}\n`);
  });

  test('several commits noted in one run, each once', async () => {
    expect(await noteDrySha(gitSpawner(f.clone('main')), [sha.h1, sha.h2, sha.h1], sha.d3, BOT, DATE)).toEqual([sha.h1, sha.h2]);
    expect(execFileSync('git', ['--git-dir', f.origin, 'rev-list', '--count', HYDRATOR_NOTES], { encoding: 'utf8' }).trim()).toBe('2');
    expect(originNote(sha.h1)).toBe(`{"drySha":"${sha.d3}"}\n`);
    expect(originNote(sha.h2)).toBe(`{"drySha":"${sha.d3}"}\n`);
  });

  test('four runs at once, two commits: every note lands, none lost', async () => {
    const runs = [sha.h1, sha.h2, sha.h1, sha.h2].map((h) => noteDrySha(gitSpawner(f.clone('main')), [h], sha.d3, BOT, DATE));
    await Promise.all(runs);
    expect(originNote(sha.h1)).toBe(`{"drySha":"${sha.d3}"}\n`);
    expect(originNote(sha.h2)).toBe(`{"drySha":"${sha.d3}"}\n`);
  });
});

describe('noteDrySha at many environments', () => {
  /** The git commands a spawner is asked for, each named by its subcommand (`-c key=value` options skipped). */
  function counted(dir: string): { git: GitSpawner; calls: string[] } {
    const inner = gitSpawner(dir);
    const calls: string[] = [];
    const git: GitSpawner = (args) => {
      let k = 0;
      while (args[k] === '-c') k += 2;
      calls.push(args[k]);
      return inner(args);
    };
    return { git, calls };
  }

  test('thirty hydrated commits, ten already noted with an earlier DRY commit and five with a later one: the same git calls as for one', async () => {
    // Thirty hydrated commits above h2, written by one git fast-import.
    const h = new FastHistory();
    h.checkout('environment/dev-next', sha.h2);
    const marks = Array.from({ length: 30 }, (_, k) => h.commit(`hydrate env-${k}`, { [`env-${k}.yaml`]: `${k}\n` }));
    const byMark = h.importInto(f.dir);
    const hs = marks.map((m) => byMark.get(m)!);
    f.git('push', '--quiet', 'origin', 'environment/dev-next');
    expect(await noteDrySha(gitSpawner(f.clone('main')), hs.slice(0, 10), sha.d1, BOT, DATE)).toEqual(hs.slice(0, 10));
    expect(await noteDrySha(gitSpawner(f.clone('main')), hs.slice(10, 15), sha.d3, BOT, DATE)).toEqual(hs.slice(10, 15));

    const many = counted(f.clone('main'));
    expect(await noteDrySha(many.git, hs, sha.d2, BOT, DATE)).toEqual([...hs.slice(0, 10), ...hs.slice(15)]);
    // rev-parse --git-dir, the notes fetched and their tip read, every note read in one log, the ancestry of d1 and
    // d3 in one rev-list, the push (the 25 notes are written by one fast-import in the git directory).
    expect(many.calls).toEqual(['rev-parse', 'fetch', 'rev-parse', 'log', 'rev-list', 'push']);
    for (const h of [hs[0], hs[9], hs[15], hs[29]]) expect(originNote(h)).toBe(`{"drySha":"${sha.d2}"}\n`);
    for (const h of [hs[10], hs[14]]) expect(originNote(h)).toBe(`{"drySha":"${sha.d3}"}\n`);
    expect(execFileSync('git', ['--git-dir', f.origin, 'rev-list', '--count', HYDRATOR_NOTES], { encoding: 'utf8' }).trim()).toBe('40');

    const one = counted(f.clone('main'));
    expect(await noteDrySha(one.git, [hs[0]], sha.d3, BOT, DATE)).toEqual([hs[0]]);
    expect(one.calls).toEqual(['rev-parse', 'fetch', 'rev-parse', 'log', 'rev-list', 'push']);
  });

  test('a note naming a DRY commit on another branch, or one this clone does not hold, is replaced; a note forging records is read alone', async () => {
    const dir = f.clone('main');
    const git = gitSpawner(dir);
    execFileSync('git', ['checkout', '--quiet', '-b', 'side', sha.d1], { cwd: dir });
    execFileSync('git', ['commit', '--quiet', '--allow-empty', '-m', 'side'], { cwd: dir, env: f.env() });
    const side = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: dir, encoding: 'utf8' }).trim();
    await noteDrySha(git, [sha.h1], side, BOT, DATE);
    expect(await noteDrySha(git, [sha.h1], sha.d2, BOT, DATE)).toEqual([sha.h1]);
    execFileSync('git', ['notes', '--ref=hydrator.metadata', 'add', '-f', '-m', `{"drySha":"${'1'.repeat(40)}"}`, sha.h1], {
      cwd: dir,
      env: f.env(),
    });
    execFileSync('git', ['push', '--quiet', '-f', 'origin', `${HYDRATOR_NOTES}:${HYDRATOR_NOTES}`], { cwd: dir });
    expect(await noteDrySha(gitSpawner(f.clone('main')), [sha.h1], sha.d2, BOT, DATE)).toEqual([sha.h1]);
    // h1's note holds a NUL and then a record naming h2 with a later DRY commit: h2 is still noted.
    const forged = Buffer.from(`x\0${sha.h2} {"drySha":"${sha.d3}"}\n`);
    execFileSync('git', ['notes', '--ref=hydrator.metadata', 'add', '-f', '-F', '-', sha.h1], { cwd: dir, env: f.env(), input: forged });
    execFileSync('git', ['push', '--quiet', '-f', 'origin', `${HYDRATOR_NOTES}:${HYDRATOR_NOTES}`], { cwd: dir });
    expect(await noteDrySha(gitSpawner(f.clone('main')), [sha.h1, sha.h2], sha.d2, BOT, DATE)).toEqual([sha.h1, sha.h2]);
    expect(originNote(sha.h2)).toBe(`{"drySha":"${sha.d2}"}\n`);
  });
});

describe('notedDrySha', () => {
  test('the drySha of a note; none for a commit without one, for a note that is not JSON or names no full SHA', async () => {
    const dir = f.clone('main');
    const git = gitSpawner(dir);
    expect(await fetchHydratorNotes(git)).toBe(undefined);
    await noteDrySha(git, [sha.h1], sha.d2, BOT, DATE);
    expect(await fetchHydratorNotes(git)).toBe(notesTip());
    expect(await notedDrySha(git, sha.h1)).toBe(sha.d2);
    expect(await notedDrySha(git, sha.h2)).toBe(undefined);
    for (const text of ['not json', '{"drySha": "abc123"}', '{"drySha": 7}', `["${sha.d2}"]`]) {
      execFileSync('git', ['notes', '--ref=hydrator.metadata', 'add', '-f', '-m', text, sha.h2], { cwd: dir, env: f.env() });
      expect(await notedDrySha(git, sha.h2)).toBe(undefined);
    }
  });
});
