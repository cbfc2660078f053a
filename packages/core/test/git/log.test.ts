import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { eachCommitTouching, splitAt, tagTargets } from '../../src/git/log.ts';
import { gitSpawner } from '../../src/git/objects.ts';
import type { GitSpawner } from '../../src/git/spawn.ts';
import { GIT_ENV } from '../helpers.ts';

// The first-parent walk in two halves at once (eachCommitTouching's splitAt) on real repositories: whatever
// commit it is split at (on the history, on a merged side branch, on a branch never merged, after the tip,
// one git cannot read), the parts it names are the history the one walk reads, commit for commit, with the
// same paths.

let dir: string;
const START = Date.UTC(2026, 9, 1) / 1000;
let clock = START;
const git = (...args: string[]) =>
  execFileSync('git', args, {
    cwd: dir,
    env: { ...GIT_ENV, GIT_AUTHOR_DATE: `${clock} +0000`, GIT_COMMITTER_DATE: `${clock} +0000` },
    encoding: 'utf8',
  }).trim();
const commit = (message: string, files: Record<string, string> = {}) => {
  clock += 3600;
  for (const [p, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, p)), { recursive: true });
    writeFileSync(join(dir, p), text);
  }
  git('add', '-A');
  git('commit', '--quiet', '--allow-empty', '-m', message);
  return git('rev-parse', 'HEAD');
};

/** The walk's commits as `sha paths…` lines, in the order of the parts it names, and the git logs it ran. */
async function walk(tip: string, split?: string): Promise<{ lines: string[]; parts: number[]; logs: string[][] }> {
  const base = gitSpawner(dir);
  const logs: string[][] = [];
  const spy: GitSpawner = Object.assign((args: readonly string[]) => base(args), {
    records: (args: readonly string[], onRecord: (r: Buffer) => void, signal?: AbortSignal) => {
      logs.push(args.slice(args.indexOf('--end-of-options') + 1, args.indexOf('--')));
      return base.records!(args, onRecord, signal);
    },
  });
  const byPart: string[][] = [];
  const parts = await eachCommitTouching(
    spy,
    tip,
    ['env/'],
    (c, touched, part) => (byPart[part] ??= []).push([c.sha, ...touched].join(' ')),
    split,
  );
  return { lines: parts.flatMap((p) => byPart[p] ?? []), parts, logs };
}

const firstParents = (tip: string) => git('rev-list', '--first-parent', tip).split('\n');

// The history is built once (its commits have fixed dates, so the same shas every run) and each test gets a copy
// of it: a test may add to its repository (the tags below), and the next one starts from the history alone.
let template: string;
let shas: Record<string, string>;
beforeAll(() => {
  template = mkdtempSync(join(tmpdir(), 'lockstep-log-template-'));
  dir = template;
  clock = START;
  execFileSync('git', ['init', '--quiet', '--initial-branch=main', dir]);
  shas = {};
  shas.root = commit('root', { 'env/dev.yaml': 'a: 0\n', 'src/a': '0\n' });
  shas.c1 = commit('c1', { 'src/a': '1\n' });
  shas.p1 = commit('promote dev', { 'env/dev.yaml': 'a: 1\n' });
  git('checkout', '--quiet', '-b', 'side');
  shas.s1 = commit('s1', { 'env/prod.yaml': 'a: 1\n' });
  shas.s2 = commit('s2', { 'src/b': '1\n' });
  git('checkout', '--quiet', 'main');
  shas.c2 = commit('c2', { 'src/a': '2\n' });
  git('merge', '--quiet', '--no-ff', '-m', 'merge side', 'side');
  shas.merge = git('rev-parse', 'HEAD');
  shas.c3 = commit('c3', { 'src/a': '3\n' });
  shas.p2 = commit('promote dev again', { 'env/dev.yaml': 'a: 2\n' });
  git('checkout', '--quiet', '-b', 'never-merged', shas.c2);
  shas.lost = commit('lost', { 'env/dev.yaml': 'a: 9\n' });
  git('checkout', '--quiet', 'main');
  shas.c4 = commit('c4', { 'src/a': '4\n' });
});
afterAll(() => rmSync(template, { recursive: true, force: true }));
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'lockstep-log-'));
  cpSync(template, dir, { recursive: true });
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

test('unsplit: every first-parent commit newest first, a merge with the paths its merged side brought', async () => {
  const { lines, parts, logs } = await walk(shas.c4);
  expect(parts).toEqual([0]);
  expect(logs).toEqual([[shas.c4]]);
  expect(lines).toEqual([
    shas.c4,
    `${shas.p2} env/dev.yaml`,
    shas.c3,
    `${shas.merge} env/prod.yaml`,
    shas.c2,
    `${shas.p1} env/dev.yaml`,
    shas.c1,
    `${shas.root} env/dev.yaml`,
  ]);
  expect(lines.map((l) => l.split(' ')[0])).toEqual(firstParents(shas.c4));
});

test('split at a commit of the history: two walks side by side, the same commits and paths', async () => {
  const whole = await walk(shas.c4);
  const split = await walk(shas.c4, shas.c2);
  expect(split.parts).toEqual([0, 1]);
  expect(split.logs).toEqual([[shas.c4, `^${shas.c2}`], [shas.c2]]);
  expect(split.lines).toEqual(whole.lines);
});

test.each([
  ['a commit of the merged side branch', 's1', [0, 2]],
  ['a commit of a branch never merged', 'lost', [0, 2]],
  ['the root', 'root', [0, 1]],
])('split at %s: the parts named are the whole history', async (_what, at, expected) => {
  const whole = await walk(shas.c4);
  const split = await walk(shas.c4, shas[at]);
  expect(split.parts).toEqual(expected);
  expect(split.lines).toEqual(whole.lines);
});

test('split at the side branch: part 2 walks on from the first parent part 0 stopped at', async () => {
  // c4 ^s1 stops where s1's ancestors begin on the first-parent line: p1 (s1's parent) is excluded, c2 is not.
  const split = await walk(shas.c4, shas.s1);
  expect(split.logs).toEqual([[shas.c4, `^${shas.s1}`], [shas.s1], [shas.p1]]);
});

test('split after the tip, at the tip, or at a commit git does not have: the whole history, walked once more', async () => {
  const older = await walk(shas.c2);
  for (const at of [shas.c4, 'f'.repeat(40)]) {
    const split = await walk(shas.c2, at);
    expect(split.parts).toEqual([2]);
    expect(split.lines).toEqual(older.lines);
    expect(split.logs.at(-1)).toEqual([shas.c2]);
  }
  expect((await walk(shas.c2, shas.c2)).logs).toEqual([[shas.c2]]);
});

test('a tip git cannot read is the error, split or not', async () => {
  await expect(walk('e'.repeat(40))).rejects.toThrow(/git log failed/);
  await expect(walk('e'.repeat(40), shas.c2)).rejects.toThrow(/git log failed/);
});

test("the split commit: the tag whose commit's time is the median, annotated tags peeled", async () => {
  git('tag', 'v1', shas.c1);
  git('tag', '-a', '-m', 'release 2', 'v2', shas.c2);
  git('tag', 'v2-again', shas.c2);
  git('tag', 'v3', shas.c3);
  git('tag', 'v4', shas.c4);
  const targets = await tagTargets(gitSpawner(dir));
  expect(targets.get('v2')).toEqual({ commit: shas.c2, time: START + 6 * 3600 });
  // Four distinct commits c1 < c2 < c3 < c4 by time: the one after the middle.
  expect(splitAt(targets)).toBe(shas.c3);
  expect(splitAt(new Map())).toBeUndefined();
});
