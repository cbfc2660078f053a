// SSH signing of the commits lockstep writes with git (issue 77 item 3): git signs them itself
// (`-c gpg.format=ssh -c user.signingKey=<file> commit-tree -S`), so `git verify-commit` with an
// allowed-signers file passes, as Flux's verify and Argo CD's source integrity check. The key is
// checked with ssh-keygen before anything is written: an unreadable file, a passphrase lockstep
// cannot type, or text that is not a key is one error naming the setting.

import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { named, UserError, words } from '../errors.ts';
import type { GitSpawner } from './spawn.ts';

/** A key commits are signed with, checked: the file git hands to ssh-keygen, and its public key line. */
export interface CommitSigning {
  /** A private key file (no passphrase), or a public key file whose private key ssh-agent holds. */
  readonly keyFile: string;
  /** `ssh-ed25519 AAAA…` (the comment left out): what an allowed-signers file lists. */
  readonly publicKey: string;
  /** Removes the temporary key file (a key given as text); nothing for a file the user named. */
  cleanup(): void;
}

/** Where the key comes from: the secret's text (the action's `signing-key`), or a file (`signing-key-file`). */
export type SigningSource = { text: string; input: string } | { file: string; input: string };

/** One unencrypted private key block, with nothing before or after it: no extra line can reach ssh-keygen or git. */
const PRIVATE_KEY = /^-----BEGIN (OPENSSH|RSA|EC) PRIVATE KEY-----\n[A-Za-z0-9+/=\n]+\n-----END \1 PRIVATE KEY-----$/;
/** One public key line: its type, its base64 blob, an optional comment without a line break. */
const PUBLIC_KEY =
  /^((?:ssh-(?:ed25519|rsa)|ecdsa-sha2-nistp(?:256|384|521)|sk-(?:ssh-ed25519|ecdsa-sha2-nistp256)@openssh\.com) [A-Za-z0-9+/]+={0,3})(?: [^\n]*)?$/;

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** ssh-keygen with `args`, `input` on stdin, in a session of its own: it can never prompt on a terminal for a passphrase. */
function sshKeygen(args: readonly string[], env: NodeJS.ProcessEnv, input = ''): Promise<Run> {
  return new Promise((done) => {
    const child = spawn('ssh-keygen', args, { env: { ...env, LC_ALL: 'C' }, stdio: ['pipe', 'pipe', 'pipe'], detached: true });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.stdin.on('error', () => {});
    child.on('error', (e) => done({ code: 127, stdout, stderr: `ssh-keygen could not be started (${e.message})` }));
    child.on('close', (code) => done({ code: code ?? 1, stdout, stderr }));
    child.stdin.end(input);
  });
}

/** ssh-keygen's complaint in one line, the key's path said as "the key". */
function said(r: Run, path: string): string {
  const line = r.stderr.split('\n').find((l) => l.trim() !== '') ?? `exit ${r.code}`;
  return line.split(path).join('the key').trim();
}

/** The public key of an unencrypted private key file; a passphrase or a file that is no key is the input's error. */
async function publicOfPrivate(file: string, input: string, env: NodeJS.ProcessEnv): Promise<string> {
  const r = await sshKeygen(['-y', '-P', '', '-f', file], env);
  if (r.code === 0 && PUBLIC_KEY.test(r.stdout.trim())) return PUBLIC_KEY.exec(r.stdout.trim())![1];
  if (/passphrase/i.test(r.stderr))
    throw new UserError(': the SSH key is passphrase-protected, and lockstep cannot type its passphrase', {
      input,
      hint: 'give a key without a passphrase (a deploy key kept as a secret), or add the key to ssh-agent and give its public key (.pub) file',
    });
  // ssh-keygen's own words differ from one OpenSSH to the next (invalid format, error in libcrypto): not repeated.
  throw new UserError(': not a usable SSH private key (ssh-keygen cannot load it)', {
    input,
    hint: 'give an SSH private key, e.g. one made with ssh-keygen -t ed25519 -N ""',
  });
}

/** Signs a few bytes with the key as git will (namespace git): proves the key, or the agent, signs without a prompt. */
async function trySign(keyFile: string, input: string, env: NodeJS.ProcessEnv): Promise<void> {
  const r = await sshKeygen(['-Y', 'sign', '-n', 'git', '-f', keyFile], env, 'lockstep signing check\n');
  if (r.code === 0 && r.stdout.includes('BEGIN SSH SIGNATURE')) return;
  throw new UserError(`: ssh-keygen cannot sign with this key (${said(r, keyFile)})`, {
    input,
    hint: 'for a public key, add its private key to ssh-agent (ssh-add) and set SSH_AUTH_SOCK',
  });
}

