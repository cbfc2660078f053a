// hydrate's schema validation of what it writes: each environment's render at the DRY commit validated offline
// (validate/environment.ts, as check and promote validate theirs) for the environment's kube-version, with the
// CRDs the render holds and those of the config's crds: files at that commit. The environment's `validate`
// decides: error refuses the run before anything is written (every environment's findings at once), warn says
// each finding as a warning and writes, off skips it; default error when protected, warn otherwise.

import { configLine, type Config, type EnvironmentConfig } from '../../config/config.ts';
import type { DeployedEnvironment } from '../../deploy/model.ts';
import { UserError } from '../../errors.ts';
import type { RenderedObject } from '../../render/objects.ts';
import { settingsFor } from '../../settings/read.ts';
import { VALIDATE_KEY, type SettingsTable } from '../../settings/table.ts';
import { validateEnvironment, type CrdText } from '../../validate/environment.ts';
import type { ValidateMode } from '../../validate/validate.ts';
import { crdFiles } from '../check/validate.ts';

/** hydrate has no validate input (table-hydrate.ts's reads): the config's key alone, resolved by the one precedence (environment > top > default). */
const HYDRATE_VALIDATE = {
  operation: 'hydrate',
  action: 'hydrate-env',
  settings: [{ input: 'validate', kind: 'choice', choices: ['error', 'warn', 'off'], config: VALIDATE_KEY, docs: VALIDATE_KEY.docs }],
} as const satisfies SettingsTable;

/** The files of a commit, as the planner reads them. */
export interface CommitFiles {
  list(dir: string): Promise<string[] | undefined>;
  read(path: string): Promise<string | undefined>;
}

/** Validates one rendered environment (or one app of an environment of many apps); gives the refusals of error mode. */
export type HydrateValidator = (
  c: { e: EnvironmentConfig; index: number },
  e: DeployedEnvironment,
  objects: Iterable<RenderedObject>,
  files: CommitFiles,
) => Promise<UserError[]>;

/** The validator of a hydration: warnings go to `warn`; the config's crds: files read once per commit. */
export function hydrateValidator(config: Config, warn: (line: string) => void): HydrateValidator {
  const crds = new Map<CommitFiles, Promise<CrdText[]>>();
  const crdsOf = (files: CommitFiles) => {
    let found = crds.get(files);
    if (!found) {
      const globs = config.crds ?? [];
      const where = { file: config.file, line: configLine(config, ['crds']) };
      found = globs.length === 0 ? Promise.resolve([]) : files.list('').then((paths) => crdFiles(globs, paths ?? [], files.read, where));
      crds.set(files, found);
    }
    return found;
  };
  return async (c, e, objects, files) => {
    const mode: ValidateMode = settingsFor(HYDRATE_VALIDATE, {}, config, { environment: c.e.name }).validate;
    if (mode === 'off') return [];
    const found = await validateEnvironment(objects, await crdsOf(files), c.e.kubeVersion);
    const lines = [...(found.failed ? [`schema validation could not run: ${found.failed}`] : []), ...found.findings];
    if (found.unvalidated) warn(`validate: ${e.name}: ${found.unvalidated}`);
    if (mode === 'warn' || lines.length === 0) {
      for (const l of lines) warn(`validate: ${e.name}: ${l}`);
      return [];
    }
    const at = { file: config.file, line: configLine(config, ['environments', c.index]) };
    const hint = `fix what renders it, or set validate: warn under ${c.e.name} in the config; nothing was pushed`;
    return lines.map((l) => new UserError(`validate: ${e.name}: ${l}`, { ...at, hint }));
  };
}
