import { parseConfigText } from '../../../src/config/config.ts';
import { UserError } from '../../../src/errors.ts';
import { promoteOn } from '../../../src/operations/promote/run.ts';
import { gateLines } from '../../../src/promote/gates.ts';
import type { PromoteWorld } from '../../../src/promote/ports.ts';
import { gitDouble, gitHubDouble, worldDouble } from '../ports-double.ts';
import { checkRoute } from '../../../src/promote/request.ts';
import { digest as d, promoteRequestFor, pullRef } from '../../helpers.ts';

// staging → prod, where prod needs staging's promotion pull request (#41, merged as MERGE) approved.
const config = (approval: string) =>
  parseConfigText(
    [
      'services:',
      '  api: { image: ghcr.io/acme/api, values-key: api.image }',
      'environments:',
      '  - { name: staging, values: staging.yaml }',
      '  - name: prod',
      '    values: prod.yaml',
      `    approval: ${approval}`,
      '',
    ].join('\n'),
    '.github/lockstep.yml',
  );
const pin = (digest: string) => `api:\n  image:\n    tag: "1.0.0"\n    digest: ${digest}\n`;
const BASE = 'b'.repeat(40);
const MERGE = 'm'.repeat(40);

interface Org {
  /** Logins whose latest review of #41 approves its head commit. */
  approved: string[];
  /** Logins whose latest review of #41 approves an earlier commit. */
  stale?: string[];
  /** org/team → members. */
  teams?: Record<string, string[]>;
  environment?: { users: string[]; teams: { org: string; slug: string }[] };
}

function run(approval: string, org: Org | undefined) {
  const files: Record<string, string> = { 'staging.yaml': pin(d('1')), 'prod.yaml': pin(d('0')) };
  const asked: string[] = [];
  const bodies: string[] = [];
  const git = gitDouble({
    fetchBranch: async () => BASE,
    readAt: async (_c, p) => files[p],
    resolveRef: async () => undefined,
    lastCommit: async () => BASE,
    landedAt: async (_c, path) => (path === 'staging.yaml' ? MERGE : undefined),
    async publish(p) {
      await p.plan(BASE);
      return { outcome: 'created', head: 'h'.repeat(40), baseSha: BASE, replayed: [], skipped: [] };
    },
  });
  const github =
    org &&
    gitHubDouble({
      checkStates: async () => [],
      mergedPullOf: async (sha) => (sha === MERGE ? { number: 41, mergedAt: '2026-11-24T10:00:00Z' } : undefined),
      approvals: async (n) => {
        asked.push(`reviews #${n}`);
        return n === 41 ? { approved: org.approved, stale: org.stale ?? [] } : { approved: [], stale: [] };
      },
      teamMember: async (o, slug, login) => {
        asked.push(`member ${o}/${slug} ${login}`);
        return org.teams?.[`${o}/${slug}`]?.includes(login) ?? false;
      },
      environmentReviewers: async (name) => {
        asked.push(`environment ${name}`);
        return name === 'prod' ? org.environment : undefined;
      },
      async upsertPull(p) {
        bodies.push(p.body);
        return {
          pull: pullRef({ number: 42, url: 'https://github.com/acme/x/pull/42', draft: p.draft }),
          outcome: 'created',
          warnings: [],
        };
      },
      enableAutoMerge: async () => ({ enabled: false }),
    });
  const world: PromoteWorld = worldDouble({ git, github, resolveDigest: async () => d('9') });
  const req = promoteRequestFor(config(approval), { from: { kind: 'env', env: 'staging' }, to: 'prod', ...(org ? {} : { dryRun: true }) });
  return { asked, bodies, result: promoteOn(req, checkRoute(req), world, { now: () => Date.parse('2026-11-25T12:00:00Z') }) };
}

