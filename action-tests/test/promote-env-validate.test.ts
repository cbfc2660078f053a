import { execFileSync } from 'node:child_process';
import { dirname } from 'node:path';
import { application, chartRepo, chartRepoConfig, serviceValues, type ChartShape } from '../harness/chart-repo.ts';
import type { GitFixture } from '../harness/git-fixture.ts';
import { type GitHubDouble, startGitHubDouble } from '../harness/github-double/index.ts';
import { digest, runPromoteEnv } from '../harness/promote-fixture.ts';
import { runCli } from '../harness/run-cli.ts';

// End-to-end (issue 57, item 3): the committed promote-env bundle and `lockstep promote` validate the target's
// rendered objects as the merge would leave them, offline, for the target's kube-version. The chart fixture's
// Deployments name no spec.selector, which apps/v1 requires: protected prod (validate: error by default)
// refuses the promotion at its Application's line with nothing written; validate: warn promotes and says each
// finding as a warning of the pull request; an unprotected target warns by default.

const REPO = 'acme/monorepo';
const RELEASED: [string, ChartShape][] = [
  ['4.0.0', { ingress: false, pdb: true }],
  ['4.1.0', { ingress: true, pdb: true }],
];
const TIP: [string, ChartShape] = ['5.0.0', { ingress: true, pdb: true }];
const WITH_HELM = `${dirname(process.env.LOCKSTEP_HELM!)}:${process.env.PATH ?? '/usr/bin:/bin'}`;
const MISSING = (env: string, svc: string) => `Deployment acme-${env}/myapp-${env}-myapp-${svc}: spec: missing required field selector`;

let fixture: GitFixture | undefined;
let double: GitHubDouble | undefined;
let ws: string;

afterEach(async () => {
  await double?.stop();
  fixture?.cleanup();
  double = undefined;
  fixture = undefined;
});

async function setUp(prod = ''): Promise<void> {
  const repoURL = 'oci://127.0.0.1:1/acme/charts';
  fixture = chartRepo(RELEASED, TIP, {
    '.github/lockstep.yml': chartRepoConfig('charts/*', prod),
    'environments/dev/values.yaml': serviceValues('dev', '1.8.0').replace(`digest: ${digest('a')}`, `digest: ${digest('d')}`),
    'environments/staging/values.yaml': serviceValues('staging', '1.8.0'),
    'environments/prod/values.yaml': serviceValues('prod', '1.8.0').replace(`digest: ${digest('a')}`, `digest: ${digest('e')}`),
    'apps/dev/myapp.yaml': application('dev', '4.1.0', repoURL),
    'apps/staging/myapp.yaml': application('staging', '4.1.0', repoURL),
    'apps/prod/myapp.yaml': application('prod', '4.0.0', repoURL),
  });
  double = await startGitHubDouble({ repositories: [{ fullName: REPO, path: fixture.origin }] });
  ws = fixture.clone('main');
}

const origin = (...args: string[]) => execFileSync('git', ['--git-dir', fixture!.origin, ...args], { encoding: 'utf8' }).trim();

describe('promote-env validates the rendered target', () => {
  test('protected prod: each object that fails its schema refuses the promotion at the Application, nothing written', async () => {
    await setUp(', kube-version: "1.31"');
    const main = origin('rev-parse', 'main');
    const r = await runPromoteEnv(ws, double!, { from: 'staging', to: 'prod', 'values-drift': 'off' }, { PATH: WITH_HELM });
    expect(r.code).toBe(1);
    // The validators' modules load with no deprecation warning of Node's (punycode, DEP0040) in the run's log.
    expect(r.stderr).not.toMatch(/DeprecationWarning|punycode/);
    const errors = r.annotations.filter((a) => a.level === 'error');
    expect(errors.map((a) => [a.file, a.message])).toEqual(
      ['api', 'web', 'worker'].map((svc) => [
        'apps/prod/myapp.yaml',
        `apps/prod/myapp.yaml:14: validate: prod: ${MISSING('prod', svc)} — fix what renders it, or set validate: warn under prod in the config; nothing was written`,
      ]),
    );
    expect(origin('rev-parse', 'refs/heads/main')).toBe(main);
    expect(origin('for-each-ref', '--format=%(refname)', 'refs/heads/promote/')).toBe('');
    expect(double!.pulls(REPO)).toEqual([]);
    expect(execFileSync('git', ['status', '--porcelain', '--untracked-files=all'], { cwd: ws, encoding: 'utf8' })).toBe('');
  });

  test('validate: warn promotes, each finding a warning of the pull request; an unprotected target warns by default', async () => {
    await setUp();
    const r = await runPromoteEnv(
      ws,
      double!,
      { from: 'staging', to: 'prod', 'values-drift': 'off', validate: 'warn' },
      { PATH: WITH_HELM },
    );
    if (r.code !== 0) throw new Error(`exit ${r.code}\n${r.stdout}`);
    const body = double!.pulls(REPO)[0].body;
    expect(body).toContain(`> [!WARNING]\n> prod: ${MISSING('prod', 'api')}`);
    const staging = await runPromoteEnv(ws, double!, { from: 'dev', to: 'staging' }, { PATH: WITH_HELM });
    if (staging.code !== 0) throw new Error(`exit ${staging.code}\n${staging.stdout}`);
    expect(double!.pulls(REPO)[1].body).toContain(`> [!WARNING]\n> staging: ${MISSING('staging', 'api')}`);
  });

  test('lockstep promote refuses the same, exit 1; --validate off promotes', async () => {
    await setUp();
    const r = await runCli(['promote', '--from', 'staging', '--to', 'prod', '--values-drift', 'off'], {
      cwd: ws,
      env: { PATH: WITH_HELM },
    });
    expect(r.code).toBe(1);
    expect(r.stderr + r.stdout).toContain(`apps/prod/myapp.yaml:14: validate: prod: ${MISSING('prod', 'api')}`);
    expect(r.stderr).not.toMatch(/DeprecationWarning|punycode/);
    const off = await runCli(['promote', '--from', 'staging', '--to', 'prod', '--values-drift', 'off', '--validate', 'off'], {
      cwd: ws,
      env: { PATH: WITH_HELM },
    });
    if (off.code !== 0) throw new Error(`exit ${off.code}\n${off.stdout}\n${off.stderr}`);
  });
});
