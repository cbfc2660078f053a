import { existsSync, lstatSync, readdirSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { named, UserError, words, type Words } from '../errors.ts';
import { nearest } from '../text/suggest.ts';

/**
 * Resolves a workspace-relative path, refusing one that leaves the workspace
 * or passes through a symbolic link (either could make an action read or
 * write outside the checkout). `what` names the input or file for the error.
 */
export function resolveInside(workspace: string, path: string, what: string): string {
  const root = resolve(workspace);
  const abs = resolve(root, path);
  const rel = relative(root, abs);
  if (rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel))
    throw new UserError(`${what}: ${path} is outside the workspace`, { hint: 'use a path inside the repository' });
  let cur = root;
  for (const part of rel.split(sep).filter(Boolean)) {
    cur = resolve(cur, part);
    let st;
    try {
      st = lstatSync(cur);
    } catch {
      break; // does not exist (yet): nothing further to check
    }
    if (st.isSymbolicLink())
      throw new UserError(`${what}: ${path} passes through a symbolic link (${relative(root, cur)})`, {
        hint: 'point at the real path inside the repository',
      });
  }
  return abs;
}

/** A POSIX-style path relative to the workspace, for messages and annotations. */
export function workspaceRelative(workspace: string, abs: string): string {
  return relative(resolve(workspace), abs).split(sep).join('/');
}

/**
 * Resolves the `working-directory` input and checks that it is a folder inside
 * a git checkout, so a typo or a job without actions/checkout fails as a user
 * error naming the input instead of `spawn git ENOENT` (a missing cwd) or
 * `git … exited (128)` (no repository). Every action calls this before git.
 */
export function resolveWorkingDirectory(
  workspace: string,
  path: string,
  input = 'working-directory',
  env: NodeJS.ProcessEnv = process.env,
): string {
  const abs = resolveExistingFolder(workspace, path, input);
  if (!insideGitCheckout(abs, env)) {
    refuseBare(abs, path, input);
    throw new UserError([...shownInput(path, input), ' is not a git repository'], {
      hint: 'check out the repository first (actions/checkout)',
      cliHint: 'run lockstep inside a git repository (cd into a clone, or git init and commit the charts)',
    });
  }
  return abs;
}

/**
 * Refuses a bare repository (HEAD, objects and refs in the folder, no .git):
 * it has history but no files to work on.
 */
export function refuseBare(abs: string, path: string, input = 'working-directory'): void {
  if (!existsSync(join(abs, '.git')) && ['HEAD', 'objects', 'refs'].every((p) => existsSync(join(abs, p))))
    throw new UserError([...shownInput(path, input), ' is a bare git repository (it has no work tree)'], {
      hint: 'run in a clone of it that has a work tree (actions/checkout)',
      cliHint: 'run lockstep in a clone of it that has a work tree (git clone <path>)',
    });
}

/**
 * Like resolveWorkingDirectory, for an action that needs no git repository:
 * the folder must exist inside the workspace, and nothing more.
 */
export function resolveExistingFolder(workspace: string, path: string, input = 'working-directory'): string {
  const abs = resolveInside(workspace, path, input);
  const shown = shownInput(path, input);
  let st;
  try {
    st = statSync(abs);
  } catch {
    const guess = nearestFolder(workspace, path);
    throw new UserError([...shown, ' does not exist'], {
      hint: guess
        ? `did you mean ${guess}?`
        : words`set ${named(input)} to a folder of the checked-out repository, relative to the workspace`,
    });
  }
  if (!st.isDirectory())
    throw new UserError([...shown, ' is not a folder'], { hint: words`set ${named(input)} to a folder of the checked-out repository` });
  return abs;
}

/** The folder beside a mistyped `path` whose name is nearest to its last part (`charts/myap` → `charts/myapp`), if any is close. */
function nearestFolder(workspace: string, path: string): string | undefined {
  const parts = path.replace(/\\/g, '/').replace(/\/+$/, '').split('/');
  const last = parts.pop();
  if (!last) return undefined;
  try {
    const names = readdirSync(resolve(workspace, ...parts), { withFileTypes: true })
      .filter((d) => d.isDirectory() && !d.name.startsWith('.'))
      .map((d) => d.name);
    const guess = nearest(last, names);
    return guess === undefined || guess === last ? undefined : [...parts, guess].join('/');
  } catch {
    return undefined;
  }
}

function shownInput(path: string, input: string): Words {
  return path === '' || path === '.' ? words`${named(input)} '.' (the workspace)` : words`${named(input)} '${path}'`;
}

/**
 * Whether `dir` lies in a git work tree: some folder from it up to the root
 * holds `.git` (a folder, or a file as in worktrees and submodules), or GIT_DIR
 * names the repository. Found without starting git, which the caller will do anyway.
 */
export function insideGitCheckout(dir: string, env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.GIT_DIR) return true;
  for (let cur = resolve(dir); ; cur = dirname(cur)) {
    try {
      lstatSync(join(cur, '.git'));
      return true;
    } catch {
      // not here: look one folder up
    }
    if (dirname(cur) === cur) return false;
  }
}
