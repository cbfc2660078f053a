import { execFileSync } from 'node:child_process';
import { readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GitFixture, GIT_ENV } from '../harness/git-fixture.ts';
import { runAction } from '../harness/run-action.ts';
import { runCli } from '../harness/run-cli.ts';
import { testPath } from '../harness/tool-path.mjs';

// Issue 76, "Past one runner", through the committed CLI bundle with real Helm: the same pull request checked by one
// runner and by a matrix of 3 shards (`--shard i/3`), each rendering its share of the apps, then one merge
// (`--merge-shards`) that says what the one runner said — the same count lines, the same not-rendered line, the
// same verdicts — and refuses when a shard is missing.

const APPS = ['api', 'web', 'jobs', 'db', 'cache'];

const CONFIG = [
  'environments:',
  '  - { name: staging, values: charts/*/values-staging.yaml }',
  '  - { name: prod, values: charts/*/values-prod.yaml, protected: true }',
  'render: on',
  'values-contract: off',
  '',
].join('\n');

const DIGEST = `sha256:${'a'.repeat(64)}`;

const chart = (app: string, version: string, replicas: number) => ({
  [`charts/${app}/Chart.yaml`]: `apiVersion: v2\nname: ${app}\nversion: ${version}\n`,
  [`charts/${app}/values.yaml`]: `image: ghcr.io/acme/${app}@${DIGEST}\n`,
  [`charts/${app}/values-staging.yaml`]: `# staging\nimage: ghcr.io/acme/${app}@${DIGEST}\n`,
  [`charts/${app}/values-prod.yaml`]: `# prod\nimage: ghcr.io/acme/${app}@${DIGEST}\n`,
  [`charts/${app}/templates/deployment.yaml`]: [
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata: { name: {{ .Chart.Name }} }',
    'spec:',
    `  replicas: ${replicas}`,
    '  selector: { matchLabels: { app: {{ .Chart.Name }} } }',
    '  template:',
    '    metadata: { labels: { app: {{ .Chart.Name }} } }',
    '    spec:',
    '      containers:',
    '        - { name: app, image: "{{ .Values.image }}" }',
    '',
  ].join('\n'),
});

let fixture: GitFixture;
let ws: string;
const env = () => ({ ...GIT_ENV, PATH: testPath('helm') });
const shards = () => join(ws, '.shards');

beforeAll(() => {
  fixture = GitFixture.create({ '.github/lockstep.yml': CONFIG, ...Object.assign({}, ...APPS.map((a) => chart(a, '1.0.0', 1))) });
  ws = fixture.clone('main');
  execFileSync('git', ['checkout', '-q', '-b', 'pr'], { cwd: ws });
  // The pull request changes three of the five charts: their apps render in both environments, the other four apps not.
  for (const [path, text] of Object.entries(Object.assign({}, ...['api', 'db', 'cache'].map((a) => chart(a, '1.1.0', 2)))))
    writeFileSync(join(ws, path), text as string);
  execFileSync('git', ['commit', '-qam', 'api, db, cache: two replicas'], { cwd: ws, env: { ...process.env, ...GIT_ENV } });
});

afterAll(() => fixture.cleanup());

beforeEach(() => rmSync(shards(), { recursive: true, force: true }));

/** The lines both runs must say alike: the count lines, the not-rendered line, the protected verdicts, the verdict. */
const story = (stdout: string) =>
  stdout.split('\n').filter((l) => / in (staging|prod)\/| not rendered: |protected environment |The check (passed|failed)/.test(l));

