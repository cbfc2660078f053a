import { realpathSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import type { Command } from 'commander';
import { splitList } from '@lockstep/core/text/list';
import { type InputSource } from '@lockstep/core/contract/inputs';
import { topLevelSync } from '@lockstep/core/git/sync';
import { PATH_INPUTS } from './flags.ts';

/** commander's attribute name of `--kebab-name`. */
const attribute = (name: string) => name.replace(/-([a-z])/g, (_m, c: string) => c.toUpperCase());

const posixPath = (p: string) => p.split(sep).join('/');

/**
 * Where a command runs, as git does: from any folder of a repository the
 * workspace is the repository's top, so the config (`.github/lockstep.yml`)
 * and the config's paths are found there. working-directory given on the
 * command line, and the path-kind flags (PATH_INPUTS: their settings' kind), stay relative to the folder
 * the command was typed in. Outside a repository (or at its top) nothing changes.
 */
export function fromTop(cwd: string, cmd: Command, source: InputSource): { workspace: string; source: InputSource } {
  const topLevel = topLevelSync(cwd);
  if (topLevel === undefined || topLevel === '') return { workspace: cwd, source };
  let top: string;
  let here: string;
  try {
    top = realpathSync(topLevel);
    here = realpathSync(cwd);
  } catch {
    return { workspace: cwd, source };
  }
  const prefix = relative(top, here);
  if (prefix === '' || prefix.startsWith('..') || isAbsolute(prefix)) return { workspace: cwd, source };
  const typed = (name: string) => cmd.getOptionValueSource(attribute(name)) === 'cli';
  const wd = typed('working-directory') ? posixPath(relative(top, resolve(here, source('working-directory')))) || '.' : '.';
  const wdAbs = resolve(top, wd);
  const rebase = (p: string) => (isAbsolute(p) ? p : posixPath(relative(wdAbs, resolve(here, p))) || '.');
  return {
    workspace: top,
    source: (name) => {
      if (name === 'working-directory') return wd;
      const raw = source(name);
      return PATH_INPUTS.has(name) && typed(name) ? splitList(raw).map(rebase).join('\n') : raw;
    },
  };
}
