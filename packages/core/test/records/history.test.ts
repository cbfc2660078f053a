import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gitSpawner } from '../../src/git/objects.ts';
import { appendTrailer, generatedTrailer } from '../../src/git/publish.ts';
import type { PromotionPlan } from '../../src/promote/plan.ts';
import { commitMessage, pullTitle } from '../../src/promote/publish/report.ts';
import { figuresOf } from '../../src/records/figures.ts';
import { historyFolders } from '../../src/git/log.ts';
import { readRecords } from '../../src/records/history.ts';
import { GIT_ENV } from '../helpers.ts';
import { headCommit } from '../../../../action-tests/harness/git-fixture.ts';

// The reader of lockstep's records on real repositories: what an attacker
// writes in a commit message (a squash's description, a trailer block on a
// commit that changed no environment file, a merge's own message, a control
// character that once split the log) records nothing; a committer date after
// the clock is taken as the clock's.

const ENVS = [
  { name: 'dev', files: ['values-dev.yaml'] },
  { name: 'prod', files: ['values-prod.yaml'] },
];
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
const block = (env: string, extra: string[] = []) =>
  [`Lockstep-Environment: ${env}`, 'Lockstep-From: dev', ...extra, 'Lockstep-Service: api 1.1.0 -', 'Lockstep-Generated: promote-env'].join(
    '\n',
  );

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'lockstep-records-'));
  execFileSync('git', ['init', '--quiet', '--initial-branch=main', dir]);
  commit(t(1, 0), 'initial', { 'values-dev.yaml': 'a: 0\n', 'values-prod.yaml': 'a: 0\n' });
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

test('a promotion counts only from the trailer block of a commit that changed its environment', async () => {
  const real = commit(t(2, 10), `promote: dev → prod (api)\n\n- api: — → 1.1.0\n\n${block('prod')}`, { 'values-prod.yaml': 'a: 1\n' });
  const middle = commit(t(2, 11), `feat: notes (#4)\n\n${block('prod')}\n\nmore words`, { 'src/a.txt': '1\n' });
  const nofile = commit(t(2, 12), `docs: x (#5)\n\n${block('prod', ['Lockstep-Rollback: true'])}`, { 'docs/x.md': '1\n' });
  // Names prod, changed dev's file: an inferred landing in dev, no promotion in prod.
  const wrongEnv = commit(t(2, 13), `chore: dev (#6)\n\n${block('prod')}`, { 'values-dev.yaml': 'a: 2\n' });
  const r = await readRecords(gitSpawner(dir), 'HEAD', ENVS);
  expect(r.landings.filter((l) => l.index > 0).map((l) => [l.commit, l.environment, l.inferred, l.rollback])).toEqual([
    [real, 'prod', false, false],
    [wrongEnv, 'dev', true, false],
  ]);
  expect(r.changes.map((c) => c.commit)).toEqual([middle, nofile]);
  expect(r.ignored).toBe(3);
});

test("a merge: the merged side is the record, the merge's own trailers are not", async () => {
  git(t(2, 9), 'checkout', '--quiet', '-b', 'promote/prod');
  commit(t(2, 9), `promote: dev → prod (api)\n\n${block('prod')}`, { 'values-prod.yaml': 'a: 1\n' });
  git(t(2, 10), 'checkout', '--quiet', 'main');
  git(t(2, 10), 'merge', '--quiet', '--no-ff', '-m', 'Merge pull request #7 from acme/promote/prod', 'promote/prod');
  const merged = git(t(2, 10), 'rev-parse', 'HEAD');
  // A feature merge whose own message ends in a trailer block naming dev, and whose side touched dev's file.
  git(t(2, 11), 'checkout', '--quiet', '-b', 'feature');
  commit(t(2, 11), 'feat: tweak dev', { 'values-dev.yaml': 'a: 3\n' });
  git(t(2, 12), 'checkout', '--quiet', 'main');
  git(t(2, 12), 'merge', '--quiet', '--no-ff', '-m', `Merge branch feature\n\n${block('dev')}`, 'feature');
  const feature = git(t(2, 12), 'rev-parse', 'HEAD');
  const r = await readRecords(gitSpawner(dir), 'HEAD', ENVS);
  expect(r.landings.filter((l) => l.index > 0).map((l) => [l.commit, l.environment, l.inferred])).toEqual([
    [merged, 'prod', false],
    [feature, 'dev', true],
  ]);
  expect(r.ignored).toBe(1);
});

