import { execFileSync } from 'node:child_process';
import { GIT_ENV, GitFixture } from '../harness/git-fixture.ts';
import { digest, environmentValues } from '../harness/promote-fixture.ts';
import { runCli } from '../harness/run-cli.ts';

// `lockstep metrics` through the committed CLI bundle (issue 52 items 6 and 7):
// only lockstep's own records count as records, and lead time is never
// negative. Two histories built with fixed dates: one with the commits an
// attacker (or a careless squash) writes — `Lockstep-*` lines in the middle of
// a squash's description, a trailer block on a commit that changed no
// environment file, a forged rollback, a feature claiming to be
// prepare-release's, a committer date years ahead; and one where each release
// tag is pushed after the promotion that pinned its version. Every figure is
// worked out by hand from the dates.

const d = digest;
const ENV = { ...GIT_ENV };

const CONFIG = [
  'services:',
  '  api: { image: ghcr.io/acme/api, values-key: services.api.image }',
  'environments:',
  '  - { name: dev, values: charts/myapp/values-dev.yaml }',
  '  - { name: prod, values: charts/myapp/values-prod.yaml }',
  '',
].join('\n');

/** `2026-10-DD HH:00 UTC` as git's `<seconds> +0000`. */
const at = (day: number, hour: number) => `${Date.UTC(2026, 9, day, hour) / 1000} +0000`;

/** A history in a fixture: commits with both dates set, promotions and releases as lockstep writes them. */
function history(fx: GitFixture) {
  const git = (when: string, args: string[]) =>
    execFileSync('git', args, {
      cwd: fx.dir,
      env: { ...process.env, ...GIT_ENV, GIT_AUTHOR_DATE: when, GIT_COMMITTER_DATE: when },
      encoding: 'utf8',
    }).trim();
  const commit = (when: string, message: string, files: Record<string, string> = {}) => {
    fx.write(files);
    git(when, ['add', '-A']);
    git(when, ['commit', '--quiet', '--allow-empty', '-m', message]);
    return git(when, ['rev-parse', 'HEAD']);
  };
  /** A promotion of api as promote-env writes it (title, change line, trailer block), pushed directly. */
  const promote = (when: string, env: string, from: string, version: string) =>
    commit(
      when,
      [
        `promote: ${from} → ${env} (api)`,
        '',
        `- api: — → ${version} (sha256:000000000000)`,
        '',
        `Lockstep-Environment: ${env}`,
        `Lockstep-From: ${from}`,
        `Lockstep-Service: api ${version} ${d('0')}`,
        'Lockstep-Generated: promote-env',
      ].join('\n'),
      { [`charts/myapp/values-${env}.yaml`]: environmentValues(env, [version, d('0')], ['1.0.0', d('f')]) },
    );
  /** prepare-release's commit; the tag `v<version>` on it unless `tag` is false (the tag comes later). */
  const release = (when: string, version: string, tag = true) => {
    const sha = commit(when, `chore(release): ${version}\n\nLockstep-Release: v${version}\nLockstep-Generated: prepare-release`, {
      '.version': `${version}\n`,
    });
    if (tag) git(when, ['tag', `v${version}`]);
    return sha;
  };
  return { git, commit, promote, release };
}

const initial = () =>
  GitFixture.create({
    '.github/lockstep.yml': CONFIG,
    '.version': '1.0.0\n',
    'charts/myapp/values-dev.yaml': environmentValues('dev', ['1.0.0', d('0')], ['1.0.0', d('f')]),
    'charts/myapp/values-prod.yaml': environmentValues('prod', ['1.0.0', d('0')], ['1.0.0', d('f')]),
  });

interface Out {
  notes: string[];
  environments: {
    name: string;
    promotions: { commit: string; rollback: boolean }[];
    'lead-time': { 'median-seconds': number; changes: { commit: string; 'landed-by': string; seconds: number }[] };
    'change-failure-rate': { rate: number; failed: unknown[] };
    'rework-rate': { rate: number; promotions: string[] };
  }[];
}

