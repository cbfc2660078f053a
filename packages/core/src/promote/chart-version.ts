// The chart version a promotion writes into the target's Application, checked
// before anything is written: an explicit chart-version must be a released
// version (its release tag `<chart>-<version>` in the repository promoted in,
// or its chart in the registry: the Application's OCI repoURL, else the
// config's chart-registry), and is said in the pull request when it is not
// what the source runs; a promotion that lowers the target's chart version is
// refused unless it is a rollback (`from: ref:…`) or allow-chart-downgrade.

import compare from 'semver/functions/compare.js';
import valid from 'semver/functions/valid.js';
import validRange from 'semver/ranges/valid.js';
import { UserError } from '../errors.ts';
import { chartTag } from '../registry/chart-push.ts';
import { readAfterPlan, type PromotionPlan } from './plan.ts';
import type { PromoteWorld } from './ports.ts';
import type { PromoteRequest, Route } from './request.ts';
import { chartMeta, join } from '../values/chart-files.ts';
import { readChartArchive } from '../charts/archive.ts';
import { repositoryChart } from './chart-repository.ts';
import { fluxRef, readFluxRelease } from '../deploy/flux/flux-release.ts';
import { chartFolders, chartLocator } from './values-drift.ts';
import { chartSource } from '../deploy/argocd/chart-source.ts';
import { configuredRegistry, ociReference, type ChartSource } from '../deploy/chart-reference.ts';
import { resolvedChartVersion } from './chart-range.ts';
import { chartRevisionAt, deployerResource } from '../deploy/kind.ts';

/**
 * Checks the chart version `plan` writes; returns the notes the pull request
 * and the summary carry. Throws a UserError (nothing written yet) for an
 * explicit version that was never released or cannot be found, and for a
 * downgrade that is neither a rollback nor allowed.
 */
export async function checkChartVersion(
  req: PromoteRequest,
  route: Route,
  plan: PromotionPlan,
  ports: PromoteWorld,
  baseSha: string,
): Promise<string[]> {
  const { to } = route;
  if (!deployerResource(to)) return [];
  const notes: string[] = [];
  if (req.chartVersion !== undefined) notes.push(...(await explicitVersion(req, route, req.chartVersion, ports, baseSha)));
  const chart = plan.chart;
  const versions = chart ? await comparedVersions(req, route, chart, plan, ports, baseSha) : undefined;
  if (chart && versions && 'unread' in versions) notes.push(unjudged(req, route, chart, versions.unread));
  const judged = versions && !('unread' in versions) ? versions : undefined;
  if (chart && judged && compare(judged.new, judged.old) < 0) {
    const what = `chart ${chart.old} → ${chart.new}${judged.said} lowers the chart version ${to.name} runs`;
    if (req.from.kind === 'ref') notes.push(`Rollback: ${what}.`);
    else if (req.allowChartDowngrade) notes.push(`${what} (allow-chart-downgrade).`);
    else
      throw new UserError(`${what}`, {
        file: chart.file,
        line: chart.line,
        hint: 'roll back with from: ref:<tag-or-sha>, or set allow-chart-downgrade: true to lower it on purpose',
        cliHint: 'roll back with --from ref:<tag-or-sha>, or pass --allow-chart-downgrade to lower it on purpose',
      });
  }
  return notes;
}

/**
 * The two exact versions a chart change moves between, to be compared; undefined when either is no exact version.
 * Under a range an OCIRepository pins by spec.ref.digest, each side is the version of the artifact its digest names
 * (what source-controller pulls), read where values-drift reads it (its chartLocator, memoised per world), and said.
 */
