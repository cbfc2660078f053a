import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { execFileSync, spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GitFixture, preparedFixture } from '../harness/git-fixture.ts';
import { digest, environmentValues } from '../harness/promote-fixture.ts';
import { type GitHubDouble, startGitHubDouble } from '../harness/github-double/index.ts';
import { buildImage, type ImageContent, LocalRegistry } from '../harness/registry.ts';
import { type ActionRun, runAction } from '../harness/run-action.ts';
import { apiCommits, COMMIT_MODES, type CommitMode, pushCounter } from '../harness/commit-mode.ts';

// End-to-end: the committed promote-env bundle on Node 24, real git with a bare
// origin, the GitHub REST/GraphQL double (validated against @octokit/openapi),
// and Debian's docker-registry for resolve-digests.

const REPO = 'acme/monorepo';
const d = digest;
const PULLS = 'POST /repos/{owner}/{repo}/pulls';

const CONFIG = (registry = 'ghcr.io') =>
  [
    'services:',
    `  api: { image: ${registry}/acme/api, values-key: services.api.image }`,
    `  worker: { image: ${registry}/acme/worker, values-key: services.worker.image }`,
    'environments:',
    '  - { name: dev, values: charts/myapp/values-dev.yaml, auto-merge: true }',
    '  - { name: staging, values: charts/myapp/values-staging.yaml }',
    // values-drift off: the fixture's chart lives in no registry these tests reach (promote-env-values-drift.test.ts tests it).
    '  - { name: prod, values: charts/myapp/values-prod.yaml, application: apps/prod/myapp.yaml, protected: true, values-drift: off, values-contract: off }',
    '',
  ].join('\n');

const values = (env: string, api: [string, string], worker: [string, string]) =>
  environmentValues(env, api, worker, { apiComment: 'the public API', after: ['', 'replicaCount: 2'] });

const APP = [
  'apiVersion: argoproj.io/v1alpha1',
  'kind: Application',
  'metadata:',
  '  name: myapp-prod',
  '  namespace: argocd',
  'spec:',
  '  project: default',
  '  sources:',
  '    - repoURL: ghcr.io/acme/charts',
  '      chart: myapp',
  '      targetRevision: 1.4.0      # bumped by promote-env',
  '      helm:',
  '        valueFiles: [$values/charts/myapp/values-prod.yaml]',
  '    - { repoURL: https://github.com/acme/monorepo.git, targetRevision: main, ref: values }',
  '',
].join('\n');

const FILES = () => ({
  '.github/lockstep.yml': CONFIG(),
  'charts/myapp/values-dev.yaml': values('dev', ['1.8.0', d('a')], ['0.9.1', d('b')]),
  'charts/myapp/values-staging.yaml': values('staging', ['1.7.3', d('c')], ['0.9.1', d('b')]),
  'charts/myapp/values-prod.yaml': values('prod', ['1.7.3', d('c')], ['0.9.0', d('e')]),
  'apps/prod/myapp.yaml': APP,
});

let fixture: GitFixture;
let double: GitHubDouble;
let ws: string;
const cleanup: (() => void)[] = [];

// Prepared once, copied for each test: the chart versions these tests promote to were released (chart-version
// refuses any other), their tags pushed, and the workspace cloned from origin as actions/checkout clones it.
const preparedCopy = preparedFixture(FILES(), (f) => {
  for (const v of ['1.5.0', '2.0.0']) f.git('tag', `myapp-${v}`);
  f.git('push', '--quiet', 'origin', '--tags');
  return { ws: f.clone('main') };
});

beforeEach(async () => {
  const prepared = preparedCopy();
  fixture = prepared.fixture;
  ws = prepared.paths.ws;
  double = await startGitHubDouble({ repositories: [{ fullName: REPO, path: fixture.origin, allowAutoMerge: true }] });
});

afterEach(async () => {
  await double.stop();
  fixture.cleanup();
  for (const c of cleanup.splice(0)) c();
});

/** The commit mode of the scenario running (set by the describe.each below; git elsewhere). */
let commitMode: CommitMode = 'git';

async function run(inputs: Record<string, string>, env: Record<string, string> = {}, workspace = ws): Promise<ActionRun> {
  // api mode: the input, and a count of git pushes that must stay at zero.
  const pushes = commitMode === 'api' ? pushCounter() : undefined;
  try {
    const r = await runAction('promote-env', {
      workspace,
      inputs: { 'github-token': double.token, ...(pushes ? { 'commit-mode': 'api' } : {}), ...inputs },
      env: { ...double.env(), HOME: workspace, ...pushes?.env, ...env },
      timeoutMs: 90000,
    });
    if (pushes) expect({ pushes: pushes.count() }).toEqual({ pushes: 0 });
    return r;
  } finally {
    pushes?.stop();
  }
}

function origin(...args: string[]): string {
  return execFileSync('git', ['--git-dir', fixture.origin, ...args], { encoding: 'utf8' }).trim();
}
const show = (ref: string, path: string) =>
  execFileSync('git', ['--git-dir', fixture.origin, 'show', `${ref}:${path}`], { encoding: 'utf8' });
const mutations = () =>
  double.log.filter((r) => r.method !== 'GET' && !(r.method === 'POST' && r.path === '/graphql' && !r.requestBody.includes('mutation')));

/** Everything an action run printed or wrote, for secret checks. */
const everything = (r: ActionRun) =>
  [
    r.stdout
      .split('\n')
      .filter((l) => !l.startsWith('::add-mask::'))
      .join('\n'),
    r.stderr,
    r.summary,
    JSON.stringify(r.outputs),
  ].join('\n');

function expectOk(r: ActionRun): void {
  if (r.code !== 0) throw new Error(`exit ${r.code}\n${r.stdout}\n${r.stderr}`);
  expect(double.violations).toEqual([]);
}

