import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { GitFixture } from '../harness/git-fixture.ts';
import { CONFIG, dryRepository } from '../harness/hydrate-fixture.ts';
import { runAction, type ActionRun } from '../harness/run-action.ts';
import { runCli } from '../harness/run-cli.ts';
import { testPath } from '../harness/tool-path.mjs';

// Issue 59: the committed hydrate-env and CLI bundles on Node 24 hydrate a DRY repository laid out as GitOps
// Promoter's examples (a chart with a values file per environment, prod through an Application, two apps'
// overlays on one shared active branch) with the real Helm and kubectl kustomize, into a bare origin; the
// branches and hydrator.metadata are read back as GitOps Promoter's custom-hydrator contract specifies.

const WITH_TOOLS = testPath('helm', 'kubectl');

let fixture: GitFixture | undefined;
afterEach(() => {
  fixture?.cleanup();
  fixture = undefined;
});

const origin = (...args: string[]) => execFileSync('git', ['--git-dir', fixture!.origin, ...args], { encoding: 'utf8' }).trim();
const show = (branch: string, path: string) => origin('show', `${branch}:${path}`);
const tip = (branch: string) => origin('rev-parse', `refs/heads/${branch}`);
const branches = () => origin('for-each-ref', '--format=%(refname:short)', 'refs/heads/environment').split('\n').filter(Boolean);

function hydrate(ws: string, inputs: Record<string, string> = {}): Promise<ActionRun> {
  return runAction('hydrate-env', {
    workspace: ws,
    inputs: { 'github-token': '', ...inputs },
    env: { PATH: WITH_TOOLS },
    timeoutMs: 120_000,
  });
}

function expectOk(r: ActionRun): void {
  if (r.code !== 0) throw new Error(`exit ${r.code}\n${r.stdout}\n${r.stderr}`);
}

const DEV_MANIFEST = [
  '---',
  'apiVersion: apps/v1',
  'kind: Deployment',
  'metadata:',
  '  labels:',
  '    app: guestbook',
  '  name: guestbook',
  'spec:',
  '  replicas: 1',
  '  selector:',
  '    matchLabels:',
  '      app: guestbook',
  '  template:',
  '    metadata:',
  '      labels:',
  '        app: guestbook',
  '    spec:',
  '      containers:',
  '        - image: ghcr.io/acme/guestbook:1.1.0',
  '          name: guestbook',
  '---',
  'apiVersion: v1',
  'kind: Service',
  'metadata:',
  '  name: guestbook',
  'spec:',
  '  ports:',
  '    - port: 80',
  '  selector:',
  '    app: guestbook',
].join('\n');

