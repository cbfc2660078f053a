import { execFileSync } from 'node:child_process';
import { GIT_ENV, GitFixture } from '../harness/git-fixture.ts';
import { digest, environmentValues } from '../harness/promote-fixture.ts';
import { mermaidBlocks, parseMermaid } from '../harness/mermaid.ts';
import { runCli } from '../harness/run-cli.ts';

// `lockstep metrics` through the committed CLI bundle on a history built with
// fixed author and committer dates: releases (trailer and tag), promotions
// with trailers landed as a direct push, a merge commit (trailers only on the
// merged side) and a squash; a fix release, a rollback, an older landing
// without trailers, and changes merged as a rebase (author date earlier than
// the committer date), a merge and a squash. Every expected figure is worked
// out by hand below, from the dates.

const d = digest;
const values = environmentValues;
const ENV = { ...GIT_ENV };

const CONFIG = [
  'services:',
  '  api: { image: ghcr.io/acme/api, values-key: services.api.image }',
  '  worker: { image: ghcr.io/acme/worker, values-key: services.worker.image }',
  'environments:',
  '  - { name: dev, values: charts/myapp/values-dev.yaml }',
  '  - { name: staging, values: charts/myapp/values-staging.yaml }',
  '  - { name: prod, values: charts/myapp/values-prod.yaml }',
  '',
].join('\n');

/** `2026-10-DD HH:00 UTC` as git's `<seconds> +0000`. */
const at = (day: number, hour: number) => `${Date.UTC(2026, 9, day, hour) / 1000} +0000`;

let fx: GitFixture;
/** Runs git in the fixture with both dates set (the author's may be earlier: a rebase keeps it). */
const git = (when: string, args: string[], authored = when) =>
  execFileSync('git', args, {
    cwd: fx.dir,
    env: { ...process.env, ...GIT_ENV, GIT_AUTHOR_DATE: authored, GIT_COMMITTER_DATE: when },
    encoding: 'utf8',
  }).trim();
const commit = (when: string, message: string, files: Record<string, string> = {}, authored = when) => {
  fx.write(files);
  git(when, ['add', '-A']);
  git(when, ['commit', '--quiet', '--allow-empty', '-m', message], authored);
  return git(when, ['rev-parse', 'HEAD']);
};
const file = (env: string, api: string, worker: string) => ({
  [`charts/myapp/values-${env}.yaml`]: values(env, [api, d(api.replace(/\./g, '').slice(-1))], [worker, d('f')]),
});
/** A promotion's message as promote-env writes it now: the change lines and the trailers. */
const promotion = (env: string, from: string, pins: [string, string][], extra: string[] = []) =>
  [
    `promote: ${from} → ${env} (${pins.map(([s]) => s).join(', ')})`,
    '',
    ...pins.map(([s, v]) => `- ${s}: — → ${v} (sha256:000000000000)`),
    '',
    `Lockstep-Environment: ${env}`,
    `Lockstep-From: ${from}`,
    ...extra,
    ...pins.map(([s, v]) => `Lockstep-Service: ${s} ${v} ${d('0')}`),
    'Lockstep-Generated: promote-env',
  ].join('\n');
const release = (when: string, version: string) => {
  const sha = commit(when, `chore(release): ${version}\n\nLockstep-Release: v${version}\nLockstep-Generated: prepare-release`, {
    '.version': `${version}\n`,
  });
  git(when, ['tag', `v${version}`]);
  return sha;
};