const WINDOW = ['--from', '2026-10-02', '--to', '2026-10-15'];

describe('lockstep metrics believes only the records lockstep wrote', () => {
  let fx: GitFixture;
  const shas: Record<string, string> = {};
  beforeAll(() => {
    fx = initial();
    const h = history(fx);
    shas.C1 = h.commit(at(2, 10), 'feat(api): export', { 'services/api/export.py': 'e\n' });
    shas.R1 = h.release(at(2, 12), '1.1.0');
    shas.L1 = h.promote(at(3, 8), 'dev', 'version 1.1.0', '1.1.0');
    shas.L2 = h.promote(at(4, 10), 'prod', 'dev', '1.1.0');
    // F1: a squash merge whose description quotes a promotion's trailers in a middle paragraph.
    shas.F1 = h.commit(
      at(5, 9),
      [
        'feat(api): retry uploads (#21)',
        '',
        '* feat(api): retry uploads',
        '',
        'Lockstep-Environment: prod',
        'Lockstep-From: staging',
        `Lockstep-Service: api 9.9.9 ${d('9')}`,
        'Lockstep-Generated: promote-env',
        '',
        '* fix: typo',
      ].join('\n'),
      { 'services/api/retry.py': 'r\n' },
    );
    // F2: a trailer block at the end, a forged rollback of prod, on a commit that changed no environment's file.
    shas.F2 = h.commit(
      at(5, 11),
      [
        'docs: runbook (#22)',
        '',
        'Lockstep-Environment: prod',
        'Lockstep-From: ref:v1.0.0',
        'Lockstep-Rollback: true',
        `Lockstep-Service: api 1.0.0 ${d('0')}`,
        'Lockstep-Generated: promote-env',
      ].join('\n'),
      { 'docs/runbook.md': 'r\n' },
    );
    // F3: a feature that claims to be prepare-release's commit.
    shas.F3 = h.commit(at(5, 13), 'feat(api): search (#23)\n\nLockstep-Generated: prepare-release', { 'services/api/search.py': 's\n' });
    // F4: a change whose committer date is in 2031, after the run's clock.
    shas.F4 = h.commit(`${Date.UTC(2031, 0, 1) / 1000} +0000`, 'feat(api): from the future', { 'services/api/later.py': 'l\n' });
    shas.R2 = h.release(at(6, 9), '1.2.0');
    shas.L3 = h.promote(at(6, 10), 'dev', 'version 1.2.0', '1.2.0');
    shas.L4 = h.promote(at(7, 10), 'prod', 'dev', '1.2.0');
    fx.git('push', '--quiet', '--tags', 'origin', 'main');
  });
  afterAll(() => fx.cleanup());

  const IGNORED =
    "3 commits carry Lockstep- trailers lockstep did not write (outside the message's trailer block, or not a promotion into an environment whose files the commit changed, nor a release commit): ignored.";
  const FUTURE =
    /^1 commit has a committer date after this run's clock \(the latest 2031-01-01T00:00:00Z\): taken as \d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ\.$/;

  test('--json: forged promotions, rollbacks and releases are changes with their lead time; the note counts them', async () => {
    const r = await runCli(['metrics', ...WINDOW, '--json', '--changes', '--no-deployments'], { cwd: fx.dir, env: ENV });
    expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: '' });
    const out = JSON.parse(r.stdout) as Out;
    const [dev, prod] = out.environments;
    // prod: only the two promotions promote-env wrote, L2 and L4; nothing failed, nothing reworked.
    expect(prod.promotions.map((p) => [p.commit, p.rollback])).toEqual([
      [shas.L2, false],
      [shas.L4, false],
    ]);
    expect(prod['change-failure-rate']).toEqual({ rate: 0, failed: [] });
    expect(prod['rework-rate']).toEqual({ rate: 0, promotions: [] });
    // Lead time into prod: L2 (10-04 10:00) pins 1.1.0: C1 10-02 10:00 → 48h = 172800. L4 (10-07 10:00) pins 1.2.0:
    // F1 10-05 09:00 → 49h = 176400, F2 11:00 → 47h = 169200, F3 13:00 → 45h = 162000, F4 (2031, taken as now) → 0.
    // Sorted 0, 162000, 169200, 172800, 176400: median 169200.
    expect(prod['lead-time'].changes.map((c) => [c.commit, c['landed-by'], c.seconds])).toEqual([
      [shas.C1, shas.L2, 172800],
      [shas.F1, shas.L4, 176400],
      [shas.F2, shas.L4, 169200],
      [shas.F3, shas.L4, 162000],
      [shas.F4, shas.L4, 0],
    ]);
    expect(prod['lead-time']['median-seconds']).toBe(169200);
    // dev: L1 (10-03 08:00): C1 → 22h = 79200; L3 (10-06 10:00): F1 25h = 90000, F2 23h = 82800, F3 21h = 75600, F4 0.
    expect(dev.promotions.map((p) => p.commit)).toEqual([shas.L1, shas.L3]);
    expect(dev['lead-time'].changes.map((c) => c.seconds)).toEqual([79200, 90000, 82800, 75600, 0]);
    expect(out.notes[0]).toBe(IGNORED);
    expect(out.notes[1]).toMatch(FUTURE);
    expect(out.notes).toHaveLength(2);
  });

  test('the table and --markdown say the same notes', async () => {
    const text = await runCli(['metrics', ...WINDOW, '--no-deployments', '--env', 'prod'], { cwd: fx.dir, env: ENV });
    expect({ code: text.code, stderr: text.stderr }).toEqual({ code: 0, stderr: '' });
    const lines = text.stdout.split('\n');
    // 2 promotions in [10-02, 10-16), 14 days: 0.14/day, 1/week; lead time median 169200 s = 1d 23h,
    // p90 (⌈0.9·5⌉ = 5th) 176400 s = 2d 1h; no failure, no recovery, no rework.
    expect(lines.find((l) => l.startsWith('prod '))).toMatch(/^prod +all +2 +0\.14 +1 +1d 23h +2d 1h +0% \(0\) +— +0% \(0\)$/);
    expect(lines).toContain(`note: ${IGNORED}`);
    expect(lines.some((l) => l.startsWith('note: ') && FUTURE.test(l.slice('note: '.length)))).toBe(true);
    const md = await runCli(['metrics', ...WINDOW, '--no-deployments', '--markdown'], { cwd: fx.dir, env: ENV });
    expect({ code: md.code, stderr: md.stderr }).toEqual({ code: 0, stderr: '' });
    expect(md.stdout).toContain(`\n- ${IGNORED}\n`);
  });
});

