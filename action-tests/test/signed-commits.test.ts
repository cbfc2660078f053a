import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GIT_ENV, type GitFixture } from '../harness/git-fixture.ts';
import { type GitHubDouble, startGitHubDouble } from '../harness/github-double/index.ts';
import { type ActionRun, runAction } from '../harness/run-action.ts';
import { pushToMainEnv, releasedWithFeature } from '../harness/push-env.ts';
import { runCli } from '../harness/run-cli.ts';

// Issue 77 item 3 through the bundles: prepare-release in git mode (the action, signing-key) and
// `lockstep release --push` (the CLI, --signing-key-file: a key file, or a public key with ssh-agent)
// push a release commit that `git verify-commit` passes with an allowed-signers file, as Flux's verify
// and Argo CD's source integrity check. A bad key is one line naming the input before anything is
// written; the key never appears in any stream, and its temporary file is gone after the run.

const REPO = 'acme/mono';
const BRANCH = 'chore/release-1.5.0';
const SAFE_ENV = { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: tmpdir() };

let keys: string;
let key: string;
let fx: GitFixture;
let gh: GitHubDouble;
let temp: string;

const git = (dir: string, ...args: string[]) =>
  execFileSync('git', args, { cwd: dir, encoding: 'utf8', env: { ...process.env, ...GIT_ENV, ...SAFE_ENV } }).trim();
const errors = (r: ActionRun) => r.annotations.filter((a) => a.level === 'error').map((a) => a.message);

