// chart-bump-check's values contract (issue 74): for each environment the
// check reads, every key its values (files, an Application's inline values, a
// HelmRelease's spec.values and valuesFrom) set that no template of the chart
// (its subcharts, global) reads is a finding at the key's line, with the
// nearest key the chart reads; every thing the chart's values.schema.json
// refuses in the merged values, as Helm would, is one at the line that wrote
// the key (values/environment-contract.ts). Each environment's `values-contract`
// decides what a finding does: error fails the check, warn annotates it, off
// skips the environment. An environment whose chart cannot be read is said
// not judged, with why: an error in error mode (the guard fails closed).
// On a pull request that changes the chart, a key its own values.yaml sets
// that its schema does not declare is a warning.

import type { Config, EnvironmentConfig } from '../../config/config.ts';
import { configNameOf } from '../../deploy/fleet.ts';
import type { Problem } from '../../checks/problem.ts';
import type { ContractCache, ContractOptions, EnvironmentContract } from '../../values/environment-contract.ts';
import { contractFindings } from '../../values/contract-words.ts';
import type { ValuesSource } from '../../values/values-origin.ts';
import { settingsFor } from '../../settings/read.ts';
import { CHECK } from '../../settings/table-check.ts';
import type { ChartSide } from './chart-resolver.ts';

/** One environment's values contract in `lockstep check --json`: per values source, the keys checked, unread and not traced; the schema's findings. */
export interface ValuesContractSection {
  /** The environment as the rendered section names it (`prod`, `prod (api)`). */
  environment: string;
  mode: 'error' | 'warn';
  chart: string;
  files: { file: string; label?: string; checked: number; unread: number; notTraced: number }[];
  /** What the chart's values.schema.json refuses in the merged values (at the line that wrote each key). */
  schema: { file: string; line: number; key: string; message: string }[];
  /** Keys the chart's own values.yaml sets that its schema does not declare (a pull request that changes the chart). */
  undeclared: { file: string; line: number; key: string }[];
  /** Why the chart's templates, its schema or the values could not be read (the finding says it at its line). */
  failed?: string;
}

/** The environment's chart as the check read it: its folder's files, or why it could not be read. */
export type ContractChart = { files: ReadonlyMap<string, string> } | { unavailable: string; file?: string; line?: number };

/** What the values contract reads of a side the check read (render-inputs.ts): the chart's files and the values in Helm's order. */
export function sideContract(h: ChartSide, file?: string): { chart: ContractChart; sources: ValuesSource[] } {
  if ('unavailable' in h.side) return { chart: { unavailable: h.side.unavailable, ...(file ? { file } : {}) }, sources: [] };
  if (!('files' in h.side.chart))
    return {
      chart: { unavailable: 'the chart is a packaged archive, not a folder of this repository', ...(file ? { file } : {}) },
      sources: [],
    };
  return { chart: { files: h.side.chart.files }, sources: sideSources(h) };
}

/** The values a side gives its chart, as the values contract reads them: its values files of this repository, then its inline values. */
export function sideSources(h: ChartSide): ValuesSource[] {
  return [...(h.valueFiles ?? []).map((v) => ({ file: v.path, text: v.text })), ...(h.inline ?? [])];
}

type Judge = (
  dir: string,
  files: ReadonlyMap<string, string>,
  sources: readonly ValuesSource[],
  cache: ContractCache,
  options?: ContractOptions,
) => Promise<EnvironmentContract>;

/** Collects each environment's values contract as the check's problems and its JSON sections. */
export class CheckContract {
  readonly problems: Problem[] = [];
  readonly sections: ValuesContractSection[] = [];
  private readonly config: Config;
  private readonly given: 'error' | 'warn' | 'off' | undefined;
  private readonly judgeWith: Judge;
  /** The charts judged in this run, read once for all their environments. */
  private readonly cache: ContractCache = new Map();
  /** The environments judged, by label: one judged by its render is not judged again without it. */
  private readonly judged = new Set<string>();
  /** The chart folders whose undeclared keys were said (once per chart, not per environment). */
  private readonly declaredSaid = new Set<string>();

  constructor(config: Config, given: 'error' | 'warn' | 'off' | undefined, judge: Judge) {
    this.config = config;
    this.given = given;
    this.judgeWith = judge;
  }

