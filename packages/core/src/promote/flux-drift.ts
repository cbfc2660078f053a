// values-drift for an environment deployed by a Flux HelmRelease: when the
// promotion moves its chart version (spec.chart.spec.version, or the
// OCIRepository's tag and digest), the values the environment sets — the
// spec.values of its HelmRelease (the patch and the base it patches) and the
// values files of the ConfigMaps its spec.valuesFrom takes from the
// repository — are judged against the chart version it runs and the one
// promoted, each read from the HelmRelease's own source (flux-release.ts): an
// OCI HelmRepository or OCIRepository (by its digest when it pins one), a
// classic https HelmRepository (index.yaml, digest checked), or, as for an
// Application, the chart's release tag or folder in this repository.

import type { ParseCache } from '../text/parse-cache.ts';
import { type ValuesDriftReport } from '../values/chart-drift.ts';
import { compareDrift } from '../values/contract-drift.ts';
import { fluxRef, readFluxRelease, specValues } from '../deploy/flux/flux-release.ts';
import { readAfterPlan, type PromotionPlan } from './plan.ts';
import type { PromoteWorld } from './ports.ts';
import type { PromoteRequest, Route } from './request.ts';
import { chartLocator, driftOutcome } from './values-drift.ts';

/** The comparison for a Flux environment whose chart version the plan moves; undefined when it moves none or the mode is off. */
export async function fluxValuesDrift(
  req: PromoteRequest,
  route: Route,
  plan: PromotionPlan,
  ports: PromoteWorld,
  baseSha: string,
  cache?: ParseCache,
): Promise<ValuesDriftReport | undefined> {
  const mode = route.to.settings.valuesDrift;
  const { to } = route;
  const env = fluxRef(to);
  if (mode === 'off' || !plan.chart || !env) return undefined;
  const readBase = (p: string) => ports.git.readAt(baseSha, p);
  const readAfter = readAfterPlan(plan, readBase);
  const [was, now] = await Promise.all([readFluxRelease(env, readBase, cache), readFluxRelease(env, readAfter, cache)]);
  const at = { file: plan.chart.file, line: plan.chart.line };
  const [current, promoted] = await Promise.all([
    chartLocator(req, was.source, ports, baseSha, to.values, at)(plan.chart.old),
    chartLocator(req, now.source, ports, baseSha, to.values, at)(plan.chart.new),
  ]);
  // The texts after the plan: what the environment will set once the promotion lands.
  const texts = new Map<string, string>();
  for (const d of now.documents) texts.set(d.file, (await readAfter(d.file)) ?? '');
  return driftOutcome(mode, plan.chart, current, promoted, (charts) => {
    const findings: ValuesDriftReport['findings'] = [];
    const notCompared: ValuesDriftReport['notCompared'] = [];
    const add = (r: Pick<ValuesDriftReport, 'findings' | 'notCompared'>) => {
      findings.push(...r.findings);
      notCompared.push(...r.notCompared);
    };
    for (const d of now.documents) {
      const text = texts.get(d.file)!;
      const values = specValues(text, d.file, d.document, cache);
      if (values() !== undefined) add(compareDrift(text, d.file, charts, values, cache));
    }
    // A ConfigMap's values file (a configMapGenerator's) is a values file of its own.
    for (const v of now.values) if (v.plain && v.path !== undefined) add(compareDrift(v.text, v.path, charts, undefined, cache));
    return { findings, notCompared };
  });
}