/** What `git verify-commit` says of `sha` in origin with only the test key allowed: ok, and git's words. */
function verify(sha: string): { ok: boolean; said: string } {
  const allowed = join(keys, 'allowed_signers');
  const pub = readFileSync(`${key}.pub`, 'utf8').trim().split(' ').slice(0, 2).join(' ');
  execFileSync('sh', ['-c', 'printf "%s\\n" "$1" > "$2"', 'sh', `release@acme.example namespaces="git" ${pub}`, allowed]);
  try {
    execFileSync('git', ['-c', `gpg.ssh.allowedSignersFile=${allowed}`, 'verify-commit', '--raw', sha], {
      cwd: fx.origin,
      env: { ...process.env, ...SAFE_ENV },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    return { ok: true, said: '' };
  } catch (e) {
    return { ok: false, said: String((e as { stderr?: Buffer }).stderr ?? '') };
  }
}

beforeAll(() => {
  keys = mkdtempSync(join(tmpdir(), 'lockstep-e2e-keys-'));
  key = join(keys, 'id_ed25519');
  execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-C', 'release@acme.example', '-f', key], { env: SAFE_ENV });
});
afterAll(() => rmSync(keys, { recursive: true, force: true }));

beforeEach(async () => {
  ({ fx } = releasedWithFeature());
  gh = await startGitHubDouble({ repositories: [{ fullName: REPO, path: fx.origin }] });
  temp = mkdtempSync(join(tmpdir(), 'lockstep-e2e-temp-'));
});

afterEach(async () => {
  expect(gh.violations).toEqual([]);
  await gh.stop();
  fx.cleanup();
  rmSync(temp, { recursive: true, force: true });
});

function run(inputs: Record<string, string>): Promise<ActionRun> {
  return runAction('prepare-release', {
    workspace: fx.clone('main', 1),
    inputs: { 'github-token': gh.token, ...inputs },
    eventName: 'push',
    env: { ...pushToMainEnv(gh, REPO), RUNNER_TEMP: temp },
    timeoutMs: 120000,
  });
}

test('prepare-release, git mode, signing-key: the release commit verifies; the key is in no stream and its file is gone', async () => {
  const secret = readFileSync(key, 'utf8');
  const r = await run({ 'signing-key': secret });
  expect(errors(r)).toEqual([]);
  expect(r.code).toBe(0);
  expect(r.outputs['pr-number']).toBe('1');
  const head = git(fx.origin, 'rev-parse', `refs/heads/${BRANCH}`);
  expect(verify(head)).toEqual({ ok: true, said: '' });
  expect(git(fx.origin, 'log', '-1', '--format=%s', head)).toBe('chore(release): 1.5.0');
  // Each line of the key is masked on its own (the runner masks line by line); no other line holds any of it.
  const lines = secret.split('\n').filter((l) => l.length >= 8);
  const masks = r.commands.filter((c) => c.command === 'add-mask').map((c) => c.message);
  expect(lines.filter((l) => !masks.includes(l))).toEqual([]);
  const logged = r.stdout
    .split('\n')
    .filter((l) => !l.startsWith('::add-mask::'))
    .join('\n');
  for (const text of [logged, r.stderr, r.summary, JSON.stringify(gh.log)])
    for (const l of lines.slice(1, -1)) expect(text).not.toContain(l);
  expect(readdirSync(temp).filter((f) => f.startsWith('lockstep-signing-'))).toEqual([]);
});

test('prepare-release: a key input carrying an ssh option and a shell line is refused in one line, before anything is written', async () => {
  const marker = join(temp, 'pwned');
  const r = await run({ 'signing-key': `${readFileSync(key, 'utf8')}-o ProxyCommand=touch ${marker}\n$(touch ${marker})\n` });
  expect(r.code).toBe(1);
  expect(errors(r)).toEqual([
    'input \'signing-key\': not an SSH private key (one -----BEGIN … PRIVATE KEY----- block and nothing else) — store the whole private key file as the secret, e.g. the output of ssh-keygen -t ed25519 -N ""',
  ]);
  expect(existsSync(marker)).toBe(false);
  expect(git(fx.origin, 'branch', '--list', BRANCH)).toBe('');
  expect(gh.pulls(REPO)).toEqual([]);
});

/** `lockstep release --push` from a fresh clone, with the double's token and API. */
function cli(extra: string[], env: Record<string, string> = {}) {
  const dir = fx.clone('main', 1);
  return runCli(['release', '--push', ...extra], {
    cwd: dir,
    env: { ...gh.env(), ...GIT_ENV, GITHUB_TOKEN: gh.token, GITHUB_REPOSITORY: REPO, SOURCE_DATE_EPOCH: '1795000000', ...env },
    timeoutMs: 120000,
  });
}

test('lockstep release --push --signing-key-file: the release commit verifies', async () => {
  const r = await cli(['--signing-key-file', key]);
  expect({ code: r.code, stderr: r.stderr }).toMatchObject({ code: 0 });
  expect(verify(git(fx.origin, 'rev-parse', `refs/heads/${BRANCH}`))).toEqual({ ok: true, said: '' });
});

test('lockstep release --push --signing-key-file <key.pub> with ssh-agent: signed by the agent', async () => {
  const sock = join(keys, `agent-${process.pid}.sock`);
  const agent: ChildProcess = spawn('ssh-agent', ['-D', '-a', sock], { env: SAFE_ENV, stdio: 'ignore' });
  try {
    for (let i = 0; i < 50 && !existsSync(sock); i++) await new Promise((ok) => setTimeout(ok, 20));
    execFileSync('ssh-add', ['-q', key], { env: { ...SAFE_ENV, SSH_AUTH_SOCK: sock }, stdio: 'ignore' });
    const r = await cli(['--signing-key-file', `${key}.pub`], { SSH_AUTH_SOCK: sock });
    expect({ code: r.code, stderr: r.stderr }).toMatchObject({ code: 0 });
    expect(verify(git(fx.origin, 'rev-parse', `refs/heads/${BRANCH}`))).toEqual({ ok: true, said: '' });
  } finally {
    agent.kill();
  }
});

test('lockstep release --push with a passphrase-protected key file: one line naming the flag, nothing pushed', async () => {
  const locked = join(keys, 'locked');
  if (!existsSync(locked)) execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', 'secret words', '-f', locked], { env: SAFE_ENV });
  const r = await cli(['--signing-key-file', locked]);
  expect(r.code).toBe(1);
  expect(r.stderr).toBe(
    '--signing-key-file: the SSH key is passphrase-protected, and lockstep cannot type its passphrase — give a key without a passphrase (a deploy key kept as a secret), or add the key to ssh-agent and give its public key (.pub) file\n',
  );
  expect(git(fx.origin, 'branch', '--list', BRANCH)).toBe('');
  expect(gh.pulls(REPO)).toEqual([]);
});