describe('hydrate-env writes GitOps Promoter proposed branches', () => {
  test('first hydration: every <branch>-next created with hydrator.metadata and the manifests', async () => {
    fixture = GitFixture.create(dryRepository(), 'feat: guestbook 1.1.0 in dev\n\nThe new image, dev first.');
    const dry = fixture.git('rev-parse', 'HEAD');
    const r = await hydrate(fixture.clone('main'));
    expectOk(r);
    expect(branches()).toEqual([
      'environment/dev-next',
      'environment/prod-next',
      'environment/shared-next/app-a',
      'environment/shared-next/app-b',
      'environment/staging-next',
    ]);
    // hydrator.metadata as the contract reads it: the full DRY SHA, the repository, the DRY commit's author, date, subject and body.
    expect(JSON.parse(show('environment/dev-next', 'hydrator.metadata'))).toEqual({
      drySha: dry,
      repoURL: 'https://github.com/acme/monorepo',
      author: 'Fixture Author <author@example.com>',
      date: '2023-11-14T22:14:20+00:00',
      subject: 'feat: guestbook 1.1.0 in dev',
      body: 'The new image, dev first.',
      references: [],
    });
    expect(dry).toMatch(/^[0-9a-f]{40}$/);
    expect(show('environment/dev-next', 'manifest.yaml')).toBe(DEV_MANIFEST);
    expect(origin('ls-tree', '-r', '--name-only', 'environment/dev-next').split('\n')).toEqual(['hydrator.metadata', 'manifest.yaml']);
    // layout: objects — one file per object, named by kind and name (namespace first when there is one).
    expect(origin('ls-tree', '-r', '--name-only', 'environment/staging-next').split('\n')).toEqual([
      'deployment-guestbook.yaml',
      'hydrator.metadata',
      'service-guestbook.yaml',
    ]);
    expect(show('environment/staging-next', 'deployment-guestbook.yaml')).toContain('  replicas: 2\n');
    // prod through its Application: the release name and the valueFiles it lists.
    expect(show('environment/prod-next', 'manifest.yaml')).toContain('  name: prod-guestbook\nspec:\n  replicas: 3\n');
    // activePath: the files under <path>/, the metadata at <path>/hydrator.metadata.
    expect(origin('ls-tree', '-r', '--name-only', 'environment/shared-next/app-a').split('\n')).toEqual([
      'app-a/hydrator.metadata',
      'app-a/manifest.yaml',
    ]);
    expect(show('environment/shared-next/app-a', 'app-a/manifest.yaml')).toBe(
      ['---', 'apiVersion: v1', 'data:', '  greeting: hello', 'kind: ConfigMap', 'metadata:', '  name: staging-app-a'].join('\n'),
    );
    expect(JSON.parse(show('environment/shared-next/app-b', 'app-b/hydrator.metadata')).drySha).toBe(dry);
    // One commit per branch, by github-actions[bot], dated as the DRY commit, naming it.
    expect(origin('log', '--format=%an|%cI|%s', 'environment/dev-next')).toBe(
      `github-actions[bot]|2023-11-14T22:14:20+00:00|hydrate dev from ${dry.slice(0, 12)}`,
    );
    expect(JSON.parse(r.outputs.environments)['dev']).toEqual({
      branch: 'environment/dev-next',
      status: 'created',
      commit: tip('environment/dev-next'),
    });
    expect(r.outputs.changed).toBe('5');
  });

  test('nothing changed: a second run on the same and on a new DRY commit commits nothing', async () => {
    fixture = GitFixture.create(dryRepository());
    expectOk(await hydrate(fixture.clone('main')));
    const before = branches().map(tip);
    const again = await hydrate(fixture.clone('main'));
    expectOk(again);
    expect(again.outputs.changed).toBe('0');
    // A DRY commit that changes no rendered byte (a README) is no new hydrated commit either.
    fixture.commit('docs: readme', { 'README.md': '# guestbook\n' });
    fixture.push('main');
    const third = await hydrate(fixture.clone('main'));
    expectOk(third);
    expect(branches().map(tip)).toEqual(before);
    expect(third.stdout).toContain('dev: environment/dev-next unchanged (same manifests)');
  });

  test('a change to one environment only: that branch gets one commit, the others none', async () => {
    fixture = GitFixture.create(dryRepository());
    expectOk(await hydrate(fixture.clone('main')));
    const before = Object.fromEntries(branches().map((b) => [b, tip(b)]));
    fixture.commit('chore: staging to 1.1.0', {
      'charts/guestbook/values-staging.yaml': 'image: ghcr.io/acme/guestbook:1.1.0\nreplicas: 2\n',
    });
    fixture.push('main');
    const r = await hydrate(fixture.clone('main'));
    expectOk(r);
    for (const b of branches()) {
      if (b === 'environment/staging-next') {
        expect(origin('rev-parse', `${b}~1`)).toBe(before[b]);
        expect(show(b, 'deployment-guestbook.yaml')).toContain('image: ghcr.io/acme/guestbook:1.1.0');
      } else expect(tip(b)).toBe(before[b]);
    }
    expect(r.outputs.changed).toBe('1');
  });

  test('shared active branch: only <path>/ is rewritten, other folders stay byte for byte', async () => {
    fixture = GitFixture.create(dryRepository());
    // The proposed branch as GitOps Promoter leaves it: the active branch's other apps and files, and a stale file of ours.
    fixture.checkout('seed', true);
    fixture.git('rm', '-rq', '.');
    fixture.write({ 'app-b/manifest.yaml': 'kept: as it is\r\n', 'README.md': 'shared branch\n', 'app-a/old.yaml': 'stale: true\n' });
    fixture.commit('seed');
    fixture.git('push', '--quiet', 'origin', 'seed:refs/heads/environment/shared-next/app-a');
    fixture.checkout('main');
    expectOk(await hydrate(fixture.clone('main'), { env: 'app-a-staging' }));
    expect(origin('ls-tree', '-r', '--name-only', 'environment/shared-next/app-a').split('\n')).toEqual([
      'README.md',
      'app-a/hydrator.metadata',
      'app-a/manifest.yaml',
      'app-b/manifest.yaml',
    ]);
    // The other app's file, CRLF and all, is the same blob.
    const blob = execFileSync(
      'git',
      ['--git-dir', fixture.origin, 'cat-file', 'blob', 'environment/shared-next/app-a:app-b/manifest.yaml'],
      {
        encoding: 'utf8',
      },
    );
    expect(blob).toBe('kept: as it is\r\n');
  });

  test("Argo CD Source Hydrator layout: hydrate-to is the branch written, the files under syncSource's path, hydrator.metadata at the root too", async () => {
    const config = CONFIG.replace(
      'hydrate: { branch: environment/prod }',
      'hydrate: { branch: environments/prod, path: guestbook-prod, hydrate-to: environments/prod-next }',
    );
    fixture = GitFixture.create(dryRepository(config));
    const dry = fixture.git('rev-parse', 'HEAD');
    const r = await hydrate(fixture.clone('main'), { env: 'prod' });
    expectOk(r);
    expect(origin('ls-tree', '-r', '--name-only', 'environments/prod-next').split('\n')).toEqual([
      'guestbook-prod/hydrator.metadata',
      'guestbook-prod/manifest.yaml',
      'hydrator.metadata',
    ]);
    expect(show('environments/prod-next', 'hydrator.metadata')).toBe(show('environments/prod-next', 'guestbook-prod/hydrator.metadata'));
    expect(JSON.parse(show('environments/prod-next', 'hydrator.metadata')).drySha).toBe(dry);
    expect(show('environments/prod-next', 'guestbook-prod/manifest.yaml')).toContain('  name: prod-guestbook\nspec:\n  replicas: 3\n');
    // Nothing changed: no second commit, though the root metadata is outside the path.
    const again = await hydrate(fixture.clone('main'), { env: 'prod' });
    expectOk(again);
    expect(origin('rev-list', '--count', 'environments/prod-next')).toBe('1');
  });

  test("an Application hydrating from source: hydrate: {} reads syncSource's branch and path, hydrateTo's branch, drySource's chart", async () => {
    const app = [
      'apiVersion: argoproj.io/v1alpha1',
      'kind: Application',
      'metadata:',
      '  name: prod-guestbook',
      'spec:',
      '  destination:',
      '    namespace: prod',
      '  sourceHydrator:',
      '    drySource:',
      '      repoURL: https://github.com/acme/monorepo',
      '      path: charts/guestbook',
      '      targetRevision: HEAD',
      '      helm:',
      '        valueFiles: [values-prod.yaml]',
      '    syncSource:',
      '      targetBranch: environments/prod',
      '      path: guestbook-prod',
      '    hydrateTo:',
      '      targetBranch: environments/prod-next',
      '',
    ].join('\n');
    const config = CONFIG.replace(
      'apps/prod/guestbook.yaml, hydrate: { branch: environment/prod }',
      'apps/prod/hydrated.yaml, hydrate: {}',
    );
    fixture = GitFixture.create({ ...dryRepository(config), 'apps/prod/hydrated.yaml': app });
    const dry = fixture.git('rev-parse', 'HEAD');
    const r = await hydrate(fixture.clone('main'), { env: 'prod' });
    expectOk(r);
    expect(origin('ls-tree', '-r', '--name-only', 'environments/prod-next').split('\n')).toEqual([
      'guestbook-prod/hydrator.metadata',
      'guestbook-prod/manifest.yaml',
      'hydrator.metadata',
    ]);
    expect(JSON.parse(show('environments/prod-next', 'guestbook-prod/hydrator.metadata')).drySha).toBe(dry);
    expect(show('environments/prod-next', 'guestbook-prod/manifest.yaml')).toContain('  name: prod-guestbook\nspec:\n  replicas: 3\n');
    // Without hydrateTo Argo CD would write syncSource's branch, prod's active branch: refused at that line, nothing
    // pushed; an Application without sourceHydrator and no branch is refused at hydrate:.
    fixture.commit('no staging branch', {
      'apps/prod/hydrated.yaml': app.replace('    hydrateTo:\n      targetBranch: environments/prod-next\n', ''),
    });
    fixture.push('main');
    const active = await hydrate(fixture.clone('main'), { env: 'prod' });
    expect(active.code).toBe(1);
    expect(active.annotations.map((a) => [a.file, a.line, a.message])).toEqual([
      [
        'apps/prod/hydrated.yaml',
        16,
        expect.stringContaining("prod: hydrate-env would write environments/prod, which is prod's active branch"),
      ],
    ]);
    expect(branches()).toEqual([]);
    expect(origin('for-each-ref', '--format=%(refname:short)', 'refs/heads/environments')).toBe('environments/prod-next');
    fixture.commit('no hydrator', { '.github/lockstep.yml': config.replace('apps/prod/hydrated.yaml', 'apps/prod/guestbook.yaml') });
    fixture.push('main');
    const refused = await hydrate(fixture.clone('main'), { env: 'prod' });
    expect(refused.code).toBe(1);
    expect(refused.annotations.map((a) => [a.file, a.line, a.message])).toEqual([
      [
        '.github/lockstep.yml',
        4,
        expect.stringContaining('prod: hydrate: names no branch, and its Application apps/prod/guestbook.yaml has no spec.sourceHydrator'),
      ],
    ]);
  });

  test("an attacker's target: an Application's hydrateTo.targetBranch: main, dev's hydrate-to: environment/prod — refused at their lines, naming the owner, nothing pushed", async () => {
    const app = [
      'apiVersion: argoproj.io/v1alpha1',
      'kind: Application',
      'metadata:',
      '  name: prod-guestbook',
      'spec:',
      '  sourceHydrator:',
      '    drySource:',
      '      repoURL: https://github.com/acme/monorepo',
      '      path: charts/guestbook',
      '      targetRevision: HEAD',
      '      helm:',
      '        valueFiles: [values-prod.yaml]',
      '    syncSource:',
      '      targetBranch: environment/prod',
      '      path: guestbook',
      '    hydrateTo:',
      '      targetBranch: main',
      '',
    ].join('\n');
    const config = CONFIG.replace(
      'apps/prod/guestbook.yaml, hydrate: { branch: environment/prod }',
      'apps/prod/hydrated.yaml, hydrate: {}',
    ).replace('hydrate: { branch: environment/dev }', 'hydrate: { branch: environment/dev, hydrate-to: environment/staging }');
    fixture = GitFixture.create({ ...dryRepository(config), 'apps/prod/hydrated.yaml': app });
    const main = tip('main');
    const r = await hydrate(fixture.clone('main'));
    expect(r.code).toBe(1);
    expect(r.annotations.map((a) => [a.file, a.line, a.message])).toEqual([
      [
        '.github/lockstep.yml',
        2,
        expect.stringContaining("dev: hydrate-env would write environment/staging, which is staging's active branch"),
      ],
      [
        'apps/prod/hydrated.yaml',
        17,
        expect.stringContaining('prod: hydrate-env would write main, which is the DRY branch (checked out here)'),
      ],
    ]);
    // Nothing rendered onto main, no branch written.
    expect(tip('main')).toBe(main);
    expect(branches()).toEqual([]);
    // lockstep hydrate --push says the same through the CLI bundle.
    const cli = await runCli(['hydrate', '--push', '--env', 'prod'], {
      cwd: fixture.clone('main'),
      env: { PATH: WITH_TOOLS },
      timeoutMs: 120_000,
    });
    expect(cli.code).toBe(1);
    expect(cli.stderr).toContain(
      'apps/prod/hydrated.yaml:17: prod: hydrate-env would write main, which is the DRY branch (checked out here)',
    );
    expect(tip('main')).toBe(main);
  });

  test('a stale run (the re-run of an older push) leaves the newer render on environment/dev-next, says which commit it holds, exit 0', async () => {
    fixture = GitFixture.create(dryRepository());
    const d1 = fixture.git('rev-parse', 'HEAD');
    expectOk(await hydrate(fixture.clone('main')));
    const d2 = fixture.commit('feat: dev runs 1.2.0', { 'charts/guestbook/values-dev.yaml': 'image: ghcr.io/acme/guestbook:1.2.0\n' });
    fixture.push('main');
    expectOk(await hydrate(fixture.clone('main')));
    const newer = tip('environment/dev-next');
    // The older push's job runs last: actions/checkout puts main at the commit it was started for.
    const ws = fixture.clone('main');
    execFileSync('git', ['reset', '--quiet', '--hard', d1], { cwd: ws });
    const stale = await hydrate(ws, { env: 'dev' });
    expectOk(stale);
    expect(tip('environment/dev-next')).toBe(newer);
    expect(show('environment/dev-next', 'manifest.yaml')).toContain('image: ghcr.io/acme/guestbook:1.2.0');
    expect(JSON.parse(stale.outputs.environments)['dev']).toEqual({
      branch: 'environment/dev-next',
      status: 'superseded',
      commit: newer,
      'newer-dry-sha': d2,
    });
    expect(stale.outputs.changed).toBe('0');
    expect(stale.annotations.map((a) => [a.level, a.message])).toEqual([
      [
        'notice',
        `dev: environment/dev-next already holds the render of DRY commit ${d2.slice(0, 12)}, newer than ${d1.slice(0, 12)}: nothing written there (a run for an older commit never rolls a branch back)`,
      ],
    ]);
  });

  test('two concurrent runs on the same DRY commit: one commit per branch, nothing lost, nothing pushed twice', async () => {
    fixture = GitFixture.create(dryRepository());
    const [a, b] = await Promise.all([hydrate(fixture.clone('main')), hydrate(fixture.clone('main'))]);
    expectOk(a);
    expectOk(b);
    for (const br of branches()) expect(origin('rev-list', '--count', br)).toBe('1');
    const ea = JSON.parse(a.outputs.environments);
    const eb = JSON.parse(b.outputs.environments);
    for (const env of ['dev', 'staging', 'prod', 'app-a-staging', 'app-b-staging']) expect(ea[env].commit).toBe(eb[env].commit);
    // Every branch was written by exactly one of the two runs.
    expect(Number(a.outputs.changed) + Number(b.outputs.changed)).toBe(5);
  });

  test('matrix jobs (--env) at once on the same DRY commit: two environments writing folders of one branch lose no update, one environment twice pushes once', async () => {
    const config = CONFIG.replace(
      'hydrate: { branch: environment/staging, layout: objects }',
      'hydrate: { branch: environments/all, path: staging, hydrate-to: environments/all-next }',
    ).replace(
      'hydrate: { branch: environment/prod }',
      'hydrate: { branch: environments/all, path: prod, hydrate-to: environments/all-next }',
    );
    fixture = GitFixture.create(dryRepository(config));
    const dry = fixture.git('rev-parse', 'HEAD');
    const job = (env: string) =>
      runCli(['hydrate', '--push', '--json', '--env', env], { cwd: fixture!.clone('main'), env: { PATH: WITH_TOOLS }, timeoutMs: 120_000 });
    const runs = await Promise.all(['staging', 'prod', 'staging', 'dev'].map(job));
    for (const r of runs) if (r.code !== 0) throw new Error(`exit ${r.code}\n${r.stdout}\n${r.stderr}`);
    const status = runs.map(
      (r) => JSON.parse(r.stdout).environments.map((e: { name: string; status: string }) => `${e.name} ${e.status}`)[0],
    );
    // One of the two staging jobs wrote it; the other found the same manifests there.
    // (In either order: the writer says created, or updated when prod's folder reached the branch first.)
    const staging = status.filter((l) => l.startsWith('staging '));
    expect(staging).toHaveLength(2);
    expect(staging.filter((l) => l === 'staging unchanged')).toHaveLength(1);
    expect(staging.filter((l) => /^staging (created|updated)$/.test(l))).toHaveLength(1);
    expect(status[1]).toMatch(/^prod (created|updated)$/);
    expect(status[3]).toBe('dev created');
    // Both folders on the shared branch: the job that pushed second built on the first one's commit.
    expect(origin('ls-tree', '-r', '--name-only', 'environments/all-next').split('\n')).toEqual([
      'hydrator.metadata',
      'prod/hydrator.metadata',
      'prod/manifest.yaml',
      'staging/hydrator.metadata',
      'staging/manifest.yaml',
    ]);
    expect(origin('rev-list', '--count', 'environments/all-next')).toBe('2');
    expect(origin('rev-list', '--count', 'environment/dev-next')).toBe('1');
    expect(JSON.parse(show('environments/all-next', 'hydrator.metadata')).drySha).toBe(dry);
    expect(show('environments/all-next', 'prod/manifest.yaml')).toContain('  name: prod-guestbook\nspec:\n  replicas: 3\n');
    expect(show('environments/all-next', 'staging/manifest.yaml')).toContain('spec:\n  replicas: 2\n');
  });

  test('a render failure: the environment named at its config line, nothing pushed, exit 1', async () => {
    fixture = GitFixture.create(dryRepository());
    fixture.commit('break prod', { 'charts/guestbook/values-prod.yaml': 'replicas: 3\n' });
    fixture.push('main');
    const r = await hydrate(fixture.clone('main'));
    expect(r.code).toBe(1);
    expect(r.annotations).toEqual([
      expect.objectContaining({
        level: 'error',
        file: '.github/lockstep.yml',
        line: 4,
        message: expect.stringContaining('prod does not render at'),
      }),
    ]);
    expect(r.annotations[0].message).toContain('image is required');
    expect(branches()).toEqual([]);
  });

  test('a Secret in the render: refused, nothing pushed; secrets: drop leaves it out and says so', async () => {
    fixture = GitFixture.create(dryRepository());
    fixture.commit('dev with a secret', { 'charts/guestbook/values-dev.yaml': 'image: ghcr.io/acme/guestbook:1.1.0\nsecret: true\n' });
    fixture.push('main');
    const r = await hydrate(fixture.clone('main'));
    expect(r.code).toBe(1);
    expect(r.annotations[0]).toEqual(
      expect.objectContaining({
        level: 'error',
        file: '.github/lockstep.yml',
        line: 2,
        message: expect.stringContaining('dev: the render holds a Secret: Secret guestbook-db'),
      }),
    );
    expect(branches()).toEqual([]);
    fixture.commit('drop secrets', {
      '.github/lockstep.yml': CONFIG.replace('hydrate: { branch: environment/dev }', 'hydrate: { branch: environment/dev, secrets: drop }'),
    });
    fixture.push('main');
    const dropped = await hydrate(fixture.clone('main'));
    expectOk(dropped);
    expect(dropped.stdout).toContain('dev: dropped Secret guestbook-db from the render (secrets: drop)');
    expect(show('environment/dev-next', 'manifest.yaml')).toBe(DEV_MANIFEST);
    expect(origin('ls-tree', '-r', '--name-only', 'environment/dev-next').split('\n')).toEqual(['hydrator.metadata', 'manifest.yaml']);
  });
});

