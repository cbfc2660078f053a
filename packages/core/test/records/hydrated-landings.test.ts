import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gitSpawner } from '../../src/git/objects.ts';
import { figuresOf } from '../../src/records/figures.ts';
import { readRecords } from '../../src/records/history.ts';
import { hydratedLandings } from '../../src/records/hydrated-landings.ts';
import { GIT_ENV } from '../helpers.ts';
import { headCommit } from '../../../../action-tests/harness/git-fixture.ts';

// Issue 59 item 2: lockstep metrics counts promotions of hydrated branches. A merge into environment/dev whose
// hydrator.metadata names DRY commit D is a deployment into dev of D and every change before it on main: lead
// time from each change's merge on main to the landing on the active branch, one landing per hydrated merge.
// Real repositories: a bare origin, the DRY branch and the active branch pushed to it.

/** `2026-10-DD HH:00 UTC` in seconds. */
const t = (day: number, hour: number) => Date.UTC(2026, 9, day, hour) / 1000;
const HOUR = 3600;

let root: string;
let work: string;
const git = (when: number, ...args: string[]) =>
  execFileSync('git', args, {
    cwd: work,
    env: { ...GIT_ENV, GIT_AUTHOR_DATE: `${when} +0000`, GIT_COMMITTER_DATE: `${when} +0000` },
    encoding: 'utf8',
  }).trim();
const commit = (when: number, message: string, files: Record<string, string> = {}) => {
  for (const [p, text] of Object.entries(files)) writeFileSync(join(work, p), text);
  git(when, 'add', '-A');
  git(when, 'commit', '--quiet', '--allow-empty', '-m', message);
  return headCommit(work);
};
const metadata = (dry: string) => `${JSON.stringify({ drySha: dry, repoURL: 'https://github.com/acme/monorepo' }, null, 2)}\n`;

let c: string[];
let h: string[];

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'lockstep-hydrated-landings-'));
  work = join(root, 'work');
  execFileSync('git', ['init', '--quiet', '--bare', '--initial-branch=main', join(root, 'origin.git')]);
  execFileSync('git', ['init', '--quiet', '--initial-branch=main', work]);
  git(t(1, 0), 'remote', 'add', 'origin', join(root, 'origin.git'));
  // main: four DRY commits, each a change (dev's values file among them: a hydrated environment's files are changes).
  c = [
    commit(t(1, 0), 'initial', { 'values-dev.yaml': 'a: 0\n' }),
    commit(t(2, 9), 'feat: a', { 'values-dev.yaml': 'a: 1\n' }),
    commit(t(3, 9), 'feat: b', { 'src.txt': 'b\n' }),
    commit(t(4, 9), 'feat: c', { 'values-dev.yaml': 'a: 2\n' }),
  ];
  // environment/dev: created empty, then two hydrated merges (DRY commits c1 and c3), and a commit that leaves
  // hydrator.metadata alone (a README), which is no landing.
  git(t(1, 0), 'checkout', '--quiet', '--orphan', 'environment/dev');
  git(t(1, 0), 'rm', '-rf', '--quiet', '.');
  h = [
    commit(t(1, 0), 'init environment/dev'),
    commit(t(2, 12), 'Merge pull request #1 from acme/environment/dev-next', {
      'hydrator.metadata': metadata(c[1]),
      'manifest.yaml': 'one\n',
    }),
    commit(t(3, 0), 'docs: readme', { 'README.md': 'dev\n' }),
    commit(t(5, 9), 'Merge pull request #2 from acme/environment/dev-next', {
      'hydrator.metadata': metadata(c[3]),
      'manifest.yaml': 'two\n',
    }),
  ];
  git(t(1, 0), 'push', '--quiet', 'origin', 'main', 'environment/dev');
  git(t(1, 0), 'checkout', '--quiet', 'main');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

test('each hydrated merge into the active branch is a landing of its DRY commit; lead time from the changes on main up to it', async () => {
  const spawner = gitSpawner(work);
  const now = t(20, 0);
  const records = await readRecords(spawner, c[3], [{ name: 'dev', files: [] }], now);
  expect(records.changes.map((x) => x.commit)).toEqual(c);
  const landings = await hydratedLandings(
    spawner,
    c[3],
    records.commits,
    [{ name: 'dev', active: 'environment/dev', metadata: 'hydrator.metadata' }],
    now,
  );
  expect(landings).toEqual([
    { commit: h[1], index: 1, ships: 1, at: t(2, 12), environment: 'dev', services: [], rollback: false, inferred: false, source: 'git' },
    { commit: h[3], index: 3, ships: 3, at: t(5, 9), environment: 'dev', services: [], rollback: false, inferred: false, source: 'git' },
  ]);
  const f = figuresOf({ ...records, landings }, { tagPrefix: 'v', fixWindow: 72 * HOUR }, landings, { from: t(1, 0), to: now });
  expect(f.landings).toHaveLength(2);
  expect(f.leadTimes()).toEqual([
    { commit: c[0], merged: t(1, 0), landing: h[1], seconds: 36 * HOUR },
    { commit: c[1], merged: t(2, 9), landing: h[1], seconds: 3 * HOUR },
    { commit: c[2], merged: t(3, 9), landing: h[3], seconds: 48 * HOUR },
    { commit: c[3], merged: t(4, 9), landing: h[3], seconds: 24 * HOUR },
  ]);
});

test('a hydrator.metadata naming a commit off the base branch, or no full SHA, is no landing', async () => {
  git(t(6, 0), 'checkout', '--quiet', 'environment/dev');
  commit(t(6, 0), 'hand edit', { 'hydrator.metadata': metadata('0'.repeat(40)) });
  commit(t(7, 0), 'hand edit again', { 'hydrator.metadata': '{"drySha": "main"}\n' });
  git(t(1, 0), 'push', '--quiet', 'origin', 'environment/dev');
  git(t(1, 0), 'checkout', '--quiet', 'main');
  const spawner = gitSpawner(work);
  const records = await readRecords(spawner, c[3], [{ name: 'dev', files: [] }], t(20, 0));
  const landings = await hydratedLandings(spawner, c[3], records.commits, [
    { name: 'dev', active: 'environment/dev', metadata: 'hydrator.metadata' },
  ]);
  expect(landings.map((l) => l.commit)).toEqual([h[1], h[3]]);
});
