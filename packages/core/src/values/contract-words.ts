// The values contract's findings in words (issue 74): the check's problems and a promotion's refusals and
// warnings say an unread key and a schema finding alike. Kept apart from environment-contract.ts, which loads
// the schema compiler: a command that finds nothing to judge does not load it.

import type { EnvironmentContract } from './environment-contract.ts';

/** One finding of an environment's contract as every command says it: the check's problem, a promotion's refusal or warning. */
export interface ContractFinding {
  file: string;
  line: number;
  key: string;
  message: string;
  /** What to do, ending before the mode's way out (the caller adds it: `or set values-contract: …`). */
  hint: string;
}

/**
 * The unread keys and schema findings of `found` in words: `label` names the environment (`prod`, `prod (api)`),
 * `chart` the chart as judged (`api`, `api 2.0.0`). The check and a promotion say them alike.
 */
export function contractFindings(
  found: Pick<Extract<EnvironmentContract, { reports: unknown }>, 'reports' | 'schema'>,
  label: string,
  chart: string,
): ContractFinding[] {
  const out: ContractFinding[] = [];
  for (const r of found.reports)
    for (const u of r.unread)
      out.push({
        file: u.file,
        line: u.line,
        key: u.key,
        message: `values-contract: ${label}: ${u.key} is set${r.label ? ` in ${r.label}` : ''}, but no template of chart ${chart} reads it${
          u.suggestion ? `; did you mean ${u.suggestion}?` : ''
        }`,
        hint: 'move it where the chart reads it or remove it',
      });
  for (const f of found.schema)
    out.push({
      file: f.file,
      line: f.line,
      key: f.key,
      message: `values-contract: ${label}: ${f.unjudged ? f.message : `chart ${chart}'s values.schema.json refuses ${f.message}: Helm would not install these values`}`,
      hint: f.unjudged ? 'make the schema one lockstep can read' : 'set a value the schema takes',
    });
  return out;
}

/** What the contract said of a promotion's target: its findings (warn mode), or why the promoted version was not judged. */
export interface ValuesContractReport {
  mode: 'error' | 'warn';
  /** The promoted chart version judged against (`api 2.0.0 from charts/api at tag api-2.0.0`). */
  chart: string;
  checked: number;
  notTraced: number;
  findings: ContractFinding[];
  /** Why the promoted version's keys could not be read; nothing was judged. */
  unread?: string;
}
