import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gitSpawner } from '../../src/git/objects.ts';
import { figuresOf } from '../../src/records/figures.ts';
import { readRecords } from '../../src/records/history.ts';
import { fixMarksOf } from '../../src/records/trailers.ts';
import { GIT_ENV } from '../helpers.ts';
import { headCommit } from '../../../../action-tests/harness/git-fixture.ts';

// When a fix release is a failed landing's repair, on a real repository: a
// patch release landed within the fix window after the landing it replaces
// is; a week's patch release is not, unless a change it carries is marked
// `Lockstep-Fixes: <the replaced version>` in its trailer block (a mark
// in the middle of a description is none, and a mark merged after the fix
// release was cut does not make that release a repair).

const ENVS = [{ name: 'prod', files: ['values-prod.yaml'] }];
const HOUR = 3600;
const WINDOW = 72 * HOUR;
/** `2026-10-DD HH:00 UTC` in seconds. */
const t = (day: number, hour: number) => Date.UTC(2026, 9, day, hour) / 1000;

let dir: string;
const git = (when: number, ...args: string[]) =>
  execFileSync('git', args, {
    cwd: dir,
    env: { ...GIT_ENV, GIT_AUTHOR_DATE: `${when} +0000`, GIT_COMMITTER_DATE: `${when} +0000` },
    encoding: 'utf8',
  }).trim();
const commit = (when: number, message: string, files: Record<string, string> = {}) => {
  for (const [p, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, p)), { recursive: true });
    writeFileSync(join(dir, p), text);
  }
  git(when, 'add', '-A');
  git(when, 'commit', '--quiet', '--allow-empty', '-m', message);
  return headCommit(dir);
};
const release = (when: number, version: string) => {
  commit(when, `chore(release): ${version}\n\nLockstep-Release: v${version}\nLockstep-Generated: prepare-release`, {
    '.version': `${version}\n`,
  });
  git(when, 'tag', `v${version}`);
};
const promote = (when: number, version: string, rollback = false) =>
  commit(
    when,
    [
      `promote: ${rollback ? `rollback v${version}` : 'staging'} → prod (api)`,
      '',
      'Lockstep-Environment: prod',
      `Lockstep-From: ${rollback ? `ref:v${version}` : 'staging'}`,
      ...(rollback ? ['Lockstep-Rollback: true'] : []),
      `Lockstep-Service: api ${version} -`,
      'Lockstep-Generated: promote-env',
    ].join('\n'),
    { 'values-prod.yaml': `api: ${version}\n` },
  );
let n = 0;
const fix = (when: number, message: string) => commit(when, message, { [`src/fix-${++n}.txt`]: `${n}\n` });

/** The prod figures of the history over October, with the 72h window. */
async function prodFailures() {
  const r = await readRecords(gitSpawner(dir), 'HEAD', ENVS, t(31, 0));
  const f = figuresOf(
    r,
    { tagPrefix: 'v', fixWindow: WINDOW },
    r.landings.filter((l) => l.environment === 'prod'),
    // From after the root commit, which wrote the values file (a landing of no service).
    { from: t(1, 1), to: t(31, 0) },
  );
  return { r, f };
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'lockstep-fix-window-'));
  execFileSync('git', ['init', '--quiet', '--initial-branch=main', dir]);
  commit(t(1, 0), 'initial', { 'values-prod.yaml': 'api: 1.0.0\n' });
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

test.each([
  ['Lockstep-Fixes: 1.4.0', ['1.4.0']],
  ['Lockstep-Fixes: v1.4.0\nReviewed-by: Ann <ann@example.com>', ['v1.4.0']],
  ['Signed-off-by: Bob <bob@example.com>', []],
  ['Lockstep-Fixes:', []],
])('the marks of the trailer block %j', (parsed, marks) => {
  expect(fixMarksOf(parsed)).toEqual(marks);
});

