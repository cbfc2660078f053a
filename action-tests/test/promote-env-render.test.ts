import { execFileSync } from 'node:child_process';
import { application, chartRepo, chartRepoConfig, helmPush, serviceValues, type ChartShape } from '../harness/chart-repo.ts';
import { LocalRegistry } from '../harness/registry.ts';
import type { GitFixture } from '../harness/git-fixture.ts';
import { type GitHubDouble, startGitHubDouble } from '../harness/github-double/index.ts';
import { digest, runPromoteEnv } from '../harness/promote-fixture.ts';
import type { ActionRun } from '../harness/run-action.ts';
import { runCli } from '../harness/run-cli.ts';
import { testPath } from '../harness/tool-path.mjs';

// End-to-end (issue 42): the committed promote-env bundle and the CLI bundle render the target with the real
// Helm 3.17.3 on PATH (helm template, no cluster) as it runs now and as it will after the merge, and show what
// the cluster will receive per object: in the pull request body, the job summary, the log and --json. A chart
// that does not render after the change refuses a protected environment's promotion; no Helm on PATH is one line.

const REPO = 'acme/monorepo';
const RELEASED: [string, ChartShape][] = [
  ['4.0.0', { ingress: false, pdb: true }],
  ['4.1.0', { ingress: true, pdb: true }],
];
const TIP: [string, ChartShape] = ['5.0.0', { ingress: true, pdb: true }];
/** PATH with the real Helm on it, as on a GitHub-hosted runner. */
const WITH_HELM = testPath('helm');

let fixture: GitFixture | undefined;
let double: GitHubDouble | undefined;
let ws: string;

afterEach(async () => {
  await double?.stop();
  fixture?.cleanup();
  double = undefined;
  fixture = undefined;
});

/** dev pins api at a new digest (d…); staging runs a (a…). Both run chart 4.1.0 unless told. */
async function setUp(o: { staging?: string; prod?: string; prodExtra?: string[]; config?: string } = {}): Promise<void> {
  const repoURL = 'oci://127.0.0.1:1/acme/charts';
  const dev = serviceValues('dev', '1.8.0').replace(`digest: ${digest('a')}`, `digest: ${digest('d')}`);
  fixture = chartRepo(RELEASED, TIP, {
    '.github/lockstep.yml': o.config ?? chartRepoConfig(),
    'environments/dev/values.yaml': dev,
    'environments/staging/values.yaml': serviceValues('staging', '1.8.0'),
    'environments/prod/values.yaml': serviceValues('prod', '1.8.0', o.prodExtra),
    'apps/dev/myapp.yaml': application('dev', '4.1.0', repoURL),
    'apps/staging/myapp.yaml': application('staging', o.staging ?? '4.1.0', repoURL),
    'apps/prod/myapp.yaml': application('prod', o.prod ?? '4.0.0', repoURL),
  });
  double = await startGitHubDouble({ repositories: [{ fullName: REPO, path: fixture.origin }] });
  ws = fixture.clone('main');
}

const origin = (...args: string[]) => execFileSync('git', ['--git-dir', fixture!.origin, ...args], { encoding: 'utf8' }).trim();

/** The Deployment api's diff: the image line is the one change. */
const API_DIFF = [
  '<details><summary>changed: Deployment acme-staging/myapp-staging-myapp-api</summary>',
  '',
  '```diff',
  '@@ -9,5 +9,5 @@',
  '       annotations: {}',
  '     spec:',
  '       containers:',
  `-        - image: ghcr.io/acme/api@${digest('a')}`,
  `+        - image: ghcr.io/acme/api@${digest('d')}`,
  '           name: api',
  '```',
  '',
  '</details>',
].join('\n');