test('approved by a member of a named team: the pull request opens and its body says who approved', async () => {
  const { asked, bodies, result } = run('{ teams: [acme/platform, acme/sre] }', {
    approved: ['bob', 'alice'],
    teams: { 'acme/sre': ['alice'] },
  });
  const r = await result;
  expect(r.outcome).toBe('pr');
  expect(r.gate?.holds).toEqual([]);
  expect(r.gate?.notes).toEqual(['Approved: #41 (the promotion into staging) was approved by @alice (member of acme/sre).']);
  // The body names the approver without pinging them (a zero-width joiner after the @).
  expect(bodies[0]).toContain('> Approved: #41 (the promotion into staging) was approved by @\u200dalice (member of acme/sre).');
  expect(asked).toEqual([
    'reviews #41',
    'member acme/platform bob',
    'member acme/sre bob',
    'member acme/platform alice',
    'member acme/sre alice',
  ]);
});

test('approved only by someone outside the teams: held, naming who must approve and who did; nothing written', async () => {
  const { bodies, result } = run('{ teams: [acme/platform] }', { approved: ['mallory'], teams: { 'acme/platform': ['alice'] } });
  const r = await result;
  expect(r.outcome).toBe('held');
  expect(r.gate && gateLines(r.gate)).toEqual([
    'Held by an approval: prod waits for #41 (the promotion into staging) to be approved by a member of acme/platform: approved only by @mallory, who may not.',
  ]);
  expect(bodies).toEqual([]);
});

test('approved by a team member only before a later push: held, saying the approval is on an earlier commit', async () => {
  const { bodies, result } = run('{ teams: [acme/platform] }', {
    approved: ['mallory'],
    stale: ['alice', 'erin'],
    teams: { 'acme/platform': ['alice'] },
  });
  const r = await result;
  expect(r.outcome).toBe('held');
  expect(r.gate?.holds.map((h) => h.message)).toEqual([
    'prod waits for #41 (the promotion into staging) to be approved by a member of acme/platform: approved by @alice only on a commit before the one that merged (a push came after the review)',
  ]);
  expect(bodies).toEqual([]);
});

test('not approved yet: held', async () => {
  const r = await run('{ teams: [acme/platform] }', { approved: [] }).result;
  expect(r.gate?.holds.map((h) => h.message)).toEqual([
    'prod waits for #41 (the promotion into staging) to be approved by a member of acme/platform: not approved yet',
  ]);
});

test('a required reviewer of the GitHub Environment, by login or through a reviewer team, lets it through', async () => {
  const byLogin = await run('{ github-environment: prod }', { approved: ['Carol'], environment: { users: ['carol'], teams: [] } }).result;
  expect(byLogin.gate?.notes).toEqual([
    'Approved: #41 (the promotion into staging) was approved by @Carol (required reviewer of the GitHub Environment prod).',
  ]);
  const byTeam = await run('{ github-environment: prod }', {
    approved: ['dan'],
    teams: { 'acme/release': ['dan'] },
    environment: { users: [], teams: [{ org: 'acme', slug: 'release' }] },
  }).result;
  expect(byTeam.outcome).toBe('pr');
});

test('a GitHub Environment with no required reviewers holds: nothing says who may approve', async () => {
  const r = await run('{ github-environment: production }', { approved: ['carol'] }).result;
  expect(r.gate?.holds.map((h) => h.message)).toEqual([
    'prod waits for #41 (the promotion into staging) to be approved by a required reviewer of the GitHub Environment production: the GitHub Environment production has no required reviewers to read',
  ]);
});

test('without a token (a local dry run) it fails closed: held, naming why', async () => {
  const r = await run('{ teams: [acme/platform] }', undefined).result;
  expect(r.outcome).toBe('held');
  expect(r.gate?.holds.map((h) => h.message)).toEqual([
    'prod waits for the promotion before it to be approved by a member of acme/platform: no github-token: who approved cannot be read',
  ]);
});

test('a team not written org/team is an error at its config line', () => {
  let thrown: unknown;
  try {
    config('{ teams: ["platform; rm -rf /"] }');
  } catch (e) {
    thrown = e;
  }
  expect(thrown).toBeInstanceOf(UserError);
  expect((thrown as UserError).line).toBe(7);
});