function expectNothingWritten(r: ActionRun, mainBefore: string): void {
  expect(r.code).toBe(1);
  expect(origin('rev-parse', 'refs/heads/main')).toBe(mainBefore);
  expect(origin('for-each-ref', '--format=%(refname)', 'refs/heads/promote/')).toBe('');
  expect(mutations()).toEqual([]);
  expect(double.pulls(REPO)).toEqual([]);
  expect(r.stdout).not.toMatch(/^\s+at /m);
}

test('nothing to change: changed=false, no commit, no push, no PR, said in the summary', async () => {
  fixture.commit('staging already runs dev', {
    'charts/myapp/values-staging.yaml': FILES()['charts/myapp/values-dev.yaml'].replace('# dev', '# staging'),
  });
  fixture.git('push', '--quiet', 'origin', 'main');
  const main = origin('rev-parse', 'main');
  const r = await run({ from: 'dev', to: 'staging' });
  expectOk(r);
  expect(r.outputs.changed).toBe('false');
  expect(r.outputs['pr-number']).toBe('');
  expect(r.outputs.changes).toBe('[]');
  expect(r.summary).toContain('Nothing to promote');
  expect(origin('rev-parse', 'main')).toBe(main);
  expect(origin('for-each-ref', 'refs/heads/promote/')).toBe('');
  expect(mutations()).toEqual([]);
});

test('dry run: prints the diff and the drift table, writes, pushes and opens nothing', async () => {
  const main = origin('rev-parse', 'main');
  const r = await run({ from: 'staging', to: 'prod', 'chart-version': '1.5.0', 'dry-run': 'true' });
  expectOk(r);
  expect(r.outputs.changed).toBe('true');
  expect(r.stdout).toContain('  -      targetRevision: 1.4.0      # bumped by promote-env');
  expect(r.stdout).toContain('  +      targetRevision: 1.5.0      # bumped by promote-env');
  expect(r.summary).toContain('| service | dev | staging | prod (after) |');
  expect(r.summary).toContain('| chart version | — | — | 1.5.0 |');
  expect(origin('rev-parse', 'main')).toBe(main);
  expect(origin('for-each-ref', 'refs/heads/promote/')).toBe('');
  expect(mutations()).toEqual([]);
  expect(execFileSync('git', ['-C', ws, 'status', '--porcelain'], { encoding: 'utf8' })).toBe('');
});

test('a new PR starts 27 git processes, each question asked once: a branch name checked once, shallow-or-tracked in one rev-parse and not again for a branch fetched before, both trees in one (issue 22)', async () => {
  const trace = join(ws, '..', `trace2-${process.pid}.json`);
  const r = await run({ from: 'staging', to: 'prod', 'chart-version': '1.5.0' }, { GIT_TRACE2_EVENT: trace });
  expectOk(r);
  expect(double.pulls(REPO)).toHaveLength(1);
  // The git processes the action started (trace2 session ids without a parent's), from the subcommand on.
  const events = readFileSync(trace, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as { event: string; sid: string; argv?: string[] });
  const starts = events
    .filter((e) => e.event === 'start' && !e.sid.includes('/'))
    .map((e) => {
      const argv = e.argv!.slice(1);
      while (argv[0] === '-c') argv.splice(0, 2);
      return argv[0] === 'rev-parse' ? `rev-parse ${argv[1]}` : argv[0];
    });
  // Before: 32, with check-ref-format at each fetch and push, rev-parse --is-shallow-repository and
  // for-each-ref before each of the three fetches (main twice: the plan's and the publish's), and one rev-parse per tree.
  // No check-ref-format since: main and the promotion branch are plain names (git/refs.ts PLAIN_NAME). With a Helm on
  // PATH (test-path.test.ts runs this test so), the environment as it runs now is read from the clone's tip while the
  // base is fetched (promote/render-ahead.ts): a cat-file started before the fetch, and another after it.
  const helmOnPath = spawnSync('sh', ['-c', 'command -v helm'], { encoding: 'utf8' }).stdout.trim() !== '';
  // The rollback hold (issue 75): the last landing in prod, and in staging it is promoted from, read while the plan
  // parses (so in no fixed order among the plan's own processes): one history walk for both (git/log.ts lastLandings),
  // no commit read after it, since neither landing is a merge. Before, a log and its commit each: 30 processes.
  const hold = (s: string) => s === 'log' || s === 'show';
  expect(starts.filter(hold).sort()).toEqual(['log']);
  expect(starts.filter((s) => !hold(s))).toEqual([
    'rev-parse --show-toplevel',
    'remote',
    'ls-remote',
    ...(helmOnPath ? ['cat-file'] : []),
    'rev-parse --is-shallow-repository',
    'fetch',
    'rev-parse --verify',
    'cat-file',
    // chart-version's check lists the base's charts once, to read the chart at its release tag (issue 38).
    'ls-tree',
    'fetch',
    'rev-parse --verify',
    'rev-parse --is-shallow-repository',
    'fetch',
    'rev-parse --absolute-git-dir',
    'rev-parse --verify',
    'ls-tree',
    'hash-object',
    'read-tree',
    'update-index',
    'write-tree',
    'commit-tree',
    expect.stringMatching(/^rev-parse [0-9a-f]{40}\^\{tree\}$/),
    'push',
    'ls-remote',
    'cat-file',
  ]);
});

test.each<[string, Record<string, string>, string]>([
  ['dev → prod (a skip) is refused', { from: 'dev', to: 'prod' }, 'promotion dev → prod skips staging'],
  [
    'an unknown environment is refused',
    { from: 'dev', to: 'stagng' },
    "input 'to' is 'stagng', an unknown environment (did you mean staging?)",
  ],
  [
    'a malformed ref: is refused',
    { from: 'ref:--upload-pack=x', to: 'prod' },
    "input 'from' is 'ref:--upload-pack=x', not ref:<sha-or-tag>",
  ],
  ['a service unknown to config', { from: 'dev', to: 'staging', services: 'web' }, "service 'web' is not configured"],
  [
    'direct push into a protected environment',
    { from: 'staging', to: 'prod', push: 'direct' },
    'push: direct is refused for the protected environment prod',
  ],
])('%s: one line, exit 1, nothing written or called', async (_n, inputs, message) => {
  const main = origin('rev-parse', 'main');
  const r = await run(inputs);
  expectNothingWritten(r, main);
  const errors = r.annotations.filter((a) => a.level === 'error');
  expect(errors).toHaveLength(1);
  expect(errors[0].message).toContain(message);
  expect(double.log).toEqual([]);
});