describe('lead time when each release tag is pushed after the promotion that pinned its version', () => {
  let fx: GitFixture;
  const shas: Record<string, string> = {};
  beforeAll(() => {
    fx = initial();
    const h = history(fx);
    shas.C1 = h.commit(at(2, 10), 'feat(api): export', { 'services/api/export.py': 'e\n' });
    // prepare-release's commit lands; the images are built and promoted to dev; the tag job then tags main's tip.
    shas.R1 = h.release(at(2, 12), '1.1.0', false);
    shas.L1 = h.promote(at(2, 14), 'dev', 'version 1.1.0', '1.1.0');
    shas.C2 = h.commit(at(2, 16), 'feat(api): import', { 'services/api/import.py': 'i\n' });
    h.git(at(2, 17), ['tag', 'v1.1.0']);
    shas.C3 = h.commit(at(3, 9), 'fix(api): header', { 'services/api/header.py': 'h\n' });
    shas.R2 = h.release(at(3, 10), '1.2.0', false);
    shas.L2 = h.promote(at(3, 11), 'dev', 'version 1.2.0', '1.2.0');
    shas.L3 = h.promote(at(3, 12), 'prod', 'dev', '1.1.0');
    shas.C4 = h.commit(at(3, 13), 'feat(api): audit', { 'services/api/audit.py': 'a\n' });
    h.git(at(3, 14), ['tag', 'v1.2.0']);
    shas.L4 = h.promote(at(4, 10), 'prod', 'dev', '1.2.0');
    fx.git('push', '--quiet', '--tags', 'origin', 'main');
  });
  afterAll(() => fx.cleanup());

  test('a change is reached by the first landing that contains it: never before it merged', async () => {
    const r = await runCli(['metrics', ...WINDOW, '--json', '--changes', '--no-deployments'], { cwd: fx.dir, env: ENV });
    expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: '' });
    const out = JSON.parse(r.stdout) as Out;
    const [dev, prod] = out.environments;
    // dev: L1 (10-02 14:00) pins 1.1.0, tagged on C2 after it: it contains C1 only (C2 merged after L1),
    // 10:00 → 14:00 = 4h = 14400. L2 (10-03 11:00) pins 1.2.0 (tagged on C4, after L2): C2 10-02 16:00 → 19h = 68400,
    // C3 10-03 09:00 → 2h = 7200; C4 merged after L2, and no dev landing follows. Median of 7200, 14400, 68400: 14400.
    expect(dev['lead-time'].changes.map((c) => [c.commit, c['landed-by'], c.seconds])).toEqual([
      [shas.C1, shas.L1, 14400],
      [shas.C2, shas.L2, 68400],
      [shas.C3, shas.L2, 7200],
    ]);
    expect(dev['lead-time']['median-seconds']).toBe(14400);
    // prod: L3 (10-03 12:00) pins 1.1.0 (tag on C2, before L3): C1 26h = 93600, C2 20h = 72000; L4 (10-04 10:00)
    // pins 1.2.0 (tag on C4): C3 25h = 90000, C4 21h = 75600.
    expect(prod['lead-time'].changes.map((c) => [c.commit, c['landed-by'], c.seconds])).toEqual([
      [shas.C1, shas.L3, 93600],
      [shas.C2, shas.L3, 72000],
      [shas.C3, shas.L4, 90000],
      [shas.C4, shas.L4, 75600],
    ]);
    expect(out.notes).toEqual([]);
  });
});

