import { parseConfigText } from '../../src/config/config.ts';
import { UserError } from '../../src/errors.ts';
import { promoteOn } from '../../src/operations/promote/run.ts';
import type { PromoteGit, PromoteGitHub, PromoteWorld, PublishOutcome } from '../../src/promote/ports.ts';
import { gitDouble, gitHubDouble, worldDouble } from '../promote/ports-double.ts';
import { checkRoute, type PromoteRequest } from '../../src/promote/request.ts';
import { environmentSettings } from '../../src/promote/environment-settings.ts';
import { digest, promoteRequestFor, pullRef } from '../helpers.ts';
import { whatsInLines } from '../../src/promote/publish/report.ts';

/** The promotion of `req` on its route, checked once as the operation's run checks it. */
const runPromotion = (req: PromoteRequest, world: PromoteWorld) =>
  promoteOn(req, checkRoute(req), world, { now: () => Date.parse('2026-11-23T10:00:00Z') });

const d = digest;
const CONFIG = parseConfigText(
  [
    'services:',
    '  api: { image: ghcr.io/acme/api, values-key: api.image }',
    'environments:',
    '  - { name: dev, values: dev.yaml, auto-merge: true }',
    '  - { name: staging, values: staging.yaml }',
    '  - { name: prod, values: prod.yaml, protected: true }',
    '',
  ].join('\n'),
  '.github/lockstep.yml',
);
const pin = (tag: string, digest: string) => `api:\n  image:\n    tag: "${tag}"\n    digest: ${digest}\n`;
const BASE = 'b'.repeat(40);

/** An in-memory git: files at the base commit, and a publish that records what it was asked and answers `outcome`. */
function fakeGit(files: Record<string, string>, outcome?: (files: { path: string; content: string }[]) => PublishOutcome) {
  const published: { branch: string; files: { path: string; content: string }[]; message: string }[] = [];
  const git = gitDouble({
    fetchBranch: async (b) => (b === 'main' ? BASE : undefined),
    readAt: async (_c, p) => files[p],
    resolveRef: async () => undefined,
    lastCommit: async () => 'c'.repeat(40),
    async publish(p) {
      const planned = await p.plan(BASE);
      published.push({ branch: p.branch, ...planned });
      return outcome ? outcome(planned.files) : { outcome: 'created', head: 'h'.repeat(40), baseSha: BASE, replayed: [], skipped: [] };
    },
  });
  return { git, published };
}

function fakeGitHub(state: 'success' | 'failure' = 'success') {
  const calls: string[] = [];
  const gh = gitHubDouble({
    checkStates: async (_sha, names) => names.map((name) => ({ name, state })),
    async upsertPull(p) {
      calls.push(`upsert ${p.branch} draft=${p.draft} labels=${p.labels.join(',')} body-warning=${p.body.includes('[!WARNING]')}`);
      return { pull: pullRef({ number: 7, url: 'https://github.com/acme/x/pull/7', draft: p.draft }), outcome: 'created', warnings: [] };
    },
    async enableAutoMerge(pull) {
      calls.push(`auto-merge #${pull.number}`);
      return { enabled: true };
    },
  });
  return { gh, calls };
}

const request = (over: Partial<PromoteRequest>) => promoteRequestFor(CONFIG, over);

const FILES = { 'dev.yaml': pin('1.1.0', d('1')), 'staging.yaml': pin('1.0.0', d('2')), 'prod.yaml': pin('1.0.0', d('2')) };
const world = (git: PromoteGit, github?: PromoteGitHub) => worldDouble({ git, github, resolveDigest: async () => d('9') });

