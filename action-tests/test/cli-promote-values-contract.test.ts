import { execFileSync } from 'node:child_process';
import { application, chartRepo, chartRepoConfig, serviceValues, type ChartShape } from '../harness/chart-repo.ts';
import { GIT_ENV, type GitFixture } from '../harness/git-fixture.ts';
import { runCli } from '../harness/run-cli.ts';

// End-to-end (issue 74): `lockstep promote` through the committed CLI bundle judges the target's values with the
// chart version it promotes — read at its release tag `myapp-<version>` of a real git repository with a bare origin
// — by the values contract: a key no template of that version reads, named at its line with the key the chart
// reads; a helm.parameters entry the version's values.schema.json refuses, at the parameter's line. A protected
// target refuses (exit 1, one line a finding, nothing written or pushed); values-contract: warn says it and goes on.

/** Released in git: 4.0.0 without an ingress, 4.1.0 with one; main's tip is 5.0.0, unreleased. */
const RELEASED: [string, ChartShape][] = [
  ['4.0.0', { ingress: false, pdb: true }],
  ['4.1.0', { ingress: true, pdb: true }],
];
const TIP: [string, ChartShape] = ['5.0.0', { ingress: true, pdb: true }];

/** prod's values from line 18 on: an ingress block mis-spelt `ingres`. */
const TYPO = ['ingres:', '  enabled: true'];

/** prod's Application at 4.0.0 (a registry never asked: both versions are at their tags) with helm.parameters from line 17. */
const prodApp = (params: string[]) => {
  const lines = application('prod', '4.0.0', 'oci://127.0.0.1:9/acme/charts').trimEnd().split('\n');
  const at = lines.findIndex((l) => l.includes('valueFiles'));
  return [...lines.slice(0, at + 1), ...(params.length ? ['        parameters:', ...params] : []), ...lines.slice(at + 1), ''].join('\n');
};

let fx: GitFixture | undefined;
afterEach(() => fx?.cleanup());

function setUp(prod: string, params: string[] = []): string {
  fx = chartRepo(RELEASED, TIP, {
    '.github/lockstep.yml': chartRepoConfig('charts/*', `, render: off${prod}`),
    'environments/dev/values.yaml': serviceValues('dev', '1.9.0'),
    'environments/staging/values.yaml': serviceValues('staging', '1.8.0'),
    'environments/prod/values.yaml': serviceValues('prod', '1.8.0', TYPO),
    'apps/dev/myapp.yaml': application('dev', '4.1.0', 'oci://127.0.0.1:9/acme/charts'),
    'apps/staging/myapp.yaml': application('staging', '4.1.0', 'oci://127.0.0.1:9/acme/charts'),
    'apps/prod/myapp.yaml': prodApp(params),
  });
  return fx.clone('main');
}

const originRefs = () =>
  execFileSync('git', ['--git-dir', fx!.origin, 'for-each-ref', '--format=%(refname) %(objectname)'], { encoding: 'utf8' });
const status = (dir: string) => execFileSync('git', ['status', '--porcelain'], { cwd: dir, encoding: 'utf8' });
const promote = (dir: string, extra: string[] = []) =>
  runCli(['promote', '--from', 'staging', '--to', 'prod', ...extra], { cwd: dir, env: { ...GIT_ENV } });

/** nameOverride is read (the helpers) and a string by the schema: Helm types `5` an integer, as Argo CD passes it (--set). */
const NAME = ['          - name: nameOverride', '            value: "5"'];

describe('lockstep promote judges the target with the promoted chart version', () => {
  test('prod is protected: a key 4.1.0 does not read refuses the promotion at its line, with the key it reads; nothing written', async () => {
    const dir = setUp('');
    const refs = originRefs();
    const r = await promote(dir);
    expect(r.code).toBe(1);
    expect(r.stderr.trimEnd().split('\n')).toEqual([
      'Promoting staging → prod…',
      'environments/prod/values.yaml:19: values-contract: prod: ingres.enabled is set, but no template of chart myapp 4.1.0 reads it; did you mean ingress.enabled? — move it where the chart reads it or remove it before promoting chart myapp 4.1.0, or set values-contract: warn for prod in the config',
    ]);
    expect(status(dir)).toBe('');
    expect(originRefs()).toBe(refs);
  });

  test('a helm.parameters entry the schema refuses is named at the parameter’s line, with the unread key, each one line', async () => {
    const dir = setUp('', NAME);
    const r = await promote(dir);
    expect(r.code).toBe(1);
    expect(r.stderr.trimEnd().split('\n')).toEqual([
      'Promoting staging → prod…',
      'environments/prod/values.yaml:19: values-contract: prod: ingres.enabled is set, but no template of chart myapp 4.1.0 reads it; did you mean ingress.enabled? — move it where the chart reads it or remove it before promoting chart myapp 4.1.0, or set values-contract: warn for prod in the config',
      "apps/prod/myapp.yaml:18: values-contract: prod: chart myapp 4.1.0's values.schema.json refuses nameOverride must be string (charts/myapp/values.schema.json:6, read as JSON Schema draft-07): Helm would not install these values — set a value the schema takes before promoting chart myapp 4.1.0, or set values-contract: warn for prod in the config",
    ]);
  });

  test('values-contract: warn: the promotion goes on (a dry run), the findings are warnings and in --json', async () => {
    const dir = setUp(', values-contract: warn', NAME);
    const refs = originRefs();
    const r = await promote(dir, ['--json']);
    expect(r.code).toBe(0);
    const result = JSON.parse(r.stdout);
    expect(result['values-contract']).toEqual({
      mode: 'warn',
      chart: 'myapp 4.1.0 from charts/myapp at tag myapp-4.1.0',
      checked: 11,
      'not-traced': 0,
      unread: null,
      findings: [
        {
          file: 'environments/prod/values.yaml',
          line: 19,
          key: 'ingres.enabled',
          message:
            'values-contract: prod: ingres.enabled is set, but no template of chart myapp 4.1.0 reads it; did you mean ingress.enabled?',
        },
        {
          file: 'apps/prod/myapp.yaml',
          line: 18,
          key: 'nameOverride',
          message:
            "values-contract: prod: chart myapp 4.1.0's values.schema.json refuses nameOverride must be string (charts/myapp/values.schema.json:6, read as JSON Schema draft-07): Helm would not install these values",
        },
      ],
    });
    expect(status(dir)).toBe('');
    expect(originRefs()).toBe(refs);
  });
});