const shas: Record<string, string> = {};
beforeAll(() => {
  fx = GitFixture.create({
    '.github/lockstep.yml': CONFIG,
    '.version': '1.0.0\n',
    ...file('dev', '1.0.0', '1.0.0'),
    ...file('staging', '1.0.0', '1.0.0'),
    ...file('prod', '1.0.0', '1.0.0'),
  });
  // C1, a rebase merge: authored on 10-01, landed on main 10-02 10:00 (the committer date counts).
  shas.C1 = commit(at(2, 10), 'feat(api): export', { 'services/api/a.py': 'a\n' }, at(1, 9));
  // C2, a merge commit of a two-commit branch, merged 10-02 12:00.
  git(at(1, 15), ['checkout', '--quiet', '-b', 'feature']);
  commit(at(1, 15), 'feat(worker): one', { 'services/worker/one.py': '1\n' });
  commit(at(1, 16), 'feat(worker): two', { 'services/worker/two.py': '2\n' });
  git(at(2, 12), ['checkout', '--quiet', 'main']);
  git(at(2, 12), ['merge', '--quiet', '--no-ff', '-m', 'Merge pull request #5 from acme/feature', 'feature']);
  shas.C2 = git(at(2, 12), ['rev-parse', 'HEAD']);
  // C3, a squash merge, 10-02 14:00.
  shas.C3 = commit(at(2, 14), 'feat: search (#6)\n\n* feat: search\n\n* fix: typo', { 'services/api/search.py': 's\n' });
  shas.R1 = release(at(2, 16), '1.1.0');
  // L1 dev 10-03 08:00, pushed directly.
  shas.L1 = commit(
    at(3, 8),
    promotion('dev', 'version 1.1.0', [
      ['api', '1.1.0'],
      ['worker', '1.1.0'],
    ]),
    file('dev', '1.1.0', '1.1.0'),
  );
  // L2 staging: the promotion branch's commit carries the trailers, the merge (10-03 10:00) does not.
  git(at(3, 9), ['checkout', '--quiet', '-b', 'lockstep/promote-staging']);
  commit(
    at(3, 9),
    promotion('staging', 'dev', [
      ['api', '1.1.0'],
      ['worker', '1.1.0'],
    ]),
    file('staging', '1.1.0', '1.1.0'),
  );
  git(at(3, 10), ['checkout', '--quiet', 'main']);
  git(at(3, 10), [
    'merge',
    '--quiet',
    '--no-ff',
    '-m',
    'Merge pull request #10 from acme/lockstep/promote-staging',
    'lockstep/promote-staging',
  ]);
  shas.L2 = git(at(3, 10), ['rev-parse', 'HEAD']);
  shas.C4 = commit(at(4, 9), 'fix(api): crash on empty query', { 'services/api/search.py': 's2\n' });
  shas.R2 = release(at(4, 11), '1.1.1');
  shas.L3 = commit(at(4, 12), promotion('dev', 'version 1.1.1', [['api', '1.1.1']]), file('dev', '1.1.1', '1.1.0'));
  // L4 staging, a squash merge: the trailers inside the squashed body.
  shas.L4 = commit(
    at(4, 13),
    `promote: dev → staging (api) (#11)\n\n* ${promotion('staging', 'dev', [['api', '1.1.1']])}`,
    file('staging', '1.1.1', '1.1.0'),
  );
  shas.L5 = commit(
    at(5, 10),
    promotion('prod', 'staging', [
      ['api', '1.1.1'],
      ['worker', '1.1.0'],
    ]),
    file('prod', '1.1.1', '1.1.0'),
  );
  shas.C5 = commit(at(6, 9), 'feat(worker): batch', { 'services/worker/batch.py': 'b\n' });
  shas.R3 = release(at(6, 10), '1.2.0');
  shas.L6 = commit(
    at(6, 11),
    promotion('dev', 'version 1.2.0', [
      ['api', '1.2.0'],
      ['worker', '1.2.0'],
    ]),
    file('dev', '1.2.0', '1.2.0'),
  );
  shas.L7 = commit(
    at(6, 12),
    promotion('staging', 'dev', [
      ['api', '1.2.0'],
      ['worker', '1.2.0'],
    ]),
    file('staging', '1.2.0', '1.2.0'),
  );
  shas.L8 = commit(
    at(7, 10),
    promotion('prod', 'staging', [
      ['api', '1.2.0'],
      ['worker', '1.2.0'],
    ]),
    file('prod', '1.2.0', '1.2.0'),
  );
  shas.L9 = commit(
    at(7, 14),
    promotion(
      'prod',
      'ref:v1.1.1',
      [
        ['api', '1.1.1'],
        ['worker', '1.1.0'],
      ],
      ['Lockstep-Rollback: true'],
    ),
    file('prod', '1.1.1', '1.1.0'),
  );
  // L10: an edit of dev's values file with no trailer: a landing inferred from the file it changed.
  shas.L10 = commit(at(9, 9), 'chore: dev replicas', {
    'charts/myapp/values-dev.yaml': `${values('dev', ['1.2.0', d('0')], ['1.2.0', d('f')])}replicas: 2\n`,
  });
  fx.git('push', '--quiet', '--tags', 'origin', 'main');
});
afterAll(() => fx.cleanup());