async function comparedVersions(
  req: PromoteRequest,
  route: Route,
  chart: NonNullable<PromotionPlan['chart']>,
  plan: PromotionPlan,
  ports: PromoteWorld,
  baseSha: string,
): Promise<{ old: string; new: string; said: string } | { unread: string } | undefined> {
  if (valid(chart.old) && valid(chart.new)) return { old: chart.old, new: chart.new, said: '' };
  const flux = fluxRef(route.to);
  const readBase = (p: string) => ports.git.readAt(baseSha, p);
  // A range no digest pins: each side is the version its deployer pulls today, the range's highest match (chart-range.ts).
  if (chart.newDigest === undefined && chart.oldDigest === undefined) return rangeVersions(req, route, chart, plan, ports, readBase);
  if (chart.newDigest === undefined || chart.oldDigest === undefined || !flux) return undefined;
  const at = { file: chart.file, line: chart.line };
  const [was, now] = await Promise.all([readFluxRelease(flux, readBase), readFluxRelease(flux, readAfterPlan(plan, readBase))]);
  const [current, promoted] = await Promise.all([
    chartLocator(req, was.source, ports, baseSha, route.to.values, at)(chart.old),
    chartLocator(req, now.source, ports, baseSha, route.to.values, at)(chart.new),
  ]);
  // An artifact that cannot be read leaves no version to compare: values-drift: error refuses it, naming what it
  // tried; under warn or off, the downgrade check says it (unjudged).
  if (!('chart' in current) || !('chart' in promoted)) {
    if (route.to.settings.valuesDrift === 'error') return undefined;
    return { unread: [current, promoted].flatMap((f) => ('unread' in f ? [f.unread] : [])).join('; ') };
  }
  const said = ` (spec.ref.digest pins ${current.version} → ${promoted.version})`;
  return { old: current.version, new: promoted.version, said };
}

/**
 * The two versions of a chart change of which one side (or both) is a semver range no digest pins, each as its
 * deployer resolves it from the source it names on that side; undefined where a side is neither a version nor a
 * range, or its source is none lockstep can ask.
 */
async function rangeVersions(
  req: PromoteRequest,
  route: Route,
  chart: NonNullable<PromotionPlan['chart']>,
  plan: PromotionPlan,
  ports: PromoteWorld,
  readBase: (p: string) => Promise<string | undefined>,
): Promise<{ old: string; new: string; said: string } | { unread: string } | undefined> {
  // Neither a version nor a range on a side (a git revision): nothing to resolve, and nothing read for it.
  if (validRange(chart.old) === null || validRange(chart.new) === null) return undefined;
  const resource = deployerResource(route.to)!;
  const flux = fluxRef(route.to);
  const sourceAt = async (read: (p: string) => Promise<string | undefined>): Promise<ChartSource | undefined> => {
    if (flux) return (await readFluxRelease(flux, read)).source;
    const text = await read(resource.file);
    return text === undefined ? undefined : chartSource(text, resource.file, resource.name, req.charts);
  };
  const [was, now] = await Promise.all([sourceAt(readBase), sourceAt(readAfterPlan(plan, readBase))]);
  if (!was || !now) return undefined;
  const [old, promoted] = await Promise.all([resolvedChartVersion(was, chart.old, ports), resolvedChartVersion(now, chart.new, ports)]);
  if (!old || !promoted) return undefined;
  if ('unread' in old || 'unread' in promoted)
    return { unread: [old, promoted].flatMap((r) => ('unread' in r ? [r.unread] : [])).join('; ') };
  const said = [old.said, promoted.said].filter((s) => s !== undefined).join('; ');
  return { old: old.version, new: promoted.version, said: ` (${said})` };
}

/**
 * A side's chart that could not be read (a digest's artifact, a range's match; `unread` names the place tried and the registry's words): whether the
 * promotion lowers the chart is unknown. A protected target fails closed, refused at the chart's line, unless a lower
 * chart is fine anyway (a rollback, allow-chart-downgrade); another's promotion goes on, the note saying what was not judged.
 */
function unjudged(req: PromoteRequest, route: Route, chart: NonNullable<PromotionPlan['chart']>, unread: string): string {
  const what = `chart ${chart.old} → ${chart.new}: whether it lowers the chart version ${route.to.name} runs could not be judged (${unread})`;
  if (req.from.kind === 'ref') return `Rollback: ${what}.`;
  if (req.allowChartDowngrade) return `${what} (allow-chart-downgrade).`;
  if (route.to.protected)
    throw new UserError(what, {
      file: chart.file,
      line: chart.line,
      hint: `make the chart of both sides readable where lockstep pulls it (the registry's credentials in the Docker config), or set allow-chart-downgrade: true to promote ${route.to.name} without the check`,
      cliHint: `make the chart of both sides readable where lockstep pulls it (docker login to the registry), or pass --allow-chart-downgrade to promote ${route.to.name} without the check`,
    });
  return `${what}; promoted, ${route.to.name} being unprotected.`;
}

