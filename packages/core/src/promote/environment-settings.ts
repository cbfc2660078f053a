// promote's settings an environment may set — auto-merge, values-drift and validate of the target, min-soak and
// wait of the source — resolved once per environment of the request by settings/read.ts, the one precedence
// of every operation: the input > the key under that environment > the key at the top of the file > the
// table's default (values-drift's decided by the environment's protected). Their names and types are the
// table's (settings/table-promote.ts): a key with `where: 'environment'` is here without a line of its own.

import { scoped, type ResolvedOf } from '../settings/read.ts';
import { PROMOTE } from '../settings/table-promote.ts';

/** promote's config-backed settings an environment may set: resolved per environment. */
export const PROMOTE_PER_ENVIRONMENT = scoped(PROMOTE, 'environment');

/** promote's other config-backed settings (notify-pulls, commit-mode): resolved once for the run. */
export const PROMOTE_PER_RUN = scoped(PROMOTE, 'top');

/**
 * An environment's promote settings, as every step reads them: into it, auto-merge (never for a protected
 * environment), values-drift and validate (promote/validate.ts); from it, min-soak (ms; absent: no soak) and wait.
 */
export type EnvironmentSettings = ResolvedOf<typeof PROMOTE_PER_ENVIRONMENT>;

/** The run's settings the config backs at its top: notify-pulls and commit-mode. */
export type RunSettings = ResolvedOf<typeof PROMOTE_PER_RUN>;

/** What a key the target's values file sets and the promoted chart no longer has does. */
export type ValuesDriftMode = EnvironmentSettings['valuesDrift'];

/** The settings of environment `name` of the request (a programming error when the request did not resolve it). */
export function environmentSettings(
  req: { settingsByEnvironment: Readonly<Record<string, EnvironmentSettings>> },
  name: string,
): EnvironmentSettings {
  const r = req.settingsByEnvironment[name];
  if (!r) throw new Error(`environment ${name} has no resolved settings`);
  return r;
}