describe('promote-env renders the target before and after', () => {
  test('a promotion that changes only an image digest: the Deployment image line is the diff, in the PR body, the summary and the log', async () => {
    await setUp();
    const r = await runPromoteEnvWithPath({ from: 'dev', to: 'staging' }, WITH_HELM);
    if (r.code !== 0) throw new Error(`exit ${r.code}\n${r.stdout}`);
    const [pull] = double!.pulls(REPO);
    const count = '- 1 changed, 0 added, 0 removed in staging (chart myapp 4.1.0 from charts/myapp at tag myapp-4.1.0 with Helm 3.17.3)';
    expect(pull.body).toContain(`### Rendered changes\n\n${count}\n\n${API_DIFF}`);
    expect(r.summary).toContain(`### Rendered changes\n\n${count}\n\n${API_DIFF}`);
    expect(r.stdout).toContain(
      'rendered: 1 changed, 0 added, 0 removed in staging (chart myapp 4.1.0 from charts/myapp at tag myapp-4.1.0 with Helm 3.17.3)\n',
    );
    expect(r.stdout).toContain(
      `  -        - image: ghcr.io/acme/api@${digest('a')}\n  +        - image: ghcr.io/acme/api@${digest('d')}\n`,
    );
  });

  test('helm-version: 4 on staging, both majors on PATH (Helm 3 first): staging renders with Helm 4.1.4, the same diff as Helm 3', async () => {
    await setUp({
      config: chartRepoConfig().replace(
        'application: apps/staging/myapp.yaml }',
        'application: apps/staging/myapp.yaml, helm-version: 4 }',
      ),
    });
    const r = await runPromoteEnvWithPath({ from: 'dev', to: 'staging' }, `${WITH_HELM}:${testPath('helm4')}`);
    if (r.code !== 0) throw new Error(`exit ${r.code}\n${r.stdout}`);
    const [pull] = double!.pulls(REPO);
    const count = '- 1 changed, 0 added, 0 removed in staging (chart myapp 4.1.0 from charts/myapp at tag myapp-4.1.0 with Helm 4.1.4)';
    expect(pull.body).toContain(`### Rendered changes\n\n${count}\n\n${API_DIFF}`);
    expect(r.summary).toContain(`### Rendered changes\n\n${count}\n\n${API_DIFF}`);
    expect(r.stdout).toContain(
      'rendered: 1 changed, 0 added, 0 removed in staging (chart myapp 4.1.0 from charts/myapp at tag myapp-4.1.0 with Helm 4.1.4)\n',
    );
  });

  test('helm-version: 4 with only Helm 3 on PATH: refused, naming the major, nothing written', async () => {
    await setUp({
      config: chartRepoConfig().replace(
        'application: apps/staging/myapp.yaml }',
        'application: apps/staging/myapp.yaml, helm-version: 4 }',
      ),
    });
    const before = origin('for-each-ref', '--format=%(refname) %(objectname)');
    const r = await runPromoteEnvWithPath({ from: 'dev', to: 'staging' }, WITH_HELM);
    expect(r.code).toBe(1);
    expect(r.annotations.filter((a) => a.level === 'error').map((a) => a.message)).toEqual([
      '.github/lockstep.yml:8: helm-version: 4: no Helm 4 on PATH to render staging with — add Helm 4 to PATH (azure/setup-helm with its version, or as helm4), or set helm-version to the Helm the runner has',
    ]);
    expect(double!.pulls(REPO)).toEqual([]);
    expect(origin('for-each-ref', '--format=%(refname) %(objectname)')).toBe(before);
  });

  test('a protected environment whose chart does not render after the change: refused with Helm message, nothing written', async () => {
    // prod runs 4.0.0 (no ingress template); 4.1.0 requires ingress.className when the ingress is enabled.
    await setUp({ prod: '4.0.0', staging: '4.1.0', prodExtra: ['ingress:', '  enabled: true'] });
    const main = origin('rev-parse', 'main');
    const r = await runPromoteEnvWithPath({ from: 'staging', to: 'prod', 'values-drift': 'off', 'values-contract': 'off' }, WITH_HELM);
    expect(r.code).toBe(1);
    expect(r.annotations.filter((a) => a.level === 'error').map((a) => [a.file, a.line, a.message])).toEqual([
      [
        'apps/prod/myapp.yaml',
        14,
        "apps/prod/myapp.yaml:14: render: the chart does not render after the change in prod, a protected environment: Error: execution error at (myapp/templates/ingress.yaml:7:23): ingress.className is required — fix the chart or the values so helm template succeeds (the message above is Helm's), or write render: off under this environment in the config; nothing was written",
      ],
    ]);
    expect(origin('rev-parse', 'refs/heads/main')).toBe(main);
    expect(origin('for-each-ref', '--format=%(refname)', 'refs/heads/promote/')).toBe('');
    expect(double!.pulls(REPO)).toEqual([]);
  });

  test('no Helm on PATH: one line saying rendering was skipped and how to add it; the promotion goes on', async () => {
    await setUp();
    const r = await runPromoteEnvWithPath({ from: 'dev', to: 'staging' }, '/usr/bin:/bin');
    if (r.code !== 0) throw new Error(`exit ${r.code}\n${r.stdout}`);
    expect(r.stdout).toContain(
      'rendered: staging: not rendered: no helm on PATH; add it with azure/setup-helm (GitHub-hosted Ubuntu runners ship Helm), or set render: off\n',
    );
    expect(double!.pulls(REPO)[0].body).not.toContain('Rendered changes');
  });

  test('render: on without Helm is an error; render: off renders nothing', async () => {
    await setUp();
    const on = await runPromoteEnvWithPath({ from: 'dev', to: 'staging', render: 'on' }, '/usr/bin:/bin');
    expect(on.code).toBe(1);
    expect(on.annotations.filter((a) => a.level === 'error').map((a) => a.message)).toEqual([
      'render: on needs Helm 3.8.0 or later: no helm on PATH — add it with azure/setup-helm (GitHub-hosted Ubuntu runners ship Helm)',
    ]);
    const off = await runPromoteEnvWithPath({ from: 'dev', to: 'staging', render: 'off' }, WITH_HELM);
    if (off.code !== 0) throw new Error(`exit ${off.code}\n${off.stdout}`);
    expect(off.stdout).not.toContain('rendered:');
    expect(double!.pulls(REPO)[0].body).not.toContain('Rendered changes');
  });

  test('render: on without Helm while the chart checks still read (a chart version promoted): the same one line in both faces, no uncaught exception', async () => {
    // The render runs beside the chart-version and values-drift checks; its refusal comes while they read the release tags.
    await setUp({ staging: '4.0.0' });
    const main = origin('rev-parse', 'main');
    const on = await runPromoteEnvWithPath({ from: 'dev', to: 'staging', render: 'on' }, '/usr/bin:/bin');
    expect(on.code).toBe(1);
    expect(on.annotations.filter((a) => a.level === 'error').map((a) => a.message)).toEqual([
      'render: on needs Helm 3.8.0 or later: no helm on PATH — add it with azure/setup-helm (GitHub-hosted Ubuntu runners ship Helm)',
    ]);
    expect(on.stderr).not.toMatch(/UserError|at targetHelm/);
    const cli = await runCli(['promote', '--from', 'dev', '--to', 'staging', '--render', 'on'], {
      cwd: ws,
      env: { PATH: '/usr/bin:/bin' },
    });
    expect(cli.code).toBe(1);
    expect(cli.stderr.trim().split('\n').at(-1)).toBe(
      'render: on needs Helm 3.8.0 or later: no helm on PATH — add it with azure/setup-helm (GitHub-hosted Ubuntu runners ship Helm)',
    );
    expect(cli.stderr).not.toMatch(/UserError|at targetHelm/);
    expect(origin('rev-parse', 'refs/heads/main')).toBe(main);
    expect(double!.pulls(REPO)).toEqual([]);
  });

  test('lockstep promote --json: rendered rows of environment, object, change and diff', async () => {
    await setUp();
    const r = await runCli(['promote', '--from', 'dev', '--to', 'staging', '--json'], { cwd: ws, env: { PATH: WITH_HELM } });
    if (r.code !== 0) throw new Error(`exit ${r.code}\n${r.stdout}\n${r.stderr}`);
    const out = JSON.parse(r.stdout) as { rendered: unknown };
    expect(out.rendered).toEqual([
      {
        environment: 'staging',
        object: 'Deployment acme-staging/myapp-staging-myapp-api',
        change: 'changed',
        diff: [
          '@@ -9,5 +9,5 @@',
          '       annotations: {}',
          '     spec:',
          '       containers:',
          `-        - image: ghcr.io/acme/api@${digest('a')}`,
          `+        - image: ghcr.io/acme/api@${digest('d')}`,
          '           name: api',
        ].join('\n'),
      },
    ]);
    const plain = await runCli(['promote', '--from', 'dev', '--to', 'staging'], { cwd: ws, env: { PATH: WITH_HELM } });
    expect(plain.stdout).toContain(
      `changed: Deployment acme-staging/myapp-staging-myapp-api\n@@ -9,5 +9,5 @@\n       annotations: {}\n     spec:\n       containers:\n-        - image: ghcr.io/acme/api@${digest('a')}\n`,
    );
  });
});

