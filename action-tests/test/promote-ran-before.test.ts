import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GIT_ENV, GitFixture } from '../harness/git-fixture.ts';
import { digest as d, environmentValues } from '../harness/promote-fixture.ts';
import { type GitHubDouble, startGitHubDouble } from '../harness/github-double/index.ts';
import { type ActionRun, runAction } from '../harness/run-action.ts';

// End-to-end (issue 75 item 4), through the committed promote-env bundle, real git (a bare origin) and the
// GitHub double: staging ran api 1.8.0 (landed by its first commit), then moved on to 1.9.0. prod may still take
// 1.8.0 from staging — read from staging's history and the checks on the commit that landed it there, not from
// any runner cache — when require-checks were green on that commit; red there, or never run there, it is refused.

const REPO = 'acme/monorepo';
let fixture: GitFixture;
let double: GitHubDouble;
let landed: string;
let movedOn: string;
let ws: string;

beforeEach(async () => {
  fixture = GitFixture.create({
    '.github/lockstep.yml': [
      'services:',
      '  api: { image: ghcr.io/acme/api, values-key: services.api.image }',
      '  worker: { image: ghcr.io/acme/worker, values-key: services.worker.image }',
      'environments:',
      '  - { name: staging, values: envs/staging.yaml }',
      '  - { name: prod, values: envs/prod.yaml }',
      '',
    ].join('\n'),
    'envs/staging.yaml': environmentValues('staging', ['1.8.0', d('a')], ['0.9.1', d('b')]),
    'envs/prod.yaml': environmentValues('prod', ['1.7.3', d('c')], ['0.9.1', d('b')]),
  });
  double = await startGitHubDouble({ repositories: [{ fullName: REPO, path: fixture.origin }] });
  ws = fixture.clone('main');
  landed = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: ws, encoding: 'utf8' }).trim();
  writeFileSync(join(ws, 'envs/staging.yaml'), environmentValues('staging', ['1.9.0', d('e')], ['0.9.1', d('b')]));
  execFileSync('git', ['commit', '--quiet', '-am', 'staging runs 1.9.0'], { cwd: ws, env: { ...process.env, ...GIT_ENV } });
  execFileSync('git', ['push', '--quiet', 'origin', 'main'], { cwd: ws });
  movedOn = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: ws, encoding: 'utf8' }).trim();
  double.setCheckRuns(REPO, movedOn, [{ name: 'e2e', status: 'completed', conclusion: 'success' }]);
});

afterEach(async () => {
  await double?.stop();
  fixture?.cleanup();
});

/** prod takes `api` at `digest` from staging (a digests file naming it), with require-checks: e2e. */
function promoteDigest(digest: string): Promise<ActionRun> {
  writeFileSync(join(ws, 'image-digests.json'), JSON.stringify({ api: { image: 'ghcr.io/acme/api', tag: '1.8.0', digest } }));
  return runAction('promote-env', {
    workspace: ws,
    inputs: { 'github-token': double.token, from: 'staging', to: 'prod', digests: 'image-digests.json', 'require-checks': 'e2e' },
    env: { ...double.env(), HOME: ws },
    timeoutMs: 90000,
  });
}
const errors = (r: ActionRun) => r.annotations.filter((a) => a.level === 'error').map((a) => a.message);

test('e2e green on the commit that landed 1.8.0 in staging: promoted, the summary naming that landing and its checks', async () => {
  double.setCheckRuns(REPO, landed, [{ name: 'e2e', status: 'completed', conclusion: 'success' }]);
  const r = await promoteDigest(d('a'));
  expect(errors(r)).toEqual([]);
  expect(r.code).toBe(0);
  expect(r.outputs['pr-number']).toBe('1');
  expect(r.summary).toMatch(
    new RegExp(`staging \\(from ${landed.slice(0, 12)} \\(\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d UTC\\); e2e green there\\)`),
  );
});

test('e2e failed on that commit: refused, naming the landing and the check; nothing written', async () => {
  double.setCheckRuns(REPO, landed, [{ name: 'e2e', status: 'completed', conclusion: 'failure' }]);
  const r = await promoteDigest(d('a'));
  expect(r.code).toBe(1);
  expect(errors(r)).toEqual([
    expect.stringMatching(
      new RegExp(`api: sha256:a{12} ran in staging from ${landed.slice(0, 12)} \\(.* UTC\\), but e2e is failure on that commit`),
    ),
  ]);
  expect(double.pulls(REPO)).toEqual([]);
});

test('a digest staging never ran: refused as before', async () => {
  const r = await promoteDigest(d('f'));
  expect(r.code).toBe(1);
  expect(errors(r)).toEqual([
    expect.stringContaining('api: sha256:ffffffffffff is not what staging runs now (sha256:eeeeeeeeeeee); it never ran there'),
  ]);
});
