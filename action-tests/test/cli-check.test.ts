import { execFileSync } from 'node:child_process';
import { type Files, fixturesRemovedAfterAll } from '../harness/git-fixture.ts';
import { runAction } from '../harness/run-action.ts';
import { runCli } from '../harness/run-cli.ts';

// `lockstep check` (the committed CLI bundle) against the chart-bump-check action's bundle on the
// same fixture monorepo and refs: the same outputs, the same verdict, the same problems.

const DIGEST = `sha256:${'0123456789abcdef'.repeat(4)}`;
const chart = (name: string, version: string) =>
  `apiVersion: v2\nname: ${name}\ndescription: ${name} chart\ntype: application\nversion: ${version}\nappVersion: "1.7.3"\n`;
const VALUES = 'replicaCount: 1\nimage:\n  repository: ghcr.io/acme/api\n  pullPolicy: IfNotPresent\n  tag: ""\n';
const PROD = `image:\n  repository: ghcr.io/acme/api\n  tag: "1.7.3"\n  digest: ${DIGEST}\n`;
const REPO: Files = {
  '.github/lockstep.yml': 'charts: [charts/*]\nenvironments:\n  - { name: prod, values: charts/myapp/values-prod.yaml, protected: true }\n',
  'charts/myapp/Chart.yaml': chart('myapp', '1.4.2'),
  'charts/myapp/values.yaml': VALUES,
  'charts/myapp/values-prod.yaml': PROD,
  'charts/myapp/templates/deployment.yaml': 'kind: Deployment\n',
  'charts/other/Chart.yaml': chart('other', '0.3.0'),
  'charts/other/templates/svc.yaml': 'kind: Service\n',
  'docs/guide.md': 'not a chart\n',
};

const newRepo = fixturesRemovedAfterAll();

/** main, and a branch `pr` of `changes` on top of it, checked out; returns both commits. */
function pullRequest(changes: Files, files: Files = REPO) {
  const repo = newRepo(files);
  const base = repo.git('rev-parse', 'HEAD');
  repo.checkout('pr', true);
  const head = repo.commit('feat: change charts', changes);
  return { dir: repo.dir, base, head };
}

const flagsOf = (inputs: Record<string, string>) => Object.entries(inputs).flatMap(([k, v]) => [`--${k}`, v]);
const status = (dir: string) => execFileSync('git', ['status', '--porcelain'], { cwd: dir, encoding: 'utf8' });

