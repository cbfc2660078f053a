// The values contract of a promotion (issue 74): when a promotion moves the target's chart version, the values the
// target sets once it lands — its values files (an Application's valueFiles of this repository), its inline
// helm.values / valuesObject and helm.parameters, a HelmRelease's spec.values and valuesFrom — are judged against
// the promoted chart version, read where values-drift reads it (values-drift.ts's chartLocator: its release tag,
// the chart folder at the promoted ref, its registry), by the check's own judge (values/environment-contract.ts):
// a key no template of that version (its subcharts, global) reads is named at its line with the nearest key it
// reads, and what its values.schema.json refuses in the merged values is named at the line that wrote the key. A
// key values-drift names already (the promoted version stops reading it) is not said twice. A promotion that moves
// no chart version changes nothing the contract judges (it writes tags and digests of keys the chart reads): the
// pull request check judged those values. `error` (the default for protected targets) refuses the promotion before
// anything is written, also when the promoted version cannot be read; `warn` annotates it and says it in the pull
// request; `off` skips it.

import { throwAll, UserError } from '../errors.ts';
import { configNameOf } from '../deploy/fleet.ts';
import { codeSpan, escapeMarkdown } from '../text/markdown.ts';
import type { ParseCache } from '../text/parse-cache.ts';
import type { ValuesDriftReport } from '../values/chart-drift.ts';
import { contractFindings, type ContractFinding, type ValuesContractReport } from '../values/contract-words.ts';
import type { ValuesSource } from '../values/values-origin.ts';
import { deploymentOf } from '../deploy/kind.ts';
import { readAfterPlan, type PromotionPlan } from './plan.ts';
import type { PromoteWorld } from './ports.ts';
import type { PromoteRequest, Route } from './request.ts';
import { chartLocator, type Found } from './values-drift.ts';

/**
 * The target's values judged against the promoted chart version; undefined when the plan moves no chart version, the
 * mode is off, or the target has no Application or HelmRelease. In error mode every finding is a UserError at its line,
 * thrown together (and a version that cannot be read is one at the chart version's line).
 */
export async function checkValuesContract(
  req: PromoteRequest,
  route: Route,
  plan: PromotionPlan,
  ports: PromoteWorld,
  baseSha: string,
  drift: ValuesDriftReport | undefined,
  cache?: ParseCache,
): Promise<ValuesContractReport | undefined> {
  const mode = route.to.settings.valuesContract;
  if (mode === 'off' || !plan.chart) return undefined;
  const target = await promotedTarget(req, route, plan, ports, baseSha, cache);
  if (!target) return undefined;
  const { found, sources } = target;
  const { to } = route;
  const at = { file: plan.chart.file, line: plan.chart.line };
  const otherwise = `or set values-contract: ${mode === 'error' ? 'warn' : 'off'} for ${configNameOf(to)} in the config`;
  const chart = `${'chart' in found ? found.chart.name : found.name} ${found.version}`;
  const judged = 'chart' in found ? await judge(found, sources, to.helmVersion) : { unread: found.unread };
  if ('unread' in judged) {
    if (mode === 'error')
      throw new UserError(`values-contract: ${to.name}: ${judged.unread}`, {
        ...at,
        hint: `publish the chart version where lockstep reads it, ${otherwise}`,
      });
    return { mode, chart, checked: 0, notTraced: 0, findings: [], unread: judged.unread };
  }
  // values-drift names a key the promoted version stops reading (a map key: every key below it too): said once, in its words.
  const dropped = drift?.findings ?? [];
  const said = (f: ContractFinding) => dropped.some((d) => d.file === f.file && (f.key === d.key || f.key.startsWith(`${d.key}.`)));
  const findings = contractFindings(judged, to.name, chart).filter((f) => !said(f));
  if (mode === 'error')
    throwAll(
      findings.map(
        (f) => new UserError(f.message, { file: f.file, line: f.line, hint: `${f.hint} before promoting chart ${chart}, ${otherwise}` }),
      ),
    );
  const count = (k: 'checked' | 'notTraced') => judged.reports.reduce((n, r) => n + r[k], 0);
  return {
    mode,
    chart: `${chart} from ${(found as { where: string }).where}`,
    checked: count('checked'),
    notTraced: count('notTraced'),
    findings,
  };
}