test.each<[string, Record<string, string>, () => void, string, string | undefined]>([
  [
    'values key not found in the target file',
    { from: 'dev', to: 'staging' },
    () => fixture.commit('drop worker', { 'charts/myapp/values-staging.yaml': 'services:\n  api:\n    image:\n      tag: "1.7.3"\n' }),
    'values key services.worker.image not found',
    'charts/myapp/values-staging.yaml',
  ],
  [
    'a digests file that is not JSON',
    { from: 'dev', to: 'staging', digests: 'd.json' },
    () => writeFileSync(join(ws, 'd.json'), '{"api": {'),
    'the digests file is not valid JSON',
    'd.json',
  ],
  [
    'a digests file that lacks a service',
    { from: 'dev', to: 'staging', digests: 'd.json', services: 'worker' },
    () => writeFileSync(join(ws, 'd.json'), JSON.stringify({ api: { digest: d('a'), tag: '1.8.0' } })),
    "the digests file has no entry for service 'worker'",
    'd.json',
  ],
  [
    'an Application without the chart source',
    { from: 'staging', to: 'prod', 'chart-version': '2.0.0' },
    () =>
      fixture.commit('app without chart', {
        'apps/prod/myapp.yaml':
          'kind: Application\nmetadata:\n  name: myapp-prod\nspec:\n  sources:\n    - repoURL: a\n      ref: values\n    - repoURL: b\n      ref: other\n',
      }),
    'has no source with the chart',
    'apps/prod/myapp.yaml',
  ],
  [
    'a tag instead of a digest for a protected environment without resolve-digests',
    { from: 'staging', to: 'prod', version: '1.9.0', 'resolve-digests': 'false' },
    () => undefined,
    'a tag without a digest cannot be promoted into the protected environment prod',
    'charts/myapp/values-prod.yaml',
  ],
])('bad input — %s: names file:line, exit 1, nothing written', async (_n, inputs, arrange, message, file) => {
  arrange();
  fixture.git('push', '--quiet', 'origin', 'main');
  const main = origin('rev-parse', 'main');
  const r = await run(inputs);
  expectNothingWritten(r, main);
  const errors = r.annotations.filter((a) => a.level === 'error');
  expect(errors.length).toBeGreaterThanOrEqual(1);
  expect(errors[0].message).toContain(message);
  if (file) expect(errors[0].file).toBe(file);
  expect(errors[0].line).toBeGreaterThanOrEqual(1);
  expect(double.log).toEqual([]);
});

test("lockstep's old demo layout: a single-source registry Application reading values-prod.yaml inside the chart package is refused at that line (issue 72 item 3)", async () => {
  fixture.commit('prod reads its values from the package', {
    'apps/prod/myapp.yaml': [
      'apiVersion: argoproj.io/v1alpha1',
      'kind: Application',
      'metadata:',
      '  name: myapp-prod',
      'spec:',
      '  source:',
      '    repoURL: ghcr.io/acme/charts',
      '    chart: myapp',
      '    targetRevision: 1.4.0',
      '    helm:',
      '      valueFiles:',
      '        - values-prod.yaml',
      '',
    ].join('\n'),
  });
  fixture.git('push', '--quiet', 'origin', 'main');
  execFileSync('git', ['-C', ws, 'pull', '--quiet', '--ff-only', 'origin', 'main']);
  const main = origin('rev-parse', 'main');
  const r = await run({ from: 'staging', to: 'prod', 'chart-version': '1.5.0' });
  expectNothingWritten(r, main);
  expect(r.annotations.filter((a) => a.level === 'error').map((a) => [a.file, a.line, a.message])).toEqual([
    [
      'apps/prod/myapp.yaml',
      12,
      "apps/prod/myapp.yaml:12: prod's Application reads values-prod.yaml inside the chart package (a chart-repository source's valueFiles are read from the chart Argo CD pulls), so pins written to charts/myapp/values-prod.yaml would never reach the cluster — make it a multi-source Application: the chart's source with valueFiles: [$values/charts/myapp/values-prod.yaml] beside a source of this repository with ref: values, so what the promotion writes is what Argo CD renders; nothing was written",
    ],
  ]);
  expect(double.log).toEqual([]);
});

test('a digests entry for another image (a matrix mix-up) is refused at its line, naming both images; nothing written', async () => {
  const file = `{\n  "api": {"digest": "${d('a')}", "image": "docker.io/library/nginx", "sha": "abc1234", "tag": "1.27"},\n  "worker": {"digest": "${d('b')}", "image": "ghcr.io/acme/worker", "sha": "abc1234", "tag": "0.9.1"}\n}\n`;
  writeFileSync(join(ws, 'image-digests.json'), file);
  const main = origin('rev-parse', 'main');
  const r = await run({ from: 'dev', to: 'staging', digests: 'image-digests.json', 'verify-source': 'false' });
  expectNothingWritten(r, main);
  const errors = r.annotations.filter((a) => a.level === 'error');
  expect(errors.map((a) => [a.file, a.line, a.message])).toEqual([
    [
      'image-digests.json',
      2,
      "image-digests.json:2: entry 'api' is the image docker.io/library/nginx, but api is ghcr.io/acme/api (services.api.image in .github/lockstep.yml) — fix the digests file (each matrix job records its own service) or the config",
    ],
  ]);
  expect(double.log).toEqual([]);
  expect(readFileSync(join(ws, 'image-digests.json'), 'utf8')).toBe(file);
});

