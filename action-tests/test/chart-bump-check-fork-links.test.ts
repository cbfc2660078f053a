import { mkdirSync, rmSync, symlinkSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { type Files, fixturesRemovedAfterAll } from '../harness/git-fixture.ts';
import { runAction, type ActionRun } from '../harness/run-action.ts';

// Helm's loader follows symbolic links when it packages a chart. A pull request (a fork's among
// them) that changes what a chart's link points at changes the chart: the check must see it, and a
// link that leaves the repository (whose content the check cannot see) is refused when read.

const chart = (name: string, version: string) =>
  `apiVersion: v2\nname: ${name}\ndescription: ${name} chart\ntype: application\nversion: ${version}\n`;
const SHARED_VALUES = 'replicaCount: 1\nimage:\n  repository: ghcr.io/acme/api\n  tag: ""\n';

const REPO: Files = {
  'charts/myapp/Chart.yaml': chart('myapp', '1.4.2'),
  'charts/myapp/templates/deployment.yaml': 'apiVersion: apps/v1\nkind: Deployment\n',
  'charts/web/Chart.yaml': chart('web', '0.3.0'),
  'shared/values.yaml': SHARED_VALUES,
  'shared/templates/service.yaml': 'kind: Service\n',
  'libs/README.md': 'not a chart\n',
};

const newRepo = fixturesRemovedAfterAll();

type Links = Record<string, string | null>;

/** main holds `base` plus `baseLinks`; the pull request branch `pr` adds `changes` and `links` on top. */
function pullRequest(changes: Files, links: Links = {}, baseLinks: Links = {}) {
  const repo = newRepo(REPO);
  const link = (all: Links) => {
    for (const [path, target] of Object.entries(all)) {
      const abs = join(repo.dir, path);
      rmSync(abs, { recursive: true, force: true });
      if (target === null) continue;
      mkdirSync(dirname(abs), { recursive: true });
      symlinkSync(target, abs);
    }
  };
  link(baseLinks);
  repo.commit('link shared files');
  repo.push('main');
  const fork = repo.git('rev-parse', 'HEAD');
  repo.checkout('pr', true);
  link(links);
  const head = repo.commit('chore: change shared files', changes);
  repo.push('pr');
  const event = { pull_request: { number: 5, base: { sha: fork, ref: 'main' }, head: { sha: head, ref: 'pr' } } };
  return { repo, event };
}

const check = (pr: ReturnType<typeof pullRequest>): Promise<ActionRun> =>
  runAction('chart-bump-check', { workspace: pr.repo.dir, eventName: 'pull_request', event: pr.event, inputs: { charts: 'charts/*' } });

const charts = (run: ActionRun): { path: string; base: string | null; head: string | null; required: string; ok: boolean }[] =>
  JSON.parse(run.outputs['changed-charts']).map((c: Record<string, unknown>) => ({
    path: c.path,
    base: c.base,
    head: c.head,
    required: c.required,
    ok: c.ok,
  }));

const errors = (run: ActionRun) =>
  run.annotations.filter((a) => a.level === 'error').map((a) => `${a.file}:${a.line ?? ''}: ${a.message.replace(/^\S+: /, '')}`);

describe('chart-bump-check follows symbolic links as helm package does (bundled, Node 24)', () => {
  test('values.yaml linked to a shared file: removing a key there is a breaking change of the chart', async () => {
    const pr = pullRequest(
      { 'shared/values.yaml': 'image:\n  repository: ghcr.io/acme/api\n  tag: ""\n' },
      {},
      { 'charts/myapp/values.yaml': '../../shared/values.yaml' },
    );
    const run = await check(pr);
    expect(run.code).toBe(1);
    expect(charts(run)).toEqual([{ path: 'charts/myapp', base: '1.4.2', head: '1.4.2', required: 'major', ok: false }]);
    expect(run.summary).toContain('replicaCount');
  });

  test('the same change with the major bump passes', async () => {
    const pr = pullRequest(
      { 'shared/values.yaml': 'image:\n  repository: ghcr.io/acme/api\n  tag: ""\n', 'charts/myapp/Chart.yaml': chart('myapp', '2.0.0') },
      {},
      { 'charts/myapp/values.yaml': '../../shared/values.yaml' },
    );
    const run = await check(pr);
    expect([run.code, run.outputs.ok]).toEqual([0, 'true']);
    expect(charts(run)).toEqual([{ path: 'charts/myapp', base: '1.4.2', head: '2.0.0', required: 'major', ok: true }]);
  });

  test('a linked templates folder: a change in the shared folder changes the chart', async () => {
    const pr = pullRequest(
      { 'shared/templates/service.yaml': 'kind: Service\nspec: {}\n' },
      {},
      { 'charts/web/templates': '../../shared/templates' },
    );
    const run = await check(pr);
    expect(run.code).toBe(1);
    expect(charts(run)).toEqual([{ path: 'charts/web', base: '0.3.0', head: '0.3.0', required: 'patch', ok: false }]);
  });

  test('re-pointing a link at another file is a change of the chart', async () => {
    const pr = pullRequest(
      { 'shared/other.yaml': 'replicaCount: 1\nimage:\n  repository: ghcr.io/acme/api\n  tag: ""\n' },
      { 'charts/myapp/values.yaml': '../../shared/other.yaml' },
      {
        'charts/myapp/values.yaml': '../../shared/values.yaml',
      },
    );
    const run = await check(pr);
    expect(run.code).toBe(1);
    expect(charts(run).map((c) => [c.path, c.ok])).toEqual([['charts/myapp', false]]);
  });

  test('a shared file no chart links to changes no chart', async () => {
    const pr = pullRequest({ 'shared/values.yaml': 'replicaCount: 3\n' });
    const run = await check(pr);
    expect([run.code, run.outputs.ok, run.outputs['changed-charts']]).toEqual([0, 'true', '[]']);
  });

  test('a values file replaced by a link outside the repository is refused at the link', async () => {
    const pr = pullRequest(
      { 'charts/myapp/Chart.yaml': chart('myapp', '1.4.3') },
      { 'charts/myapp/values.yaml': '../../../outside/values.yaml' },
      { 'charts/myapp/values.yaml': '../../shared/values.yaml' },
    );
    const run = await check(pr);
    expect(run.code).toBe(1);
    expect(errors(run)).toEqual([
      'charts/myapp/values.yaml:: charts/myapp/values.yaml is a symbolic link to ../../../outside/values.yaml, outside the repository: helm package would pack a file this check cannot see — replace the link with the file, or point it inside the repository',
    ]);
  });

  test('a loop of links ends with an error naming the path, not a hang', async () => {
    const pr = pullRequest(
      { 'charts/myapp/Chart.yaml': chart('myapp', '1.4.3') },
      { 'charts/myapp/templates/a.yaml': 'b.yaml', 'charts/myapp/templates/b.yaml': 'a.yaml' },
    );
    const run = await check(pr);
    expect(run.code).toBe(1);
    expect(errors(run)).toEqual([
      'charts/myapp/templates/a.yaml:: charts/myapp/templates/a.yaml passes through more than 40 symbolic links (a loop) — point each link at a real file',
    ]);
  });
});