test('a message cannot forge the fields of another commit in the log', async () => {
  // Record and unit separators, as the log was once split by, with a fake commit after them.
  const fake = `feat: x\n\n\x1e${'f'.repeat(40)}\x1f\x1f${t(2, 0)}\x1fpromote: dev → prod\n\n${block('prod')}`;
  const sha = commit(t(2, 10), fake, { 'src/x.txt': '1\n' });
  const r = await readRecords(gitSpawner(dir), 'HEAD', ENVS);
  expect(r.landings.filter((l) => l.index > 0)).toEqual([]);
  expect(r.changes.map((c) => c.commit)).toEqual([sha]);
});

test("a message that begins as the log's next commit does (SOH and an id) is still its own commit's message", async () => {
  // The walk marks each commit with SOH before its id and lists the environments' paths after its message.
  const forged = `\x01${'f'.repeat(40)}`;
  const fake = commit(t(2, 10), `${forged}\n\nvalues-prod.yaml`, { 'src/x.txt': '1\n' });
  const real = commit(t(2, 11), `promote: dev → prod (api)\n\n${block('prod')}`, { 'values-prod.yaml': 'a: 1\n' });
  const also = commit(t(2, 12), forged, { 'values-dev.yaml': 'a: 1\n' });
  const r = await readRecords(gitSpawner(dir), 'HEAD', ENVS);
  expect(r.commits).toBe(4);
  expect(r.landings.filter((l) => l.index > 0).map((l) => [l.commit, l.environment, l.inferred])).toEqual([
    [real, 'prod', false],
    [also, 'dev', true],
  ]);
  expect(r.changes.map((c) => c.commit)).toEqual([fake]);
});

test('a release commit counts only as prepare-release writes it; a feature claiming to be one is a change', async () => {
  const release = commit(t(2, 10), 'chore(release): 1.1.0 (#8)\n\nLockstep-Release: v1.1.0\nLockstep-Generated: prepare-release');
  const feature = commit(t(2, 11), 'feat: y (#9)\n\nLockstep-Release: v2.0.0\nLockstep-Generated: prepare-release');
  const r = await readRecords(gitSpawner(dir), 'HEAD', ENVS);
  expect([...r.releases.values()]).toEqual([{ tag: 'v1.1.0', commit: release, index: 1 }]);
  expect(r.changes.map((c) => c.commit)).toEqual([feature]);
  expect(r.ignored).toBe(1);
});

// Issue 73, item 7: the trailer block and prepare-release's title are not enough; a release commit changes
// only what prepare-release writes (the version file, CHANGELOG.md, Chart.yaml, packages and pins files, lock files).
test('a commit titled and trailed as a release that also changes a source file is a change, not a release', async () => {
  const trailers = (v: string) => `chore(release): ${v} (#8)\n\nLockstep-Release: v${v}\nLockstep-Generated: prepare-release`;
  const release = commit(t(2, 10), trailers('1.1.0'), {
    '.version': '1.1.0\n',
    'CHANGELOG.md': '# 1.1.0\n',
    'charts/app/Chart.yaml': 'version: 1.1.0\n',
    'libs/a/pyproject.toml': 'version = "1.1.0"\n',
    'services/api/poetry.lock': 'x\n',
  });
  const feature = commit(t(2, 11), trailers('1.2.0'), { 'CHANGELOG.md': '# 1.2.0\n', 'src/feature.ts': 'export const x = 1;\n' });
  const packages = (p: string) => p === 'libs/a/pyproject.toml';
  const r = await readRecords(
    gitSpawner(dir),
    'HEAD',
    ENVS,
    Infinity,
    (p) => packages(p) || ['.version', 'CHANGELOG.md', 'charts/app/Chart.yaml', 'services/api/poetry.lock'].includes(p),
  );
  expect([...r.releases.values()]).toEqual([{ tag: 'v1.1.0', commit: release, index: 1 }]);
  expect(r.changes.map((c) => c.commit)).toEqual([feature]);
  expect(r.ignored).toBe(1);
  // Without the config's files, the names prepare-release always writes: the package file is not one of them.
  const byName = await readRecords(gitSpawner(dir), 'HEAD', ENVS);
  expect(byName.changes.map((c) => c.commit)).toEqual([release, feature]);
});