test('three shards merged say what one runner says; each shard renders its share alone', async () => {
  const one = await runCli(['check', '--base', 'main', '--head', 'HEAD'], { cwd: ws, env: env() });
  expect(one.stderr).toBe('');
  expect(one.code).toBe(0);
  expect(story(one.stdout).filter((l) => !l.startsWith('Compared'))).toEqual([
    '1 changed, 0 added, 0 removed in staging/api (api) (chart api 1.0.0 → 1.1.0 with Helm 3.17.3)',
    '1 changed, 0 added, 0 removed in prod/api (api) (chart api 1.0.0 → 1.1.0 with Helm 3.17.3)',
    '1 changed, 0 added, 0 removed in staging/cache (cache) (chart cache 1.0.0 → 1.1.0 with Helm 3.17.3)',
    '1 changed, 0 added, 0 removed in prod/cache (cache) (chart cache 1.0.0 → 1.1.0 with Helm 3.17.3)',
    '1 changed, 0 added, 0 removed in staging/db (db) (chart db 1.0.0 → 1.1.0 with Helm 3.17.3)',
    '1 changed, 0 added, 0 removed in prod/db (db) (chart db 1.0.0 → 1.1.0 with Helm 3.17.3)',
    'note: protected environment prod/api: ✅ every rendered image pinned by digest (1 image judged)',
    'note: protected environment prod/cache: ✅ every rendered image pinned by digest (1 image judged)',
    'note: protected environment prod/db: ✅ every rendered image pinned by digest (1 image judged)',
    'note: protected environment prod/jobs: ⚪ not judged: this pull request changes nothing it renders, so its images were not rendered',
    'note: protected environment prod/web: ⚪ not judged: this pull request changes nothing it renders, so its images were not rendered',
    'note: not rendered: 4 environments that nothing this pull request changes reaches (their chart, values, Application and overlay are as at the base): staging/jobs, staging/web, prod/jobs, prod/web',
  ]);
  const rendered: string[][] = [];
  for (const i of [1, 2, 3]) {
    const r = await runCli(
      ['check', '--base', 'main', '--head', 'HEAD', '--shard', `${i}/3`, '--shard-result', `.shards/check-${i}.json`],
      {
        cwd: ws,
        env: env(),
      },
    );
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    rendered.push(
      story(r.stdout)
        .filter((l) => / in (staging|prod)\//.test(l))
        .map((l) => / in ((staging|prod)\/\w+)/.exec(l)![1]),
    );
  }
  // The split by name (deploy/shard-split.ts): staging/api 2, staging/db 3, staging/cache 2, prod/api 2, prod/db 1, prod/cache 3;
  // each shard lists its renders as one runner does, chart by chart (api, cache, db).
  expect(rendered).toEqual([['prod/db'], ['staging/api', 'prod/api', 'staging/cache'], ['prod/cache', 'staging/db']]);
  expect(readdirSync(shards()).sort()).toEqual(['check-1.json', 'check-2.json', 'check-3.json']);
  const merged = await runCli(['check', '--merge-shards', '.shards', '--base', 'main', '--head', 'HEAD'], { cwd: ws, env: env() });
  expect(merged.stderr).toBe('');
  expect(merged.code).toBe(0);
  // Line for line what one runner says, its status sentence saying it was merged.
  expect(story(merged.stdout)).toEqual(
    story(one.stdout).map((l) => l.replace(' The check passed.', ' Merged from 3 shards. The check passed.')),
  );
});

test('a missing shard refuses the merge, naming it; a shard of another commit too', async () => {
  for (const i of [1, 3])
    await runCli(['check', '--base', 'main', '--head', 'HEAD', '--shard', `${i}/3`, '--shard-result', `.shards/check-${i}.json`], {
      cwd: ws,
      env: env(),
    });
  const missing = await runCli(['check', '--merge-shards', '.shards'], { cwd: ws, env: env() });
  expect(missing.code).toBe(1);
  expect(missing.stdout).toBe('');
  expect(missing.stderr).toContain('--merge-shards shard 2/3 has no result: its job failed or its file was not downloaded');
  // Shard 2 of the pull request's parent commit: the set is not one run.
  await runCli(['check', '--base', 'main', '--head', 'HEAD~1', '--shard', '2/3', '--shard-result', `.shards/check-2.json`], {
    cwd: ws,
    env: env(),
  });
  const other = await runCli(['check', '--merge-shards', '.shards'], { cwd: ws, env: env() });
  expect(other.code).toBe(1);
  expect(other.stderr).toMatch(/--merge-shards check-2\.json checked [0-9a-f]{40}\.\.[0-9a-f]{40}, another commit than check-1\.json's/);
});

test('a bad --shard is a usage error naming it, and writes nothing', async () => {
  const before = execFileSync('git', ['status', '--porcelain', '--ignored'], { cwd: ws, encoding: 'utf8' });
  const r = await runCli(['check', '--base', 'main', '--shard', '4/3'], { cwd: ws, env: env() });
  expect(r.code).toBe(2);
  expect(r.stderr.split('\n')[0]).toBe(
    "--shard is '4/3', not i/n with 1 ≤ i ≤ n ≤ 256 — give this job its share of a workflow matrix, its index and the matrix's size, e.g. --shard 2/8",
  );
  expect(execFileSync('git', ['status', '--porcelain', '--ignored'], { cwd: ws, encoding: 'utf8' })).toBe(before);
  const h = await runCli(['hydrate', '--shard', '0/8'], { cwd: ws, env: env() });
  expect(h.code).toBe(2);
  expect(h.stderr.split('\n')[0]).toBe(
    "--shard is '0/8', not i/n with 1 ≤ i ≤ n ≤ 256 — give this job its share of a workflow matrix, its index and the matrix's size, e.g. --shard 2/8",
  );
  // Shard flags that do not go together: usage too.
  const both = await runCli(['check', '--base', 'main', '--shard', '1/2', '--merge-shards', '.shards'], { cwd: ws, env: env() });
  expect([both.code, both.stderr.split('\n')[0]]).toEqual([
    2,
    '--merge-shards is set with --shard: a job either renders its share or merges the shards — give --shard to the matrix jobs and --merge-shards to the one job after them',
  ]);
  const alone = await runCli(['check', '--base', 'main', '--shard-result', 'x.json'], { cwd: ws, env: env() });
  expect([alone.code, alone.stderr.split('\n')[0]]).toEqual([
    2,
    '--shard-result is set without --shard — give --shard (i/n) too, or leave --shard-result out',
  ]);
  expect(execFileSync('git', ['status', '--porcelain', '--ignored'], { cwd: ws, encoding: 'utf8' })).toBe(before);
});

test('chart-bump-check with merge-shards: one summary, one verdict, one set of outputs from the shards of the pull request', async () => {
  const sha = (ref: string) => execFileSync('git', ['rev-parse', ref], { cwd: ws, encoding: 'utf8' }).trim();
  for (const i of [1, 2, 3]) {
    const r = await runAction('chart-bump-check', {
      workspace: ws,
      inputs: { base: sha('main'), head: sha('HEAD'), shard: `${i}/3`, 'shard-result': `.shards/check-${i}.json` },
      env: { PATH: testPath('helm') },
    });
    expect(r.code).toBe(0);
    expect(r.summary).toContain(`Shard ${i}/3: `);
  }
  const merged = await runAction('chart-bump-check', {
    workspace: ws,
    inputs: { base: sha('main'), head: sha('HEAD'), 'merge-shards': '.shards' },
    env: { PATH: testPath('helm') },
  });
  expect(merged.code).toBe(0);
  expect(merged.outputs.ok).toBe('true');
  expect(JSON.parse(merged.outputs['changed-charts']).map((c: { name: string; head: string }) => `${c.name} ${c.head}`)).toEqual([
    'api 1.1.0',
    'cache 1.1.0',
    'db 1.1.0',
  ]);
  expect(merged.summary).toContain('Merged from 3 shards.');
  expect(merged.summary.match(/1 changed, 0 added, 0 removed in (staging|prod)\/\w+/g)).toEqual([
    '1 changed, 0 added, 0 removed in staging/api',
    '1 changed, 0 added, 0 removed in prod/api',
    '1 changed, 0 added, 0 removed in staging/cache',
    '1 changed, 0 added, 0 removed in prod/cache',
    '1 changed, 0 added, 0 removed in staging/db',
    '1 changed, 0 added, 0 removed in prod/db',
  ]);
  // A shard of this pull request missing: the merge fails, never passes.
  rmSync(join(shards(), 'check-2.json'));
  const missing = await runAction('chart-bump-check', {
    workspace: ws,
    inputs: { base: sha('main'), head: sha('HEAD'), 'merge-shards': '.shards' },
    env: { PATH: testPath('helm') },
  });
  expect(missing.code).toBe(1);
  expect(missing.outputs).toEqual({});
  expect(missing.stdout).toContain("input 'merge-shards' shard 2/3 has no result: its job failed or its file was not downloaded");
});
