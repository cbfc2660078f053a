import { execFileSync } from 'node:child_process';
import { GitFixture } from '../../../../../action-tests/harness/git-fixture.ts';
import { UserError, UserErrors } from '../../../src/errors.ts';
import { runHydrate } from '../../../src/operations/hydrate/run.ts';
import { testWorld } from '../../test-world.ts';
import { testPath } from '../../../../../action-tests/harness/tool-path.mjs';

// Issue 73 item 1, as an attacker writes it: a config or an Application (text a pull request can change) that
// points hydrate-env's written branch at a branch someone else owns — the DRY branch, an environment's active
// branch, promote-env's promote/<env> — in real repositories with a bare origin. Each is refused at the line that
// named the branch, naming its owner, before anything renders (no Helm on PATH: nothing gets that far) and before
// anything is pushed.

const CHART = {
  'charts/guestbook/Chart.yaml': 'apiVersion: v2\nname: guestbook\nversion: 0.1.0\n',
  'charts/guestbook/values-dev.yaml': 'image: ghcr.io/acme/guestbook:1.1.0\n',
  'charts/guestbook/values-prod.yaml': 'image: ghcr.io/acme/guestbook:1.0.0\n',
};

/** An Application hydrating from source, its hydrateTo given by `hydrateTo` (none: left out), its drySource at `revision`. */
const app = (hydrateTo: string | undefined, revision = 'HEAD') =>
  [
    'apiVersion: argoproj.io/v1alpha1', // 1
    'kind: Application',
    'metadata:',
    '  name: prod-guestbook',
    'spec:', // 5
    '  sourceHydrator:',
    '    drySource:',
    '      repoURL: https://github.com/acme/monorepo',
    '      path: charts/guestbook',
    `      targetRevision: ${revision}`, // 10
    '    syncSource:',
    '      targetBranch: environments/prod', // 12
    '      path: guestbook-prod',
    ...(hydrateTo === undefined ? [] : ['    hydrateTo:', `      targetBranch: ${hydrateTo}`]), // 15
    '',
  ].join('\n');

let f: GitFixture | undefined;
afterEach(() => {
  f?.cleanup();
  f = undefined;
});

/** runHydrate (writing, not a dry run) in a clone of main with `files`; the error it threw. */
async function refusal(files: Record<string, string>, environments: string[] = []): Promise<UserError[]> {
  f = GitFixture.create({ ...CHART, ...files });
  const ws = f.clone('main');
  // git only: no Helm, so a run that passes the guard stops at the render.
  const env = { ...f.env(), PATH: testPath() };
  try {
    await runHydrate({ workdir: ws, config: '.github/lockstep.yml', environments, dryRun: false, mode: 'hydrate' }, testWorld(ws, { env }));
  } catch (err) {
    if (err instanceof UserErrors) return err.errors;
    if (err instanceof UserError) return [err];
    throw err;
  }
  throw new Error('not refused');
}

const where = (errors: UserError[]) => errors.map((e) => `${e.file}:${e.line}: ${e.message}`);
const originBranches = () =>
  execFileSync('git', ['--git-dir', f!.origin, 'for-each-ref', '--format=%(refname)'], { encoding: 'utf8' }).trim().split('\n');

describe('hydrate-env writes only proposed branches it owns', () => {
  test("an Application's hydrateTo.targetBranch: main is refused at that line as the DRY branch; nothing pushed", async () => {
    const errors = await refusal({
      'apps/prod.yaml': app('main'),
      '.github/lockstep.yml':
        'environments:\n  - { name: prod, values: charts/guestbook/values-prod.yaml, application: apps/prod.yaml, hydrate: {} }\n',
    });
    expect(where(errors)).toEqual(['apps/prod.yaml:15: prod: hydrate-env would write main, which is the DRY branch (checked out here)']);
    expect(errors[0].hint).toBe(
      "write spec.sourceHydrator.hydrateTo.targetBranch: environments/prod-next (a proposed branch of prod's own); nothing was pushed",
    );
    expect(originBranches()).toEqual(['refs/heads/main']);
  });

  test("hydrate-to: environment/prod on dev is refused at dev's line as prod's active branch, also when only dev is asked for", async () => {
    const config = [
      'environments:',
      '  - name: dev',
      '    values: charts/guestbook/values-dev.yaml',
      '    hydrate:',
      '      branch: environment/dev',
      '      hydrate-to: environment/prod', // 6
      '  - { name: prod, values: charts/guestbook/values-prod.yaml, hydrate: { branch: environment/prod } }',
      '',
    ].join('\n');
    const errors = await refusal({ '.github/lockstep.yml': config }, ['dev']);
    expect(where(errors)).toEqual([".github/lockstep.yml:6: dev: hydrate-env would write environment/prod, which is prod's active branch"]);
    expect(errors[0].hint).toBe(
      "leave hydrate-to out (dev then writes environment/dev-next), or name a proposed branch of dev's own; nothing was pushed",
    );
    expect(originBranches()).toEqual(['refs/heads/main']);
  });

  test("promote-env's promote/<env> and an environment's own active branch: each refused at its own line, all in one run", async () => {
    const config = [
      'environments:',
      '  - { name: dev, values: charts/guestbook/values-dev.yaml, hydrate: { branch: environment/dev, hydrate-to: promote/prod } }', // 2
      '  - { name: qa, values: charts/guestbook/values-dev.yaml, hydrate: { branch: environment/qa, hydrate-to: environment/qa } }', // 3
      '  - { name: prod, values: charts/guestbook/values-prod.yaml, application: apps/prod.yaml, hydrate: {} }', // 4
      '',
    ].join('\n');
    // Without hydrateTo, Argo CD would write syncSource's branch: the active branch itself, past every gate.
    const errors = await refusal({ '.github/lockstep.yml': config, 'apps/prod.yaml': app(undefined) });
    expect(where(errors)).toEqual([
      ".github/lockstep.yml:2: dev: hydrate-env would write promote/prod, which is promote-env's branch for prod",
      ".github/lockstep.yml:3: qa: hydrate-env would write environment/qa, which is qa's active branch",
      "apps/prod.yaml:12: prod: hydrate-env would write environments/prod, which is prod's active branch",
    ]);
    expect(originBranches()).toEqual(['refs/heads/main']);
  });

  test("a branch the Application's drySource renders from (targetRevision: release) is the DRY branch too", async () => {
    const errors = await refusal({
      'apps/prod.yaml': app('release', 'release'),
      '.github/lockstep.yml':
        'environments:\n  - { name: prod, values: charts/guestbook/values-prod.yaml, application: apps/prod.yaml, hydrate: {} }\n',
    });
    expect(where(errors)).toEqual([
      "apps/prod.yaml:15: prod: hydrate-env would write release, which is the DRY branch (the drySource revision of prod's Application)",
    ]);
  });

  test('a hydrate-to of its own (environments/prod-next) passes the guard and goes on to render', async () => {
    const errors = await refusal({
      'apps/prod.yaml': app('environments/prod-next'),
      '.github/lockstep.yml':
        'environments:\n  - { name: prod, values: charts/guestbook/values-prod.yaml, application: apps/prod.yaml, hydrate: {} }\n',
    });
    // No Helm on PATH: the run got past the guard to the render.
    expect(errors.map((e) => e.message)).toEqual([expect.stringMatching(/^prod does not render at [0-9a-f]{12}: /)]);
  });
});
