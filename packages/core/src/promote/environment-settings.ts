// promote's settings an environment may set — auto-merge, values-drift and validate of the target, min-soak and
// wait of the source — resolved once per environment of the request by settings/resolve.ts, the one
// precedence of every operation: the input > the key under that environment > the key at the top of
// the file > the table's default (values-drift's decided by the environment's protected). Each is read
// here, at the environment where it applies, never again with a precedence of its own.

import type { Config } from '../config/config.ts';
import { resolveSettings, valueOf, type ResolvedSettings } from '../settings/resolve.ts';
import { PROMOTE } from '../settings/table-promote.ts';
import type { SettingsTable } from '../settings/table.ts';
import type { ValidateMode } from '../validate/validate.ts';

/** promote's config-backed settings an environment may set: resolved per environment. */
export const PROMOTE_PER_ENVIRONMENT: SettingsTable = {
  ...PROMOTE,
  settings: PROMOTE.settings.filter((s) => s.config?.where === 'environment'),
};

/** promote's other config-backed settings (notify-pulls, commit-mode): resolved once for the run. */
export const PROMOTE_PER_RUN: SettingsTable = {
  ...PROMOTE,
  settings: PROMOTE.settings.filter((s) => s.config !== undefined && s.config.where !== 'environment'),
};

/** What a key the target's values file sets and the promoted chart no longer has does. */
export type ValuesDriftMode = 'error' | 'warn' | 'off';

/** The inputs that override an environment's keys, as the request read them (undefined: not given). */
export interface EnvironmentInputs {
  autoMerge?: boolean;
  valuesDrift?: ValuesDriftMode;
  validate?: ValidateMode;
  /** ms */
  minSoak?: number;
  wait?: 'refuse' | 'draft';
}

/** Each named environment's settings, resolved once: what the request carries in `settingsByEnvironment`. */
export function resolveEnvironments(
  config: Config,
  names: readonly string[],
  i: EnvironmentInputs,
): Readonly<Record<string, ResolvedSettings>> {
  const given = { 'auto-merge': i.autoMerge, 'values-drift': i.valuesDrift, validate: i.validate, 'min-soak': i.minSoak, wait: i.wait };
  return Object.fromEntries(names.map((name) => [name, resolveSettings(PROMOTE_PER_ENVIRONMENT, given, config, { environment: name })]));
}

/** An environment's promote settings, as every step reads them. */
export interface EnvironmentSettings {
  /** Into it: enable auto-merge on the pull request (never for a protected environment). */
  autoMerge: boolean;
  /** Into it: what a key its values file sets and the promoted chart no longer reads does. */
  valuesDrift: ValuesDriftMode;
  /** Into it: what a rendered object that fails schema validation does (promote/validate.ts). */
  validate: ValidateMode;
  /** From it: how long (ms) a pin stays here on the base branch before it is promoted onward; undefined: no soak. */
  minSoak?: number;
  /** From it: what a promotion before min-soak has passed does. */
  wait: 'refuse' | 'draft';
}

/** The settings of environment `name` of the request (a programming error when the request did not resolve it). */
export function environmentSettings(
  req: { settingsByEnvironment: Readonly<Record<string, ResolvedSettings>> },
  name: string,
): EnvironmentSettings {
  const r = req.settingsByEnvironment[name];
  if (!r) throw new Error(`environment ${name} has no resolved settings`);
  const minSoak = valueOf<number | undefined>(r, 'min-soak');
  return {
    autoMerge: valueOf<boolean>(r, 'auto-merge'),
    valuesDrift: valueOf<ValuesDriftMode>(r, 'values-drift'),
    validate: valueOf<ValidateMode>(r, 'validate'),
    ...(minSoak !== undefined ? { minSoak } : {}),
    wait: valueOf<'refuse' | 'draft'>(r, 'wait'),
  };
}