test('push: direct commits to the base with a lease; a race with another push is re-planned on top of it', async () => {
  // Another push lands on main between our fetch and our push: a git wrapper moves origin's main first.
  const racer = fixture.clone('main');
  execFileSync(
    'git',
    ['-C', racer, '-c', 'user.name=r', '-c', 'user.email=r@x', 'commit', '--quiet', '--allow-empty', '-m', 'someone else'],
    {},
  );
  execFileSync('git', ['-C', racer, 'push', '--quiet', 'origin', 'HEAD:refs/heads/racer']);
  const racerSha = origin('rev-parse', 'refs/heads/racer');
  const bin = mkdtempSync(join(tmpdir(), 'lockstep-wrap-'));
  cleanup.push(() => rmSync(bin, { recursive: true, force: true }));
  const realGit = execFileSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).trim();
  writeFileSync(
    join(bin, 'git'),
    `#!/bin/sh\ncase " $* " in *" push "*) if [ ! -e "${bin}/raced" ]; then : > "${bin}/raced"; "${realGit}" --git-dir "${fixture.origin}" update-ref refs/heads/main ${racerSha}; fi;; esac\nexec "${realGit}" "$@"\n`,
  );
  chmodSync(join(bin, 'git'), 0o755);
  writeFileSync(join(ws, 'digests.json'), JSON.stringify({ api: { digest: d('f'), tag: '1.9.0', sha: 'abc1234' } }));
  const r = await run({ to: 'dev', digests: 'digests.json', push: 'direct' }, { PATH: `${bin}:${process.env.PATH}` });
  expectOk(r);
  expect(r.outputs.branch).toBe('main');
  expect(r.outputs['pr-number']).toBe('');
  expect(origin('rev-parse', 'main^')).toBe(racerSha);
  expect(show('main', 'charts/myapp/values-dev.yaml')).toContain(`digest: ${d('f')}`);
  expect(r.stdout).toContain('main moved while promoting');
  expect(double.pulls(REPO)).toEqual([]);
});

test('a pull_request run from a fork: read-only token refused up front, nothing fetched or pushed', async () => {
  const main = origin('rev-parse', 'main');
  const fork = await runAction('promote-env', {
    workspace: ws,
    inputs: { from: 'dev', to: 'staging', 'github-token': double.token },
    env: { ...double.env(), HOME: ws },
    eventName: 'pull_request',
    event: { pull_request: { number: 5, head: { repo: { full_name: 'someone/fork' } }, base: { repo: { full_name: REPO } } } },
  });
  expect(fork.code).toBe(1);
  expect(fork.annotations[0].message).toContain('token is read-only in fork/Dependabot PRs');
  expectNothingWritten(fork, main);
  expect(double.log).toEqual([]);
});

