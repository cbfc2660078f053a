import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GitFixture } from '../harness/git-fixture.ts';
import { type GitHubDouble, startGitHubDouble } from '../harness/github-double/index.ts';
import { digest as d, environmentValues, monorepoConfig, runPromoteEnv } from '../harness/promote-fixture.ts';

// Issue 77 item 3 through promote-env's bundle: in git mode the promotion commit pushed to promote/staging is
// SSH-signed with signing-key, and git verify-commit with an allowed-signers file listing the key passes.

const REPO = 'acme/monorepo';
const SAFE_ENV = { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: tmpdir() };

const FILES = {
  '.github/lockstep.yml': monorepoConfig(),
  'charts/myapp/Chart.yaml': 'apiVersion: v2\nname: myapp\nversion: 0.13.0\nappVersion: "1.4.2"\n',
  'charts/myapp/values-dev.yaml': environmentValues('dev', ['1.8.0', d('a')], ['0.9.1', d('b')]),
  'charts/myapp/values-staging.yaml': environmentValues('staging', ['1.7.3', d('c')], ['0.9.1', d('b')]),
};

let keys: string;
let fx: GitFixture;
let gh: GitHubDouble;

beforeAll(() => {
  keys = mkdtempSync(join(tmpdir(), 'lockstep-promote-keys-'));
  execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-C', 'promote@acme.example', '-f', join(keys, 'id')], { env: SAFE_ENV });
});
afterAll(() => rmSync(keys, { recursive: true, force: true }));

beforeEach(async () => {
  fx = GitFixture.create(FILES);
  gh = await startGitHubDouble({ repositories: [{ fullName: REPO, path: fx.origin }] });
});
afterEach(async () => {
  expect(gh.violations).toEqual([]);
  await gh.stop();
  fx.cleanup();
});

test('promote-env, git mode, signing-key: the promotion commit verifies with the allowed signers', async () => {
  const r = await runPromoteEnv(fx.clone('main'), gh, {
    from: 'dev',
    to: 'staging',
    'signing-key': readFileSync(join(keys, 'id'), 'utf8'),
  });
  expect(r.annotations.filter((a) => a.level === 'error')).toEqual([]);
  expect(r.code).toBe(0);
  expect(r.outputs.branch).toBe('promote/staging');
  const head = execFileSync('git', ['rev-parse', 'refs/heads/promote/staging'], { cwd: fx.origin, encoding: 'utf8' }).trim();
  const allowed = join(keys, 'allowed_signers');
  const pub = readFileSync(join(keys, 'id.pub'), 'utf8').trim().split(' ').slice(0, 2).join(' ');
  writeFileSync(allowed, `promote@acme.example namespaces="git" ${pub}\n`);
  const verify = () =>
    execFileSync('git', ['-c', `gpg.ssh.allowedSignersFile=${allowed}`, 'verify-commit', head], {
      cwd: fx.origin,
      env: { ...process.env, ...SAFE_ENV },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  expect(verify).not.toThrow();
});