describe('promote-env renders the published OCI chart at the exact version', () => {
  let registry: LocalRegistry;
  beforeAll(async () => {
    registry = await LocalRegistry.start();
    // Only in the registry: 6.0.0 has the ingress template, 6.1.0 dropped it.
    await helmPush(registry.host, 'acme/published', '6.0.0', { ingress: true, pdb: true });
    await helmPush(registry.host, 'acme/published', '6.1.0', { ingress: false, pdb: true });
  }, 120000);
  afterAll(async () => {
    await registry?.stop();
  });

  test('prod 6.0.0 → 6.1.0, both pulled from the registry: the Ingress is removed', async () => {
    const repoURL = `oci://${registry.host}/acme/published`;
    fixture = chartRepo(RELEASED, TIP, {
      '.github/lockstep.yml': chartRepoConfig(),
      'environments/dev/values.yaml': serviceValues('dev', '1.8.0'),
      'environments/staging/values.yaml': serviceValues('staging', '1.8.0'),
      'environments/prod/values.yaml': serviceValues('prod', '1.8.0', [
        'ingress:',
        '  enabled: true',
        '  className: nginx',
        '  host: acme.example',
      ]),
      'apps/dev/myapp.yaml': application('dev', '6.1.0', repoURL),
      'apps/staging/myapp.yaml': application('staging', '6.1.0', repoURL),
      'apps/prod/myapp.yaml': application('prod', '6.0.0', repoURL),
    });
    double = await startGitHubDouble({ repositories: [{ fullName: REPO, path: fixture.origin }] });
    ws = fixture.clone('main');
    // The fixture's Deployments name no spec.selector: schema validation (promote-env-validate.test.ts) is off here.
    const r = await runPromoteEnvWithPath(
      { from: 'staging', to: 'prod', 'values-drift': 'off', 'values-contract': 'off', validate: 'off' },
      WITH_HELM,
    );
    if (r.code !== 0) throw new Error(`exit ${r.code}\n${r.stdout}`);
    const body = double.pulls(REPO)[0].body;
    expect(body).toContain(
      `- 0 changed, 0 added, 1 removed in prod (chart myapp 6.0.0 from oci://${registry.host}/acme/published/myapp:6.0.0 → chart myapp 6.1.0 from oci://${registry.host}/acme/published/myapp:6.1.0 with Helm 3.17.3)\n\n<details><summary>removed: Ingress acme-prod/myapp-prod-myapp</summary>`,
    );
    expect(body).toContain('-  ingressClassName: nginx\n');
  });
});

/** The promote-env bundle with PATH set (with or without Helm). */
function runPromoteEnvWithPath(inputs: Record<string, string>, path: string): Promise<ActionRun> {
  return runPromoteEnv(ws, double!, inputs, { PATH: path });
}