/** Why a classic repository gave no chart, for the places tried; a repository that refused lockstep (401/403) says nothing about the version, so its one line is the refusal. */
function notDenied(read: { tried: string; denied?: true }, chart: string, version: string): string {
  if (read.denied) throw new UserError(`chart ${chart} ${version}: ${read.tried}`, { input: 'chart-version' });
  return read.tried;
}

/** An explicit chart-version: released somewhere lockstep can see (else refused, naming what was tried); a note when it is not the source's. */
async function explicitVersion(
  req: PromoteRequest,
  route: Route,
  version: string,
  ports: PromoteWorld,
  baseSha: string,
): Promise<string[]> {
  const { file, name } = deployerResource(route.to)!;
  const appText = await ports.git.readAt(baseSha, file);
  if (appText === undefined) return [];
  // A Flux HelmRelease's chart comes from its HelmRepository or OCIRepository (flux-release.ts).
  const flux = fluxRef(route.to);
  const source = flux
    ? (await readFluxRelease(flux, (p) => ports.git.readAt(baseSha, p))).source
    : chartSource(appText, file, name, req.charts);
  const folders = await chartFolders(req, source, ports, baseSha, route.to.values);
  const names = [...new Set([...(source.chart ? [source.chart] : []), ...folders.map((f) => f.name)])];
  const tried: string[] = [];
  let found: string | undefined;
  for (const chartName of names) {
    const tag = `${chartName}-${version}`;
    const commit = await ports.git.resolveRef(tag);
    if (!commit) {
      tried.push(`tag ${tag} (not in the repository)`);
      continue;
    }
    const folder = folders.find((f) => f.name === chartName);
    const text = folder ? await ports.git.readAt(commit, join(folder.dir, 'Chart.yaml')) : undefined;
    // A chart kept elsewhere (only its releases tagged here) is taken by its tag.
    const said = text === undefined ? version : chartMeta(text).version;
    if (said === version) {
      found = `tag ${tag}`;
      break;
    }
    tried.push(`${folder!.dir} at tag ${tag} (its Chart.yaml says version ${said ?? '(none)'})`);
  }
  const chartName = names[0] ?? 'chart';
  if (!found) {
    const image = ociReference(source, version) ?? configuredRegistry(req, chartName, version);
    // A classic https repository: the version its index.yaml lists, the archive's digest checked.
    const classic = await repositoryChart(ports, source, version);
    if (classic && 'tried' in classic) tried.push(notDenied(classic, chartName, version));
    else if (classic) {
      const meta = chartMeta((await readChartArchive(Buffer.from(classic.tgz), `chart ${chartName} ${version}`)).get('Chart.yaml') ?? '');
      if (meta.version === version) found = classic.where;
      else tried.push(`${classic.where} (its Chart.yaml says version ${meta.version ?? '(none)'})`);
    }
    if (image && !found) {
      const where = `oci://${image.registry}/${image.repository}:${image.tag ?? chartTag(version)}`;
      try {
        const meta = chartMeta((await ports.readChart(image)).get('Chart.yaml') ?? '');
        if (meta.version === version) found = where;
        else tried.push(`${where} (its Chart.yaml says version ${meta.version ?? '(none)'})`);
      } catch (e) {
        if (!(e instanceof UserError || (e instanceof Error && e.name === 'RegistryError'))) throw e;
        tried.push(`${where} (${e.message})`);
      }
    }
  }
  if (!found)
    throw new UserError(
      `is ${version}, which is not a released version of chart ${chartName}: tried ${tried.join('; ') || 'nothing (no chart of that name in the repository, no registry)'}`,
      {
        input: 'chart-version',
        hint: `give a version released as the tag ${chartName}-<version> or pushed to the chart registry`,
      },
    );
  // Said when it is not what the source environment runs (or there is no source environment to take it from).
  const from = route.from;
  let sourceRev: string | undefined;
  const ref = req.from.kind === 'env' && from ? deployerResource(from) : undefined;
  const read = (p: string) => ports.git.readAt(baseSha, p);
  const text = ref ? await read(ref.file) : undefined;
  if (text !== undefined) sourceRev = (await chartRevisionAt(from!, text, read, req.charts))?.current;
  if (sourceRev === version) return [];
  const runs =
    from && req.from.kind === 'env' ? `; ${from.name} runs ${sourceRev ? `chart ${sourceRev}` : 'no chart version lockstep can read'}` : '';
  return [`The chart version ${version} was given explicitly (chart-version, released as ${found})${runs}.`];
}