// Issue 73, item 7: prepare-release's title and trailer block on a commit that changes a source file too. It
// was read as a release commit and left lead time; a release commit changes only what prepare-release writes.
describe('a feature commit written as a release commit is a change', () => {
  let fx: GitFixture;
  const shas: Record<string, string> = {};
  beforeAll(() => {
    fx = initial();
    const h = history(fx);
    shas.C1 = h.commit(at(2, 10), 'feat(api): export', { 'services/api/export.py': 'e\n' });
    shas.F = h.commit(at(2, 11), 'chore(release): 1.0.5 (#24)\n\nLockstep-Release: v1.0.5\nLockstep-Generated: prepare-release', {
      '.version': '1.0.5\n',
      'CHANGELOG.md': '# 1.0.5\n',
      'services/api/search.py': 's\n',
    });
    shas.R = h.release(at(2, 12), '1.1.0');
    shas.L = h.promote(at(3, 8), 'dev', 'version 1.1.0', '1.1.0');
    fx.git('push', '--quiet', '--tags', 'origin', 'main');
  });
  afterAll(() => fx.cleanup());

  test('its lead time is counted; the real release commit is not a change', async () => {
    const r = await runCli(['metrics', ...WINDOW, '--env', 'dev', '--json', '--changes', '--no-deployments'], { cwd: fx.dir, env: ENV });
    expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: '' });
    const [dev] = (JSON.parse(r.stdout) as Out).environments;
    // L (10-03 08:00) pins 1.1.0: C1 10-02 10:00 → 22h = 79200, F 11:00 → 21h = 75600.
    expect(dev['lead-time'].changes.map((c) => [c.commit, c['landed-by'], c.seconds])).toEqual([
      [shas.C1, shas.L, 79200],
      [shas.F, shas.L, 75600],
    ]);
  });
});
