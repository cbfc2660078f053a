import { parseConfigText } from '../../src/config/config.ts';
import { promoteOn } from '../../src/operations/promote/run.ts';
import type { PromoteGit, PromoteGitHub, PromoteWorld } from '../../src/promote/ports.ts';
import { gitDouble, gitHubDouble, worldDouble } from '../promote/ports-double.ts';
import { checkRoute, type PromoteRequest } from '../../src/promote/request.ts';
import { digest, promoteRequestFor, pullRef, type RequestOver } from '../helpers.ts';

// The gate step of a promotion with plain fakes and a clock moved by hand:
// staging's api pin landed at 09:30 (its merge commit), min-soak 1h; prod
// accepts promotions on weekdays 09:00-17:00 Paris time.

const d = digest;
const MINUTE = 60_000;
const MERGED = Date.parse('2026-11-23T09:30:00Z');
const CONFIG = parseConfigText(
  [
    'services:',
    '  api: { image: ghcr.io/acme/api, values-key: api.image }',
    'environments:',
    '  - { name: dev, values: dev.yaml }',
    '  - { name: staging, values: staging.yaml, min-soak: 1h }',
    '  - name: prod',
    '    values: prod.yaml',
    '    auto-merge: true',
    '    windows: { allow: [{ cron: "0 9 * * 1-5", duration: 8h, timezone: Europe/Paris }] }',
    '',
  ].join('\n'),
  '.github/lockstep.yml',
);
const pin = (tag: string, digest: string) => `api:\n  image:\n    tag: "${tag}"\n    digest: ${digest}\n`;
const BASE = 'b'.repeat(40);
const MERGE = 'm'.repeat(40);
const OLDER = 'o'.repeat(40);

/** Staging took 1.1.0 in MERGE (09:30); before, OLDER pinned 1.0.0. */
function fakes() {
  const files: Record<string, Record<string, string>> = {
    [BASE]: { 'dev.yaml': pin('1.1.0', d('1')), 'staging.yaml': pin('1.1.0', d('1')), 'prod.yaml': pin('1.0.0', d('2')) },
    [MERGE]: { 'staging.yaml': pin('1.1.0', d('1')) },
    [OLDER]: { 'staging.yaml': pin('1.0.0', d('2')) },
  };
  const log: string[] = [];
  const git = gitDouble({
    fetchBranch: async (b) => (b === 'main' ? BASE : undefined),
    readAt: async (c, p) => files[c]?.[p],
    resolveRef: async () => undefined,
    lastCommit: async () => MERGE,
    firstParentLog: async (_c, path) => ({
      entries:
        path === 'staging.yaml'
          ? [
              { sha: MERGE, time: MERGED },
              { sha: OLDER, time: MERGED - 600 * MINUTE },
            ]
          : [],
      complete: true,
    }),
    async publish(p) {
      const planned = await p.plan(BASE);
      log.push(`publish ${p.branch} (${planned.files.length} file)`);
      return { outcome: 'created', head: 'h'.repeat(40), baseSha: BASE, replayed: [], skipped: [] };
    },
  });
  // The merged pull request GitHub associates with a commit (none: a direct push).
  const merged = new Map<string, { number: number; mergedAt: string }>();
  const github = (glass?: { by: string; at: string }) =>
    gitHubDouble({
      checkStates: async () => [],
      mergedPullOf: async (sha) => merged.get(sha),
      async upsertPull(p) {
        log.push(`pull draft=${p.draft}`);
        return { pull: pullRef({ number: 7, url: 'https://github.com/acme/x/pull/7', draft: p.draft }), outcome: 'created', warnings: [] };
      },
      async enableAutoMerge() {
        log.push('auto-merge');
        return { enabled: true };
      },
      breakGlass: async (branch, _base, label) => {
        log.push(`break-glass? ${branch} ${label}`);
        return glass && { label, pull: 7, ...glass };
      },
    });
  return { git, github, log, merged };
}