const WINDOW = ['--from', '2026-10-02', '--to', '2026-10-15'];

interface Fig {
  promotions: { commit: string }[];
  inferred: number;
  'deployment-frequency': { 'per-day': number; 'per-week': number };
  'lead-time': { 'median-seconds': number; 'p90-seconds': number; changes: { commit: string; 'landed-by': string; seconds: number }[] };
  'change-failure-rate': {
    rate: number;
    failed: { commit: string; rule: string; service: string; 'replaced-by': string; 'recovery-seconds': number }[];
  };
  'recovery-time': { 'median-seconds': number };
  'rework-rate': { rate: number; promotions: string[] };
}

describe('lockstep metrics', () => {
  test('figures per environment from a history with known dates, each naming the promotions it counts', async () => {
    const r = await runCli(['metrics', ...WINDOW, '--json', '--changes'], { cwd: fx.dir, env: ENV });
    expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: '' });
    // Written in pieces, it is still one line of JSON as JSON.stringify writes it: no blank, one line break at the end.
    expect(`${JSON.stringify(JSON.parse(r.stdout))}\n`).toBe(r.stdout);
    const out = JSON.parse(r.stdout) as {
      'schema-version': number;
      command: string;
      from: string;
      to: string;
      inferred: number;
      notes: string[];
      environments: (Fig & { name: string; services: (Fig & { name: string })[] })[];
    };
    // --to is a whole day: the window is [10-02 00:00, 10-16 00:00), 14 days, 2 weeks.
    expect([out['schema-version'], out.command, out.from, out.to]).toEqual([2, 'metrics', '2026-10-02T00:00:00Z', '2026-10-16T00:00:00Z']);
    const [dev, staging, prod] = out.environments;
    expect(out.environments.map((e) => e.name)).toEqual(['dev', 'staging', 'prod']);

    // dev: L1 (10-03 08:00), L3 (10-04 12:00), L6 (10-06 11:00), L10 (10-09 09:00, inferred) = 4;
    // the initial commit (2023) is before the window. 4 / 14 days = 0.2857…/day, 2/week.
    expect(dev.promotions.map((p) => p.commit)).toEqual([shas.L1, shas.L3, shas.L6, shas.L10]);
    expect(dev.inferred).toBe(1);
    expect(dev['deployment-frequency']).toEqual({ 'per-day': 4 / 14, 'per-week': 2 });
    // Lead times into dev: L1 pins 1.1.0 (v1.1.0 after C3): C1 merged 10-02 10:00 → 22h = 79200 s,
    // C2 10-02 12:00 → 20h = 72000, C3 10-02 14:00 → 18h = 64800; L3 pins 1.1.1: C4 10-04 09:00 → 12:00 = 3h = 10800;
    // L6 pins 1.2.0: C5 10-06 09:00 → 11:00 = 2h = 7200. Sorted 7200, 10800, 64800, 72000, 79200:
    // median 64800 (18h), p90 the 5th of 5 (nearest rank ⌈0.9·5⌉ = 5) 79200 (22h).
    expect(dev['lead-time'].changes.map((c) => [c.commit, c['landed-by'], c.seconds])).toEqual([
      [shas.C1, shas.L1, 79200],
      [shas.C2, shas.L1, 72000],
      [shas.C3, shas.L1, 64800],
      [shas.C4, shas.L3, 10800],
      [shas.C5, shas.L6, 7200],
    ]);
    expect([dev['lead-time']['median-seconds'], dev['lead-time']['p90-seconds']]).toEqual([64800, 79200]);
    // L1 pinned api 1.1.0; the next api landing in dev, L3, pins 1.1.1, a fix release: L1 failed, recovered
    // 10-03 08:00 → 10-04 12:00 = 28h = 100800 s. 1 of 4 = 0.25; rework: L3, 1 of 4.
    expect(dev['change-failure-rate']).toEqual({
      rate: 0.25,
      failed: [{ commit: shas.L1, rule: 'fix-release', service: 'api', 'replaced-by': shas.L3, 'recovery-seconds': 100800 }],
    });
    expect(dev['recovery-time']).toEqual({ 'median-seconds': 100800 });
    expect(dev['rework-rate']).toEqual({ rate: 0.25, promotions: [shas.L3] });

    // staging: L2 (the merge, 10-03 10:00), L4 (the squash, 10-04 13:00), L7 (10-06 12:00) = 3; 1.5/week.
    expect(staging.promotions.map((p) => p.commit)).toEqual([shas.L2, shas.L4, shas.L7]);
    expect(staging.inferred).toBe(0);
    expect(staging['deployment-frequency']).toEqual({ 'per-day': 3 / 14, 'per-week': 1.5 });
    // C1 10-02 10:00 → 10-03 10:00 = 24h = 86400, C2 22h = 79200, C3 20h = 72000; C4 10-04 09:00 → 13:00 = 14400;
    // C5 10-06 09:00 → 12:00 = 10800. Median 72000 (20h), p90 86400 (24h).
    expect(staging['lead-time'].changes.map((c) => c.seconds)).toEqual([86400, 79200, 72000, 14400, 10800]);
    expect([staging['lead-time']['median-seconds'], staging['lead-time']['p90-seconds']]).toEqual([72000, 86400]);
    // L2's api 1.1.0 was followed by L4's 1.1.1: failed, 10-03 10:00 → 10-04 13:00 = 27h = 97200 s. 1 of 3.
    expect(staging['change-failure-rate']).toEqual({
      rate: 1 / 3,
      failed: [{ commit: shas.L2, rule: 'fix-release', service: 'api', 'replaced-by': shas.L4, 'recovery-seconds': 97200 }],
    });
    expect(staging['rework-rate']).toEqual({ rate: 1 / 3, promotions: [shas.L4] });

    // prod: L5 (10-05 10:00), L8 (10-07 10:00), L9 (the rollback, 10-07 14:00) = 3.
    expect(prod.promotions.map((p) => p.commit)).toEqual([shas.L5, shas.L8, shas.L9]);
    // L5 pins api 1.1.1 (v1.1.1 after C4): C1 10-02 10:00 → 10-05 10:00 = 72h = 259200, C2 70h = 252000,
    // C3 68h = 244800, C4 10-04 09:00 → 25h = 90000; L8 pins 1.2.0: C5 10-06 09:00 → 10-07 10:00 = 25h = 90000;
    // L9 rolls back to 1.1.1: nothing new reaches prod. Sorted 90000, 90000, 244800, 252000, 259200: median 244800, p90 259200.
    expect(prod['lead-time'].changes.map((c) => c.seconds)).toEqual([259200, 252000, 244800, 90000, 90000]);
    expect([prod['lead-time']['median-seconds'], prod['lead-time']['p90-seconds']]).toEqual([244800, 259200]);
    // L8 was followed by the rollback L9: failed, 10:00 → 14:00 = 4h = 14400 s. Rework: the rollback.
    expect(prod['change-failure-rate']).toEqual({
      rate: 1 / 3,
      failed: [{ commit: shas.L8, rule: 'rollback', service: 'api', 'replaced-by': shas.L9, 'recovery-seconds': 14400 }],
    });
    expect(prod['recovery-time']).toEqual({ 'median-seconds': 14400 });
    expect(prod['rework-rate']).toEqual({ rate: 1 / 3, promotions: [shas.L9] });
    // Per service: worker landed in prod with L5, L8, L9 too; L8's worker was rolled back as well.
    const worker = prod.services.find((s) => s.name === 'worker')!;
    expect(worker.promotions).toEqual([shas.L5, shas.L8, shas.L9]);
    expect(worker['change-failure-rate'].failed.map((f) => [f.commit, f.rule, f.service])).toEqual([[shas.L8, 'rollback', 'worker']]);

    expect(out.inferred).toBe(1);
    expect(out.notes).toEqual(['1 landing was inferred from the files the commit changed (no Lockstep-Environment trailer).']);
  });

  test('the table in a terminal: each environment, then its services, the environment named in each row', async () => {
    const r = await runCli(['metrics', ...WINDOW, '--env', 'prod'], { cwd: fx.dir, env: ENV });
    expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: '' });
    const lines = r.stdout.split('\n');
    // --to is a whole day: the window is said in days, its last day included, never the exclusive end.
    expect(lines.find((l) => l.startsWith('Delivery figures'))).toMatch(
      /, 2026-10-02 to 2026-10-15 \(14 days, inclusive\) \(\d+ commits read\)\. A landing failed when /,
    );
    // 3 promotions, 3/14 = 0.21/day, 1.5/week, lead 68h / 72h, 1 failure of 3, recovery 4h, 1 rework of 3.
    expect(lines.find((l) => l.startsWith('prod ') && l.includes(' all '))).toMatch(
      /^prod +all +3 +0\.21 +1\.5 +2d 20h +3d +33\.3% \(1\) +4h +33\.3% \(1\)$/,
    );
    // api's own lead time: the changes its pinned tags brought (L5 1.1.1: C1–C4; L8 1.2.0: C5), the same as prod's here.
    expect(lines.find((l) => l.startsWith('prod ') && l.includes(' api '))).toMatch(
      /^prod +api +3 +0\.21 +1\.5 +2d 20h +3d +33\.3% \(1\) +4h +33\.3% \(1\)$/,
    );
    expect(r.stdout).toContain(
      `prod: ${shas.L8.slice(0, 12)} failed (followed by a rollback of api), replaced by ${shas.L9.slice(0, 12)} after 4h`,
    );
  });

  test('without --changes: the same document without each lead-time.changes, and a note saying how many it left out', async () => {
    const [full, brief] = await Promise.all([
      runCli(['metrics', ...WINDOW, '--json', '--changes'], { cwd: fx.dir, env: ENV }),
      runCli(['metrics', ...WINDOW, '--json'], { cwd: fx.dir, env: ENV }),
    ]);
    expect([full.code, brief.code]).toEqual([0, 0]);
    const out = JSON.parse(brief.stdout) as { notes: string[]; environments: Fig[] };
    expect(brief.stdout).not.toContain('landed-by');
    // dev 5, staging 5, prod 5: the lists of the test above.
    expect(out.notes.at(-1)).toBe(
      'Lead-time changes are not listed (15 in all, each once per environment it reached): --changes lists each with its lead time under lead-time.changes.',
    );
    const expected = JSON.parse(full.stdout) as { notes: string[]; environments: Fig[] };
    for (const e of expected.environments) delete (e['lead-time'] as Partial<Fig['lead-time']>).changes;
    expected.notes.push(out.notes.at(-1)!);
    expect(out).toEqual(expected);
  });

  test('a window with no promotion: figures of zero and a line saying so, never NaN', async () => {
    const r = await runCli(['metrics', '--from', '2026-11-01', '--to', '2026-11-07', '--env', 'prod', '--json', '--changes'], {
      cwd: fx.dir,
      env: ENV,
    });
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain('NaN');
    expect(r.stdout).not.toContain('null,');
    const out = JSON.parse(r.stdout) as { notes: string[]; environments: Fig[] };
    expect(out.notes).toEqual(['No promotion landed in prod in 2026-11-01 to 2026-11-07 (7 days, inclusive): its figures are zero.']);
    const [prod] = out.environments;
    expect(prod['deployment-frequency']).toEqual({ 'per-day': 0, 'per-week': 0 });
    expect([prod['lead-time']['median-seconds'], prod['lead-time']['p90-seconds']]).toEqual([0, 0]);
    expect(prod['change-failure-rate']).toEqual({ rate: 0, failed: [] });
    expect(prod['recovery-time']).toEqual({ 'median-seconds': 0 });
    expect(prod['rework-rate']).toEqual({ rate: 0, promotions: [] });
  });

  test.each([
    [['--from', '2026-10-10', '--to', '2026-10-01'], /^--from is '2026-10-10', not before --to '2026-10-01'/],
    [['--from', '2026-02-30'], /^--from is '2026-02-30', not a date/],
    [['--to', 'yesterday'], /^--to is 'yesterday', not a date/],
    [['--since', '9x'], /^--since is '9x', not a duration/],
    [['--since', '90d', '--from', '2026-10-01'], /^--since and --from both give the window/],
    [['--env', 'qa'], /^--env is 'qa', an unknown environment — environments, in order: dev, staging, prod/],
    [['--changes'], /^error: --changes lists the changes in --json only/],
    [['--changes', '--markdown'], /^error: --changes lists the changes in --json only/],
  ])('bad input %j: exit 2 naming the flag', async (args, message) => {
    const r = await runCli(['metrics', ...args], { cwd: fx.dir, env: ENV });
    expect({ code: r.code, stdout: r.stdout }).toEqual({ code: 2, stdout: '' });
    expect(r.stderr).toMatch(message);
  });

  test('a shallow clone says how far back it saw and what to fetch', async () => {
    const clone = fx.clone('main', 3);
    const r = await runCli(['metrics', ...WINDOW, '--env', 'prod'], { cwd: clone, env: ENV });
    expect(r.code).toBe(0);
    // The 3 commits: L8 (10-07 10:00), L9, L10; the window starts 10-02.
    expect(r.stdout).toContain(
      "This clone is shallow: its history reaches back to 2026-10-07T10:00:00Z (3 commits), after the window's start 2026-10-02T00:00:00Z.",
    );
    expect(r.stdout).toContain('git fetch --shallow-since=2026-10-02T00:00:00Z origin main');
  });

  test('--markdown: the table, then Mermaid charts the mermaid parser accepts, week by week in calendar weeks', async () => {
    const r = await runCli(['metrics', ...WINDOW, '--markdown'], { cwd: fx.dir, env: ENV });
    expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: '' });
    const blocks = mermaidBlocks(r.stdout);
    // The overview (promotions, rollbacks and fix releases, stacked by environment), then two charts per environment.
    expect(blocks).toHaveLength(8);
    expect(await parseMermaid(blocks)).toEqual(Array.from({ length: 8 }, () => ({ type: 'xychart' })));
    // ISO weeks from the Monday on or before 10-02 (a Friday): 09-28 (partial: 10-02 to 10-04), 10-05, 10-12 (partial: to 10-15).
    const axis = '  x-axis "week of (Monday, 2026; * partial week)" ["09-28*", "10-05", "10-12*"]';
    // prod: L5 (10-05) and L8, L9 (10-07) in the week of 10-05; L9 is the rollback.
    expect(blocks[6]).toContain(
      `${axis}\n  y-axis "promotions" 0 --> 3\n  bar "promotions" [0, 3, 0]\n  line "rollbacks and fix releases" [0, 1, 0]`,
    );
    // prod's lead times in the week of 10-05: 90000, 90000, 244800, 252000, 259200 s → median 244800 s = 2.8 days;
    // the other weeks had no landing: no bar (a value below the axis) and the grey shade.
    expect(blocks[7]).toContain(`${axis}\n  y-axis "days" 0 --> 3\n  bar "no landing" [3, 0, 3]\n  bar "median lead time" [-3, 2.8, -3]`);
    expect(r.stdout).toContain(
      '| week of 2026-10-12 (partial: 2026-10-12 to 2026-10-15, 4 days) | 0 | 0 | no landing | no landing | no landing |',
    );
  });
});