describe('lockstep check (bundled CLI) answers as the chart-bump-check action does', () => {
  test.each<[string, Files, Record<string, string>]>([
    ['a forgotten bump', { 'charts/myapp/templates/deployment.yaml': 'kind: Deployment\nspec: {}\n' }, {}],
    [
      'a correct bump',
      { 'charts/myapp/templates/deployment.yaml': 'kind: Deployment\nspec: {}\n', 'charts/myapp/Chart.yaml': chart('myapp', '1.4.3') },
      {},
    ],
    [
      'a breaking values change bumped as a patch, breaking: warn',
      {
        'charts/myapp/values.yaml': VALUES.replace('  pullPolicy: IfNotPresent\n', ''),
        'charts/myapp/Chart.yaml': chart('myapp', '1.4.3'),
      },
      { breaking: 'warn' },
    ],
    [
      'a breaking values change bumped as a patch',
      {
        'charts/myapp/values.yaml': VALUES.replace('  pullPolicy: IfNotPresent\n', ''),
        'charts/myapp/Chart.yaml': chart('myapp', '1.4.3'),
      },
      {},
    ],
    [
      'a protected values file on a tag',
      { 'charts/myapp/values-prod.yaml': PROD.replace(`  digest: ${DIGEST}\n`, ''), 'charts/myapp/Chart.yaml': chart('myapp', '1.4.3') },
      {},
    ],
    ['no chart changed', { 'docs/guide.md': 'still not a chart\n' }, {}],
    [
      'one chart asked for',
      { 'charts/myapp/templates/deployment.yaml': 'x\n', 'charts/other/templates/svc.yaml': 'y\n' },
      { charts: 'charts/other' },
    ],
  ])('%s: the same exit code, outputs and problems', async (_what, changes, inputs) => {
    const pr = pullRequest(changes);
    const refs = { base: pr.base, head: pr.head, ...inputs };
    const action = await runAction('chart-bump-check', { workspace: pr.dir, inputs: refs });
    const cli = await runCli(['check', ...flagsOf(refs), '--json'], { cwd: pr.dir });
    expect(cli.code).toBe(action.code);
    const result = JSON.parse(cli.stdout);
    // One --json shape: the outputs as values (no JSON inside a string), schema-version first.
    expect(Object.keys(result).slice(0, 5)).toEqual(['schema-version', 'command', 'outcome', 'errors', 'ok']);
    expect([result['schema-version'], result.command, result.outcome]).toEqual([2, 'check', cli.code === 0 ? 'done' : 'refused']);
    // Each error the action annotated, at its file and line, as the terminal worded it.
    expect(result.errors.map((e: { message: string }) => e.message)).toEqual(
      action.annotations.filter((a) => a.level === 'error').map((a) => a.message),
    );
    expect(result.ok).toBe(action.outputs.ok === 'true');
    expect(result['changed-charts']).toEqual(JSON.parse(action.outputs['changed-charts']));
    // Every error the action annotated is a `path:line: what — how to fix` line on stderr.
    const failures = action.annotations.filter((a) => a.level === 'error').map((a) => a.message);
    for (const f of failures) expect(cli.stderr).toContain(`${f}\n`);
    expect(failures.length > 0).toBe(cli.code === 1);
    expect(status(pr.dir)).toBe('');
  });

  test('the terminal table: one row per changed chart, the fix as a note, plain when not a TTY, exit 1', async () => {
    const pr = pullRequest({ 'charts/myapp/templates/deployment.yaml': 'kind: Deployment\nspec: {}\n' });
    const cli = await runCli(['check', '--base', pr.base, '--head', pr.head], { cwd: pr.dir });
    expect(cli.code).toBe(1);
    expect(cli.stdout).toMatch(/^Chart +Version \(base → head\) +Required +Result +Why$/m);
    expect(cli.stdout).toMatch(/^myapp \(charts\/myapp\) +1\.4\.2 → 1\.4\.2 +patch +❌ fail +1 packaged file changed$/m);
    expect(cli.stdout).toContain(
      'note: how to fix: myapp (charts/myapp): write version: 1.4.3 in charts/myapp/Chart.yaml, or run lockstep bump --charts charts/myapp --level patch',
    );
    expect(cli.stdout).toContain('note: protected charts/myapp/values-prod.yaml: ✅ every image this file pins is pinned by digest');
    expect(cli.stdout).toContain(
      `Compared head ${pr.head.slice(0, 12)} with their merge base (base ${pr.base.slice(0, 12)}). The check failed.`,
    );
    expect(cli.stdout).not.toContain('\u001b[');
    expect(cli.stderr).toBe('charts/myapp/Chart.yaml:5: charts/myapp changed but version 1.4.2 was not bumped — needs 1.4.3 or higher\n');
  });

  test('head defaults to HEAD, as in the action without a pull request', async () => {
    const pr = pullRequest({
      'charts/other/templates/svc.yaml': 'kind: Service\nspec: {}\n',
      'charts/other/Chart.yaml': chart('other', '0.3.1'),
    });
    const cli = await runCli(['check', '--base', 'main', '--json'], { cwd: pr.dir });
    expect(cli.code).toBe(0);
    expect(JSON.parse(cli.stdout)['changed-charts']).toEqual([
      { path: 'charts/other', name: 'other', base: '0.3.0', head: '0.3.1', required: 'patch', ok: true, problems: [] },
    ]);
  });

  test('without --base: compared with the default branch, said on stderr; a bad flag value is a user error naming the flag', async () => {
    const pr = pullRequest({ 'docs/guide.md': 'x\n' });
    const defaulted = await runCli(['check'], { cwd: pr.dir });
    expect(defaulted.code).toBe(0);
    expect(defaulted.stderr).toBe("comparing with origin/main, origin's default branch (pass --base for another)\n");
    const bad = await runCli(['check', '--base', 'main', '--breaking', 'sometimes'], { cwd: pr.dir });
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/^--breaking is 'sometimes'.* — /);
    const typo = await runCli(['check', '--base', 'main', '--charts', 'chart/*'], { cwd: pr.dir });
    expect(typo.code).toBe(1);
    expect(typo.stderr).toBe(
      "--charts: 'chart/*' matches no chart (no folder holding a Chart.yaml) at the head or the base — did you mean charts/*?\n",
    );
  });

  test('--help lists every chart-bump-check input as a flag with its description', async () => {
    const pr = pullRequest({ 'docs/guide.md': 'x\n' });
    const help = await runCli(['check', '--help'], { cwd: pr.dir });
    expect(help.code).toBe(0);
    for (const flag of [
      '--charts <value>',
      '--base <value>',
      '--head <value>',
      '--protected-values <value>',
      '--ignore <value>',
      '--breaking <value>',
      '--changelog <value>',
      '--config <value>',
      '--working-directory <value>',
      '--json',
    ])
      expect(help.stdout).toContain(flag);
    expect(help.stdout).toContain('Ref or commit to compare with');
  });
});
