// Every operation's settings table (see table.ts), one file each (table-<operation>.ts): edit there, then
// run `npm run settings`: it rewrites each actions/*/action.yml `inputs:` block and the README tables.
import { pick, type SettingsTable } from './table.ts';
import { CHECK } from './table-check.ts';
import { BUMP } from './table-bump.ts';
import { DIGESTS } from './table-digests.ts';
import { PUBLISH } from './table-publish.ts';
import { RELEASE } from './table-release.ts';
import { PROMOTE } from './table-promote.ts';
import { HYDRATE } from './table-hydrate.ts';

export { CHECK, BUMP, DIGESTS, PUBLISH, RELEASE, PROMOTE, HYDRATE };

/** lockstep status: where the environments are read (part of promote-env's inputs). */
export const STATUS = pick(PROMOTE, 'status', [
  'environments',
  'services',
  'values-file',
  'values-key',
  'repository',
  'base',
  'config',
  'working-directory',
]);

/** lockstep metrics: the base branch whose history is read (part of promote-env's inputs). */
export const METRICS = pick(PROMOTE, 'metrics', ['base', 'config', 'working-directory']);

/** lockstep config: the two inputs every action takes to find the config. */
export const CONFIG = pick(BUMP, 'config', ['config', 'working-directory']);

/** Every operation's table, by operation. */
export const TABLES: Readonly<Record<string, SettingsTable>> = {
  check: CHECK,
  bump: BUMP,
  digests: DIGESTS,
  publish: PUBLISH,
  release: RELEASE,
  promote: PROMOTE,
  hydrate: HYDRATE,
  status: STATUS,
  metrics: METRICS,
  config: CONFIG,
};

/** The table of each action (the operation that owns its inputs). */
export const ACTION_TABLES: readonly SettingsTable[] = [CHECK, BUMP, DIGESTS, PUBLISH, RELEASE, PROMOTE, HYDRATE];
