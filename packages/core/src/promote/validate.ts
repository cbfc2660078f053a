// promote-env's schema validation of the target as the merge would leave it:
// the after side of the target's render (render.ts, render-overlay.ts), checked
// offline (validate/) for the target's kube-version with the CRDs of the chart's
// crds/, of the render and of the config's crds: files at the base. The target's
// `validate` decides: error refuses the promotion before anything is written,
// warn says each finding as the plan's warning, off skips it.

import { UserError, UserErrors } from '../errors.ts';
import type { ChartInput } from '../render/render.ts';
import type { RenderOutcome } from '../render/cached.ts';
import { globMatcher } from '../text/glob.ts';
import { chartCrds, validateEnvironment, type CrdText } from '../validate/environment.ts';
import { preloadKindsOf } from '../validate/kube.ts';
import type { PromoteWorld } from './ports.ts';
import type { PromoteRequest, Route } from './request.ts';

/**
 * Starts loading the schemas of the kinds the target's before side holds when the target will be validated: called
 * as its render starts, so they load once that side is parsed, while the after side's renderer runs.
 */
export function prepareValidation(route: Route, before: Promise<RenderOutcome> | undefined): void {
  if (route.to.settings.validate !== 'off') preloadKindsOf(before);
}

/**
 * Validates the target's rendered after side; returns the warnings to say (warn mode, and the kinds
 * no schema describes), throws the findings at `where` in error mode. A side that did not render is
 * the render's to say.
 */
export async function validateTarget(
  req: PromoteRequest,
  route: Route,
  outcome: RenderOutcome,
  chart: ChartInput | undefined,
  ports: PromoteWorld,
  baseSha: string,
  where: { file: string; line?: number },
): Promise<string[]> {
  const { to } = route;
  const mode = to.settings.validate;
  if (mode === 'off' || !outcome.ok) return [];
  const crds = [...(chart && 'files' in chart ? chartCrds(chart.files) : []), ...(await configCrds(req, ports, baseSha))];
  const found = await validateEnvironment(outcome.objects.values(), crds, to.kubeVersion);
  const lines = [...(found.failed ? [`schema validation could not run: ${found.failed}`] : []), ...found.findings];
  const note = found.unvalidated ? [`${to.name}: ${found.unvalidated}`] : [];
  if (mode === 'warn' || lines.length === 0) return [...lines.map((l) => `${to.name}: ${l}`), ...note];
  const hint = `fix what renders it, or set validate: warn under ${to.name} in the config; nothing was written`;
  const errors = lines.map((l) => new UserError(`validate: ${to.name}: ${l}`, { ...where, hint }));
  throw errors.length === 1 ? errors[0] : new UserErrors(errors);
}

/** The files the config's crds: globs match at the base. */
async function configCrds(req: PromoteRequest, ports: PromoteWorld, baseSha: string): Promise<CrdText[]> {
  if (!req.crds) return [];
  const match = globMatcher(req.crds.globs, { key: 'crds', file: req.configFile, line: req.crds.line });
  const paths = ((await ports.git.listFiles(baseSha)) ?? []).filter((p) => match(p));
  const texts = await Promise.all(paths.map((p) => ports.git.readAt(baseSha, p)));
  return paths.flatMap((from, i) => (texts[i] === undefined ? [] : [{ from, text: texts[i] }]));
}