describe('lockstep status --markdown', () => {
  test('draws dev → staging → prod top to bottom with the versions, a label only where something waits, prod marked behind and held by its rollback', async () => {
    const r = await runCli(['status', '--markdown'], { cwd: fx.dir, env: ENV });
    expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: '' });
    const [chart] = mermaidBlocks(r.stdout);
    expect(chart).toBe(
      [
        '%%{init: {"theme":"base","themeVariables":{"lineColor":"#6e7781","textColor":"#6e7781","primaryTextColor":"#ffffff","edgeLabelBackground":"#6e7781"}}}%%',
        'flowchart TD',
        '  classDef env fill:#24292f,stroke:#6e7781,stroke-width:2px,color:#ffffff',
        '  classDef behind fill:#24292f,stroke:#cf222e,stroke-width:3px,color:#ffffff',
        // prod's last landing is the rollback L9 (Lockstep-Rollback: true): held until a promotion lifts it (issue 75).
        '  classDef held fill:#24292f,stroke:#9a6700,stroke-width:3px,stroke-dasharray:6 4,color:#ffffff',
        '  e0["<b>dev</b><br/>api 1.2.0<br/>worker 1.2.0"]:::env',
        '  e1["<b>staging</b><br/>api 1.2.0<br/>worker 1.2.0"]:::env',
        '  e2["<b>prod</b> (behind, held)<br/>api 1.1.1<br/>worker 1.1.0"]:::held',
        '  e0 --> e1',
        '  e1 -- "api 1.1.1 → 1.2.0<br/>worker 1.1.0 → 1.2.0<br/>held by a rollback" --> e2',
        '',
      ].join('\n'),
    );
    expect(await parseMermaid([chart])).toEqual([{ type: 'flowchart-v2' }]);
  });
});