describe('hydrate-env mode: check refuses hand edits on hydrated branches', () => {
  const check = (ws: string, inputs: Record<string, string> = {}) => hydrate(ws, { mode: 'check', ...inputs });
  const status = (ws: string) => execFileSync('git', ['status', '--porcelain', '--ignored'], { cwd: ws, encoding: 'utf8' });

  test('every branch a fresh render of its drySha: exit 0, each environment matches', async () => {
    fixture = GitFixture.create(dryRepository());
    const dry = fixture.git('rev-parse', 'HEAD');
    expectOk(await hydrate(fixture.clone('main')));
    // The DRY branch moves on: the check renders each branch's own drySha, not HEAD.
    fixture.commit('chore: dev to 1.2.0', { 'charts/guestbook/values-dev.yaml': 'image: ghcr.io/acme/guestbook:1.2.0\n' });
    fixture.push('main');
    const r = await check(fixture.clone('main'));
    expectOk(r);
    expect(r.stdout).toContain('Checked 5 hydrated branches: each is a fresh render of its drySha, without hand edits.');
    expect(JSON.parse(r.outputs.environments)['dev']).toEqual({
      branch: 'environment/dev-next',
      status: 'matches',
      commit: tip('environment/dev-next'),
      'dry-sha': dry,
    });
    expect(r.outputs.changed).toBe('0');
  });

  test('a hand edit, a file added by hand: each refused at its file and line, exit 1, nothing written', async () => {
    fixture = GitFixture.create(dryRepository());
    expectOk(await hydrate(fixture.clone('main')));
    const edited = fixture.editByHand(
      'environment/dev-next',
      (dir) => ({
        'manifest.yaml': readFileSync(join(dir, 'manifest.yaml'), 'utf8').replace('replicas: 1', 'replicas: 5'),
        'extra.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: sneaky\n',
      }),
      { message: 'hotfix: more replicas' },
    );
    const ws = fixture.clone('main');
    const before = status(ws);
    const r = await check(ws);
    expect(r.code).toBe(1);
    expect(r.annotations.map((a) => [a.level, a.file, a.line])).toEqual([
      ['error', 'environment/dev-next:extra.yaml', undefined],
      ['error', 'environment/dev-next:manifest.yaml', 9],
    ]);
    expect(r.annotations[1].message).toContain('dev: differs from a fresh render of');
    expect(r.annotations[0].message).toContain('dev: not in a fresh render of');
    // Nothing written: the hand edit is still the tip, the workspace as it was.
    expect(tip('environment/dev-next')).toBe(edited);
    expect(status(ws)).toBe(before);
  });

  test('a file removed by hand, and a hydrator.metadata that names no commit: refused at the file', async () => {
    fixture = GitFixture.create(dryRepository());
    expectOk(await hydrate(fixture.clone('main')));
    fixture.editByHand('environment/staging-next', (dir) => (rmSync(join(dir, 'service-guestbook.yaml')), {}), {
      message: 'drop the service',
    });
    fixture.editByHand('environment/prod-next', { 'hydrator.metadata': '{"drySha": "main"}\n' }, { message: 'point elsewhere' });
    const r = await check(fixture.clone('main'), { env: 'staging,prod' });
    expect(r.code).toBe(1);
    expect(r.annotations.map((a) => [a.file, a.line])).toEqual([['environment/prod-next:hydrator.metadata', 1]]);
    expect(r.annotations[0].message).toContain('prod: hydrator.metadata names no drySha (a full commit id)');
    const staging = await check(fixture.clone('main'), { env: 'staging' });
    expect(staging.code).toBe(1);
    expect(staging.annotations.map((a) => [a.file, a.message])).toEqual([
      [
        'environment/staging-next:service-guestbook.yaml',
        expect.stringMatching(/: staging: a fresh render of [0-9a-f]{12} has it, [0-9a-f]{12} does not/),
      ],
    ]);
  });

  test('a branch hydrated from a commit outside the DRY branch (an unmerged branch) is refused at its metadata, though it is a fresh render of that commit', async () => {
    fixture = GitFixture.create(dryRepository());
    fixture.checkout('unreviewed', true);
    fixture.commit('feat: another image', { 'charts/guestbook/values-dev.yaml': 'image: evil.example/guestbook:latest\n' });
    fixture.push('unreviewed');
    expectOk(await hydrate(fixture.clone('unreviewed'), { env: 'dev' }));
    expect(show('environment/dev-next', 'manifest.yaml')).toContain('image: evil.example/guestbook:latest');
    const r = await check(fixture.clone('main'), { env: 'dev' });
    expect(r.code).toBe(1);
    expect(r.annotations.map((a) => [a.file, a.line])).toEqual([['environment/dev-next:hydrator.metadata', 1]]);
    expect(r.annotations[0].message).toMatch(
      /dev: drySha [0-9a-f]{12} is not in the history of the checked-out DRY branch, so its render is no render of that branch/,
    );
  });

  test("commit: a pull request's head commit checked for its one environment; a branch not hydrated yet is nothing to check", async () => {
    fixture = GitFixture.create(dryRepository());
    expectOk(await hydrate(fixture.clone('main'), { env: 'dev' }));
    const head = tip('environment/dev-next');
    const ok = await check(fixture.clone('main'), { env: 'dev', commit: head });
    expectOk(ok);
    expect(JSON.parse(ok.outputs.environments)['dev'].commit).toBe(head);
    const several = await check(fixture.clone('main'), { commit: head });
    expect(several.code).toBe(1);
    expect(several.stderr + several.stdout).toContain('names one hydrated commit for 5 environments');
    const absent = await check(fixture.clone('main'), { env: 'staging' });
    expectOk(absent);
    expect(JSON.parse(absent.outputs.environments)['staging'].status).toBe('absent');
  });
});