const world = (git: PromoteGit, github: PromoteGitHub): PromoteWorld => worldDouble({ git, github, resolveDigest: async () => d('9') });
const promote = (over: Partial<PromoteRequest>, ports: PromoteWorld, now: number) => {
  const req = promoteRequestFor(CONFIG, { from: { kind: 'env', env: 'staging' }, to: 'prod', ...over });
  return promoteOn(req, checkRoute(req), ports, { now: () => now });
};

test('30 minutes after the merge (inside the window): held with "30m left", nothing published', async () => {
  const { git, github, log } = fakes();
  const r = await promote({}, world(git, github()), MERGED + 30 * MINUTE);
  expect(r.outcome).toBe('held');
  expect(r.gate?.holds.map((h) => h.message)).toEqual([
    `api: pinned in staging since 2026-11-23 09:30 UTC (${MERGE.slice(0, 12)}, committer date: no PR found; a direct push can backdate it), min-soak 1h: 30m left`,
  ]);
  expect(log).toEqual([]);
});

test('a commit dated 09:30 whose pull request merged at 10:20: measured from merged_at, held at 10:31 (the committer date said 61 minutes)', async () => {
  const { git, github, log, merged } = fakes();
  merged.set(MERGE, { number: 12, mergedAt: '2026-11-23T10:20:00Z' });
  const r = await promote({}, world(git, github()), MERGED + 61 * MINUTE);
  expect(r.outcome).toBe('held');
  expect(r.gate?.holds.map((h) => h.message)).toEqual([
    `api: pinned in staging since 2026-11-23 10:20 UTC (${MERGE.slice(0, 12)}, merged_at of #12), min-soak 1h: 49m left`,
  ]);
  expect(log).toEqual([]);
});

test('no pull request, a Deployment of staging on the commit at 10:00: measured from the Deployment', async () => {
  const { git, github, merged } = fakes();
  merged.clear();
  const withDeployment: PromoteGitHub = {
    ...github(),
    deployedAt: async (environment, sha) =>
      environment === 'staging' && sha === MERGE ? { id: 31, createdAt: '2026-11-23T10:00:00Z' } : undefined,
  };
  const r = await promote({}, world(git, withDeployment), MERGED + 61 * MINUTE);
  expect(r.gate?.holds.map((h) => h.message)).toEqual([
    `api: pinned in staging since 2026-11-23 10:00 UTC (${MERGE.slice(0, 12)}, created_at of Deployment 31), min-soak 1h: 29m left`,
  ]);
});

test('the clock moved to 61 minutes: the pull request is opened, auto-merge asked for', async () => {
  const { git, github, log } = fakes();
  const r = await promote({}, world(git, github()), MERGED + 61 * MINUTE);
  expect(r.outcome).toBe('pr');
  expect(log).toEqual(['publish promote/prod (1 file)', 'pull draft=false', 'auto-merge']);
});

test('before the window opens (06:00 UTC = 07:00 Paris): a draft without auto-merge; the break-glass label lets it through', async () => {
  const early = Date.parse('2026-11-24T06:00:00Z');
  const held = fakes();
  const r = await promote({}, world(held.git, held.github()), early);
  expect(r.outcome).toBe('pr');
  expect(r.gate?.action).toBe('draft');
  expect(r.gate?.holds[0].message).toMatch(/opens at 2026-11-24 09:00 Europe\/Paris$/);
  expect(held.log).toEqual(['break-glass? promote/prod break-glass', 'publish promote/prod (1 file)', 'pull draft=true']);

  const glass = fakes();
  const through = await promote({}, world(glass.git, glass.github({ by: 'oncall-alice', at: '2026-11-24T05:55:00Z' })), early);
  expect(through.gate?.action).toBe('go');
  expect(through.notes.join('\n')).toContain(
    "Break glass: the label 'break-glass' on #7 was added by @oncall-alice at 2026-11-24T05:55:00Z",
  );
  expect(glass.log).toEqual(['break-glass? promote/prod break-glass', 'publish promote/prod (1 file)', 'pull draft=false', 'auto-merge']);
});

