import { execFileSync } from 'node:child_process';
import { application, chartRepo, chartRepoConfig, serviceValues, type ChartShape } from '../harness/chart-repo.ts';
import type { GitFixture } from '../harness/git-fixture.ts';
import { type GitHubDouble, startGitHubDouble } from '../harness/github-double/index.ts';
import { LocalRegistry } from '../harness/registry.ts';
import { HelmIndex } from '../harness/helm-index.ts';
import { runPromoteEnv } from '../harness/promote-fixture.ts';
import type { ActionRun } from '../harness/run-action.ts';
import { runCli } from '../harness/run-cli.ts';

// End-to-end (issue 38, item 3): the committed promote-env bundle and the CLI
// bundle refuse a chart-version that is not one exact SemVer version or was
// never released (no `<chart>-<version>` tag, not in the registry), say an
// explicit version other than the source's in the pull request, and refuse a
// promotion that lowers the target's chart version unless it is a rollback
// (`from: ref:…`) or allow-chart-downgrade is set.

const REPO = 'acme/monorepo';
const RELEASED: [string, ChartShape][] = [
  ['3.9.0', { ingress: true, pdb: true }],
  ['4.0.0', { ingress: false, pdb: true }],
  ['4.1.0', { ingress: true, pdb: true }],
];
const TIP: [string, ChartShape] = ['5.0.0', { ingress: true, pdb: false }];

let registry: LocalRegistry;
let fixture: GitFixture | undefined;
let double: GitHubDouble | undefined;
let ws: string;

beforeAll(async () => {
  registry = await LocalRegistry.start();
}, 60000);
afterAll(async () => {
  await registry?.stop();
});
afterEach(async () => {
  await double?.stop();
  fixture?.cleanup();
  double = undefined;
  fixture = undefined;
});

/** The Applications read the (empty) acme/charts of a real registry: a version git lacks answers 404 there. */
const CHARTS = () => `oci://${registry.host}/acme/charts`;

async function setUp(prod: string, staging: string, repoURL = CHARTS()): Promise<void> {
  fixture = chartRepo(RELEASED, TIP, {
    '.github/lockstep.yml': chartRepoConfig(),
    'environments/dev/values.yaml': serviceValues('dev', '1.9.0'),
    'environments/staging/values.yaml': serviceValues('staging', '1.8.0'),
    'environments/prod/values.yaml': serviceValues('prod', '1.7.0'),
    'apps/dev/myapp.yaml': application('dev', staging, repoURL),
    'apps/staging/myapp.yaml': application('staging', staging, repoURL),
    'apps/prod/myapp.yaml': application('prod', prod, repoURL),
  });
  double = await startGitHubDouble({ repositories: [{ fullName: REPO, path: fixture.origin }] });
  ws = fixture.clone('main');
}

const run = (inputs: Record<string, string>): Promise<ActionRun> => runPromoteEnv(ws, double!, inputs);

const origin = (...args: string[]) => execFileSync('git', ['--git-dir', fixture!.origin, ...args], { encoding: 'utf8' }).trim();
const errors = (r: ActionRun) => r.annotations.filter((a) => a.level === 'error').map((a) => [a.file ?? null, a.line ?? null, a.message]);

function expectRefused(r: ActionRun, main: string): void {
  expect(r.code).toBe(1);
  expect(origin('rev-parse', 'refs/heads/main')).toBe(main);
  expect(origin('for-each-ref', '--format=%(refname)', 'refs/heads/promote/')).toBe('');
  expect(double!.pulls(REPO)).toEqual([]);
}

test('chart-version: 3.12 (a typo of 3.1.2) is refused as the input, before any request', async () => {
  await setUp('4.0.0', '4.1.0');
  const main = origin('rev-parse', 'main');
  const r = await run({ from: 'staging', to: 'prod', 'chart-version': '3.12' });
  expectRefused(r, main);
  expect(errors(r)).toEqual([
    [
      null,
      null,
      "input 'chart-version' is '3.12', not an exact chart version — give one released SemVer version, e.g. 3.1.2 or 4.0.0-rc.1",
    ],
  ]);
  expect(double!.log).toEqual([]);
});

test('a version never released (no tag, not in the registry) is refused, naming what was tried; nothing written', async () => {
  await setUp('4.0.0', '4.1.0');
  const main = origin('rev-parse', 'main');
  const r = await run({ from: 'staging', to: 'prod', 'chart-version': '4.1.1' });
  expectRefused(r, main);
  expect(errors(r)).toEqual([
    [
      null,
      null,
      `input 'chart-version' is 4.1.1, which is not a released version of chart myapp: tried tag myapp-4.1.1 (not in the repository); oci://${registry.host}/acme/charts/myapp:4.1.1 (${registry.host}/acme/charts/myapp:4.1.1 not found (MANIFEST_UNKNOWN: manifest unknown)) — give a version released as the tag myapp-<version> or pushed to the chart registry`,
    ],
  ]);
});