/** The promoted version (values/environment-contract.ts's judgeChart, loaded only here: it compiles schemas) against the sources. */
async function judge(found: Extract<Found, { chart: unknown }>, sources: readonly ValuesSource[], helmVersion?: 3 | 4) {
  const { judgeChart } = await import('../values/environment-contract.ts');
  const dir = found.chart.folder ? '' : `${found.chart.name}-${found.version}`;
  try {
    const r = await judgeChart({ chart: found.chart }, dir, sources, { helm: helmVersion ?? 3 });
    return 'failed' in r ? { unread: unreadKeys(r.failed) } : r;
  } catch (e) {
    if (e instanceof UserError) return { unread: unreadKeys(e) };
    throw e;
  }
  function unreadKeys(e: UserError): string {
    return `chart ${found.chart.name} ${found.version}'s values keys could not be read: ${e.format()}`;
  }
}

/** The promoted chart version as values-drift finds it, and the values the target sets after the plan, in Helm's order. */
async function promotedTarget(
  req: PromoteRequest,
  route: Route,
  plan: PromotionPlan,
  ports: PromoteWorld,
  baseSha: string,
  cache?: ParseCache,
): Promise<{ found: Found; sources: ValuesSource[] } | undefined> {
  const { to } = route;
  const chart = plan.chart!;
  const at = { file: chart.file, line: chart.line };
  const readAfter = readAfterPlan(plan, (p) => ports.git.readAt(baseSha, p));
  // What the target's deployer pulls and the values it sets, as its kind reads them (deploy/model.ts setValues).
  const set = await deploymentOf(to)?.setValues(readAfter, req.charts, cache);
  if (!set) return undefined;
  const found = await chartLocator(req, set.source, ports, baseSha, to.values, at)(chart.new);
  return { found, sources: set.sources };
}

/** The report as Markdown for the pull request body and the job summary (every name and message escaped). */
export function valuesContractMarkdown(r: ValuesContractReport): string {
  const head = `**values-contract (${r.mode})** chart ${escapeMarkdown(r.chart)}:`;
  if (r.unread) return `${head} the target's values were not judged (${escapeMarkdown(r.unread)}).`;
  const traced = r.notTraced > 0 ? `; ${r.notTraced} read only through a computed name (not traced)` : '';
  if (r.findings.length === 0)
    return `${head} the promoted version reads every one of the ${r.checked} keys the target's values set${traced}.`;
  return [
    `${head} ${r.findings.length} finding${r.findings.length === 1 ? '' : 's'} in the ${r.checked} keys the target's values set${traced}; the promotion goes on (values-contract: warn).`,
    '',
    ...r.findings.map((f) => `- ${codeSpan(`${f.file}:${f.line}`)} ${escapeMarkdown(f.message)}`),
  ].join('\n');
}

/** The report's annotations: a warning per finding at its line; an unread version is one warning. */
export function valuesContractAnnotations(
  r: ValuesContractReport | undefined,
): { annotate: 'warning'; message: string; file?: string; line?: number }[] {
  if (!r) return [];
  const unread = r.unread ? [{ message: `values-contract: ${r.unread}; the target's values were not judged (values-contract: warn)` }] : [];
  const atLines = r.findings.map(({ message, file, line }) => ({ message, file, line }));
  return [...unread, ...atLines].map((f) => ({ annotate: 'warning' as const, ...f }));
}

/** The report for `lockstep promote --json`. */
export function valuesContractJson(r: ValuesContractReport): Record<string, unknown> {
  return {
    mode: r.mode,
    chart: r.chart,
    checked: r.checked,
    'not-traced': r.notTraced,
    unread: r.unread ?? null,
    findings: r.findings.map((f) => ({ file: f.file, line: f.line, key: f.key, message: f.message })),
  };
}
