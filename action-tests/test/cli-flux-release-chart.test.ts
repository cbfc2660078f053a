import { execFileSync } from 'node:child_process';
import { GIT_ENV, GitFixture } from '../harness/git-fixture.ts';
import { chart, fluxRepo, patch } from '../harness/flux-chart-fixture.ts';
import { runCli } from '../harness/run-cli.ts';
import { testPath } from '../harness/tool-path.mjs';

// Issue 72: a helmrelease: environment's chart version as helm-controller resolves it, through the CLI bundle with
// the real Helm. In fluxcd/flux2-kustomize-helm-example's layout each environment's file is a kustomize patch of
// apps/base's HelmRelease, which holds the chart: status said `?` for the chart version of every environment and
// "cannot plan: HelmRelease myapp has no spec.chart.spec.version, so Flux deploys the newest chart" for every
// promotion — false: the version is the base's, and for a chart from a GitRepository, its Chart.yaml's (Flux
// ignores spec.chart.spec.version there).

const D = (c: string) => `sha256:${c.repeat(64)}`;
const CONFIG = [
  'charts: [charts/*]',
  'services:',
  '  api: { image: ghcr.io/acme/api, values-key: image }',
  'environments:',
  '  - { name: staging, helmrelease: apps/staging/myapp-values.yaml }',
  '  - { name: production, helmrelease: apps/production/myapp-values.yaml, protected: true, validate: warn }',
  '',
].join('\n');

/** The flux2-kustomize-helm-example layout, its chart from `source`, staging at api 1.1.0 and production at 1.0.0 (both by digest). */
function layout(source: 'git' | 'helm', extra: Record<string, string> = {}) {
  return {
    ...fluxRepo({ source }),
    '.github/lockstep.yml': CONFIG,
    'apps/staging/myapp-values.yaml': patch('staging', `ghcr.io/acme/api:1.1.0@${D('b')}`),
    'apps/production/myapp-values.yaml': patch('production', `ghcr.io/acme/api:1.0.0@${D('a')}`),
    ...extra,
  };
}

let fx: GitFixture;
afterEach(() => fx?.cleanup());

const table = (stdout: string) =>
  stdout
    .split('\n\n')[0]
    .split('\n')
    .map((l) => l.trimEnd().split(/ {2,}/));
const env = { ...GIT_ENV, PATH: testPath('helm') };

test.each([
  ['git', 'a GitRepository: the chart folder’s Chart.yaml at the commit'],
  ['helm', 'a HelmRepository: the version the base HelmRelease pins'],
] as const)(
  'status reads each environment’s chart version from its base HelmRelease (%s: %s) and plans the promotion',
  async (source, _why) => {
    fx = GitFixture.create(layout(source));
    const ws = fx.clone('main');
    const r = await runCli(['status'], { cwd: ws, env });
    expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: '' });
    expect(table(r.stdout)).toEqual([
      ['service', 'staging', 'production'],
      ['api', '1.1.0 sha256:bbbbbbbbbbbb', '1.0.0 sha256:aaaaaaaaaaaa'],
      ['chart version', '1.4.2', '1.4.2'],
    ]);
    expect(r.stdout).toContain('note: staging → production: api 1.0.0 → 1.1.0 (sha256:bbbbbbbbbbbb)\n');
    const json = JSON.parse((await runCli(['status', '--json'], { cwd: ws, env })).stdout);
    expect(json.environments.map((e: Record<string, unknown>) => e['chart-version'])).toEqual(['1.4.2', '1.4.2']);
  },
);

test('promote writes the image into production’s patch, renders the chart at its Chart.yaml’s version, leaves the base alone', async () => {
  fx = GitFixture.create(layout('git'));
  const ws = fx.clone('main');
  const r = await runCli(['promote', '--from', 'staging', '--to', 'production'], { cwd: ws, env });
  if (r.code !== 0) throw new Error(`exit ${r.code}\n${r.stdout}\n${r.stderr}`);
  const diff = r.stdout.slice(0, r.stdout.indexOf('service '));
  expect(diff).toBe(
    [
      '--- a/apps/production/myapp-values.yaml',
      '+++ b/apps/production/myapp-values.yaml',
      '@@ -7,4 +7,4 @@',
      '   targetNamespace: production',
      '   # production values',
      '   values:',
      `-    image: ghcr.io/acme/api:1.0.0@${D('a')}`,
      `+    image: ghcr.io/acme/api:1.1.0@${D('b')}`,
      '',
    ].join('\n'),
  );
  const side =
    'HelmRelease myapp: chart myapp 1.4.2 from charts/myapp at the base, release production-myapp in namespace production, stored in flux-apps';
  expect(r.stdout).toContain(`1 changed, 0 added, 0 removed in production (${side} with Helm 3.17.3)\n`);
});

test('staging’s patch pins chart 1.5.0 over the shared base’s 1.4.2: the promotion is refused at the base’s line, nothing written', async () => {
  const staging = patch('staging', `ghcr.io/acme/api:1.1.0@${D('b')}`).replace(
    '  # staging values\n',
    '  chart:\n    spec:\n      version: 1.5.0\n  # staging values\n',
  );
  fx = GitFixture.create(layout('helm', { 'apps/staging/myapp-values.yaml': staging, 'charts/myapp/Chart.yaml': chart('1.5.0') }));
  const ws = fx.clone('main');
  const head = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: ws, encoding: 'utf8' });
  const r = await runCli(['promote', '--from', 'staging', '--to', 'production', '--render', 'off'], { cwd: ws, env });
  expect(r.code).toBe(1);
  expect(r.stderr.split('\n')[1]).toBe(
    "apps/base/myapp/release.yaml:11: cannot move production's chart 1.4.2 → 1.5.0 (staging's): the chart version of HelmRelease myapp is apps/base/myapp/release.yaml's, which apps/production/myapp-values.yaml patches and other environments may share: a promotion does not move it there — pin the chart version in the environment's own HelmRelease (spec.chart.spec.version in its patch), or promote images only with the same chart",
  );
  expect(execFileSync('git', ['rev-parse', 'HEAD'], { cwd: ws, encoding: 'utf8' })).toBe(head);
  expect(execFileSync('git', ['status', '--porcelain'], { cwd: ws, encoding: 'utf8' })).toBe('');
});
