import { parseConfigText } from '../../src/config/config.ts';
import { promoteOn } from '../../src/operations/promote/run.ts';
import type { PromoteGit, PromoteGitHub, PromoteWorld } from '../../src/promote/ports.ts';
import { checkRoute, type PromoteRequest } from '../../src/promote/request.ts';
import { digest, promoteRequestFor } from '../helpers.ts';

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
  const git: PromoteGit = {
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
  };
  const github = (glass?: { by: string; at: string }): PromoteGitHub => ({
    checkStates: async () => [],
    async upsertPull(p) {
      log.push(`pull draft=${p.draft}`);
      return { pull: { number: 7, url: 'https://github.com/acme/x/pull/7' }, outcome: 'created' };
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
  return { git, github, log };
}

const world = (git: PromoteGit, github: PromoteGitHub): PromoteWorld => ({
  git,
  github,
  readLocal: () => undefined,
  resolveDigest: async () => d('9'),
});
const promote = (over: Partial<PromoteRequest>, ports: PromoteWorld, now: number) => {
  const req = promoteRequestFor(CONFIG, { from: { kind: 'env', env: 'staging' }, to: 'prod', ...over });
  return promoteOn(req, checkRoute(req), ports, { now: () => now });
};

test('30 minutes after the merge (inside the window): held with "30m left", nothing published', async () => {
  const { git, github, log } = fakes();
  const r = await promote({}, world(git, github()), MERGED + 30 * MINUTE);
  expect(r.outcome).toBe('held');
  expect(r.gate?.holds.map((h) => h.message)).toEqual([
    `api: pinned in staging since 2026-11-23 09:30 UTC (${MERGE.slice(0, 12)}), min-soak 1h: 30m left`,
  ]);
  expect(log).toEqual([]);
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