// Every scenario that writes runs in both commit modes with the same assertions: git pushes the branch;
// api writes its commits through the double's Git Database API, and then no git push happens at all
// (counted by a receive-pack wrapper) and every commit lockstep authored shows as Verified.
describe.each(COMMIT_MODES)('commit-mode %s', (mode) => {
  beforeEach(() => {
    commitMode = mode;
  });
  afterEach(() => {
    if (mode === 'api')
      for (const c of apiCommits(double))
        expect({ subject: c.subject, verified: c.verified }).toEqual({ subject: c.subject, verified: c.lockstep });
    commitMode = 'git';
  });

  test('dev → staging from a digests file: only api changes; PR with label, body table and rollback command; rerun is a no-op', async () => {
    writeFileSync(
      join(ws, 'image-digests.json'),
      JSON.stringify({
        api: { digest: d('a'), image: 'ghcr.io/acme/api', sha: 'abc1234', tag: '1.8.0' },
        worker: { digest: d('b'), image: 'ghcr.io/acme/worker', sha: 'abc1234', tag: '0.9.1' },
      }),
    );
    const base = origin('rev-parse', 'main');
    const r = await run({ from: 'dev', to: 'staging', digests: 'image-digests.json' });
    expectOk(r);
    expect(r.outputs.changed).toBe('true');
    expect(r.outputs.branch).toBe('promote/staging');
    expect(r.outputs['pr-number']).toBe('1');
    expect(JSON.parse(r.outputs.changes)).toEqual([
      {
        service: 'api',
        file: 'charts/myapp/values-staging.yaml',
        line: 6,
        'old-tag': '1.7.3',
        'new-tag': '1.8.0',
        'old-digest': d('c'),
        'new-digest': d('a'),
      },
    ]);
    const after = show('promote/staging', 'charts/myapp/values-staging.yaml');
    expect(after).toBe(FILES()['charts/myapp/values-staging.yaml'].replace('"1.7.3"', '"1.8.0"').replace(d('c'), d('a')));
    expect(origin('rev-parse', 'promote/staging^')).toBe(base);
    // The record metrics read (docs/metrics.md): environment, source, each service's new tag and whole digest.
    expect(origin('log', '-1', '--format=%B', 'promote/staging')).toContain(
      `\n\nLockstep-Environment: staging\nLockstep-From: dev\nLockstep-Service: api 1.8.0 ${d('a')}\nLockstep-Generated: promote-env\n`,
    );
    const [pull] = double.pulls(REPO);
    expect(pull.title).toBe('promote: dev → staging (api)');
    expect(pull.draft).toBe(false);
    expect(double.labels(REPO, 1)).toEqual(['automation:release-bump']);
    expect(pull.body).toContain('| api | 1.7.3 → 1.8.0 |');
    expect(pull.body).toContain(`gh workflow run rollback.yml -f to=staging -f ref=${base} -f services=api`);
    expect(r.summary).toContain('| service | dev | staging (after) | prod |');
    expect(r.summary).toContain('Already up to date: worker.');

    const tip = origin('rev-parse', 'promote/staging');
    const before = double.log.length;
    const again = await run({ from: 'dev', to: 'staging', digests: 'image-digests.json' });
    expectOk(again);
    expect(origin('rev-parse', 'promote/staging')).toBe(tip);
    expect(double.pulls(REPO)).toHaveLength(1);
    expect(double.log.slice(before).filter((x) => x.method !== 'GET')).toEqual([]);
    expect(again.summary).toContain('Left unchanged pull request #1');
    for (const out of [r, again]) expect(everything(out)).not.toContain(double.token);
  });

  test("a person's commit on promote/staging is kept when the promotion is regenerated; a conflicting one leaves the branch alone", async () => {
    const first = await run({ from: 'dev', to: 'staging' });
    expectOk(first);
    // A reviewer adds a note on the promotion branch.
    const human = fixture.clone('promote/staging');
    writeFileSync(join(human, 'NOTES.md'), 'checked by a person\n');
    execFileSync('git', ['-C', human, 'add', 'NOTES.md']);
    execFileSync(
      'git',
      ['-C', human, '-c', 'user.name=Reviewer', '-c', 'user.email=r@example.com', 'commit', '--quiet', '-m', 'docs: release note'],
      {},
    );
    execFileSync('git', ['-C', human, 'push', '--quiet', 'origin', 'HEAD:refs/heads/promote/staging']);
    // dev moves on; the promotion is regenerated on the new base.
    fixture.commit('dev runs 1.9.0', { 'charts/myapp/values-dev.yaml': values('dev', ['1.9.0', d('9')], ['0.9.1', d('b')]) });
    fixture.git('push', '--quiet', 'origin', 'main');
    const second = await run({ from: 'dev', to: 'staging' });
    expectOk(second);
    expect(show('promote/staging', 'NOTES.md')).toBe('checked by a person\n');
    expect(show('promote/staging', 'charts/myapp/values-staging.yaml')).toContain(`digest: ${d('9')}`);
    expect(origin('log', '--format=%s', 'main..promote/staging').split('\n')).toEqual([
      'docs: release note',
      'promote: dev → staging (api)',
    ]);
    expect(second.summary).toContain('Kept 1 commit someone added to promote/staging');
    expect(double.pulls(REPO)).toHaveLength(1);

    // A person's edit of the very line the promotion writes conflicts: the branch is left alone and the summary says why.
    const editor = fixture.clone('promote/staging');
    writeFileSync(
      join(editor, 'charts/myapp/values-staging.yaml'),
      show('promote/staging', 'charts/myapp/values-staging.yaml').replace(d('9'), d('8')),
    );
    execFileSync(
      'git',
      ['-C', editor, '-c', 'user.name=Reviewer', '-c', 'user.email=r@example.com', 'commit', '--quiet', '-am', 'pin api by hand'],
      {},
    );
    execFileSync('git', ['-C', editor, 'push', '--quiet', 'origin', 'HEAD:refs/heads/promote/staging']);
    const tip = origin('rev-parse', 'promote/staging');
    fixture.commit('dev runs 2.0.0', { 'charts/myapp/values-dev.yaml': values('dev', ['2.0.0', d('7')], ['0.9.1', d('b')]) });
    fixture.git('push', '--quiet', 'origin', 'main');
    const third = await run({ from: 'dev', to: 'staging' });
    expectOk(third);
    expect(origin('rev-parse', 'promote/staging')).toBe(tip);
    expect(third.summary).toContain('the branch was left alone');
  });

  test('staging → prod with chart-version: byte-minimal values and Application diffs, draft PR, label', async () => {
    const r = await run({ from: 'staging', to: 'prod', 'chart-version': '1.5.0' });
    expectOk(r);
    expect(show('promote/prod', 'charts/myapp/values-prod.yaml')).toBe(
      FILES()['charts/myapp/values-prod.yaml'].replace('"0.9.0"', '"0.9.1"').replace(d('e'), d('b')),
    );
    expect(show('promote/prod', 'apps/prod/myapp.yaml')).toBe(APP.replace('targetRevision: 1.4.0 ', 'targetRevision: 1.5.0 '));
    const [pull] = double.pulls(REPO);
    expect(pull.draft).toBe(true);
    expect(pull.title).toBe('promote: staging → prod (worker)');
    expect(double.labels(REPO, pull.number)).toEqual(['automation:release-bump']);
    expect(pull.autoMerge).toBeNull();
    expect(JSON.parse(r.outputs.changes).at(-1)).toEqual({
      service: 'chart',
      file: 'apps/prod/myapp.yaml',
      line: 11,
      'old-version': '1.4.0',
      'new-version': '1.5.0',
    });
  });

  test('copy from dev without a digests file, auto-merge enabled (dev config says auto-merge only for dev: input asks here)', async () => {
    const r = await run({ from: 'dev', to: 'staging', 'auto-merge': 'true', reviewers: 'octocat' });
    expectOk(r);
    const [pull] = double.pulls(REPO);
    expect(pull.autoMerge).not.toBeNull();
    expect(pull.requestedReviewers).toEqual(['octocat']);
    expect(r.summary).toContain('auto-merge enabled');
  });

  test('auto-merge not allowed by the repository: said in the summary, PR left open', async () => {
    await double.stop();
    double = await startGitHubDouble({ repositories: [{ fullName: REPO, path: fixture.origin, allowAutoMerge: false }] });
    const r = await run({ from: 'dev', to: 'staging', 'auto-merge': 'true' });
    expectOk(r);
    expect(double.pulls(REPO)[0].state).toBe('open');
    expect(r.summary).toContain('Auto-merge is not allowed here');
  });

  test('rollback from a tag restores what prod pinned at that tag', async () => {
    fixture.git('tag', 'prod-good');
    fixture.git('push', '--quiet', 'origin', 'prod-good');
    fixture.commit('bad prod', {
      'charts/myapp/values-prod.yaml': values('prod', ['1.7.4', d('9')], ['0.9.0', d('e')]),
      'apps/prod/myapp.yaml': APP.replace('1.4.0', '1.4.1'),
    });
    fixture.git('push', '--quiet', 'origin', 'main');
    const r = await run({ from: 'ref:prod-good', to: 'prod' });
    expectOk(r);
    expect(show('promote/prod', 'charts/myapp/values-prod.yaml')).toBe(FILES()['charts/myapp/values-prod.yaml']);
    expect(show('promote/prod', 'apps/prod/myapp.yaml')).toBe(APP);
    expect(double.pulls(REPO)[0].title).toBe('promote: rollback prod-good → prod (api)');
    expect(origin('log', '-1', '--format=%B', 'promote/prod')).toContain(
      `\n\nLockstep-Environment: prod\nLockstep-From: ref:prod-good\nLockstep-Rollback: true\nLockstep-Service: api 1.7.3 ${d('c')}\nLockstep-Chart: 1.4.0\nLockstep-Generated: promote-env\n`,
    );
  });

  test('require-checks: red stops with a table and writes nothing; green promotes', async () => {
    const source = origin('rev-parse', 'main');
    double.setCheckRuns(REPO, source, [{ name: 'e2e-tests', status: 'completed', conclusion: 'failure' }]);
    const red = await run({ from: 'dev', to: 'staging', 'require-checks': 'e2e-tests' });
    expect(red.code).toBe(1);
    expect(red.summary).toContain(`| ${source.slice(0, 12)} | e2e-tests | failure |`);
    expect(red.annotations[0].message).toContain('required checks are not green: e2e-tests is failure');
    expect(origin('for-each-ref', 'refs/heads/promote/')).toBe('');
    expect(double.pulls(REPO)).toEqual([]);

    double.setCheckRuns(REPO, source, [{ name: 'e2e-tests', status: 'completed', conclusion: 'success' }]);
    const green = await run({ from: 'dev', to: 'staging', 'require-checks': 'e2e-tests' });
    expectOk(green);
    expect(double.pulls(REPO)).toHaveLength(1);
  });

  test('502 after create and a secondary rate limit: one PR', async () => {
    double.fault({ route: PULLS, kind: '502-after' });
    double.fault({ route: 'POST /repos/{owner}/{repo}/issues/{issue_number}/labels', kind: 'secondary-rate-limit', retryAfter: 1 });
    const r = await run({ from: 'dev', to: 'staging' });
    expectOk(r);
    expect(double.pulls(REPO)).toHaveLength(1);
    expect(double.labels(REPO, 1)).toEqual(['automation:release-bump']);
  });

  test('"Allow GitHub Actions to create pull requests" is off: the message names the setting and the pushed branch', async () => {
    double.forbidPullRequestCreation = true;
    const r = await run({ from: 'dev', to: 'staging' });
    expect(r.code).toBe(1);
    const [error] = r.annotations.filter((a) => a.level === 'error');
    expect(error.message).toMatch(/create (and approve )?pull requests/i);
    expect(error.message).toContain('the branch promote/staging was pushed');
    expect(error.message).not.toContain('internal error');
    expect(double.pulls(REPO)).toEqual([]);
  });

  test('cross-repository promotion: clones owner/name with the token, edits and opens the PR there; the token appears nowhere', async () => {
    const gitops = GitFixture.create({
      'environments/staging/values.yaml': 'image:\n  repository: sample-app\n  tag: sha-abc1234\n',
      'environments/uat/values.yaml': 'image:\n  repository: sample-app\n  tag: v1.2.0-rc.1\n',
      'environments/prod/values.yaml': 'image:\n  repository: sample-app\n  tag: v1.1.0\n',
    });
    cleanup.push(() => gitops.cleanup());
    // GITHUB_SERVER_URL/<owner>/<name>.git is where the action clones from.
    const server = mkdtempSync(join(tmpdir(), 'lockstep-server-'));
    cleanup.push(() => rmSync(server, { recursive: true, force: true }));
    mkdirSync(join(server, 'acme'));
    symlinkSync(gitops.origin, join(server, 'acme', 'gitops-config.git'));
    await double.stop();
    double = await startGitHubDouble({
      repositories: [
        { fullName: REPO, path: fixture.origin },
        { fullName: 'acme/gitops-config', path: gitops.origin },
      ],
    });
    const app = mkdtempSync(join(tmpdir(), 'lockstep-app-'));
    cleanup.push(() => rmSync(app, { recursive: true, force: true }));
    execFileSync('git', ['init', '--quiet', app]);
    const r = await run(
      {
        from: 'uat',
        to: 'prod',
        environments: 'staging,uat,prod',
        'values-file': 'environments/{env}/values.yaml',
        'values-key': 'image',
        services: 'sample-app',
        repository: 'acme/gitops-config',
        'verify-source': 'true',
      },
      { GITHUB_SERVER_URL: `file://${server}` },
      app,
    );
    expectOk(r);
    expect(
      execFileSync('git', ['--git-dir', gitops.origin, 'show', 'promote/prod:environments/prod/values.yaml'], { encoding: 'utf8' }),
    ).toBe('image:\n  repository: sample-app\n  tag: v1.2.0-rc.1\n');
    expect(double.pulls('acme/gitops-config')).toHaveLength(1);
    expect(double.pulls(REPO)).toEqual([]);
    expect(everything(r)).not.toContain(double.token);
    expect(readFileSync(join(app, '.git', 'config'), 'utf8')).not.toContain(double.token);
  });

  test('seed 003 staging: the config lives in the gitops repository; push: direct with a version and a chart version', async () => {
    const appYaml =
      'apiVersion: argoproj.io/v1alpha1\nkind: Application\nmetadata:\n  name: sample-app-staging\nspec:\n  source:\n    chart: sample-app\n    repoURL: ACCOUNT_ID.dkr.ecr.us-east-1.amazonaws.com/charts\n    targetRevision: 0.1.0-sha-abc1234     # Updated by CI\n    helm:\n      valueFiles:\n        - $values/environments/staging/values.yaml\n';
    const gitops = GitFixture.create({
      '.github/lockstep.yml': [
        'services:',
        '  sample-app: { image: ghcr.io/acme/sample-app, values-key: image }',
        'environments:',
        '  - { name: staging, values: environments/staging/values.yaml, application: apps/staging/sample-app.yaml, values-drift: off, values-contract: off }',
        '  - { name: uat, values: environments/uat/values.yaml, application: apps/uat/sample-app.yaml, values-drift: off, values-contract: off }',
        '  - { name: prod, values: environments/prod/values.yaml, application: apps/prod/sample-app.yaml, protected: true , values-drift: off, values-contract: off }',
        '',
      ].join('\n'),
      'environments/staging/values.yaml': 'image:\n  repository: sample-app\n  tag: sha-abc1234\n',
      'apps/staging/sample-app.yaml': appYaml,
    });
    cleanup.push(() => gitops.cleanup());
    gitops.git('tag', 'sample-app-0.1.0-sha-def5678');
    gitops.git('push', '--quiet', 'origin', '--tags');
    const server = mkdtempSync(join(tmpdir(), 'lockstep-server-'));
    cleanup.push(() => rmSync(server, { recursive: true, force: true }));
    mkdirSync(join(server, 'your-org'));
    symlinkSync(gitops.origin, join(server, 'your-org', 'gitops-config.git'));
    await double.stop();
    double = await startGitHubDouble({
      repositories: [
        { fullName: REPO, path: fixture.origin },
        { fullName: 'your-org/gitops-config', path: gitops.origin },
      ],
    });
    const app = mkdtempSync(join(tmpdir(), 'lockstep-app-'));
    cleanup.push(() => rmSync(app, { recursive: true, force: true }));
    const before = execFileSync('git', ['--git-dir', gitops.origin, 'rev-parse', 'main'], { encoding: 'utf8' }).trim();
    const r = await run(
      {
        to: 'staging',
        version: 'sha-def5678',
        'chart-version': '0.1.0-sha-def5678',
        services: 'sample-app',
        repository: 'your-org/gitops-config',
        push: 'direct',
      },
      { GITHUB_SERVER_URL: `file://${server}` },
      app,
    );
    expectOk(r);
    const g = (...args: string[]) => execFileSync('git', ['--git-dir', gitops.origin, ...args], { encoding: 'utf8' });
    expect(g('rev-parse', 'main^').trim()).toBe(before);
    expect(g('show', 'main:environments/staging/values.yaml')).toBe('image:\n  repository: sample-app\n  tag: sha-def5678\n');
    expect(g('show', 'main:apps/staging/sample-app.yaml')).toBe(appYaml.replace('0.1.0-sha-abc1234', '0.1.0-sha-def5678'));
    expect(double.pulls('your-org/gitops-config')).toEqual([]);
  });

  test('seed 001: one Application of a multi-document argocd-applications.yaml is edited, the others stay byte for byte', async () => {
    const apps = (rev: string) =>
      [
        '# Production Applications (manual sync)',
        'apiVersion: argoproj.io/v1alpha1',
        'kind: Application',
        'metadata:',
        '  name: data-platform-prod',
        'spec:',
        '  source:',
        '    repoURL: https://github.com/254CARBON/HMCo.git',
        '    path: helm/charts/data-platform',
        '    targetRevision: 1.0.0',
        '---',
        'apiVersion: argoproj.io/v1alpha1',
        'kind: Application',
        'metadata:',
        '  name: myapp-prod',
        'spec:',
        '  sources:',
        '    - repoURL: https://github.com/acme/config.git',
        '      targetRevision: main',
        '      ref: values',
        '    - repoURL: ghcr.io/acme/charts',
        '      chart: myapp',
        `      targetRevision: "${rev}"`,
        '      helm: { valueFiles: [$values/charts/myapp/values-prod.yaml] }',
        '---',
        'apiVersion: argoproj.io/v1alpha1',
        'kind: AppProject',
        'metadata:',
        '  name: prod',
        '',
      ].join('\n');
    fixture.commit('applications in one file', {
      '.github/lockstep.yml': CONFIG().replace(
        'application: apps/prod/myapp.yaml',
        'application: environments/prod/argocd-applications.yaml#myapp-prod',
      ),
      'environments/prod/argocd-applications.yaml': apps('1.4.0'),
    });
    fixture.git('push', '--quiet', 'origin', 'main');
    execFileSync('git', ['-C', ws, 'pull', '--quiet', '--ff-only', 'origin', 'main']);
    const r = await run({ from: 'staging', to: 'prod', 'chart-version': '1.5.0', services: 'worker' });
    expectOk(r);
    expect(show('promote/prod', 'environments/prod/argocd-applications.yaml')).toBe(apps('1.5.0'));
    expect(JSON.parse(r.outputs.changes).at(-1)).toEqual({
      service: 'chart',
      file: 'environments/prod/argocd-applications.yaml',
      line: 23,
      'old-version': '1.4.0',
      'new-version': '1.5.0',
    });
  });

  test("seed 004: pins inside an Application's inline values (valuesObject), staging → demo behind an e2e gate", async () => {
    const app = (tag: string, digest: string) =>
      [
        'apiVersion: argoproj.io/v1alpha1',
        'kind: Application',
        'metadata:',
        '  name: serviceradar-demo',
        'spec:',
        '  source:',
        '    repoURL: ghcr.io/carverauto/charts',
        '    chart: serviceradar',
        '    targetRevision: "1.0.70"',
        '    helm:',
        '      valuesObject:',
        '        core:',
        '          image:',
        '            repository: ghcr.io/carverauto/serviceradar-core',
        `            tag: ${tag}`,
        ...(digest ? [`            digest: ${digest}`] : []),
        '',
      ].join('\n');
    fixture.commit('seed 004 layout', {
      '.github/lockstep.yml': [
        'services:',
        '  core: { image: ghcr.io/carverauto/serviceradar-core, values-key: spec.source.helm.valuesObject.core.image }',
        'environments:',
        '  - { name: demo-staging, values: k8s/argocd/applications/demo-staging.yaml, application: k8s/argocd/applications/demo-staging.yaml }',
        '  - { name: demo, values: k8s/argocd/applications/demo-prod.yaml, application: k8s/argocd/applications/demo-prod.yaml }',
        '',
      ].join('\n'),
      'k8s/argocd/applications/demo-staging.yaml': app('v1.0.71', d('1')).replace('serviceradar-demo', 'serviceradar-demo-staging'),
      'k8s/argocd/applications/demo-prod.yaml': app('v1.0.70', ''),
    });
    fixture.git('push', '--quiet', 'origin', 'main');
    execFileSync('git', ['-C', ws, 'pull', '--quiet', '--ff-only', 'origin', 'main']);
    const source = origin('rev-parse', 'main');
    double.setStatuses(REPO, source, [{ context: 'e2e-tests', state: 'pending' }]);
    const pending = await run({ from: 'demo-staging', to: 'demo', 'require-checks': 'e2e-tests' });
    expect(pending.code).toBe(1);
    expect(pending.summary).toContain('| e2e-tests | pending |');
    double.setStatuses(REPO, source, [{ context: 'e2e-tests', state: 'success' }]);
    const r = await run({ from: 'demo-staging', to: 'demo', 'require-checks': 'e2e-tests' });
    expectOk(r);
    expect(show('promote/demo', 'k8s/argocd/applications/demo-prod.yaml')).toBe(app('v1.0.71', d('1')));
  });
});

