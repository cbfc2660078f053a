import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GIT_ENV, GitFixture } from '../../../../action-tests/harness/git-fixture.ts';
import { UserError } from '../../src/errors.ts';
import { publishGeneratedBranch, type GeneratedBranchRequest } from '../../src/git/generated-branch.ts';
import { BOT_IDENTITY } from '../../src/git/identity.ts';
import { gitSpawner } from '../../src/git/objects.ts';
import { generatedTrailer } from '../../src/git/publish.ts';
import { commitHydratedTree } from '../../src/git/hydrated.ts';
import { openSigningKey, signingSource, signWith } from '../../src/git/signing.ts';

// Issue 77 item 3: the commits lockstep writes with git are SSH-signed with a configured key, checked
// with git's own verify-commit against an allowed-signers file (what Flux's verify and Argo CD's source
// integrity do); a bad key is one error naming the input, before anything is written; a human's signed
// commit on the branch is never re-made without its signature. Keys are made here with ssh-keygen.

const TRAILER = generatedTrailer('prepare-release');
const BRANCH = 'chore/release-1.1.0';
const ENV = { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: tmpdir() };

let keys: string;
/** An ed25519 key without a passphrase, and one with: made once per file. */
let plain: { key: string; pub: string };
let locked: string;

function keygen(name: string, passphrase: string): string {
  const file = join(keys, name);
  execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', passphrase, '-C', `${name}@example.com`, '-f', file], { env: ENV });
  return file;
}

/** The public key line without its comment, as an allowed-signers file lists it. */
const keyOf = (pubFile: string) => readFileSync(pubFile, 'utf8').trim().split(' ').slice(0, 2).join(' ');

const git = (dir: string, ...args: string[]) =>
  execFileSync('git', args, { cwd: dir, encoding: 'utf8', env: { ...process.env, ...GIT_ENV, ...ENV } }).trim();

/** `git verify-commit` with only `pub` allowed: its exit code and what it said. */
function verify(dir: string, sha: string, pub: string): { ok: boolean; said: string } {
  const allowed = join(keys, `allowed-${Math.random().toString(36).slice(2)}`);
  writeFileSync(allowed, `lockstep@example.com namespaces="git" ${keyOf(pub)}\n`);
  try {
    const out = execFileSync('git', ['-c', `gpg.ssh.allowedSignersFile=${allowed}`, 'verify-commit', sha], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, ...ENV },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    return { ok: true, said: out };
  } catch (e) {
    return { ok: false, said: String((e as { stderr?: string }).stderr ?? '') };
  }
}

beforeAll(() => {
  keys = mkdtempSync(join(tmpdir(), 'lockstep-keys-'));
  const key = keygen('signer', '');
  plain = { key, pub: `${key}.pub` };
  locked = keygen('locked', 'a passphrase');
});
afterAll(() => rmSync(keys, { recursive: true, force: true }));

