// chart-bump-check's schema validation of what each environment would receive:
// the after side of every environment it renders (render.ts, render-overlays.ts),
// validated offline (validate/) for the environment's kube-version, with the
// CRDs of the chart's crds/, of the render and of the config's crds: files at
// the head. Each environment's `validate` decides what a finding does: error
// fails the check, warn annotates it, off skips the environment.

import { configLine, type Config, type EnvironmentConfig } from '../../config/config.ts';
import { configNameOf } from '../../deploy/fleet.ts';
import type { Problem } from '../../checks/problem.ts';
import type { RenderOutcome } from '../../render/cached.ts';
import { settingsFor } from '../../settings/read.ts';
import { CHECK } from '../../settings/table-check.ts';
import { globMatcher } from '../../text/glob.ts';
import { validateEnvironment, type CrdText } from '../../validate/environment.ts';
import { preloadKindsOf } from '../../validate/kube.ts';
import type { ValidateMode } from '../../validate/validate.ts';

/** Collects each rendered environment's validation as the check's problems. */
export class CheckValidation {
  readonly problems: Problem[] = [];
  private configCrds: Promise<CrdText[]> | undefined;
  private readonly config: Config;
  private readonly given: ValidateMode | undefined;
  /** The config's crds: files, read once when the first environment is validated (`where`: the key's line, for a bad glob). */
  private readonly readConfigCrds: (globs: readonly string[], where: { file?: string; line?: number }) => Promise<CrdText[]>;

  constructor(
    config: Config,
    given: ValidateMode | undefined,
    readConfigCrds: (globs: readonly string[], where: { file?: string; line?: number }) => Promise<CrdText[]>,
  ) {
    this.config = config;
    this.given = given;
    this.readConfigCrds = readConfigCrds;
  }

  /** The environment's mode: the input, its validate, the top's, else error when protected, warn otherwise. */
  modeOf(environment: EnvironmentConfig): ValidateMode {
    return settingsFor(CHECK, { validate: this.given }, this.config, { environment: environment.name }).validate;
  }

  /**
   * Starts loading the schemas of the kinds the environment's before side holds when it will be validated: called as
   * its render starts, so they load once that side is parsed, while the after side's renderer runs.
   */
  prepare(environment: EnvironmentConfig, before: Promise<RenderOutcome> | undefined): void {
    if (this.modeOf(environment) !== 'off') preloadKindsOf(before);
  }

  /**
   * Validates one environment's after side (`label` names it in the findings); a side that did not render
   * is not validated here (the render's own line says it).
   */
  async after(environment: EnvironmentConfig, label: string, outcome: RenderOutcome, chartCrds: readonly CrdText[]): Promise<void> {
    const mode = this.modeOf(environment);
    if (mode === 'off' || !outcome.ok) return;
    const crds = [...(await (this.configCrds ??= this.readConfigCrdsOnce())), ...chartCrds];
    const found = await validateEnvironment(outcome.objects.values(), crds, environment.kubeVersion);
    const level = mode === 'error' ? 'error' : 'warning';
    const hint = `fix what renders it, or set validate: ${mode === 'error' ? 'warn' : 'off'} for ${configNameOf(environment)} in the config`;
    const at = { file: this.config.file ?? '', line: this.envLine(environment) };
    if (found.failed) this.problems.push({ level, ...at, message: `${label}: schema validation could not run: ${found.failed}` });
    for (const f of found.findings) this.problems.push({ level, file: '', message: `${label}: ${f}`, hint });
    if (found.unvalidated) this.problems.push({ level: 'warning', ...at, message: `${label}: ${found.unvalidated}` });
  }

  private envLine(environment: EnvironmentConfig): number | undefined {
    return configLine(this.config, ['environments', this.config.environments.indexOf(environment)]);
  }

  private async readConfigCrdsOnce(): Promise<CrdText[]> {
    const globs = this.config.crds ?? [];
    return globs.length > 0 ? this.readConfigCrds(globs, { file: this.config.file, line: configLine(this.config, ['crds']) }) : [];
  }
}

/** The files under `paths` that the config's crds: globs match, as `read` gives them. */
export async function crdFiles(
  globs: readonly string[],
  paths: readonly string[],
  read: (path: string) => Promise<string | undefined>,
  where: { file?: string; line?: number },
): Promise<CrdText[]> {
  const match = globMatcher(globs, { key: 'crds', ...where });
  const hits = paths.filter((p) => match(p));
  const texts = await Promise.all(hits.map(read));
  return hits.flatMap((from, i) => (texts[i] === undefined ? [] : [{ from, text: texts[i] }]));
}