describe('lockstep hydrate', () => {
  test('helm-version: 4 on an environment renders it with Helm 4 when both majors are on PATH, and is refused when only Helm 3 is', async () => {
    const config = CONFIG.replace(
      '  - { name: dev, values: charts/guestbook/values-dev.yaml, hydrate: { branch: environment/dev } }',
      '  - { name: dev, values: charts/guestbook/values-dev.yaml, helm-version: 4, hydrate: { branch: environment/dev } }',
    );
    expect(config).not.toBe(CONFIG);
    fixture = GitFixture.create(dryRepository(config));
    const ws = fixture.clone('main');
    const both = await runCli(['hydrate', '--env', 'dev,staging', '--push', '--json'], {
      cwd: ws,
      env: { PATH: `${WITH_TOOLS}:${testPath('helm4')}` },
      timeoutMs: 120_000,
    });
    if (both.code !== 0) throw new Error(`exit ${both.code}\n${both.stdout}\n${both.stderr}`);
    const rendered = JSON.parse(both.stdout).environments.map((e: { name: string; renderer: string }) => [e.name, e.renderer]);
    expect(rendered).toEqual([
      ['dev', 'helm 4.1.4'],
      ['staging', 'helm 3.17.3'],
    ]);
    // Both majors render this chart to the same bytes.
    expect(show('environment/dev-next', 'manifest.yaml')).toBe(DEV_MANIFEST);
    const before = branches().map((b) => `${b} ${tip(b)}`);
    const only3 = await runCli(['hydrate', '--env', 'dev', '--push'], { cwd: ws, env: { PATH: WITH_TOOLS }, timeoutMs: 120_000 });
    expect(only3.code).toBe(1);
    expect(only3.stderr).toContain('helm-version: 4: no Helm 4 on PATH to render its chart (as helm, helm3 or helm4)');
    expect(branches().map((b) => `${b} ${tip(b)}`)).toEqual(before);
  });

  test('a dry run by default; --push writes; --json says each branch', async () => {
    fixture = GitFixture.create(dryRepository());
    const ws = fixture.clone('main');
    const env = { PATH: WITH_TOOLS };
    const dry = await runCli(['hydrate', '--env', 'dev'], { cwd: ws, env, timeoutMs: 120_000 });
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain('would create (dry run)');
    expect(branches()).toEqual([]);
    const pushed = await runCli(['hydrate', '--env', 'dev', '--push', '--json'], { cwd: ws, env, timeoutMs: 120_000 });
    expect(pushed.code).toBe(0);
    const doc = JSON.parse(pushed.stdout);
    expect(doc.outcome).toBe('done');
    expect(doc.environments).toEqual([
      {
        name: 'dev',
        branch: 'environment/dev-next',
        path: null,
        status: 'created',
        commit: tip('environment/dev-next'),
        files: 2,
        dropped: [],
        renderer: expect.stringMatching(/^helm 3\./),
      },
    ]);
    expect(show('environment/dev-next', 'manifest.yaml')).toBe(DEV_MANIFEST);
    const checked = await runCli(['hydrate', '--mode', 'check', '--env', 'dev', '--json'], { cwd: ws, env, timeoutMs: 120_000 });
    expect(checked.code).toBe(0);
    expect(JSON.parse(checked.stdout).environments[0]).toEqual(
      expect.objectContaining({ name: 'dev', status: 'matches', 'dry-sha': fixture.git('rev-parse', 'HEAD') }),
    );
    const named = await runCli(['hydrate', '--env', 'qa'], { cwd: ws, env });
    expect(named.code).toBe(1);
    expect(named.stderr).toContain('--env names qa, which is no environment of the config');
  });
});
