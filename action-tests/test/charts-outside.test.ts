import { execFileSync } from 'node:child_process';
import { type Files, GIT_ENV, fixturesRemovedAfterAll } from '../harness/git-fixture.ts';
import { LocalRegistry } from '../harness/registry.ts';
import { runAction } from '../harness/run-action.ts';
import { runCli } from '../harness/run-cli.ts';

// Issue 38 item 4: a chart outside `charts:` never changes silently. `charts: [charts/*]` and a chart in
// platform/gateway: a pull request that changes its template without a bump fails chart-bump-check (the
// committed bundle) and `lockstep check` (the CLI bundle), naming the folder and the entry to add;
// `charts-ignore:` leaves it out on purpose; release and publish say which chart folders they skip.

const chart = (name: string, version: string) => `apiVersion: v2\nname: ${name}\nversion: ${version}\n`;
const ENV = { ...GIT_ENV, SOURCE_DATE_EPOCH: '1795000000' };
const CONFIG = 'version-file: .version\ncharts: [charts/*]\nservices:\n  api: { image: ghcr.io/acme/api, values-key: api.image }\n';
const REPO = (config: string): Files => ({
  '.github/lockstep.yml': config,
  '.version': '1.0.0\n',
  'charts/api/Chart.yaml': chart('api', '1.2.0'),
  'charts/api/templates/_helpers.tpl': '{{- define "api.name" -}}api{{- end -}}\n',
  'charts/api/templates/deployment.yaml': 'kind: Deployment\nmetadata:\n  name: {{ include "api.name" . }}\n',
  'charts/worker/Chart.yaml': chart('worker', '0.4.0'),
  'charts/worker/templates/deployment.yaml': 'kind: Deployment\n',
  'platform/gateway/Chart.yaml': chart('gateway', '2.1.0'),
  'platform/gateway/templates/ingress.yaml': 'kind: Ingress\n',
});
const GATEWAY_CHANGE = { 'platform/gateway/templates/ingress.yaml': 'kind: Ingress\nspec: {ingressClassName: nginx}\n' };
const MESSAGE = 'chart folder platform/gateway changed, and no `charts:` entry covers it: its version is not checked';
const HINT = 'add `- platform/gateway` to charts: (.github/lockstep.yml:2), or to charts-ignore: to leave it out on purpose';

const newRepo = fixturesRemovedAfterAll();
const status = (dir: string) => execFileSync('git', ['status', '--porcelain'], { cwd: dir, encoding: 'utf8' });

/** A pull request branch off the fixture's main that changes `files`; its base and head. */
function pullRequest(config: string, files: Files) {
  const repo = newRepo(REPO(config));
  const base = repo.git('rev-parse', 'HEAD');
  repo.checkout('pr', true);
  const head = repo.commit('feat(gateway): ingress class', files);
  return { repo, base, head };
}

