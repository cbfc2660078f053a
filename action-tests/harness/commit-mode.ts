import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { GitHubDouble } from './github-double/index.ts';

// For the tests that run a release or promotion in both commit modes: a
// counter of every `git push` an action makes, and what the double says
// about a commit's signature.

/** The two ways lockstep writes its commits. */
export const COMMIT_MODES = ['git', 'api'] as const;

/** A commit mode. */
export type CommitMode = (typeof COMMIT_MODES)[number];

/** Counts `git push`es: the environment to give an action run, the count so far, and cleanup. */
export interface PushCounter {
  env: Record<string, string>;
  count(): number;
  stop(): void;
}

/**
 * Every push git makes with `env` to a remote named origin runs through a
 * receive-pack wrapper that writes a line first (git reads
 * `remote.origin.receivepack` from GIT_CONFIG_COUNT…, which lockstep's own
 * git configuration appends to): api mode's "no git push" is then a count
 * of zero, and git mode's pushes are counted by the same wrapper.
 */
export function pushCounter(): PushCounter {
  const dir = mkdtempSync(join(tmpdir(), 'lockstep-pushes-'));
  const log = join(dir, 'pushes');
  const wrapper = join(dir, 'receive-pack');
  writeFileSync(wrapper, `#!/bin/sh\necho push >> '${log}'\nexec git receive-pack "$@"\n`, { mode: 0o755 });
  return {
    env: { GIT_CONFIG_COUNT: '1', GIT_CONFIG_KEY_0: 'remote.origin.receivepack', GIT_CONFIG_VALUE_0: wrapper },
    count: () => (existsSync(log) ? readFileSync(log, 'utf8').split('\n').filter(Boolean).length : 0),
    stop: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** GitHub's `verification` of a commit, read through the double's REST API. */
export async function verificationOf(double: GitHubDouble, repo: string, sha: string): Promise<{ verified: boolean; reason: string }> {
  const res = await fetch(`${double.url}/repos/${repo}/git/commits/${sha}`, {
    headers: { authorization: `token ${double.token}`, accept: 'application/vnd.github+json' },
  });
  if (!res.ok) throw new Error(`GET commit ${sha}: ${res.status}`);
  const body = (await res.json()) as { verification: { verified: boolean; reason: string } };
  return { verified: body.verification.verified, reason: body.verification.reason };
}

/** The SHAs of the commits created through the double's `POST git/commits`. */
function apiCreated(double: GitHubDouble): Set<string> {
  const made = new Set<string>();
  for (const e of double.log)
    if (e.route === 'POST /repos/{owner}/{repo}/git/commits' && e.status === 201)
      made.add((JSON.parse(e.responseBody) as { sha: string }).sha);
  return made;
}

/**
 * Every commit on `branch` that `base` lacks and that was created through
 * the double's API, in the bare repository `gitDir`, newest first: whether
 * it is lockstep's own (its message carries the Lockstep-Generated trailer)
 * and GitHub's verification of it. Commits people pushed with git are left out.
 */
export async function branchVerification(
  double: GitHubDouble,
  repo: string,
  gitDir: string,
  branch: string,
  base = 'main',
): Promise<{ sha: string; subject: string; lockstep: boolean; verified: boolean; reason: string }[]> {
  const made = apiCreated(double);
  const out = execFileSync(
    'git',
    ['--git-dir', gitDir, 'log', '-z', '--format=%H%x01%s%x01%B', `refs/heads/${base}..refs/heads/${branch}`],
    {
      encoding: 'utf8',
    },
  );
  const rows = [];
  for (const rec of out.split('\0').filter(Boolean)) {
    const [sha, subject, body] = rec.replace(/^\n/, '').split('\x01');
    if (!made.has(sha)) continue;
    rows.push({ sha, subject, lockstep: /^Lockstep-Generated: /m.test(body), ...(await verificationOf(double, repo, sha)) });
  }
  return rows;
}

/**
 * Every commit the double created through `POST git/commits` (any
 * repository), as its answer described it: the subject, whether it is
 * lockstep's own (the Lockstep-Generated trailer) and GitHub's verification.
 */
export function apiCommits(double: GitHubDouble): { sha: string; subject: string; lockstep: boolean; verified: boolean }[] {
  return double.log
    .filter((e) => e.route === 'POST /repos/{owner}/{repo}/git/commits' && e.status === 201)
    .map((e) => {
      const c = JSON.parse(e.responseBody) as { sha: string; message: string; verification: { verified: boolean } };
      return {
        sha: c.sha,
        subject: c.message.split('\n')[0],
        lockstep: /^Lockstep-Generated: /m.test(c.message),
        verified: c.verification.verified,
      };
    });
}