test('a committer date after the clock is taken as the clock; a lead time is never negative', async () => {
  commit(t(2, 9), 'chore(release): 1.1.0\n\nLockstep-Release: v1.1.0\nLockstep-Generated: prepare-release');
  const late = commit(Date.UTC(2031, 0, 1) / 1000, 'feat: from 2031', { 'src/l.txt': '1\n' });
  git(t(2, 12), 'tag', 'v1.1.0');
  const landing = commit(t(3, 10), `promote: dev → prod (api)\n\n${block('prod')}`, { 'values-prod.yaml': 'a: 1\n' });
  const now = t(20, 0);
  const r = await readRecords(gitSpawner(dir), 'HEAD', ENVS, now);
  expect(r.future).toEqual({ commits: 1, latest: Date.UTC(2031, 0, 1) / 1000 });
  expect(r.changes.map((c) => [c.commit, c.at])).toEqual([[late, now]]);
  const f = figuresOf(
    r,
    { tagPrefix: 'v', fixWindow: 72 * 3600 },
    r.landings.filter((l) => l.environment === 'prod'),
    { from: t(1, 0), to: now },
  );
  expect(f.leadTimes()).toEqual([{ commit: late, merged: now, landing, seconds: 0 }]);
  // The figures keep the count and the summary; the list is made when asked (a fleet's would be millions).
  expect(f.leads).toBe(1);
  const api = figuresOf(
    r,
    { tagPrefix: 'v', fixWindow: 72 * 3600 },
    r.landings.filter((l) => l.environment === 'prod'),
    { from: t(1, 0), to: now },
    'api',
  );
  expect([api.leads, api.leadMedian, api.leadTimes()]).toEqual([1, 0, [{ commit: late, merged: now, landing, seconds: 0 }]]);
});

test("promote-env's own message, its tree stamp appended, is a promotion; squashed by GitHub it still is", async () => {
  const plan = {
    changes: [
      {
        service: 'api',
        file: 'values-prod.yaml',
        line: 3,
        oldTag: '1.0.0',
        newTag: '1.1.0',
        newDigest: `sha256:${'a'.repeat(64)}`,
        verified: 'dev',
      },
    ],
    files: [],
  } as unknown as PromotionPlan;
  // As promote-env writes it (promote/publish/report.ts), and as the generated branch stamps it (git/publish.ts).
  const message = appendTrailer(
    commitMessage(pullTitle('staging', 'prod', plan), plan, { environment: 'prod', from: 'staging', rollback: false }),
    `Lockstep-Tree: ${'b'.repeat(40)}`,
  );
  expect(message.trimEnd().split('\n').slice(-2)).toEqual([generatedTrailer('promote-env'), `Lockstep-Tree: ${'b'.repeat(40)}`]);
  const direct = commit(t(2, 10), message, { 'values-prod.yaml': 'a: 1\n' });
  const [title, ...body] = message.split('\n');
  const squash = commit(t(2, 11), [`${title} (#12)`, ...body].join('\n'), { 'values-prod.yaml': 'a: 2\n' });
  const r = await readRecords(gitSpawner(dir), 'HEAD', ENVS);
  expect(r.landings.filter((l) => l.index > 0).map((l) => [l.commit, l.environment, l.inferred, l.from, l.services])).toEqual([
    [direct, 'prod', false, 'staging', [{ name: 'api', tag: '1.1.0', digest: `sha256:${'a'.repeat(64)}` }]],
    [squash, 'prod', false, 'staging', [{ name: 'api', tag: '1.1.0', digest: `sha256:${'a'.repeat(64)}` }]],
  ]);
  expect(r.ignored).toBe(0);
});