describe('runPromotion with plain fakes', () => {
  test.each<[string, Partial<PromoteRequest>, string, string[], string[]]>([
    [
      'dev → staging: a PR on promote/staging',
      {},
      'pr',
      ['promote/staging'],
      ['upsert promote/staging draft=false labels=automation:release-bump body-warning=false'],
    ],
    ['staging → prod, already equal: nothing published', { from: { kind: 'env', env: 'staging' }, to: 'prod' }, 'nothing', [], []],
    [
      'into dev from a version: auto-merge from the config',
      { from: { kind: 'none' }, to: 'dev', version: '1.2.0' },
      'pr',
      ['promote/dev'],
      ['upsert promote/dev draft=false labels=automation:release-bump body-warning=false', 'auto-merge #7'],
    ],
    ['dry run: nothing published', { dryRun: true }, 'dry-run', [], []],
    ['push: direct: the base branch, no PR', { push: 'direct' }, 'direct', ['main'], []],
  ])('%s', async (_n, over, outcome, branches, calls) => {
    const { git, published } = fakeGit(FILES);
    const { gh, calls: made } = fakeGitHub();
    const r = await runPromotion(request(over), world(git, gh));
    expect(r.outcome).toBe(outcome);
    expect(published.map((p) => p.branch)).toEqual(branches);
    expect(made).toEqual(calls);
    for (const p of published) expect(p.message).toContain('Lockstep-Generated: promote-env');
  });

  test('a protected target gets a draft', async () => {
    const { git } = fakeGit({ ...FILES, 'staging.yaml': pin('1.1.0', d('1')) });
    const { gh, calls } = fakeGitHub();
    const r = await runPromotion(request({ from: { kind: 'env', env: 'staging' }, to: 'prod' }), world(git, gh));
    expect(r.draft).toBe(true);
    expect(calls).toEqual(['upsert promote/prod draft=true labels=automation:release-bump body-warning=false']);
  });

  // The config refuses `{protected: true, auto-merge: true}` and checkRoute refuses the input auto-merge: true
  // into a protected environment; this request is built past both, so only the guard at the PR stops auto-merge.
  test('a protected target that says auto-merge (past the config and input refusals): a draft, auto-merge never asked', async () => {
    const { git } = fakeGit({ ...FILES, 'staging.yaml': pin('1.1.0', d('1')) });
    const { gh, calls } = fakeGitHub();
    const req = request({ from: { kind: 'env', env: 'staging' }, to: 'prod' });
    const route = checkRoute(req);
    req.settingsByEnvironment = {
      ...req.settingsByEnvironment,
      prod: { ...req.settingsByEnvironment.prod, autoMerge: true },
    };
    expect(environmentSettings(req, 'prod').autoMerge).toBe(true);
    expect(req.environments.find((e) => e.name === 'prod')?.protected).toBe(true);
    const r = await promoteOn(req, route, world(git, gh), { now: () => Date.parse('2026-11-23T10:00:00Z') });
    expect(r.outcome).toBe('pr');
    expect(r.autoMerge).toBeUndefined();
    expect(calls).toEqual(['upsert promote/prod draft=true labels=automation:release-bump body-warning=false']);
  });

  test('red required checks: nothing published, no PR', async () => {
    const { git, published } = fakeGit(FILES);
    const { gh, calls } = fakeGitHub('failure');
    const r = await runPromotion(request({ requireChecks: ['e2e'] }), world(git, gh));
    expect(r.outcome).toBe('checks');
    expect(r.plan.checks).toEqual([{ sha: 'c'.repeat(40), states: [{ name: 'e2e', state: 'failure' }] }]);
    expect(published).toEqual([]);
    expect(calls).toEqual([]);
  });

  test('a conflicting human commit: the branch is left alone and the PR body says why', async () => {
    const { git } = fakeGit(FILES, () => ({
      outcome: 'conflict',
      baseSha: BASE,
      previous: 'p'.repeat(40),
      commit: 'e'.repeat(40),
      subject: 'pin by hand',
      files: ['staging.yaml'],
    }));
    const { gh, calls } = fakeGitHub();
    const r = await runPromotion(request({}), world(git, gh));
    expect(r.pushed).toBe(false);
    expect(r.commit).toBe('p'.repeat(40));
    expect(r.notes.join('\n')).toContain('"pin by hand") that conflicts with this promotion in staging.yaml; the branch was left alone');
    expect(calls).toEqual(['upsert promote/staging draft=false labels=automation:release-bump body-warning=true']);
  });

  test('a rejected push is a UserError naming branch protection', async () => {
    const { git } = fakeGit(FILES, () => ({ outcome: 'rejected', baseSha: BASE, detail: 'protected branch hook declined' }));
    await expect(runPromotion(request({ push: 'direct' }), world(git))).rejects.toThrow(UserError);
  });

  test('a PR without a token is refused before anything is published', async () => {
    const { git, published } = fakeGit(FILES);
    await expect(runPromotion(request({}), world(git))).rejects.toThrow('opening a pull request needs github-token');
    expect(published).toEqual([]);
  });
});

describe('what a promotion ships: read where a face shows it', () => {
  /** fakeGit whose history has the tags v1.0.0 and v1.1.0, one commit apart, recording every read of them. */
  function history() {
    const { git } = fakeGit(FILES);
    const reads: string[] = [];
    const tags: Record<string, string> = { 'v1.0.0': '1'.repeat(40), 'v1.1.0': '2'.repeat(40) };
    const shipping: PromoteGit = {
      ...git,
      fetchTags: async () => void reads.push('fetch tags'),
      resolveRef: async (ref) => (reads.push(`resolve ${ref}`), tags[ref]),
      commitsBetween: async (from, to) => (reads.push(`commits ${from.slice(0, 4)}..${to.slice(0, 4)}`), [{ sha: to, subject: 'A fix' }]),
    };
    return { git: shipping, reads };
  }
  const bodies: string[] = [];
  const github = gitHubDouble({
    async upsertPull(p) {
      bodies.push(p.body);
      return { pull: pullRef({ number: 7, url: 'https://github.com/acme/x/pull/7', draft: p.draft }), outcome: 'created', warnings: [] };
    },
    enableAutoMerge: async () => ({ enabled: true }),
  });
  const at = { now: () => Date.parse('2026-11-23T10:00:00Z') };
  const READS = ['fetch tags', 'resolve v1.0.0', 'resolve v1.1.0', 'commits 1111..2222'];

  test.each<[string, Partial<PromoteRequest>, boolean, string[] | undefined, string[]]>([
    ['a dry run shown in prose', { dryRun: true }, true, ['ships api: 1.0.0 → 1.1.0 (1 commit); no CHANGELOG.md'], READS],
    ['a dry run shown as --json', { dryRun: true }, false, undefined, []],
    ['a direct push shown as --json', { push: 'direct' }, false, undefined, []],
  ])('%s', async (_name, over, whatShips, lines, reads) => {
    const h = history();
    const r = await promoteOn(request(over), checkRoute(request(over)), world(h.git, github), at, { whatShips });
    expect(r.whatsIn ? whatsInLines(r.whatsIn) : undefined).toEqual(lines);
    expect(h.reads).toEqual(reads);
  });

  test('a pull request’s body says it whatever the face', async () => {
    const h = history();
    bodies.length = 0;
    const r = await promoteOn(request({}), checkRoute(request({})), world(h.git, github), at, { whatShips: false });
    expect(r.outcome).toBe('pr');
    expect(h.reads).toEqual(READS);
    expect(bodies).toHaveLength(1);
    expect(bodies[0]).toContain('no CHANGELOG.md');
  });
});
