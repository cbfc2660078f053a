import { UserError } from '../errors.ts';
import type { GitSpawner } from './spawn.ts';

/** What kind of ref name an input holds. */
export type RefKind = 'branch' | 'tag';

/**
 * Refuses, without running anything, a name that git could read as an
 * option (a leading `-`, e.g. `--upload-pack=touch /tmp/x`), that holds
 * white space or control characters, that uses the `@{…}` reflog syntax,
 * or that is spelled as a full ref. Call it while validating inputs, before
 * any git process starts (RELIABILITY case 2).
 */
export function assertRefInput(name: string, input: string, kind: RefKind = 'branch'): void {
  const bad = (why: string) =>
    new UserError(`: ${JSON.stringify(name)} is not a valid ${kind} name (${why})`, {
      input: input,
      hint: `use a plain ${kind} name such as ${kind === 'branch' ? 'chore/release-1.2.0' : 'v1.2.0'}`,
    });
  if (name === '') throw bad('empty');
  if (name.startsWith('-')) throw bad('starts with "-"');
  if (/[\s\u0000-\u001f\u007f]/u.test(name)) throw bad('contains white space or a control character');
  if (name.includes('@{')) throw bad('contains "@{"');
  if (name === 'HEAD' || name === '@') throw bad('names HEAD');
  if (/^refs\//.test(name)) throw bad(`give it without the refs/${kind === 'branch' ? 'heads' : 'tags'}/ prefix`);
  if (name.length > 255) throw bad('longer than 255 characters');
}

/**
 * Validates a branch or tag name from an input: assertRefInput first, then,
 * for a name PLAIN_NAME does not cover, `git check-ref-format` (`--branch` for
 * branches, `refs/tags/<name>` for tags), so git's own rules decide (`..`,
 * `~`, `.lock`, …). Returns the name.
 */
export async function checkRefName(git: GitSpawner, name: string, input: string, kind: RefKind = 'branch'): Promise<string> {
  assertRefInput(name, input, kind);
  // A plain name (PLAIN_NAME) is one git accepts: no git start for it (a promotion's fetch of main waited for one).
  const key = `${kind}\0${name}`;
  if (PLAIN_NAME.test(name) || accepted.has(key)) return name;
  const r = await git(kind === 'branch' ? ['check-ref-format', '--branch', name] : ['check-ref-format', `refs/tags/${name}`]);
  if (r.code !== 0)
    throw new UserError(`: ${JSON.stringify(name)} is not a valid ${kind} name (git check-ref-format refused it)`, {
      input: input,
      hint: 'see `git help check-ref-format` for the rules',
    });
  accepted.add(key);
  return name;
}

/**
 * Names git's check-ref-format already accepted in this process (`kind NUL
 * name`). Its answer depends on the name alone (assertRefInput refuses the
 * `@{…}` forms `--branch` would expand), so a run that fetches and pushes the
 * same branch asks git once, not at every fetch and push.
 */
const accepted = new Set<string>();

/** Many branch names checked as checkRefName checks one (a hydrate run names hundreds of branches). */
export async function checkBranchNames(git: GitSpawner, names: Iterable<string>, input: string): Promise<void> {
  for (const name of new Set(names)) await checkRefName(git, name, input, 'branch');
}

/**
 * Names git accepts whatever the rest of its rules say: components of letters, digits, `_` and `-`, none
 * starting with `-`, joined by single slashes (no dot, so no `..`, `.lock` or leading dot; no `@`, `~`, `^`,
 * `:`, `?`, `*`, `[`, `\\`).
 */
const PLAIN_NAME = /^[A-Za-z0-9_][A-Za-z0-9_-]*(\/[A-Za-z0-9_][A-Za-z0-9_-]*)*$/;

/** A full commit id: 40 hex digits (SHA-1) or 64 (SHA-256), lower case as git prints them. */
export function isCommitId(s: string): boolean {
  return /^[0-9a-f]{40}([0-9a-f]{24})?$/.test(s);
}

/** Refuses a remote name that git could read as an option or that holds odd characters. */
export function assertRemoteName(remote: string): void {
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(remote)) throw new Error(`invalid git remote name ${JSON.stringify(remote)}`);
}
