import { type Files, fixturesRemovedAfterAll } from '../harness/git-fixture.ts';
import { runAction, type ActionRun } from '../harness/run-action.ts';

// End-to-end (issue 18, item 3): the committed chart-bump-check bundle refuses a
// protected environment's ArgoCD Application that pins no exact chart version —
// `*`, a range, a branch name or HEAD — at its line; the files come from the
// config's protected environments (`application:`) and the protected-applications glob.

const DIGEST = `sha256:${'0123456789abcdef'.repeat(4)}`;
const APP = (name: string, rev: string) =>
  [
    'apiVersion: argoproj.io/v1alpha1',
    'kind: Application',
    'metadata:',
    `  name: ${name}`,
    'spec:',
    '  source:',
    '    repoURL: ghcr.io/acme/charts',
    '    chart: myapp',
    `    targetRevision: ${rev}`,
    '',
  ].join('\n');

const REPO: Files = {
  // About targetRevision alone: the values contract (which fails closed on a pinned version the repository does not tag) is off.
  '.github/lockstep.yml': [
    'charts: [charts/*]',
    'values-contract: off',
    'environments:',
    '  - { name: dev, values: charts/myapp/values-dev.yaml, application: apps/dev/myapp.yaml }',
    '  - { name: prod, values: charts/myapp/values-prod.yaml, application: "apps/prod/myapp.yaml#myapp-prod", protected: true }',
    '',
  ].join('\n'),
  'charts/myapp/Chart.yaml': 'apiVersion: v2\nname: myapp\nversion: 1.4.2\n',
  'charts/myapp/values.yaml': 'replicaCount: 1\n',
  'charts/myapp/values-dev.yaml': 'replicaCount: 1\n',
  'charts/myapp/values-prod.yaml': `image:\n  repository: ghcr.io/acme/api\n  tag: "1.7.3"\n  digest: ${DIGEST}\n`,
  'apps/dev/myapp.yaml': APP('myapp-dev', 'main'),
  'apps/prod/myapp.yaml': APP('myapp-prod', '1.4.2'),
  'apps/demo/myapp.yaml': APP('myapp-demo', '1.4.2'),
};

const newRepo = fixturesRemovedAfterAll();

function pullRequest(changes: Files) {
  const repo = newRepo(REPO);
  const base = repo.git('rev-parse', 'HEAD');
  repo.checkout('pr', true);
  const head = repo.commit('chore: applications', changes);
  repo.push('pr');
  repo.checkout('main');
  repo.push('main');
  repo.checkout('pr');
  return { repo, event: { pull_request: { number: 7, base: { sha: base, ref: 'main' }, head: { sha: head, ref: 'pr' } } } };
}

function check(pr: ReturnType<typeof pullRequest>, inputs: Record<string, string> = {}): Promise<ActionRun> {
  return runAction('chart-bump-check', { workspace: pr.repo.dir, eventName: 'pull_request', event: pr.event, inputs });
}

const errors = (run: ActionRun) =>
  run.annotations.filter((a) => a.level === 'error').map((a) => `${a.file}:${a.line}: ${a.message.replace(/^\S+:\d+: /, '')}`);
const HINT = 'pin one exact chart version, e.g. targetRevision: 1.4.0 (a protected environment deploys only what was promoted)';

describe('chart-bump-check: exact chart versions in protected Applications', () => {
  test.each([
    ['"*"', "is '*', any version"],
    ['1.x', "is '1.x', a range, not one version"],
    ['main', "is 'main', a branch or tag name, not a chart version"],
    ['HEAD', "is 'HEAD', whatever the default branch holds"],
  ])('targetRevision: %s in the protected environment fails at its line', async (rev, why) => {
    const run = await check(pullRequest({ 'apps/prod/myapp.yaml': APP('myapp-prod', rev) }));
    expect(run.code).toBe(1);
    expect(errors(run)).toEqual([`apps/prod/myapp.yaml:9: targetRevision of Application myapp-prod ${why} — ${HINT}`]);
    expect(run.outputs.ok).toBe('false');
    expect(run.summary).toContain(
      `| apps/prod/myapp.yaml | ❌ apps/prod/myapp.yaml:9: targetRevision of Application myapp-prod ${why.replace(/\*/g, '\\*')} — ${HINT} |`,
    );
  });

  test('an exact version passes; the unprotected dev Application may follow a branch', async () => {
    const run = await check(pullRequest({ 'apps/prod/myapp.yaml': APP('myapp-prod', '1.4.3') }));
    expect(errors(run)).toEqual([]);
    expect(run.code).toBe(0);
    expect(run.summary).toContain('| apps/prod/myapp.yaml | ✅ every chart version exact |');
  });

  test('protected-applications adds files by glob; a glob that matches nothing is an error naming the input', async () => {
    const pr = pullRequest({ 'apps/demo/myapp.yaml': APP('myapp-demo', '^1.4') });
    const run = await check(pr, { 'protected-applications': 'apps/demo/*.yaml' });
    expect(errors(run)).toEqual([
      `apps/demo/myapp.yaml:9: targetRevision of Application myapp-demo is '^1.4', a range, not one version — ${HINT}`,
    ]);
    const typo = await check(pr, { 'protected-applications': 'apps/dmeo/*.yaml' });
    expect(typo.code).toBe(1);
    expect(typo.annotations.filter((a) => a.level === 'error').map((a) => a.message)).toEqual([
      "input 'protected-applications': 'apps/dmeo/*.yaml' matches no file at the head or the base — fix the glob (relative to the working directory)",
    ]);
  });
});