describe('resolve-digests against a real registry', () => {
  let registry: LocalRegistry;
  let api: ImageContent;
  beforeAll(async () => {
    registry = await LocalRegistry.start();
    api = buildImage('promote-api');
    await registry.push('acme/api', '2.0.0', api);
  }, 60000);
  afterAll(async () => {
    await registry?.stop();
  });

  function useRegistry(stagingApi: [string, string]): void {
    fixture.commit('registry config', {
      '.github/lockstep.yml': CONFIG(registry.host),
      'charts/myapp/values-staging.yaml': values('staging', stagingApi, ['0.9.1', d('b')]),
    });
    fixture.git('push', '--quiet', 'origin', 'main');
    execFileSync('git', ['-C', ws, 'pull', '--quiet', '--ff-only', 'origin', 'main']);
  }

  test('staging → prod with a release version: the tag is resolved, verified against staging, pinned by digest', async () => {
    useRegistry(['2.0.0', api.digest]);
    const r = await run({ from: 'staging', to: 'prod', version: '2.0.0', services: 'api' });
    expectOk(r);
    expect(show('promote/prod', 'charts/myapp/values-prod.yaml')).toContain(`      tag: "2.0.0"\n      digest: ${api.digest}\n`);
  });

  test('a protected target whose tag cannot be resolved: nothing written', async () => {
    useRegistry(['2.0.0', api.digest]);
    const main = origin('rev-parse', 'main');
    const r = await run({ from: 'staging', to: 'prod', version: '9.9.9', services: 'api' });
    expectNothingWritten(r, main);
    expect(r.annotations[0].message).toContain(`could not resolve ${registry.host}/acme/api:9.9.9`);
  });
});

