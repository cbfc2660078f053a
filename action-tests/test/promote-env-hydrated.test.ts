import { execFileSync } from 'node:child_process';
import { GitFixture } from '../harness/git-fixture.ts';
import { type GitHubDouble, startGitHubDouble } from '../harness/github-double/index.ts';
import { dryRepository } from '../harness/hydrate-fixture.ts';
import { runAction, type ActionRun } from '../harness/run-action.ts';
import { runCli } from '../harness/run-cli.ts';
import { testPath } from '../harness/tool-path.mjs';

// Issue 59 item 2: without GitOps Promoter, lockstep promotes the hydrated branches itself. The committed
// hydrate-env bundle writes environment/<env>-next with the real Helm; the committed promote-env bundle, with
// to: an environment whose hydrate: says promote: lockstep, opens the pull request <env>-next → <env> on the
// GitHub double (every request checked against GitHub's OpenAPI description) through the same gates, opens
// nothing when nothing is pending or a gate holds, and record: deployments on the active branch records the
// merged promotion as a Deployment.

const REPO = 'acme/monorepo';
const WITH_TOOLS = testPath('helm', 'kubectl');

const config = (devExtra: string[] = []) =>
  [
    'environments:',
    '  - name: dev',
    '    values: charts/guestbook/values-dev.yaml',
    '    hydrate: { branch: environment/dev, promote: lockstep }',
    ...devExtra.map((l) => `    ${l}`),
    '  - name: staging',
    '    values: charts/guestbook/values-staging.yaml',
    '    hydrate: { branch: environment/staging, promote: lockstep }',
    '',
  ].join('\n');

let fixture: GitFixture | undefined;
let double: GitHubDouble | undefined;
let ws: string;

afterEach(async () => {
  expect(double?.violations ?? []).toEqual([]);
  await double?.stop();
  fixture?.cleanup();
  fixture = undefined;
  double = undefined;
});

const origin = (...args: string[]) => execFileSync('git', ['--git-dir', fixture!.origin, ...args], { encoding: 'utf8' }).trim();
const tip = (branch: string) => origin('rev-parse', `refs/heads/${branch}`);

/** The DRY repository with `cfg`, and each environment's active branch created once on origin (an empty commit). */
async function setUp(cfg: string): Promise<void> {
  fixture = GitFixture.create(dryRepository(cfg), 'feat: guestbook 1.1.0 in dev');
  double = await startGitHubDouble({ repositories: [{ fullName: REPO, path: fixture.origin, allowAutoMerge: true }] });
  const empty = execFileSync('git', ['--git-dir', fixture.origin, 'mktree'], { input: '', encoding: 'utf8' }).trim();
  for (const env of ['dev', 'staging']) {
    const init = execFileSync('git', ['--git-dir', fixture.origin, 'commit-tree', empty, '-m', `init environment/${env}`], {
      encoding: 'utf8',
      env: fixture.env(),
    }).trim();
    origin('update-ref', `refs/heads/environment/${env}`, init);
  }
  ws = fixture.clone('main');
}

function expectOk(r: ActionRun): void {
  if (r.code !== 0) throw new Error(`exit ${r.code}\n${r.stdout}\n${r.stderr}`);
}

async function hydrate(): Promise<void> {
  const dir = fixture!.clone('main');
  expectOk(
    await runAction('hydrate-env', { workspace: dir, inputs: { 'github-token': '' }, env: { PATH: WITH_TOOLS }, timeoutMs: 120_000 }),
  );
}

function promote(inputs: Record<string, string>): Promise<ActionRun> {
  return runAction('promote-env', {
    workspace: ws,
    inputs: { 'github-token': double!.token, ...inputs },
    env: { ...double!.env(), HOME: ws },
    timeoutMs: 90_000,
  });
}