test("environments in one folder: git is asked for the folder, and a file in it that is no environment's is no landing", async () => {
  expect(historyFolders(['envs/dev/values.yaml', 'envs/dev/app.yaml', 'envs/prod-001/values.yaml'])).toEqual(['envs/']);
  expect(historyFolders(['charts/myapp/values-dev.yaml', 'apps/prod/myapp.yaml', 'values.yaml'])).toEqual([
    'charts/myapp/',
    'apps/prod/',
    'values.yaml',
  ]);
  expect(historyFolders(['envs/a/values.yaml', 'envs/ab/values.yaml'])).toEqual(['envs/']);
  const fleet = [
    { name: 'dev', files: ['envs/dev/values.yaml'] },
    { name: 'prod-001', files: ['envs/prod-001/values.yaml', 'envs/prod-001/app.yaml'] },
  ];
  commit(t(2, 9), 'chore: the fleet', { 'envs/dev/values.yaml': 'a: 0\n', 'envs/prod-001/values.yaml': 'a: 0\n' });
  const readme = commit(t(2, 10), `docs: the fleet (#7)\n\n${block('prod-001')}`, {
    'envs/README.md': 'x\n',
    'envs/prod-001/notes.md': 'y\n',
  });
  const real = commit(t(2, 11), `promote: dev → prod-001 (api)\n\n${block('prod-001')}`, { 'envs/prod-001/app.yaml': 'b: 1\n' });
  const r = await readRecords(gitSpawner(dir), 'HEAD', fleet);
  expect(r.landings.filter((l) => l.commit === real || l.commit === readme).map((l) => [l.commit, l.environment, l.inferred])).toEqual([
    [real, 'prod-001', false],
  ]);
  expect(r.changes.map((c) => c.commit)).toContain(readme);
});

test('a commit that changed no environment and says nothing of lockstep is a change, wherever its tag or its words', async () => {
  // Its message is never decoded: a → (three bytes of UTF-8), a title only, a body, a Signed-off-by trailer.
  const arrow = commit(t(2, 9), 'feat: a → b (#3)\n\nbody é\n\nSigned-off-by: a <a@x>', { 'src/a.txt': '1\n' });
  const bare = commit(t(2, 10), 'fix: x', { 'src/b.txt': '1\n' });
  git(t(2, 10), 'tag', 'v1.2.0', bare);
  // The same words with a Lockstep- line that is no record: a change still, and counted as ignored.
  const claims = commit(t(2, 11), 'chore: y\n\nLockstep-Environment: prod', { 'src/c.txt': '1\n' });
  const r = await readRecords(gitSpawner(dir), 'HEAD', ENVS, t(20, 0));
  expect(r.changes).toEqual([
    { commit: arrow, index: 1, at: t(2, 9) },
    { commit: bare, index: 2, at: t(2, 10) },
    { commit: claims, index: 3, at: t(2, 11) },
  ]);
  expect(r.commits).toBe(4);
  expect(r.oldestAt).toBe(t(1, 0));
  // The first commit created both values files: a landing inferred in each, and no change.
  expect(r.landings.map((l) => [l.index, l.environment, l.inferred])).toEqual([
    [0, 'dev', true],
    [0, 'prod', true],
  ]);
  expect(r.ignored).toBe(1);
  // A tag on a change places its release there, by its first-parent position.
  expect(r.releases.get('v1.2.0')).toEqual({ tag: 'v1.2.0', commit: bare, index: 2 });
});

