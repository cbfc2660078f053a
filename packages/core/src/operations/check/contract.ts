// chart-bump-check's values contract (issue 74): for each environment the
// check renders, every key its values files set that no template of the chart
// (its subcharts, global) reads is a finding at the key's line, with the
// nearest key the chart reads (checks/values-contract.ts). Each environment's
// `values-contract` decides what a finding does: error fails the check, warn
// annotates it, off skips the environment.

import type { Config, EnvironmentConfig } from '../../config/config.ts';
import type { Problem } from '../../checks/problem.ts';
import type { ContractCache, EnvironmentContract } from '../../checks/values-contract.ts';
import { settingsFor } from '../../settings/read.ts';
import { CHECK } from '../../settings/table-check.ts';
import type { ChartSide } from './render-inputs.ts';

/** One environment's values contract in `lockstep check --json`: per values file, the keys checked, unread and not traced. */
export interface ValuesContractSection {
  /** The environment as the rendered section names it (`prod`, `prod (api)`). */
  environment: string;
  mode: 'error' | 'warn';
  chart: string;
  files: { file: string; checked: number; unread: number; notTraced: number }[];
  /** Why the chart's templates or the values could not be read (the finding says it at its line). */
  failed?: string;
}

type Judge = (
  dir: string,
  files: ReadonlyMap<string, string>,
  valueFiles: readonly { path: string; text: string }[],
  cache: ContractCache,
) => Promise<EnvironmentContract>;

/** Collects each rendered environment's values contract as the check's problems and its JSON sections. */
export class CheckContract {
  readonly problems: Problem[] = [];
  readonly sections: ValuesContractSection[] = [];
  private readonly config: Config;
  private readonly given: 'error' | 'warn' | 'off' | undefined;
  private readonly judgeWith: Judge;
  /** The charts judged in this run, read once for all their environments. */
  private readonly cache: ContractCache = new Map();

  constructor(config: Config, given: 'error' | 'warn' | 'off' | undefined, judge: Judge) {
    this.config = config;
    this.given = given;
    this.judgeWith = judge;
  }

  /** The environment's mode: the input, its values-contract, the top's, else error when protected, warn otherwise. */
  modeOf(environment: EnvironmentConfig): 'error' | 'warn' | 'off' {
    return settingsFor(CHECK, { valuesContract: this.given }, this.config, { environment: environment.name }).valuesContract;
  }

  /** Judges the values files the head's render of `environment` (`label`) reads against the chart at `dir`. */
  async judge(environment: EnvironmentConfig, label: string, chart: string, dir: string, head: ChartSide): Promise<void> {
    const mode = this.modeOf(environment);
    if (mode === 'off' || 'unavailable' in head.side || !('files' in head.side.chart) || !head.valueFiles?.length) return;
    const found = await this.judgeWith(dir, head.side.chart.files, head.valueFiles, this.cache);
    const level = mode === 'error' ? 'error' : 'warning';
    const otherwise = `or set values-contract: ${mode === 'error' ? 'warn' : 'off'} for ${environment.name} in the config`;
    if ('failed' in found) {
      const e = found.failed;
      this.sections.push({ environment: label, mode, chart, files: [], failed: `${e.file ?? dir}:${e.line ?? 1}: ${e.detail}` });
      this.problems.push({
        level,
        file: e.file ?? dir,
        line: e.line,
        message: `values-contract: ${label}: chart ${chart}'s values keys could not be read: ${e.detail}`,
        hint: `${e.hint ?? 'fix the file'}, ${otherwise}`,
      });
      return;
    }
    const files = found.reports.map((r) => ({ file: r.file, checked: r.checked, unread: r.unread.length, notTraced: r.notTraced }));
    this.sections.push({ environment: label, mode, chart, files });
    for (const r of found.reports)
      for (const u of r.unread)
        this.problems.push({
          level,
          file: u.file,
          line: u.line,
          message: `values-contract: ${label}: ${u.key} is set, but no template of chart ${chart} reads it${
            u.suggestion ? `; did you mean ${u.suggestion}?` : ''
          }`,
          hint: `move it where the chart reads it or remove it, ${otherwise}`,
        });
  }
}