describe('commit-mode api', () => {
  beforeEach(() => {
    commitMode = 'api';
  });
  afterEach(() => {
    commitMode = 'git';
  });

  test('the PR body, the summary and the log say the promotion commit shows as Verified', async () => {
    const r = await run({ from: 'dev', to: 'staging' });
    expectOk(r);
    const [made] = apiCommits(double);
    expect(made).toMatchObject({ subject: 'promote: dev → staging (api)', lockstep: true, verified: true });
    expect(origin('rev-parse', 'promote/staging')).toBe(made.sha);
    expect(r.summary).toContain(`| ${made.sha.slice(0, 12)} | lockstep's, authored by GitHub | Verified |`);
    expect(r.stdout).toContain(`${made.sha.slice(0, 12)} (lockstep's, authored by GitHub; built locally as `);
    expect(double.pulls(REPO)[0].body).toContain(
      'The promotion commit is created through the GitHub API (commit-mode: api) and signed by GitHub: it shows as Verified.',
    );
  });

  test('push: direct, main moves between the ref read and the update: not a fast-forward, re-planned once on top of it', async () => {
    const racer = fixture.clone('main');
    execFileSync(
      'git',
      ['-C', racer, '-c', 'user.name=r', '-c', 'user.email=r@x', 'commit', '--quiet', '--allow-empty', '-m', 'someone else'],
      {},
    );
    execFileSync('git', ['-C', racer, 'push', '--quiet', 'origin', 'HEAD:refs/heads/racer']);
    const racerSha = origin('rev-parse', 'refs/heads/racer');
    let raced = false;
    double.tamper('GET /repos/{owner}/{repo}/git/ref/{ref}', (body) => {
      // The answer says where main was; main moves right after it is sent.
      if (!raced) {
        raced = true;
        origin('update-ref', 'refs/heads/main', racerSha);
      }
      return body;
    });
    writeFileSync(join(ws, 'digests.json'), JSON.stringify({ api: { digest: d('f'), tag: '1.9.0', sha: 'abc1234' } }));
    const r = await run({ to: 'dev', digests: 'digests.json', push: 'direct' });
    expectOk(r);
    expect(raced).toBe(true);
    expect(origin('rev-parse', 'main^')).toBe(racerSha);
    expect(show('main', 'charts/myapp/values-dev.yaml')).toContain(`digest: ${d('f')}`);
    expect(r.stdout).toContain('main moved while promoting');
    expect(double.count('PATCH /repos/{owner}/{repo}/git/refs/{ref}', 422)).toBe(1);
    expect(double.count('PATCH /repos/{owner}/{repo}/git/refs/{ref}', 200)).toBe(1);
    expect(
      double.log
        .filter((e) => e.route === 'PATCH /repos/{owner}/{repo}/git/refs/{ref}')
        .map((e) => (JSON.parse(e.requestBody) as { force: boolean }).force),
    ).toEqual([false, false]);
    expect(r.summary).toContain('directly (written through the GitHub API, the branch moved with a lease)');
    expect(apiCommits(double).at(-1)).toMatchObject({ lockstep: true, verified: true });
    expect(double.pulls(REPO)).toEqual([]);
  });
});
