import { lstatSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { UserError } from '../errors.ts';

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
      throw new UserError(`${what}: ${path} passes through a symbolic link (${relative(root, cur)})`, { hint: 'point at the real path inside the repository' });
  }
  return abs;
}

/** A POSIX-style path relative to the workspace, for messages and annotations. */
export function workspaceRelative(workspace: string, abs: string): string {
  return relative(resolve(workspace), abs).split(sep).join('/');
}
