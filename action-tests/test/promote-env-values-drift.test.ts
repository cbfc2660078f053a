import { execFile, execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { application, chartRepo, chartRepoConfig, helmPush, serviceValues, type ChartShape } from '../harness/chart-repo.ts';
import type { GitFixture } from '../harness/git-fixture.ts';
import { type GitHubDouble, startGitHubDouble } from '../harness/github-double/index.ts';
import { freePort, LocalRegistry } from '../harness/registry.ts';
import { HelmIndex } from '../harness/helm-index.ts';
import { runPromoteEnv } from '../harness/promote-fixture.ts';
import type { ActionRun } from '../harness/run-action.ts';

// End-to-end (issues 18 and 38): the committed promote-env bundle compares the
// target's values with the chart version the target runs now and the version
// promoted, each read at its release tag (`myapp-<version>`) or from its OCI
// artifact in a real docker-registry (pushed by the real Helm), and refuses in
// error mode when a version cannot be read, naming what it tried.

const REPO = 'acme/monorepo';

/** Released in git: 3.9.0 has an ingress, 4.0.0 dropped it, 4.1.0 brought it back; main's tip is 5.0.0, unreleased, without the PodDisruptionBudget. */
const RELEASED: [string, ChartShape][] = [
  ['3.9.0', { ingress: true, pdb: true }],
  ['4.0.0', { ingress: false, pdb: true }],
  ['4.1.0', { ingress: true, pdb: true }],
];
const TIP: [string, ChartShape] = ['5.0.0', { ingress: true, pdb: false }];

/** prod's values from line 18 on: an ingress block. */
const INGRESS = ['ingress:', '  enabled: true', '  className: nginx', '  host: api.acme.example'];

let registry: LocalRegistry;
let fixture: GitFixture | undefined;
let double: GitHubDouble | undefined;
let ws: string;

beforeAll(async () => {
  registry = await LocalRegistry.start();
  // Published only to the registry (acme/published): 6.0.0 with an ingress, 6.1.0 without; 6.2.0's tag holds 6.1.0's chart.
  await helmPush(registry.host, 'acme/published', '6.0.0', { ingress: true, pdb: true });
  await helmPush(registry.host, 'acme/published', '6.1.0', { ingress: false, pdb: true });
  await helmPush(registry.host, 'acme/published', '6.2.0', { ingress: false, pdb: true }, '6.1.0');
}, 120000);

afterAll(async () => {
  await registry?.stop();
});

afterEach(async () => {
  await double?.stop();
  fixture?.cleanup();
  double = undefined;
  fixture = undefined;
});

/** acme/charts in the registry holds nothing: a version git does not have answers 404 there. */
const EMPTY = () => `oci://${registry.host}/acme/charts`;

async function setUp(o: {
  prod: string;
  staging: string;
  extra?: string[];
  worker?: string[];
  config?: string;
  repoURL?: string;
  tags?: [string, string][];
}): Promise<void> {
  const repoURL = o.repoURL ?? EMPTY();
  fixture = chartRepo(RELEASED, TIP, {
    '.github/lockstep.yml': o.config ?? chartRepoConfig(),
    'environments/dev/values.yaml': serviceValues('dev', '1.9.0'),
    'environments/staging/values.yaml': serviceValues('staging', '1.8.0'),
    'environments/prod/values.yaml': serviceValues('prod', '1.7.0', o.extra, o.worker),
    'apps/dev/myapp.yaml': application('dev', o.staging, repoURL),
    'apps/staging/myapp.yaml': application('staging', o.staging, repoURL),
    'apps/prod/myapp.yaml': application('prod', o.prod, repoURL),
  });
  for (const [tag, at] of o.tags ?? []) fixture.git('tag', tag, at);
  if (o.tags) fixture.git('push', '--quiet', 'origin', '--tags');
  double = await startGitHubDouble({ repositories: [{ fullName: REPO, path: fixture.origin }] });
  ws = fixture.clone('main');
}

const run = (inputs: Record<string, string>): Promise<ActionRun> => runPromoteEnv(ws, double!, inputs);

const origin = (...args: string[]) => execFileSync('git', ['--git-dir', fixture!.origin, ...args], { encoding: 'utf8' }).trim();
const mutations = () =>
  double!.log.filter((r) => r.method !== 'GET' && !(r.method === 'POST' && r.path === '/graphql' && !r.requestBody.includes('mutation')));
const errors = (r: ActionRun) => r.annotations.filter((a) => a.level === 'error').map((a) => [a.file, a.line, a.message]);
const warnings = (r: ActionRun) => r.annotations.filter((a) => a.level === 'warning').map((a) => a.message);

function expectRefused(r: ActionRun, main: string): void {
  expect(r.code).toBe(1);
  expect(origin('rev-parse', 'refs/heads/main')).toBe(main);
  expect(origin('for-each-ref', '--format=%(refname)', 'refs/heads/promote/')).toBe('');
  expect(mutations()).toEqual([]);
}

const UNREAD_HINT =
  "publish each chart version where lockstep reads it (its release tag myapp-<version> in this repository, its OCI artifact: the Application's registry or chart-registry in the config, or the https Helm repository's index.yaml), or set values-drift: warn to promote without the comparison";

describe('values-drift: both chart versions read at their release tags', () => {
  test("prod runs 3.9.0 (reads ingress), 4.0.0 dropped it, main 5.0.0 has it again: refused at the key, not passed on main's account", async () => {
    await setUp({ prod: '3.9.0', staging: '4.0.0', extra: INGRESS });
    const main = origin('rev-parse', 'main');
    const r = await run({ from: 'staging', to: 'prod' });
    expectRefused(r, main);
    expect(errors(r)).toEqual([
      [
        'environments/prod/values.yaml',
        18,
        'environments/prod/values.yaml:18: values-drift: key ingress is set here and chart myapp 3.9.0 reads it, but chart myapp 4.0.0 no longer does (not in its values.yaml, not allowed by its values.schema.json, read by none of its templates) — remove or rename the key before promoting chart myapp 4.0.0 (read from charts/myapp at tag myapp-4.0.0), or set values-drift: warn',
      ],
    ]);
  });

  test.each(['charts/*', 'charts/myapp'])(
    'charts: [%s]: 4.0.0 → 4.1.0 passes though unreleased 5.0.0 drops podDisruptionBudget and services.worker.replicas is read only by a template default',
    async (charts) => {
      await setUp({
        prod: '4.0.0',
        staging: '4.1.0',
        worker: ['    replicas: 4'],
        extra: ['podDisruptionBudget:', '  minAvailable: 1'],
        config: chartRepoConfig(charts),
      });
      const r = await run({ from: 'staging', to: 'prod' });
      if (r.code !== 0) throw new Error(`exit ${r.code}\n${r.stdout}`);
      expect(warnings(r)).toEqual([]);
      const said =
        '**values-drift (error)** chart myapp 4.0.0 → 4.1.0 (myapp 4.0.0 from charts/myapp at tag myapp-4.0.0; myapp 4.1.0 from charts/myapp at tag myapp-4.1.0): the promoted version still reads every key the values file sets that the current version reads.';
      expect(r.summary).toContain(said);
      const [pull] = double!.pulls(REPO);
      expect(pull.body).toContain(said);
      expect(origin('show', 'refs/heads/promote/prod:apps/prod/myapp.yaml')).toContain('    targetRevision: 4.1.0\n');
    },
  );

  test('values-drift: warn passes with an annotation at the line, and the PR body and the summary say so', async () => {
    await setUp({ prod: '3.9.0', staging: '4.0.0', extra: INGRESS });
    const r = await run({ from: 'staging', to: 'prod', 'values-drift': 'warn' });
    if (r.code !== 0) throw new Error(`exit ${r.code}\n${r.stdout}`);
    const message =
      'key ingress is set here and chart myapp 3.9.0 reads it, but chart myapp 4.0.0 no longer does (not in its values.yaml, not allowed by its values.schema.json, read by none of its templates)';
    expect(r.annotations.filter((a) => a.level === 'warning')).toEqual([
      expect.objectContaining({ file: 'environments/prod/values.yaml', line: 18, message: `values-drift: ${message}` }),
    ]);
    const said = `**values-drift (warn)** chart myapp 3.9.0 → 4.0.0 (myapp 3.9.0 from charts/myapp at tag myapp-3.9.0; myapp 4.0.0 from charts/myapp at tag myapp-4.0.0): 1 key the promoted version no longer reads; the promotion goes on (values-drift: warn).\n\n- \`environments/prod/values.yaml:18\` ${message}`;
    expect(double!.pulls(REPO)[0].body).toContain(said);
    expect(r.summary).toContain(said);
  });

  test('a key written to break the PR body is named escaped', async () => {
    await setUp({ prod: '3.9.0', staging: '4.0.0', extra: [...INGRESS, '"<img src=x onerror=alert(1)>": 1'] });
    const r = await run({ from: 'staging', to: 'prod', 'values-drift': 'warn', 'values-contract': 'warn' });
    expect(r.code).toBe(0);
    const [pull] = double!.pulls(REPO);
    expect(pull.body).not.toContain('<img');
    // Neither version reads it: not drift; the values contract names it (no template of 4.0.0 reads it), escaped.
    expect(pull.body).toContain(
      '- `environments/prod/values.yaml:22` values-contract: prod: &lt;img src=x onerror=alert(1)&gt; is set, but no template of chart myapp 4.0.0 reads it',
    );
    expect(r.annotations.filter((a) => a.level === 'warning').map((a) => a.line)).toEqual([18, 22]);
  });

  test('the config sets values-drift: off for the environment: no comparison, even of a version nowhere to be read', async () => {
    // The values contract, which reads the promoted version too, is off with it.
    await setUp({ prod: '4.0.0', staging: '4.2.0', config: chartRepoConfig('charts/*', ', values-drift: off, values-contract: off') });
    const r = await run({ from: 'staging', to: 'prod' });
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain('values-drift');
  });
});

describe('values-drift fails closed in error mode: a chart version that cannot be read refuses the promotion, naming what was tried', () => {
  test('4.2.0 has no tag, main is 5.0.0 and the registry answers 404: refused at the Application line, nothing written', async () => {
    await setUp({ prod: '4.0.0', staging: '4.2.0' });
    const main = origin('rev-parse', 'main');
    const r = await run({ from: 'staging', to: 'prod' });
    expectRefused(r, main);
    expect(errors(r)).toEqual([
      [
        'apps/prod/myapp.yaml',
        14,
        `apps/prod/myapp.yaml:14: values-drift: chart myapp 4.2.0 could not be read: tried tag myapp-4.2.0 (not in the repository); charts/myapp at the base branch main (its Chart.yaml says version 5.0.0); oci://${registry.host}/acme/charts/myapp:4.2.0 (${registry.host}/acme/charts/myapp:4.2.0 not found (MANIFEST_UNKNOWN: manifest unknown)) — ${UNREAD_HINT}`,
      ],
    ]);
  });

  test('the same in warn mode: one warning, the promotion goes on and its PR says the values were not compared', async () => {
    await setUp({ prod: '4.0.0', staging: '4.2.0' });
    const r = await run({ from: 'staging', to: 'prod', 'values-drift': 'warn', 'values-contract': 'off' });
    if (r.code !== 0) throw new Error(`exit ${r.code}\n${r.stdout}`);
    const why = `chart myapp 4.2.0 could not be read: tried tag myapp-4.2.0 (not in the repository); charts/myapp at the base branch main (its Chart.yaml says version 5.0.0); oci://${registry.host}/acme/charts/myapp:4.2.0 (${registry.host}/acme/charts/myapp:4.2.0 not found (MANIFEST_UNKNOWN: manifest unknown))`;
    expect(warnings(r)).toEqual([`values-drift: ${why}; the target's values were not compared (values-drift: warn)`]);
    expect(double!.pulls(REPO)[0].body).toContain(
      'the values were not compared (chart myapp 4.2.0 could not be read: tried tag myapp-4.2.0',
    );
  });

  test('the tag myapp-4.2.0 holds a chart whose Chart.yaml says 4.1.0: not taken for 4.2.0, refused', async () => {
    await setUp({ prod: '4.0.0', staging: '4.2.0', tags: [['myapp-4.2.0', 'myapp-4.1.0']] });
    const main = origin('rev-parse', 'main');
    const r = await run({ from: 'staging', to: 'prod' });
    expectRefused(r, main);
    expect(errors(r)[0][2]).toContain(
      'values-drift: chart myapp 4.2.0 could not be read: tried charts/myapp at tag myapp-4.2.0 (its Chart.yaml says version 4.1.0); charts/myapp at the base branch main (its Chart.yaml says version 5.0.0);',
    );
  });

  test('the registry is down: refused, naming the registry and what it answered', async () => {
    const port = await freePort();
    await setUp({ prod: '4.0.0', staging: '4.2.0', repoURL: `oci://127.0.0.1:${port}/acme/charts` });
    const main = origin('rev-parse', 'main');
    const r = await run({ from: 'staging', to: 'prod' });
    expectRefused(r, main);
    const [[file, line, message]] = errors(r);
    expect([file, line]).toEqual(['apps/prod/myapp.yaml', 14]);
    expect(message).toContain(`; oci://127.0.0.1:${port}/acme/charts/myapp:4.2.0 (`);
    expect(message).toContain('ECONNREFUSED');
  });
});

describe('values-drift: chart versions read from their OCI artifacts in a registry', () => {
  test('oci:// Application, neither version in git: 6.0.0 reads ingress, 6.1.0 does not: refused at the key', async () => {
    await setUp({ prod: '6.0.0', staging: '6.1.0', extra: INGRESS, repoURL: `oci://${registry.host}/acme/published` });
    const main = origin('rev-parse', 'main');
    const r = await run({ from: 'staging', to: 'prod' });
    expectRefused(r, main);
    expect(errors(r)).toEqual([
      [
        'environments/prod/values.yaml',
        18,
        `environments/prod/values.yaml:18: values-drift: key ingress is set here and chart myapp 6.0.0 reads it, but chart myapp 6.1.0 no longer does (not in its values.yaml, not allowed by its values.schema.json, read by none of its templates) — remove or rename the key before promoting chart myapp 6.1.0 (read from oci://${registry.host}/acme/published/myapp:6.1.0), or set values-drift: warn`,
      ],
    ]);
  });

  test('the registry tag 6.2.0 holds a chart whose Chart.yaml says 6.1.0: refused', async () => {
    await setUp({ prod: '6.0.0', staging: '6.2.0', repoURL: `oci://${registry.host}/acme/published` });
    const main = origin('rev-parse', 'main');
    const r = await run({ from: 'staging', to: 'prod' });
    expectRefused(r, main);
    expect(errors(r)[0][2]).toContain(`oci://${registry.host}/acme/published/myapp:6.2.0 (its Chart.yaml says version 6.1.0)`);
  });

  test("a classic https Application with the config's chart-registry: the versions are read from that registry", async () => {
    await setUp({
      prod: '6.0.0',
      staging: '6.1.0',
      extra: INGRESS,
      repoURL: 'https://charts.acme.example',
      config: chartRepoConfig('charts/*', '', [`chart-registry: oci://${registry.host}/acme/published`]),
    });
    const r = await run({ from: 'staging', to: 'prod' });
    expect(r.code).toBe(1);
    expect(errors(r).map(([f, l]) => `${f}:${l}`)).toEqual(['environments/prod/values.yaml:18']);
    expect(errors(r)[0][2]).toContain(`(read from oci://${registry.host}/acme/published/myapp:6.1.0)`);
  });
});

describe('exact chart versions in a protected Application', () => {
  test.each(['"*"', '1.x', 'main', 'HEAD'])('targetRevision: %s fails at its line, nothing written', async (rev) => {
    // staging deploys the same revision: the promotion keeps it, and the kept one must be exact.
    await setUp({ prod: rev, staging: rev });
    const main = origin('rev-parse', 'main');
    const r = await run({ from: 'staging', to: 'prod', services: 'worker' });
    expectRefused(r, main);
    const errs = r.annotations.filter((a) => a.level === 'error');
    expect(errs.map((a) => [a.file, a.line])).toEqual([['apps/prod/myapp.yaml', 14]]);
    expect(errs[0].message).toMatch(
      /^apps\/prod\/myapp\.yaml:14: targetRevision of Application myapp-prod is .* — pin one exact chart version, e\.g\. targetRevision: 1\.4\.0/,
    );
  });

  test('an exact version passes', async () => {
    await setUp({ prod: '4.0.0', staging: '4.1.0' });
    const r = await run({ from: 'staging', to: 'prod', services: 'worker' });
    expect(r.code).toBe(0);
    expect(double!.pulls(REPO)).toHaveLength(1);
  });
});

describe('values-drift: chart versions read from a classic Helm repository (index.yaml, chart-releaser’s layout) on 127.0.0.1', () => {
  let index: HelmIndex;
  beforeAll(async () => {
    // 6.0.0 with an ingress, 6.1.0 without; neither in git.
    index = await HelmIndex.start([
      ['6.0.0', { ingress: true, pdb: true }],
      ['6.1.0', { ingress: false, pdb: true }],
    ]);
  }, 120000);
  afterAll(async () => {
    await index?.stop();
  });

  test('6.0.0 reads ingress, 6.1.0 does not: refused at the key, each version read from the archive its index lists', async () => {
    await setUp({ prod: '6.0.0', staging: '6.1.0', extra: INGRESS, repoURL: index.url });
    const main = origin('rev-parse', 'main');
    const r = await run({ from: 'staging', to: 'prod' });
    expectRefused(r, main);
    expect(errors(r)).toEqual([
      [
        'environments/prod/values.yaml',
        18,
        `environments/prod/values.yaml:18: values-drift: key ingress is set here and chart myapp 6.0.0 reads it, but chart myapp 6.1.0 no longer does (not in its values.yaml, not allowed by its values.schema.json, read by none of its templates) — remove or rename the key before promoting chart myapp 6.1.0 (read from ${index.url}/myapp-6.1.0.tgz (listed in ${index.url}/index.yaml)), or set values-drift: warn`,
      ],
    ]);
  });

  test('an archive replaced after indexing (6.1.0’s path serves 6.0.0’s bytes): refused at the Application line in warn mode too', async () => {
    index.replace('myapp-6.1.0.tgz', 'myapp-6.0.0.tgz');
    await setUp({ prod: '6.0.0', staging: '6.1.0', repoURL: index.url });
    const main = origin('rev-parse', 'main');
    const r = await run({ from: 'staging', to: 'prod', 'values-drift': 'warn' });
    expectRefused(r, main);
    const [[file, line, message]] = errors(r);
    expect([file, line]).toEqual(['apps/prod/myapp.yaml', 14]);
    expect(message).toMatch(
      new RegExp(
        `^apps/prod/myapp\\.yaml:14: chart myapp 6\\.1\\.0: the archive of chart myapp 6\\.1\\.0 at ${index.url.replace(/\./g, '\\.')}/myapp-6\\.1\\.0\\.tgz hashes to sha256:[0-9a-f]{64}, not the sha256:[0-9a-f]{64} ${index.url.replace(/\./g, '\\.')}/index\\.yaml gives — the archive was replaced after the index was written`,
      ),
    );
  });
});

describe('values-drift: a private classic Helm repository (Basic auth) on 127.0.0.1, credentials from helm repo add', () => {
  const PASSWORD = 'ci::s3cret\n::error::line2';
  let index: HelmIndex;
  let home: string;
  beforeAll(async () => {
    index = await HelmIndex.start(
      [
        ['6.0.0', { ingress: true, pdb: true }],
        ['6.1.0', { ingress: false, pdb: true }],
      ],
      'myapp',
      { username: 'ci', password: PASSWORD },
    );
    home = mkdtempSync(join(tmpdir(), 'lockstep-helm-home-'));
  }, 120000);
  afterAll(async () => {
    await index?.stop();
    rmSync(home, { recursive: true, force: true });
  });

  test('no credentials: refused with one line naming the repository, its host and repositories.yaml; nothing written', async () => {
    await setUp({ prod: '6.0.0', staging: '6.1.0', extra: INGRESS, repoURL: index.url });
    const main = origin('rev-parse', 'main');
    const r = await run({ from: 'staging', to: 'prod' });
    expectRefused(r, main);
    const host = index.url.slice('http://'.length, index.url.indexOf('/charts'));
    const [[, , message]] = errors(r);
    expect(message).toContain(
      `${index.url}/: 401 Unauthorized: no credentials for ${host} in ~/.config/helm/repositories.yaml (helm repo add <name> ${index.url}/ --username <user> --password-stdin in a step before this one)`,
    );
    expect(String(message).split('\n')).toHaveLength(1);
  });

  test('the entry `helm repo add --password-stdin` wrote: both versions read, the drift refused at its key, the password masked and never printed', async () => {
    // The step a workflow runs before lockstep's: Helm itself reads the index with the credentials, then writes them.
    const config = join(home, 'repositories.yaml');
    await new Promise<void>((resolve, reject) => {
      const child = execFile(
        process.env.LOCKSTEP_HELM!,
        ['repo', 'add', 'acme', index.url, '--username', 'ci', '--password-stdin', '--repository-config', config],
        { env: { ...process.env, HOME: home, HELM_CACHE_HOME: join(home, 'cache') } },
        (err, _o, stderr) => (err ? reject(new Error(stderr)) : resolve()),
      );
      child.stdin!.end(PASSWORD);
    });
    await setUp({ prod: '6.0.0', staging: '6.1.0', extra: INGRESS, repoURL: index.url });
    const main = origin('rev-parse', 'main');
    index.authorizations.length = 0;
    const r = await runPromoteEnv(ws, double!, { from: 'staging', to: 'prod' }, { HELM_REPOSITORY_CONFIG: config });
    expectRefused(r, main);
    expect(errors(r).map(([file, line, m]) => [file, line, String(m).split(' — ')[0]])).toEqual([
      [
        'environments/prod/values.yaml',
        18,
        'environments/prod/values.yaml:18: values-drift: key ingress is set here and chart myapp 6.0.0 reads it, but chart myapp 6.1.0 no longer does (not in its values.yaml, not allowed by its values.schema.json, read by none of its templates)',
      ],
    ]);
    const sent = `Basic ${Buffer.from(`ci:${PASSWORD}`).toString('base64')}`;
    expect(index.authorizations.length).toBeGreaterThanOrEqual(3);
    expect(new Set(index.authorizations)).toEqual(new Set([sent]));
    const lines = `${r.stdout}\n${r.stderr}`.split('\n');
    expect(lines.filter((l) => l.startsWith('::add-mask::'))).toEqual(
      expect.arrayContaining(['::add-mask::ci::s3cret%0A::error::line2', '::add-mask::ci::s3cret', '::add-mask::::error::line2']),
    );
    expect(lines.filter((l) => !l.startsWith('::add-mask::') && (l.includes('s3cret') || l.includes('line2')))).toEqual([]);
  });
});