test('push: direct outside the window is refused before anything is written', async () => {
  const { git, github, log } = fakes();
  const r = await promote({ push: 'direct' }, world(git, github()), Date.parse('2026-11-24T06:00:00Z'));
  expect(r.outcome).toBe('held');
  expect(log).toEqual([]);
});

test('a dry run outside the window is held, as docs/cli.md says: outcome held, nothing changed or written (issue 73, item 12)', async () => {
  const { git, github, log } = fakes();
  const r = await promote({ dryRun: true }, world(git, github()), Date.parse('2026-11-24T06:00:00Z'));
  expect([r.outcome, r.changed, r.gate?.action]).toEqual(['held', false, 'draft']);
  expect(r.gate?.holds.map((h) => h.message)).toEqual([
    "promotions into prod are closed: outside the allow window '0 9 * * 1-5' for 8h (Europe/Paris); opens at 2026-11-24 09:00 Europe/Paris",
  ]);
  expect(log).toEqual(['break-glass? promote/prod break-glass']);
  // Inside the window the same dry run says what would change, exit 0.
  const open = fakes();
  const inside = await promote({ dryRun: true }, world(open.git, open.github()), MERGED + 61 * MINUTE);
  expect([inside.outcome, inside.changed]).toEqual(['dry-run', true]);
});

describe('the soak time and wait of the source environment, not the target', () => {
  // staging (the source) soaks 1h and refuses; prod (the target) says 5m and draft, which apply to promotions out of prod.
  const SOURCE_TARGET = parseConfigText(
    [
      'services:',
      '  api: { image: ghcr.io/acme/api, values-key: api.image }',
      'environments:',
      '  - { name: dev, values: dev.yaml }',
      '  - { name: staging, values: staging.yaml, min-soak: 1h }',
      '  - { name: prod, values: prod.yaml, min-soak: 5m, wait: draft }',
      '',
    ].join('\n'),
    '.github/lockstep.yml',
  );
  const run = (over: RequestOver, now: number) => {
    const { git: base, github, log } = fakes();
    // A rollback's ref (MERGE) pinned 0.9.0 in prod.
    const git: PromoteGit = {
      ...base,
      resolveRef: async (ref) => (ref === 'v1' ? MERGE : undefined),
      readAt: async (c, p) => (c === MERGE && p === 'prod.yaml' ? pin('0.9.0', d('5')) : base.readAt(c, p)),
    };
    const req = promoteRequestFor(SOURCE_TARGET, { from: { kind: 'env', env: 'staging' }, to: 'prod', ...over });
    return promoteOn(req, checkRoute(req), world(git, github()), { now: () => now }).then((r) => ({ r, log }));
  };

  test("30 minutes after the merge: held by staging's 1h and refused as staging says (prod's 5m and draft are not read)", async () => {
    const { r, log } = await run({}, MERGED + 30 * MINUTE);
    expect(r.outcome).toBe('held');
    expect(r.gate?.action).toBe('refuse');
    expect(r.gate?.holds.map((h) => h.message)).toEqual([
      `api: pinned in staging since 2026-11-23 09:30 UTC (${MERGE.slice(0, 12)}, committer date: no PR found; a direct push can backdate it), min-soak 1h: 30m left`,
    ]);
    expect(log).toEqual([]);
  });

  test('the inputs min-soak and wait beat the source’s keys', async () => {
    const shorter = await run({ minSoak: 20 * MINUTE }, MERGED + 30 * MINUTE);
    expect(shorter.r.outcome).toBe('pr');
    expect(shorter.log).toEqual(['publish promote/prod (1 file)', 'pull draft=false']);
    const drafted = await run({ wait: 'draft' }, MERGED + 30 * MINUTE);
    expect(drafted.r.gate?.action).toBe('draft');
    expect(drafted.log).toEqual(['publish promote/prod (1 file)', 'pull draft=true']);
  });

  test('a rollback into prod says the soak time of staging, the environment before it', async () => {
    const { r } = await run({ from: { kind: 'ref', ref: 'v1' } }, MERGED + 30 * MINUTE);
    expect(r.notes).toContain('A rollback (from: ref:) does not wait for the soak time of staging (min-soak 1h).');
  });
});