test('a released version other than the source runs is written, and the pull request and the summary say so', async () => {
  await setUp('3.9.0', '4.1.0');
  const r = await run({ from: 'staging', to: 'prod', 'chart-version': '4.0.0' });
  if (r.code !== 0) throw new Error(`exit ${r.code}\n${r.stdout}`);
  const note = 'The chart version 4.0.0 was given explicitly (chart-version, released as tag myapp-4.0.0); staging runs chart 4.1.0.';
  expect(double!.pulls(REPO)[0].body).toContain(note);
  expect(r.summary).toContain(note);
  expect(origin('show', 'refs/heads/promote/prod:apps/prod/myapp.yaml')).toContain('    targetRevision: 4.0.0\n');
});

test('staging runs 4.0.0, prod 4.1.0: an ordinary promotion that would lower prod is refused at the Application line', async () => {
  await setUp('4.1.0', '4.0.0');
  const main = origin('rev-parse', 'main');
  const r = await run({ from: 'staging', to: 'prod' });
  expectRefused(r, main);
  expect(errors(r)).toEqual([
    [
      'apps/prod/myapp.yaml',
      14,
      'apps/prod/myapp.yaml:14: chart 4.1.0 → 4.0.0 lowers the chart version prod runs — roll back with from: ref:<tag-or-sha>, or set allow-chart-downgrade: true to lower it on purpose',
    ],
  ]);
});

test('allow-chart-downgrade: true lets it through, said in the pull request', async () => {
  await setUp('4.1.0', '4.0.0');
  const r = await run({ from: 'staging', to: 'prod', 'allow-chart-downgrade': 'true', 'values-drift': 'warn' });
  if (r.code !== 0) throw new Error(`exit ${r.code}\n${r.stdout}`);
  expect(double!.pulls(REPO)[0].body).toContain('chart 4.1.0 → 4.0.0 lowers the chart version prod runs (allow-chart-downgrade).');
});

test('a rollback (from: ref:) to when prod ran 4.0.0 lowers it without an allowance', async () => {
  await setUp('4.0.0', '4.1.0');
  const before = origin('rev-parse', 'main');
  fixture!.commit('chore(prod): chart 4.1.0', { 'apps/prod/myapp.yaml': application('prod', '4.1.0', CHARTS()) });
  fixture!.git('push', '--quiet', 'origin', 'main');
  ws = fixture!.clone('main');
  const r = await run({ from: `ref:${before}`, to: 'prod', 'values-drift': 'warn' });
  if (r.code !== 0) throw new Error(`exit ${r.code}\n${r.stdout}`);
  expect(double!.pulls(REPO)[0].body).toContain('Rollback: chart 4.1.0 → 4.0.0 lowers the chart version prod runs.');
  expect(origin('show', 'refs/heads/promote/prod:apps/prod/myapp.yaml')).toContain('    targetRevision: 4.0.0\n');
});

test('lockstep promote (the CLI bundle) refuses --chart-version 3.12 and a version never released, writing nothing', async () => {
  await setUp('4.0.0', '4.1.0');
  const typo = await runCli(['promote', '--from', 'staging', '--to', 'prod', '--chart-version', '3.12'], { cwd: ws });
  expect(typo.code).toBe(1);
  expect(typo.stderr).toContain("--chart-version is '3.12', not an exact chart version");
  const never = await runCli(['promote', '--from', 'staging', '--to', 'prod', '--chart-version', '4.1.1'], { cwd: ws });
  expect(never.code).toBe(1);
  expect(never.stderr).toContain('4.1.1, which is not a released version of chart myapp: tried tag myapp-4.1.1 (not in the repository)');
  expect(execFileSync('git', ['-C', ws, 'status', '--porcelain'], { encoding: 'utf8' })).toBe('');
});

describe('chart-version from a classic Helm repository (an https repoURL; served on 127.0.0.1 with the index Helm wrote)', () => {
  let index: HelmIndex;
  beforeAll(async () => {
    index = await HelmIndex.start([['6.1.0', { ingress: true, pdb: true }]]);
  }, 120000);
  afterAll(async () => {
    await index?.stop();
  });

  test('a version its index.yaml lists is released: written, and said with the archive it was read from', async () => {
    await setUp('4.1.0', '4.1.0', index.url);
    const r = await run({ from: 'staging', to: 'prod', 'chart-version': '6.1.0' });
    if (r.code !== 0) throw new Error(`exit ${r.code}\n${r.stdout}`);
    const note = `The chart version 6.1.0 was given explicitly (chart-version, released as ${index.url}/myapp-6.1.0.tgz (listed in ${index.url}/index.yaml)); staging runs chart 4.1.0.`;
    expect(double!.pulls(REPO)[0].body).toContain(note);
    expect(origin('show', 'refs/heads/promote/prod:apps/prod/myapp.yaml')).toContain('    targetRevision: 6.1.0\n');
  });

  test('a version the index does not list is refused, naming the index and its answer; nothing written', async () => {
    await setUp('4.1.0', '4.1.0', index.url);
    const main = origin('rev-parse', 'main');
    const r = await run({ from: 'staging', to: 'prod', 'chart-version': '6.9.9' });
    expectRefused(r, main);
    expect(errors(r)).toEqual([
      [
        null,
        null,
        `input 'chart-version' is 6.9.9, which is not a released version of chart myapp: tried tag myapp-6.9.9 (not in the repository); ${index.url}/index.yaml (${index.url}/index.yaml lists no version 6.9.9 of chart myapp) — give a version released as the tag myapp-<version> or pushed to the chart registry`,
      ],
    ]);
  });
});