describe('openSigningKey', () => {
  test('the secret text goes to a 0600 file in a folder of its own, removed by cleanup; its public key is read', async () => {
    const s = await openSigningKey({ text: readFileSync(plain.key, 'utf8').replace(/\n/g, '\r\n'), input: 'signing-key' }, ENV);
    expect(statSync(s.keyFile).mode & 0o777).toBe(0o600);
    expect(s.publicKey).toBe(keyOf(plain.pub));
    s.cleanup();
    expect(existsSync(s.keyFile)).toBe(false);
  });

  test('a file: a private key is used where it is', async () => {
    const s = await openSigningKey({ file: plain.key, input: 'signing-key-file' }, ENV);
    expect([s.keyFile, s.publicKey]).toEqual([plain.key, keyOf(plain.pub)]);
  });

  const key = () => readFileSync(plain.key, 'utf8');
  test.each([
    ['not a key', () => 'hello', "input 'signing-key': not an SSH private key (one -----BEGIN … PRIVATE KEY----- block and nothing else)"],
    [
      'a line after the key (an ssh option)',
      () => `${key()}-o ProxyCommand=touch /tmp/lockstep-pwned\n`,
      "input 'signing-key': not an SSH private key (one -----BEGIN … PRIVATE KEY----- block and nothing else)",
    ],
    [
      'shell in front of the key',
      () => `$(touch /tmp/lockstep-pwned)\n${key()}`,
      "input 'signing-key': not an SSH private key (one -----BEGIN … PRIVATE KEY----- block and nothing else)",
    ],
    [
      'a block whose body is no key',
      () => '-----BEGIN OPENSSH PRIVATE KEY-----\nAAAA\n-----END OPENSSH PRIVATE KEY-----\n',
      "input 'signing-key': not a usable SSH private key (ssh-keygen cannot load it)",
    ],
    [
      'a passphrase',
      () => readFileSync(locked, 'utf8'),
      "input 'signing-key': the SSH key is passphrase-protected, and lockstep cannot type its passphrase",
    ],
  ])('%s: one error naming the input, nothing left behind', async (_what, text, message) => {
    const before = new Set(readdirTmp());
    const e = await openSigningKey({ text: text(), input: 'signing-key' }, ENV).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(UserError);
    expect((e as UserError).message).toBe(message);
    expect(readdirTmp().filter((d) => !before.has(d))).toEqual([]);
    expect(existsSync('/tmp/lockstep-pwned')).toBe(false);
  });

  test('a file: missing, passphrase-protected, or a public key with no ssh-agent', async () => {
    const said = async (file: string) =>
      ((await openSigningKey({ file, input: 'signing-key-file' }, ENV).catch((x: unknown) => x)) as Error).message;
    expect(await said(join(keys, 'missing'))).toBe(`input 'signing-key-file': cannot read ${join(keys, 'missing')} (ENOENT)`);
    expect(await said(locked)).toBe(
      "input 'signing-key-file': the SSH key is passphrase-protected, and lockstep cannot type its passphrase",
    );
    expect(await said(plain.pub)).toBe("input 'signing-key-file': a public key signs through ssh-agent, and SSH_AUTH_SOCK is not set");
  });

  test('signingSource: both at once is refused; a file is relative to the working directory', () => {
    expect(() => signingSource({ signingKey: 'k', signingKeyFile: 'f' }, '/w')).toThrow(
      "input 'signing-key': give it or signing-key-file, not both",
    );
    expect(signingSource({ signingKeyFile: 'keys/id' }, '/w')).toEqual({ file: '/w/keys/id', input: 'signing-key-file' });
    expect(signingSource({}, '/w')).toBeUndefined();
  });
});

/** The folders ssh keys are written to: none is left by a refused key. */
function readdirTmp(): string[] {
  return execFileSync('ls', [tmpdir()], { encoding: 'utf8' })
    .split('\n')
    .filter((d) => d.startsWith('lockstep-signing-'));
}