describe('soak time in a shallow clone', () => {
  // The base branch's first-parent history, newest first: 100 commits by other teams (10 s apart, none touching
  // staging.yaml), then the merge that pinned 1.1.0 at 09:30, then older commits that pinned 1.0.0. The clone holds
  // the first `depth` of them; its oldest one shows as adding the file (git shows a shallow boundary without parents).
  const at = (i: number) => `${String(i).padStart(4, '0')}`.repeat(10);
  const time = (i: number) => MERGED + (100 - i) * 10_000;
  function shallowFakes(deepens: boolean) {
    const base = fakes();
    let depth = 1;
    const asked: (number | 'rest')[] = [];
    const git: PromoteGit = {
      ...base.git,
      fetchBranch: async () => at(0),
      readAt: async (c, p) => {
        const i = c === BASE ? 0 : Number(c.slice(0, 4));
        if (i === 0 && p !== 'staging.yaml') return base.git.readAt(BASE, p);
        return p === 'staging.yaml' ? (i <= 100 ? pin('1.1.0', d('1')) : pin('1.0.0', d('2'))) : undefined;
      },
      firstParentLog: async () => {
        const changed = [...(depth > 100 ? [100] : []), depth - 1].map((i) => ({ sha: at(i), time: time(i) }));
        return { entries: changed, complete: depth >= 1000 };
      },
      async deepenHistory(commits) {
        asked.push(commits ?? 'rest');
        if (!deepens) return false;
        depth = commits === undefined ? 1000 : Math.min(1000, depth + commits);
        return true;
      },
    };
    return { git, github: base.github, log: base.log, asked };
  }

  test('30 minutes after the merge, 100 commits below the tip: deepened by 64, then 512, and held with "30m left"', async () => {
    const { git, github, log, asked } = shallowFakes(true);
    const r = await promote({}, world(git, github()), MERGED + 30 * MINUTE);
    expect(asked).toEqual([64, 512]);
    expect(r.gate?.holds.map((h) => h.message)).toEqual([
      `api: pinned in staging since 2026-11-23 09:30 UTC (${at(100).slice(0, 12)}, committer date: no PR found; a direct push can backdate it), min-soak 1h: 30m left`,
    ]);
    expect(log).toEqual([]);
  });

  test('at 61 minutes the same steps find the merge and the pull request is opened', async () => {
    const { git, github, log, asked } = shallowFakes(true);
    const r = await promote({}, world(git, github()), MERGED + 61 * MINUTE);
    expect(asked).toEqual([64, 512]);
    expect(r.outcome).toBe('pr');
    expect(log).toEqual(['publish promote/prod (1 file)', 'pull draft=false', 'auto-merge']);
  });

  test('two hours after the tip nothing is fetched: the tip alone is older than min-soak', async () => {
    const { git, github, asked } = shallowFakes(true);
    const r = await promote({}, world(git, github()), time(0) + 120 * MINUTE);
    expect(asked).toEqual([]);
    expect(r.outcome).toBe('pr');
  });

  test('when more history cannot be fetched the pin is held, not let through', async () => {
    const { git, github, log, asked } = shallowFakes(false);
    const r = await promote({}, world(git, github()), MERGED + 30 * MINUTE);
    expect(asked).toEqual([64]);
    expect(r.outcome).toBe('held');
    expect(r.gate?.holds.map((h) => h.message)).toEqual([
      `api: pinned in staging at least since 2026-11-23 09:46 UTC (${at(0).slice(0, 12)}), where the history at hand ends, so its soak time (min-soak 1h) cannot be measured: fetch the base branch's whole history`,
    ]);
    expect(log).toEqual([]);
  });
});