test('environments without files (promoted on their hydrated branches): every commit of the base branch is read, none a landing', async () => {
  const promotion = commit(t(2, 10), `promote: dev → prod (api)\n\n${block('prod')}`, { 'values-prod.yaml': 'a: 1\n' });
  const change = commit(t(2, 11), 'feat: z', { 'src/z.txt': '1\n' });
  const r = await readRecords(gitSpawner(dir), 'HEAD', [
    { name: 'dev', files: [] },
    { name: 'prod', files: [] },
  ]);
  expect(r.commits).toBe(3);
  expect(r.landings).toEqual([]);
  // A promotion into no environment's files is not believed: a change like the others, its trailers ignored.
  expect(r.changes.map((c) => [c.index, c.commit])).toEqual([
    [0, git(t(1, 0), 'rev-list', '--max-parents=0', 'HEAD')],
    [1, promotion],
    [2, change],
  ]);
  expect(r.ignored).toBe(1);
});

test("a Lockstep- key git's config names in the trailer block is read as the block says, though the message has none", async () => {
  // `trailer.<token>.key` renames a key as git parses the block: `env: prod` reads as `Lockstep-Environment: prod`.
  git(t(1, 0), 'config', 'trailer.env.key', 'Lockstep-Environment');
  const renamed = commit(t(2, 10), 'chore: z (#4)\n\nenv: prod', { 'src/z.txt': '1\n' });
  const r = await readRecords(gitSpawner(dir), 'HEAD', ENVS);
  // A block that names an environment whose files the commit did not change: a change, its claim ignored.
  expect(r.changes.map((c) => c.commit)).toEqual([renamed]);
  expect(r.ignored).toBe(1);
});

test('an environment of many apps: a change to any file its globs match is its landing (metrics on fleets)', async () => {
  const { globMatcher } = await import('../../src/text/glob.ts');
  const files = ['charts/*/values-prod.yaml', 'apps/prod/*.yaml'];
  const fleet = [{ name: 'prod', files, matches: globMatcher(files) }];
  const real = commit(t(2, 10), `promote: dev → prod (api)\n\n${block('prod')}`, { 'charts/api/values-prod.yaml': 'a: 1\n' });
  const inferred = commit(t(2, 11), 'chore: web by hand', { 'apps/prod/web.yaml': 'kind: Application\n' });
  const other = commit(t(2, 12), `feat: staging (#9)\n\n${block('prod')}`, { 'charts/api/values-staging.yaml': 'a: 1\n' });
  const r = await readRecords(gitSpawner(dir), 'HEAD', fleet);
  expect(r.landings.filter((l) => l.index > 0).map((l) => [l.commit, l.environment, l.inferred])).toEqual([
    [real, 'prod', false],
    [inferred, 'prod', true],
  ]);
  // The first commit wrote no file of prod's: a change too.
  expect(r.changes.filter((c) => c.index > 0).map((c) => c.commit)).toEqual([other]);
});

test('an environment named by folders: a changed path under one is its landing (a promotion there counts), a path beside it is not', async () => {
  const folders = [
    { name: 'staging', files: ['deploy/overlays/staging', 'deploy/base'] },
    { name: 'prod', files: ['deploy/overlays/prod/', 'deploy/base', 'deploy/prod-base/kustomization.yaml'] },
  ];
  const base = commit(t(2, 9), 'chore: shared base', { 'deploy/base/api.yaml': 'image: a\n' });
  const patch = commit(t(2, 10), 'fix: prod patch', { 'deploy/overlays/prod/patches/api.yaml': 'image: b\n' });
  const promoted = commit(t(2, 11), `promote: staging → prod (api)\n\n${block('prod')}`, {
    'deploy/overlays/prod/kustomization.yaml': 'images: []\n',
  });
  // Beside the folders: a folder whose name starts as one does, and a file of prod-base it does not name.
  const beside = commit(t(2, 12), 'docs: notes', { 'deploy/overlays/prod-notes/x.md': '1\n', 'deploy/prod-base/README.md': '1\n' });
  const r = await readRecords(gitSpawner(dir), 'HEAD', folders);
  expect(r.landings.filter((l) => l.index > 0).map((l) => [l.commit, l.environment, l.inferred])).toEqual([
    [base, 'staging', true],
    [base, 'prod', true],
    [patch, 'prod', true],
    [promoted, 'prod', false],
  ]);
  expect(r.changes.filter((c) => c.index > 0).map((c) => c.commit)).toEqual([beside]);
});