describe('signed commits through publishGeneratedBranch (git mode)', () => {
  let repo: GitFixture;
  let version: string;
  const request = (): GeneratedBranchRequest => ({
    base: 'main',
    branch: BRANCH,
    trailer: TRAILER,
    author: BOT_IDENTITY,
    committer: BOT_IDENTITY,
    plan: async () => ({ files: [{ path: '.version', content: `${version}\n` }], message: `chore(release): ${version}` }),
  });
  /** A clone whose Repo signs with the plain key. */
  async function signingClone(): Promise<ReturnType<typeof gitSpawner>> {
    const run = gitSpawner(repo.clone('main', 1));
    signWith(run, await openSigningKey({ file: plain.key, input: 'signing-key-file' }, ENV));
    return run;
  }

  beforeEach(() => {
    repo = GitFixture.create({ '.version': '1.0.0\n', 'src/a.txt': 'a\n' });
    version = '1.1.0';
  });
  afterEach(() => repo.cleanup());

  test('the generated commit verifies with git verify-commit and the allowed signers; another key does not', async () => {
    const r = await publishGeneratedBranch(await signingClone(), request());
    if (r.outcome !== 'created') throw new Error(`outcome ${r.outcome}`);
    expect(verify(repo.origin, r.head, plain.pub)).toMatchObject({ ok: true });
    expect(verify(repo.origin, r.head, plain.pub).said).toBe('');
    const other = keygen(`other-${Date.now()}`, '');
    expect(verify(repo.origin, r.head, `${other}.pub`)).toMatchObject({ ok: false });
    expect(git(repo.origin, 'cat-file', 'commit', r.head)).toMatch(/\ngpgsig -----BEGIN SSH SIGNATURE-----\n/);
  });

  test("without a key the commit is unsigned, whatever the user's commit.gpgSign says", async () => {
    const dir = repo.clone('main', 1);
    git(dir, 'config', 'commit.gpgSign', 'true');
    const r = await publishGeneratedBranch(gitSpawner(dir), request());
    if (r.outcome !== 'created') throw new Error(`outcome ${r.outcome}`);
    expect(git(repo.origin, 'cat-file', 'commit', r.head)).not.toContain('gpgsig');
  });

  test("a human's signed commit on the branch keeps its signature: never re-made, the branch is left as it is", async () => {
    await publishGeneratedBranch(await signingClone(), request());
    // A maintainer signs a commit of their own on the release branch.
    const dir = repo.clone('main', 0);
    git(dir, 'fetch', '--quiet', 'origin');
    git(dir, 'checkout', '--quiet', '-B', BRANCH, `origin/${BRANCH}`);
    writeFileSync(join(dir, 'NOTES.md'), 'a note\n');
    git(dir, 'add', '-A');
    git(
      dir,
      '-c',
      'gpg.format=ssh',
      '-c',
      `user.signingKey=${plain.key}`,
      '-c',
      'user.name=Hu Man',
      '-c',
      'user.email=h@example.com',
      'commit',
      '-q',
      '-S',
      '-m',
      'docs: a note',
    );
    git(dir, 'push', '--quiet', 'origin', `HEAD:refs/heads/${BRANCH}`);
    const human = git(dir, 'rev-parse', 'HEAD');
    // main moves: the release commit must be made again on it, and the human's commit would be replayed.
    git(dir, 'checkout', '--quiet', 'main');
    writeFileSync(join(dir, 'src/a.txt'), 'b\n');
    git(dir, 'commit', '-qam', 'fix: b');
    git(dir, 'push', '--quiet', 'origin', 'main');
    version = '1.1.1';
    const r = await publishGeneratedBranch(await signingClone(), request());
    expect(r).toMatchObject({ outcome: 'conflict', commit: human, subject: 'docs: a note' });
    expect((r as { reason: string }).reason).toBe(
      'it is signed, and re-applying it onto the new commit would drop its signature (a signature covers the parent); the branch is left as it is',
    );
    expect(git(repo.origin, 'rev-parse', `refs/heads/${BRANCH}`)).toBe(human);
    expect(verify(repo.origin, human, plain.pub)).toMatchObject({ ok: true });
  });
});

test('a hydration commit (commitHydratedTree) is signed with the Repo key and verifies', async () => {
  const repo = GitFixture.create({ 'manifest.yaml': 'kind: ConfigMap\n' });
  try {
    const run = gitSpawner(repo.dir);
    signWith(run, await openSigningKey({ file: plain.key, input: 'signing-key-file' }, ENV));
    const tree = git(repo.dir, 'rev-parse', 'HEAD^{tree}');
    const sha = await commitHydratedTree(run, { tree, message: 'hydrate dev', who: BOT_IDENTITY, date: '1795000000 +0000' });
    expect(verify(repo.dir, sha, plain.pub)).toMatchObject({ ok: true });
  } finally {
    repo.cleanup();
  }
});