test('a week of patch releases, each landed a week after the last, is no failure; a fix within 72h is one', async () => {
  release(t(1, 9), '1.4.0');
  const l140 = promote(t(1, 12), '1.4.0');
  fix(t(7, 9), 'fix(api): trim names');
  release(t(8, 9), '1.4.1');
  const l141 = promote(t(8, 12), '1.4.1');
  fix(t(14, 9), 'fix(api): a label');
  release(t(15, 9), '1.4.2');
  const l142 = promote(t(15, 12), '1.4.2');
  // 1.4.2 broke checkout: 1.4.3 lands 30 hours later.
  fix(t(16, 9), 'fix(api): checkout');
  release(t(16, 12), '1.4.3');
  const l143 = promote(t(16, 18), '1.4.3');
  const { f } = await prodFailures();
  expect(f.landings.map((l) => l.commit)).toEqual([l140, l141, l142, l143]);
  expect(f.failures).toEqual([{ commit: l142, at: t(15, 12), rule: 'fix-release', service: 'api', replacedBy: l143, recovery: 30 * HOUR }]);
  expect(f.changeFailureRate).toBe(0.25);
  expect(f.rework.map((l) => l.commit)).toEqual([l143]);
});

test('exactly 72h after is still the repair; a second more is not', async () => {
  release(t(1, 9), '2.0.0');
  const a = promote(t(1, 12), '2.0.0');
  release(t(4, 9), '2.0.1');
  const b = promote(t(4, 12), '2.0.1');
  release(t(7, 9), '2.0.2');
  git(t(7, 12) + 1, 'commit', '--quiet', '--allow-empty', '-m', 'chore: nudge');
  promote(t(7, 12) + 1, '2.0.2');
  const { f } = await prodFailures();
  expect(f.failures.map((x) => [x.commit, x.replacedBy, x.recovery])).toEqual([[a, b, 72 * HOUR]]);
});

test('a change marked Lockstep-Fixes in its trailer block makes a late patch release the repair of the version it names', async () => {
  release(t(1, 9), '1.4.0');
  const bad = promote(t(1, 12), '1.4.0');
  // The mark a person writes at the end of the fix's message (git's trailer parsing reads it there only).
  fix(t(5, 9), 'fix(api): null cart\n\nThe cart was read before login.\n\nLockstep-Fixes: 1.4.0');
  release(t(6, 9), '1.4.1');
  const repair = promote(t(6, 12), '1.4.1');
  // A mark in the middle of a description is no mark: 1.4.1 to 1.4.2 is a week, unmarked.
  fix(t(10, 9), 'fix(api): copy\n\nLockstep-Fixes: 1.4.1\n\nas discussed');
  release(t(13, 9), '1.4.2');
  promote(t(13, 12), '1.4.2');
  const { r, f } = await prodFailures();
  expect(r.fixMarks.map((m) => m.release)).toEqual(['1.4.0']);
  expect(r.ignored).toBe(0);
  expect(f.failures).toEqual([
    { commit: bad, at: t(1, 12), rule: 'fix-release', service: 'api', replacedBy: repair, recovery: 5 * 24 * HOUR },
  ]);
  expect(f.changeFailureRate).toBe(1 / 3);
});

test('a mark merged after the fix release was cut does not make that release the repair', async () => {
  release(t(1, 9), '3.1.0');
  promote(t(1, 12), '3.1.0');
  release(t(6, 9), '3.1.1');
  // Merged after 3.1.1 was cut (before it landed): 3.1.1 does not carry it.
  fix(t(6, 10), 'fix(api): late\n\nLockstep-Fixes: v3.1.0');
  promote(t(6, 12), '3.1.1');
  const { f } = await prodFailures();
  expect(f.failures).toEqual([]);
});

test('a rollback is a failure whenever it lands', async () => {
  release(t(1, 9), '1.0.1');
  const good = promote(t(1, 12), '1.0.1');
  release(t(2, 9), '1.1.0');
  const bad = promote(t(2, 12), '1.1.0');
  const back = promote(t(12, 12), '1.0.1', true);
  const { f } = await prodFailures();
  expect(f.landings.map((l) => l.commit)).toEqual([good, bad, back]);
  expect(f.failures).toEqual([{ commit: bad, at: t(2, 12), rule: 'rollback', service: 'api', replacedBy: back, recovery: 10 * 24 * HOUR }]);
});
