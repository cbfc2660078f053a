import { execFileSync } from 'node:child_process';
import { GitFixture } from '../harness/git-fixture.ts';
import { digest as d, environmentValues } from '../harness/promote-fixture.ts';
import { type GitHubDouble, startGitHubDouble } from '../harness/github-double/index.ts';
import { type ActionRun, runAction } from '../harness/run-action.ts';
import { runCli } from '../harness/run-cli.ts';

// End-to-end (issue 75 item 2), through the committed promote-env bundle (real git with a bare origin, the GitHub
// double checked against GitHub's OpenAPI description) and the committed CLI: an image tag lower than the target's
// (SemVer order) is refused like a chart downgrade, at the target's line, unless allow-image-downgrade or a rollback;
// and a repository with no services, whose environments are Applications, promotes the chart version alone.

const REPO = 'acme/monorepo';
let fixture: GitFixture;
let double: GitHubDouble;

afterEach(async () => {
  await double?.stop();
  fixture?.cleanup();
});

async function setUp(files: Record<string, string>): Promise<string> {
  fixture = GitFixture.create(files);
  double = await startGitHubDouble({ repositories: [{ fullName: REPO, path: fixture.origin, allowAutoMerge: true }] });
  return fixture.clone('main');
}

const promote = (ws: string, inputs: Record<string, string>): Promise<ActionRun> =>
  runAction('promote-env', {
    workspace: ws,
    inputs: { 'github-token': double.token, ...inputs },
    env: { ...double.env(), HOME: ws },
    timeoutMs: 90000,
  });
const errors = (r: ActionRun) => r.annotations.filter((a) => a.level === 'error').map((a) => `${a.file}:${a.line}: ${a.message}`);
const originBranches = () =>
  execFileSync('git', ['--git-dir', fixture.origin, 'for-each-ref', '--format=%(refname)', 'refs/heads'], { encoding: 'utf8' }).trim();

describe('an image tag lowered by a promotion', () => {
  const files = {
    '.github/lockstep.yml': [
      'services:',
      '  api: { image: ghcr.io/acme/api, values-key: services.api.image }',
      '  worker: { image: ghcr.io/acme/worker, values-key: services.worker.image }',
      'environments:',
      '  - { name: staging, values: envs/staging.yaml }',
      '  - { name: prod, values: envs/prod.yaml }',
      '',
    ].join('\n'),
    // staging was rolled back to api 1.7.3 after prod took 1.8.0; worker moves up.
    'envs/staging.yaml': environmentValues('staging', ['1.7.3', d('c')], ['0.9.2', d('e')]),
    'envs/prod.yaml': environmentValues('prod', ['1.8.0', d('a')], ['0.9.1', d('b')]),
  };

  test("refused at prod's tag line, naming both tags; nothing pushed, no pull request", async () => {
    const ws = await setUp(files);
    const r = await promote(ws, { from: 'staging', to: 'prod' });
    expect(r.code).toBe(1);
    expect(errors(r)).toEqual([expect.stringMatching(/^envs\/prod\.yaml:\d+: .*api 1\.8\.0 → 1\.7\.3 lowers the image tag prod runs/)]);
    expect(errors(r)[0]).toContain('set allow-image-downgrade: true to lower it on purpose');
    expect(errors(r)[0].split(':')[1]).toBe('6');
    expect(originBranches()).toBe('refs/heads/main');
    expect(double.log.filter((x) => x.method !== 'GET')).toEqual([]);
  });

  test('allow-image-downgrade: the pull request is opened and its body says the tag was lowered on purpose', async () => {
    const ws = await setUp(files);
    const r = await promote(ws, { from: 'staging', to: 'prod', 'allow-image-downgrade': 'true' });
    expect(errors(r)).toEqual([]);
    expect(r.code).toBe(0);
    const pull = double.log.find((x) => x.method === 'POST' && x.path === `/repos/${REPO}/pulls`);
    expect(JSON.parse(pull!.requestBody).body).toContain('api 1.8.0 → 1.7.3 lowers the image tag prod runs (allow-image-downgrade).');
  });

  test('the CLI refuses the same with its own hint, exit 1', async () => {
    const ws = await setUp(files);
    const r = await runCli(['promote', '--from', 'staging', '--to', 'prod', '--dry-run'], { cwd: ws });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('envs/prod.yaml:6: api 1.8.0 → 1.7.3 lowers the image tag prod runs');
    expect(r.stderr).toContain('pass --allow-image-downgrade to lower it on purpose');
  });
});

describe('a chart-only promotion: no services, every environment an Application', () => {
  const app = (env: string, version: string) =>
    [
      'apiVersion: argoproj.io/v1alpha1',
      'kind: Application',
      `metadata: { name: platform-${env} }`,
      'spec:',
      `  destination: { namespace: ${env} }`,
      '  sources:',
      `    - { repoURL: oci://ghcr.io/acme/charts, chart: platform, targetRevision: ${version}, helm: { valueFiles: [$values/envs/${env}.yaml] } }`,
      '    - { repoURL: https://github.com/acme/monorepo, targetRevision: main, ref: values }',
      '',
    ].join('\n');
  const files = {
    '.github/lockstep.yml': [
      'render: off',
      'environments:',
      '  - { name: staging, values: envs/staging.yaml, application: apps/staging.yaml }',
      '  - { name: prod, values: envs/prod.yaml, application: apps/prod.yaml }',
      '',
    ].join('\n'),
    'envs/staging.yaml': 'replicas: 2\n',
    'envs/prod.yaml': 'replicas: 3\n',
    'apps/staging.yaml': app('staging', '1.5.0'),
    'apps/prod.yaml': app('prod', '1.4.0'),
  };

  test("the promotion moves prod's targetRevision 1.4.0 → 1.5.0 and nothing else", async () => {
    const ws = await setUp(files);
    const r = await runCli(['promote', '--from', 'staging', '--to', 'prod', '--dry-run', '--json'], { cwd: ws });
    expect(r.stderr).not.toContain('error');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.changes).toEqual([{ service: 'chart', file: 'apps/prod.yaml', line: 7, 'old-version': '1.4.0', 'new-version': '1.5.0' }]);
    const diff = await runCli(['promote', '--from', 'staging', '--to', 'prod', '--dry-run'], { cwd: ws });
    expect(diff.stdout).toContain('-    - { repoURL: oci://ghcr.io/acme/charts, chart: platform, targetRevision: 1.4.0,');
    expect(diff.stdout).toContain('+    - { repoURL: oci://ghcr.io/acme/charts, chart: platform, targetRevision: 1.5.0,');
    expect(diff.stdout).not.toContain('--- a/envs/prod.yaml');
  });
});