/** The key of the action's secret input: its one private key block, written to a 0600 file in a folder of its own. */
async function fromText(text: string, input: string, env: NodeJS.ProcessEnv): Promise<CommitSigning> {
  const key = text.replace(/\r\n/g, '\n').trim();
  if (!PRIVATE_KEY.test(key))
    throw new UserError(': not an SSH private key (one -----BEGIN … PRIVATE KEY----- block and nothing else)', {
      input,
      hint: 'store the whole private key file as the secret, e.g. the output of ssh-keygen -t ed25519 -N ""',
    });
  // The runner's temp folder (emptied after the job) when there is one.
  const dir = await mkdtemp(join(env.RUNNER_TEMP || tmpdir(), 'lockstep-signing-'));
  const cleanup = () => rmSync(dir, { recursive: true, force: true });
  try {
    const keyFile = join(dir, 'key');
    await writeFile(keyFile, `${key}\n`, { mode: 0o600 });
    const publicKey = await publicOfPrivate(keyFile, input, env);
    await trySign(keyFile, input, env);
    return { keyFile, publicKey, cleanup };
  } catch (e) {
    cleanup();
    throw e;
  }
}

/** The key of a file: a private key (no passphrase), or a public key whose private key ssh-agent holds. */
async function fromFile(file: string, input: string, env: NodeJS.ProcessEnv): Promise<CommitSigning> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    throw new UserError(`: cannot read ${file} (${(e as NodeJS.ErrnoException).code ?? 'error'})`, {
      input,
      hint: 'name a readable key file',
    });
  }
  const line = text.trim();
  const pub = PUBLIC_KEY.exec(line);
  if (pub && !line.includes('\n')) {
    if (!env.SSH_AUTH_SOCK)
      throw new UserError(': a public key signs through ssh-agent, and SSH_AUTH_SOCK is not set', {
        input,
        hint: 'start ssh-agent and ssh-add the key, or name the private key file',
      });
    await trySign(file, input, env);
    return { keyFile: file, publicKey: pub[1], cleanup: () => {} };
  }
  const publicKey = await publicOfPrivate(file, input, env);
  await trySign(file, input, env);
  return { keyFile: file, publicKey, cleanup: () => {} };
}

/**
 * The signing key of `source`, checked before anything is written: the
 * secret's text goes to a 0600 temporary file (removed by `cleanup`), a
 * file is used where it is. Each problem is one UserError naming the input.
 */
export function openSigningKey(source: SigningSource, env: NodeJS.ProcessEnv): Promise<CommitSigning> {
  return 'text' in source ? fromText(source.text, source.input, env) : fromFile(source.file, source.input, env);
}

/** The signing key of each Repo that signs its commits (signWith). */
const keys = new WeakMap<object, CommitSigning>();

/** Makes every commit written through `git` (a Repo: git/repo.ts asRepo) signed with `signing`. */
export function signWith(git: GitSpawner, signing: CommitSigning): void {
  keys.set(git, signing);
}

/**
 * What a commit-tree call is given: the config and the flag that sign it
 * with the Repo's key, else `--no-gpg-sign` (a user's commit.gpgSign never
 * applies to lockstep's commits). ssh-keygen is named: a user's
 * gpg.ssh.program (a password manager's signer) is not what the key was checked with.
 */
export function commitSigning(git: GitSpawner): { config: string[]; flag: string } {
  const s = keys.get(git);
  if (!s) return { config: [], flag: '--no-gpg-sign' };
  return {
    config: ['-c', 'gpg.format=ssh', '-c', 'gpg.ssh.program=ssh-keygen', '-c', `user.signingKey=${s.keyFile}`],
    flag: '-S',
  };
}

/** Whether commits written through `git` are signed. */
export function signs(git: GitSpawner): boolean {
  return keys.has(git);
}

/**
 * Where the settings say the key is: `signing-key` (the key's text) or
 * `signing-key-file` (relative to `root`, the working directory); undefined
 * when neither is given. Both at once is refused: which one signs would be a guess.
 */
export function signingSource(s: { signingKey?: string; signingKeyFile?: string }, root: string): SigningSource | undefined {
  if (s.signingKey !== undefined && s.signingKeyFile !== undefined)
    throw new UserError(words`: give it or ${named('signing-key-file')}, not both`, {
      input: 'signing-key',
      hint: 'keep the one that holds the key',
    });
  if (s.signingKey !== undefined) return { text: s.signingKey, input: 'signing-key' };
  if (s.signingKeyFile !== undefined) return { file: resolve(root, s.signingKeyFile), input: 'signing-key-file' };
  return undefined;
}