  /** The environment's mode: the input, its values-contract, the top's, else error when protected, warn otherwise. */
  modeOf(environment: EnvironmentConfig): 'error' | 'warn' | 'off' {
    return settingsFor(CHECK, { valuesContract: this.given }, this.config, { environment: environment.name }).valuesContract;
  }

  /** Whether the environment labelled `label` was judged already in this run. */
  has(label: string): boolean {
    return this.judged.has(label);
  }

  /**
   * Judges the values `sources` (Helm's order) of `environment` (`label`) against `chart` read at `dir`; `changed`
   * when the pull request changes that chart (its undeclared keys are said); `rendered` when a render of the same side
   * already says why it cannot be read (a protected environment's render guard fails it closed: said once); `helm`, the
   * version of the Helm that rendered it.
   */
  async judge(
    environment: EnvironmentConfig,
    label: string,
    name: string,
    dir: string,
    chart: ContractChart,
    sources: readonly ValuesSource[],
    { changed = false, rendered = false, helm }: { changed?: boolean; rendered?: boolean; helm?: string } = {},
  ): Promise<void> {
    const mode = this.modeOf(environment);
    if (mode === 'off' || this.judged.has(label)) return;
    this.judged.add(label);
    if ('unavailable' in chart) {
      const why = { file: chart.file ?? dir, line: chart.line ?? 1, detail: chart.unavailable };
      return this.notJudged(environment, label, name, mode, why, rendered && (environment.protected || mode === 'warn'));
    }
    if (sources.length === 0) return;
    // The schema is read as the Helm that renders the environment reads it: its helm-version, else the render's Helm, else 3.
    const major = environment.helmVersion ?? (helm?.startsWith('4.') ? 4 : 3);
    const options = { helm: major, undeclared: changed };
    const found = await this.judgeWith(dir, chart.files, sources, this.cache, options);
    if ('failed' in found) {
      const e = found.failed;
      return this.notJudged(
        environment,
        label,
        name,
        mode,
        { file: e.file ?? dir, line: e.line ?? 1, detail: e.detail, hint: e.hint },
        false,
      );
    }
    const level = mode === 'error' ? 'error' : 'warning';
    const otherwise = this.otherwise(environment, mode);
    const files = found.reports.map((r) => ({
      file: r.file,
      ...(r.label ? { label: r.label } : {}),
      checked: r.checked,
      unread: r.unread.length,
      notTraced: r.notTraced,
    }));
    const schema = found.schema.map(({ file, line, key, message }) => ({ file, line, key, message }));
    const undeclared = found.undeclared.map(({ file, line, key }) => ({ file, line, key }));
    this.sections.push({ environment: label, mode, chart: name, files, schema, undeclared });
    for (const f of contractFindings(found, label, name))
      this.problems.push({ level, file: f.file, line: f.line, message: f.message, hint: `${f.hint}, ${otherwise}` });
    if (this.declaredSaid.has(dir)) return;
    this.declaredSaid.add(dir);
    for (const u of found.undeclared)
      this.problems.push({
        level: 'warning',
        file: u.file,
        line: u.line,
        message: `values-contract: chart ${name} sets ${u.key} in its values.yaml, but its values.schema.json does not declare it`,
        hint: 'declare it in values.schema.json (under properties), or remove it from values.yaml',
      });
  }

  /**
   * An environment whose values contract could not be judged: said in its section, and as a finding (an error in error
   * mode: the guard fails closed) unless `sectionOnly` (its render's guard says it already).
   */
  private notJudged(
    environment: EnvironmentConfig,
    label: string,
    name: string,
    mode: 'error' | 'warn',
    why: { file: string; line: number; detail: string; hint?: string },
    sectionOnly: boolean,
  ): void {
    this.sections.push({
      environment: label,
      mode,
      chart: name,
      files: [],
      schema: [],
      undeclared: [],
      failed: `${why.file}:${why.line}: ${why.detail}`,
    });
    if (sectionOnly) return;
    this.problems.push({
      level: mode === 'error' ? 'error' : 'warning',
      file: why.file,
      line: why.line,
      message: `values-contract: ${label}: chart ${name}'s values keys could not be read: ${why.detail}`,
      hint: `${why.hint ?? 'fix the file'}, ${this.otherwise(environment, mode)}`,
    });
  }

  private otherwise(environment: EnvironmentConfig, mode: 'error' | 'warn'): string {
    return `or set values-contract: ${mode === 'error' ? 'warn' : 'off'} for ${configNameOf(environment)} in the config`;
  }
}