describe('chart-bump-check: a changed chart folder no charts: entry covers', () => {
  test('fails naming the folder and the entry to add (it said "no chart changed … passed")', async () => {
    const { repo, base, head } = pullRequest(CONFIG, GATEWAY_CHANGE);
    const run = await runAction('chart-bump-check', { workspace: repo.dir, inputs: { base, head } });
    expect(run.code).toBe(1);
    expect(run.outputs.ok).toBe('false');
    expect(run.annotations.filter((a) => a.level === 'error').map((a) => [a.file, a.message])).toEqual([
      ['platform/gateway/Chart.yaml', `platform/gateway/Chart.yaml: ${MESSAGE} — ${HINT}`],
    ]);
    expect(run.summary).toContain('platform/gateway');
  });

  test('lockstep check exits 1 with the same line', async () => {
    const { repo, base } = pullRequest(CONFIG, GATEWAY_CHANGE);
    const cli = await runCli(['check', '--base', base], { cwd: repo.dir });
    expect(cli.code).toBe(1);
    expect(cli.stdout + cli.stderr).toContain(`platform/gateway/Chart.yaml: ${MESSAGE} — ${HINT}`);
  });

  test('one ordered report: stdout says the reason, then a verdict that names the folder (never "No chart changed")', async () => {
    // Issue 73, item 9: the verdict said "No chart changed in a way helm package would see. The check failed." on
    // stdout, and the reason only on stderr.
    const { repo, base } = pullRequest(CONFIG, GATEWAY_CHANGE);
    const cli = await runCli(['check', '--base', base], { cwd: repo.dir });
    expect(cli.code).toBe(1);
    const out = cli.stdout.split('\n');
    const reason = out.indexOf(`error: platform/gateway/Chart.yaml: ${MESSAGE} — ${HINT}`);
    const verdict = out.findIndex((l) => l.endsWith('The check failed.'));
    expect([reason >= 0, verdict > reason]).toEqual([true, true]);
    expect(out[verdict]).toMatch(
      /\. No chart that charts: covers changed; the chart folder platform\/gateway outside it changed\. The check failed\.$/,
    );
    expect(cli.stdout).not.toContain('No chart changed');
    expect(cli.stderr).toContain(`platform/gateway/Chart.yaml: ${MESSAGE} — ${HINT}`);
  });

  test('a covered chart that changed with its bump still passes beside it; charts-ignore: leaves the folder out on purpose', async () => {
    const ignored = `${CONFIG}charts-ignore:\n  - platform/*\n`;
    const { repo, base, head } = pullRequest(ignored, {
      ...GATEWAY_CHANGE,
      'charts/api/templates/deployment.yaml': 'kind: Deployment\nmetadata:\n  name: {{ include "api.name" . }}-v2\n',
      'charts/api/Chart.yaml': chart('api', '1.2.1'),
    });
    const run = await runAction('chart-bump-check', { workspace: repo.dir, inputs: { base, head } });
    expect({ code: run.code, errors: run.annotations.filter((a) => a.level === 'error') }).toEqual({ code: 0, errors: [] });
    expect(JSON.parse(run.outputs['changed-charts']).map((c: { path: string }) => c.path)).toEqual(['charts/api']);
  });

  test('a pull request that changes only covered charts is not blamed for the folder outside', async () => {
    const { repo, base, head } = pullRequest(CONFIG, {
      'charts/worker/templates/deployment.yaml': 'kind: Deployment\nspec: {replicas: 2}\n',
      'charts/worker/Chart.yaml': chart('worker', '0.4.1'),
    });
    const run = await runAction('chart-bump-check', { workspace: repo.dir, inputs: { base, head } });
    expect({ code: run.code, errors: run.annotations.filter((a) => a.level === 'error') }).toEqual({ code: 0, errors: [] });
  });
});

describe('release and publish say which chart folders charts: leaves out', () => {
  const SKIPPED =
    'skipped platform/gateway: no `charts:` entry (.github/lockstep.yml:2) covers it — add it to charts:, or to charts-ignore: to leave it out on purpose';

  test('lockstep release: the line once, and no edit of platform/gateway', async () => {
    const repo = newRepo(REPO(CONFIG));
    repo.git('tag', '-a', '-m', 'v1.0.0', 'v1.0.0');
    repo.commit('feat: a probe', { 'charts/api/templates/deployment.yaml': 'kind: Deployment\nspec: {probe: true}\n' });
    const cli = await runCli(['release'], { cwd: repo.dir, env: ENV });
    expect(cli.code).toBe(0);
    expect((cli.stdout + cli.stderr).split(SKIPPED).length - 1).toBe(1);
    expect(cli.stdout).toContain('+++ b/charts/api/Chart.yaml');
    expect(cli.stdout).not.toContain('platform/gateway/Chart.yaml');
    expect(status(repo.dir)).toBe('');
  });

  test('lockstep release with charts-ignore: says nothing of the folder', async () => {
    const repo = newRepo(REPO(`${CONFIG}charts-ignore: [platform/gateway]\n`));
    repo.git('tag', '-a', '-m', 'v1.0.0', 'v1.0.0');
    repo.commit('feat: a probe', { 'charts/api/templates/deployment.yaml': 'kind: Deployment\nspec: {probe: true}\n' });
    const cli = await runCli(['release'], { cwd: repo.dir, env: ENV });
    expect(cli.code).toBe(0);
    expect(cli.stdout + cli.stderr).not.toContain('skipped');
  });

  describe('publish-chart', () => {
    let reg: LocalRegistry;
    beforeAll(async () => (reg = await LocalRegistry.start()), 60000);
    afterAll(async () => reg?.stop());

    test('publishes the covered charts and says once which folder it skips', async () => {
      const repo = newRepo(REPO(CONFIG));
      const run = await runAction('publish-chart', {
        workspace: repo.dir,
        inputs: { registry: `oci://${reg.host}/charts`, 'dry-run': 'true' },
        env: { HOME: repo.dir },
      });
      expect(run.code).toBe(0);
      expect(Object.keys(JSON.parse(run.outputs.charts)).sort()).toEqual(['api', 'worker']);
      expect(run.stdout.split(SKIPPED).length - 1).toBe(1);
    });
  });
});