/** Merges pull request `n` through the double's REST API, as a person pressing the button; the merge commit. */
async function merge(n: number): Promise<string> {
  const res = await fetch(`${double!.url}/repos/${REPO}/pulls/${n}/merge`, {
    method: 'PUT',
    headers: { authorization: `token ${double!.token}`, accept: 'application/vnd.github+json', 'content-type': 'application/json' },
    body: JSON.stringify({ merge_method: 'merge' }),
  });
  expect(res.status).toBe(200);
  return ((await res.json()) as { sha: string }).sha;
}

/** The DRY branch moves: a commit on main pushed. */
function dryCommit(message: string, files: Record<string, string>): string {
  fixture!.checkout('main');
  fixture!.git('pull', '--quiet', 'origin', 'main');
  const sha = fixture!.commit(message, files);
  fixture!.push('main');
  return sha;
}

describe('promote-env promotes hydrated branches (hydrate: promote: lockstep)', () => {
  test('a pull request <env>-next → <env> whose diff is the hydrated change; again: the same one; merged: nothing to promote, and recorded as a Deployment', async () => {
    await setUp(config());
    const dry = fixture!.git('rev-parse', 'HEAD');
    await hydrate();
    const opened = await promote({ to: 'dev' });
    expectOk(opened);
    const [pull] = double!.pulls(REPO);
    expect([pull.number, pull.head, pull.base, pull.title, pull.draft]).toEqual([
      1,
      'environment/dev-next',
      'environment/dev',
      `promote: dev (hydrated ${dry.slice(0, 12)})`,
      false,
    ]);
    expect(pull.headSha).toBe(tip('environment/dev-next'));
    expect(pull.body).toContain(
      `Promotes the hydrated manifests of **dev**: \`environment/dev-next\` → \`environment/dev\`, rendered from DRY commit \`${dry}\`.`,
    );
    expect(pull.body).toContain('The first promotion of `environment/dev`: it names no DRY commit yet.');
    // The branch grew out of the active one: the pull request's diff is the hydrated files and nothing else.
    expect(origin('merge-base', 'environment/dev', 'environment/dev-next')).toBe(tip('environment/dev'));
    expect(origin('diff', '--name-status', 'environment/dev...environment/dev-next').split('\n')).toEqual([
      'A\thydrator.metadata',
      'A\tmanifest.yaml',
    ]);
    expect(opened.outputs['pr-number']).toBe('1');
    expect(opened.outputs.branch).toBe('environment/dev-next');

    // The same run again: the same pull request, nothing new.
    const again = await promote({ to: 'dev' });
    expectOk(again);
    expect(double!.pulls(REPO)).toHaveLength(1);

    // Merged: the active branch runs what the proposed one holds; promoting again opens nothing.
    const landed = await merge(1);
    const nothing = await promote({ to: 'dev' });
    expectOk(nothing);
    expect(nothing.outputs.changed).toBe('false');
    expect(nothing.stdout).toContain(
      `environment/dev already runs what environment/dev-next holds (DRY commit ${dry.slice(0, 12)}); nothing to promote.`,
    );
    // Said as what a hydrated environment is: it runs a DRY commit on its active branch; it pins nothing.
    expect(nothing.stdout).toContain(
      `Nothing to promote: dev already runs the hydrated DRY commit ${dry.slice(0, 12)} on environment/dev; no commit, no push, no pull request.`,
    );
    expect(nothing.stdout).not.toContain('already pins');
    expect(double!.pulls(REPO)).toHaveLength(1);

    // record: deployments on the push to the active branch: one Deployment of the merge, naming the DRY commit.
    const recorded = await runAction('promote-env', {
      workspace: ws,
      eventName: 'push',
      inputs: { 'github-token': double!.token, record: 'deployments', base: 'environment/dev' },
      env: { ...double!.env(), HOME: ws, GITHUB_SHA: landed, GITHUB_REF: 'refs/heads/environment/dev' },
      timeoutMs: 90_000,
    });
    expectOk(recorded);
    const [deployment] = double!.deployments(REPO);
    expect(double!.deployments(REPO)).toHaveLength(1);
    expect(deployment).toMatchObject({
      sha: landed,
      environment: 'dev',
      payload: { lockstep: 'promote-env', services: {}, drySha: dry },
      description: `lockstep promote-env: hydrated from ${dry.slice(0, 12)}`,
    });

    // A DRY commit that changes staging only: what ships lists it, the pull request names the DRY commit staging runs.
    expectOk(await promote({ from: 'dev', to: 'staging' }));
    await merge(2);
    const second = dryCommit('feat: staging runs 4 replicas', {
      'charts/guestbook/values-staging.yaml': 'image: ghcr.io/acme/guestbook:1.0.0\nreplicas: 4\n',
    });
    await hydrate();
    expect(tip('environment/dev-next')).toBe(origin('rev-parse', `${landed}^2`));
    const staging = await promote({ from: 'dev', to: 'staging' });
    expectOk(staging);
    const third = double!.pulls(REPO)[2];
    expect([third.head, third.base, third.title]).toEqual([
      'environment/staging-next',
      'environment/staging',
      `promote: dev → staging (hydrated ${second.slice(0, 12)})`,
    ]);
    expect(third.body).toContain(
      `The DRY commits since \`${dry.slice(0, 12)}\`, the commit \`environment/staging\` runs:\n\n- \`${second.slice(0, 12)}\` feat: staging runs 4 replicas\n`,
    );
    expect(origin('diff', 'environment/staging...environment/staging-next', '--', 'manifest.yaml')).toContain(
      '-  replicas: 2\n+  replicas: 4',
    );
  });

  test('lockstep status says each hydrated promotion as promote-env makes it: the proposed branch into the active one by DRY commit, never a pin copy', async () => {
    await setUp(config());
    const dry = fixture!.git('rev-parse', 'HEAD');
    await hydrate();
    const status = async () => {
      const r = await runCli(['status', '--json'], { cwd: ws, env: { ...double!.env(), HOME: ws } });
      if (r.code !== 0) throw new Error(`exit ${r.code}\n${r.stdout}\n${r.stderr}`);
      return (JSON.parse(r.stdout) as { next: { from: string; to: string; changes: unknown[]; hydrated?: unknown }[] }).next;
    };
    // Nothing landed yet: dev (promoted from its proposed branch alone) and staging would each take DRY commit `dry`.
    expect(await status()).toEqual([
      {
        from: 'dev',
        to: 'dev',
        changes: [],
        hydrated: { proposed: 'environment/dev-next', active: 'environment/dev', 'proposed-dry': dry, 'active-dry': null, pending: true },
      },
      {
        from: 'dev',
        to: 'staging',
        changes: [],
        hydrated: {
          proposed: 'environment/staging-next',
          active: 'environment/staging',
          'proposed-dry': dry,
          'active-dry': null,
          pending: true,
        },
      },
    ]);
    const text = await runCli(['status'], { cwd: ws, env: { ...double!.env(), HOME: ws } });
    expect(text.stdout).toContain(`dev: environment/dev-next → environment/dev, DRY commit — → ${dry.slice(0, 12)}\n`);
    expect(text.stdout).toContain(`dev → staging: environment/staging-next → environment/staging, DRY commit — → ${dry.slice(0, 12)}\n`);
    // dev's promotion merged: status says dev has nothing to promote, as promote-env then does.
    expectOk(await promote({ to: 'dev' }));
    await merge(1);
    const [intoDev] = await status();
    expect(intoDev.hydrated).toEqual({
      proposed: 'environment/dev-next',
      active: 'environment/dev',
      'proposed-dry': dry,
      'active-dry': dry,
      pending: false,
    });
    const after = await runCli(['status'], { cwd: ws, env: { ...double!.env(), HOME: ws } });
    expect(after.stdout).toContain(`dev: nothing to promote (environment/dev runs DRY commit ${dry.slice(0, 12)})\n`);
  });

  test('lockstep status reads what a hydrated environment runs from its active branch, the one its deployer syncs, not from the DRY values file', async () => {
    await setUp(`services:\n  guestbook: { image: ghcr.io/acme/guestbook, values-key: image }\n${config()}`);
    const dry = fixture!.git('rev-parse', 'HEAD');
    await hydrate();
    type Env = { name: string; services: Record<string, unknown>; 'runs-none'?: string[]; 'read-from-hydrated'?: unknown };
    const environments = async () => {
      const r = await runCli(['status', '--json'], { cwd: ws, env: { ...double!.env(), HOME: ws } });
      if (r.code !== 0) throw new Error(`exit ${r.code}\n${r.stdout}\n${r.stderr}`);
      return (JSON.parse(r.stdout) as { environments: Env[] }).environments.map((e) => ({
        name: e.name,
        services: e.services,
        'runs-none': e['runs-none'],
        'read-from-hydrated': e['read-from-hydrated'],
      }));
    };
    // The DRY values say 1.1.0 for dev and 1.0.0 for staging, but nothing is promoted into the active branches yet.
    expect(await environments()).toEqual([
      {
        name: 'dev',
        services: { guestbook: null },
        'runs-none': ['guestbook'],
        'read-from-hydrated': { branch: 'environment/dev', 'dry-sha': null },
      },
      {
        name: 'staging',
        services: { guestbook: null },
        'runs-none': ['guestbook'],
        'read-from-hydrated': { branch: 'environment/staging', 'dry-sha': null },
      },
    ]);
    expectOk(await promote({ to: 'dev' }));
    await merge(1);
    const [dev, staging] = await environments();
    expect(dev).toEqual({
      name: 'dev',
      services: { guestbook: { tag: '1.1.0', digest: null } },
      'runs-none': undefined,
      'read-from-hydrated': { branch: 'environment/dev', 'dry-sha': dry },
    });
    expect(staging.services).toEqual({ guestbook: null });
    const text = await runCli(['status'], { cwd: ws, env: { ...double!.env(), HOME: ws } });
    expect(text.stdout).toMatch(/guestbook\s+│?\s*1\.1\.0 —\s+│?\s*—/);
  });

  test("a soak hold: dev's min-soak not over since its promotion merged, so no pull request into staging, exit 1", async () => {
    await setUp(config(['min-soak: 1h']));
    const dry = fixture!.git('rev-parse', 'HEAD');
    await hydrate();
    // dev does not run the DRY commit yet: held, its soak cannot be measured.
    const early = await promote({ from: 'dev', to: 'staging' });
    expect(early.code).toBe(1);
    expect(early.stderr + early.stdout).toContain(
      `dev is not seen to run DRY commit ${dry.slice(0, 12)}: no commit of its active branch environment/dev runs it, so its soak time (min-soak 1h) cannot be measured`,
    );
    expect(double!.pulls(REPO)).toHaveLength(0);

    expectOk(await promote({ to: 'dev' }));
    const landed = await merge(1);
    const mergedAt = double!.pulls(REPO)[0].mergedAt!;
    const held = await promote({ from: 'dev', to: 'staging' });
    expect(held.code).toBe(1);
    const since = new Date(mergedAt).toISOString().slice(0, 16).replace('T', ' ');
    expect(held.stderr + held.stdout).toMatch(
      new RegExp(
        `promotion held: dev has run DRY commit ${dry.slice(0, 12)} for (0m|1m) of 1h \\(since its active branch environment/dev took it at ${since} UTC, ${landed.slice(0, 12)}, merged_at of #1\\): (1h|59m) left`,
      ),
    );
    expect(held.outputs.changed).toBe('false');
    // No pull request into staging, nothing pushed to its branches.
    expect(double!.pulls(REPO).map((p) => p.base)).toEqual(['environment/dev']);
  });
});
