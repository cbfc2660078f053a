// A promotion's session, shared by promote-env and `lockstep status`: the
// plan-level request read from the config (the working directory's, or with
// `repository:` and no local config, the one at that repository's base), the
// repository promoted in opened, its base fetched and planned on. Checking
// the route is the caller's, once, with what these steps return.

import { hydratedTargets } from './hydrated.ts';
import { existsSync, readFileSync } from 'node:fs';
import type { ParseCache } from '../text/parse-cache.ts';
import { configLine, DEFAULT_CONFIG_PATH, loadConfig, parseConfigText, type Config } from '../config/config.ts';
import { named, UserError, words } from '../errors.ts';
import { refuseUnmatchedConfigEntries } from '../charts/selection.ts';
import { refuseBare, resolveInside } from '../fs/workspace.ts';
import { renderedRun } from './rendered-run.ts';
import { renderedPins } from './rendered-history.ts';
import type { RenderedPins } from './rendered-pin.ts';
import { planPromotion, type PromotionPlan } from './plan.ts';
import type { PromoteWorld, PromotionHost, WorldSession } from './ports.ts';
import { layoutFrom } from './layout.ts';
import { LAID_OUT, parseFrom, type PromoteEnvironment, type PromoteInputs, type PromoteRequest, type Route } from './request.ts';
import { openPromoteWorld } from './world.ts';
import { signingSource } from '../git/signing.ts';
import { nodeTransport } from '../http/transport.ts';
import { checkValuesDrift } from './values-drift.ts';
import { checkValuesContract } from './values-contract.ts';
import { renderPromotion } from './render.ts';
import { proveWrites } from './render-proof.ts';
import { renderMode } from './render-helm.ts';
import { renderAhead, renderAheadOfFetch } from './render-ahead.ts';
import { checkImageDowngrades } from './image-downgrade.ts';
import { rollbacksAhead } from './rollback-history.ts';
import { checkChartVersion } from './chart-version.ts';
import { settingsFor, settingsForEach, unresolved } from '../settings/read.ts';
import { PROMOTE } from '../settings/table-promote.ts';
import { PROMOTE_PER_ENVIRONMENT, PROMOTE_PER_RUN } from './environment-settings.ts';
import { checkConfig, CONFIG_CHECKS } from '../settings/validate.ts';
import { GATE_CHECKS } from './gates/registry.ts';
import { deploymentOf } from '../deploy/kind.ts';
import { isFleetRoute, planApps } from './fleet.ts';

/** Service names a digests file holds, for a layout without configured services (errors come later, with file:line). */
function digestsNames(read: (p: string) => string | undefined, path: string | undefined): string[] {
  if (!path) return [];
  try {
    const raw = JSON.parse(read(path) ?? '{}') as unknown;
    return raw && typeof raw === 'object' && !Array.isArray(raw) ? Object.keys(raw) : [];
  } catch {
    return [];
  }
}

/**
 * The plan-level request: inputs and config validated into one object. The
 * config's checks (settings/validate.ts) run first: the window crons by
 * cron-parser, loaded only when some environment has windows.
 */
export async function buildPromoteRequest(
  i: PromoteInputs,
  config: Config,
  readLocal: (p: string) => string | undefined,
): Promise<PromoteRequest> {
  // What every command refuses about the config (window crons, waves naming no environment), before anything opens.
  await checkConfig(config, undefined, [...CONFIG_CHECKS, ...GATE_CHECKS]);
  const layout = layoutFrom(
    config,
    { environments: i.environments, valuesFile: i.valuesFile, valuesKey: i.valuesKey, services: i.services },
    digestsNames(readLocal, i.digests),
  );
  const hydrated = hydratedTargets(config);
  return {
    // The inputs as given, but those the config backs and those the layout, the source and the session read.
    ...unresolved(PROMOTE, i, LAID_OUT),
    from: parseFrom(i.from),
    ...layout,
    only: Object.keys(config.services).length > 0 ? i.services : [],
    base: i.base ?? '',
    // Input > config > default, decided for every operation by settings/read.ts.
    settings: settingsFor(PROMOTE_PER_RUN, i, config),
    // The same precedence per environment, the environment's key first: each environment once, read where it applies.
    settingsByEnvironment: settingsForEach(
      PROMOTE_PER_ENVIRONMENT,
      i,
      config,
      layout.environments.map((e) => e.name),
    ),
    charts: config.charts ?? [],
    ...(config.chartRegistry ? { chartRegistry: config.chartRegistry } : {}),
    configFile: config.file,
    renderConfig: config.render,
    ...(config.crds?.length ? { crds: { globs: config.crds, line: configLine(config, ['crds']) } } : {}),
    ...(config.waves
      ? {
          waves: config.waves,
          waveLines: Object.fromEntries(
            Object.entries(config.waves).map(([name, list]) => [name, list.map((_, k) => configLine(config, ['waves', name, k]))]),
          ),
        }
      : {}),
    tagPrefix: config.tagPrefix,
    ...(hydrated ? { hydrated } : {}),
  };
}

/** Reads a workspace file for the digests input; undefined when it does not exist. */
function localReader(workdir: string): (p: string) => string | undefined {
  return (p) => {
    const abs = resolveInside(workdir, p, 'digests');
    try {
      return readFileSync(abs, 'utf8');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw e;
    }
  };
}

/** What a promotion knows before anything opens: its folder, the workspace reader, the config path, and the request when the config is local. */
export interface LocalPromotion {
  workdir: string;
  readLocal(path: string): string | undefined;
  configPath: string;
  /** From the working directory's config; undefined when the config is read at the base of the repository promoted in. */
  request?: PromoteRequest;
}

/**
 * The first step of a session, without network: the working directory (a
 * bare repository refused before its absent config is read, unless promoting
 * in another repository) and the request from the local config, if there is one.
 */
export async function localPromotion(i: PromoteInputs, workspace: string): Promise<LocalPromotion> {
  const workdir = resolveInside(workspace, i.workingDirectory, 'working-directory');
  if (i.repository === undefined) refuseBare(workdir, i.workingDirectory);
  const readLocal = localReader(workdir);
  const configPath = i.config ?? DEFAULT_CONFIG_PATH;
  const remoteConfig = i.repository !== undefined && !existsSync(resolveInside(workdir, configPath, 'config'));
  return {
    workdir,
    readLocal,
    configPath,
    request: remoteConfig ? undefined : await buildPromoteRequest(i, chartsChecked(loadConfig(workdir, i.config), workdir), readLocal),
  };
}

/** A `charts:` or `charts-ignore:` entry that matches no chart folder is refused here too, at its line, before any request. */
function chartsChecked(config: Config, workdir: string): Config {
  refuseUnmatchedConfigEntries(config, (path) => configLine(config, path), workdir);
  return config;
}

/** Opens git, GitHub and the registry for the repository promoted in, from the World's services; a write needs the token. */
export async function openSession(i: PromoteInputs, local: LocalPromotion, world: PromotionHost): Promise<WorldSession> {
  if (!i.dryRun && !world.token)
    throw new UserError('is empty', {
      input: 'github-token',
      hint: 'pass github-token (the default ${{ github.token }} works within this repository)',
      cliHint: 'export GITHUB_TOKEN (or GH_TOKEN), e.g. GITHUB_TOKEN=$(gh auth token)',
    });
  return openPromoteWorld({
    workdir: local.workdir,
    env: world.env,
    token: world.token,
    repository: i.repository,
    base: i.base,
    readLocal: local.readLocal,
    dryRun: i.dryRun,
    secret: world.secret,
    log: (line) => world.reporter.debug(line),
    ...(world.identity ? { identity: world.identity } : {}),
    // The transport bound here, once: the World's when it gives one (a test's), else node's.
    services: { ...world.services, http: world.services.http ?? nodeTransport },
    signing: signingSource(i, local.workdir),
  });
}

/** The plan-level request on the session's base branch: the local one, or built from the config at the base of the repository promoted in. */
export async function sessionRequest(i: PromoteInputs, local: LocalPromotion, session: WorldSession): Promise<PromoteRequest> {
  let req = local.request;
  if (!req) {
    const text = await session.readAtBase(local.configPath);
    req = await buildPromoteRequest(
      i,
      parseConfigText(text ?? '', text === undefined ? undefined : `${i.repository}:${local.configPath}`),
      local.readLocal,
    );
  }
  return { ...req, base: session.base };
}

/** Forgets the fetched base tips: a wave that landed moved the base, and the next wave plans on the new tip. */
export function forgetFetchedBases(world: PromoteWorld): void {
  world.fetchedBases?.clear();
}

/**
 * The tip of the base branch, fetched from the remote once per run (status
 * plans every pair of environments on it); refused when it has no such
 * branch. It is fetched rather than trusted from the checkout: what is
 * promoted and shown is the environments' state now, often in another
 * repository than the event's, which no event sha vouches for. The publish
 * fetches the base again under its lease and plans anew when it moved.
 */
export async function fetchBase(world: PromoteWorld, base: string): Promise<string> {
  const runs = (world.fetchedBases ??= new Map<string, Promise<string | undefined>>());
  let tip = runs.get(base);
  if (!tip) {
    runs.set(base, (tip = world.git.fetchBranch(base)));
    // A failed fetch is not kept: the next plan asks the remote again, as before.
    tip.catch(() => runs.delete(base));
  }
  const sha = await tip;
  if (!sha)
    throw new UserError(`the base branch ${base} does not exist on the remote`, {
      hint: words`set ${named('base')} to an existing branch`,
    });
  return sha;
}

/** Plans the checked route on one base commit, reading through the session's ports (`edit` false: changes only, see planPromotion). */
export function planOn(
  req: PromoteRequest,
  route: Route,
  world: PromoteWorld,
  baseSha: string,
  cache: ParseCache,
  edit = true,
): Promise<PromotionPlan> {
  const github = world.github;
  // One history per environment in a plan: each commit is rendered once, however many pins ask.
  const histories = new Map<string, Promise<RenderedPins | undefined>>();
  const renderedHistory = (env: PromoteEnvironment) => {
    let h = histories.get(env.name);
    if (!h) histories.set(env.name, (h = renderedPins({ req, ports: world, baseSha }, env)));
    return h;
  };
  return planPromotion(
    req,
    route,
    {
      readBase: (p) => world.git.readAt(baseSha, p),
      readAt: (c, p) => world.git.readAt(c, p),
      resolveRef: (r) => world.git.resolveRef(r),
      lastCommit: (p) => world.git.lastCommit(baseSha, p),
      fileHistory: (p) => world.git.firstParentLog(baseSha, p),
      deepenHistory: (n) => world.git.deepenHistory(n),
      readLocal: (p) => world.readLocal(p),
      resolveDigest: (r, s) => world.resolveDigest(r, s),
      verifyDigest: (s, r, d, p) => world.verifyDigest(s, r, d, p),
      checkStates: github ? (sha, names) => github.checkStates(sha, names) : undefined,
      renderedRun: (env) => renderedRun(req, env, world, baseSha),
      renderedHistory,
    },
    cache,
    edit,
  );
}

/**
 * Starts asking the target's Helm for its version when the target renders with Helm: the render that needs the answer
 * comes last, so the query runs while the base is fetched and the plan is made (each binary is asked once per run).
 */
export function askHelmAhead(route: Route, world: PromoteWorld): void {
  const d = deploymentOf(route.to);
  if (d?.chartPin && d.renderer === 'helm' && renderMode(route) !== 'off') void world.findHelm(route.to.helmVersion);
}

/**
 * The base branch fetched (fetchBase), started first: what runs meanwhile is the target as it runs now, rendered
 * from the tip the clone holds (render-ahead.ts), then the Helm's version asked (askHelmAhead, after it: the
 * render's run prints that version, and findHelm takes it from there).
 */
export function fetchBaseAhead(req: PromoteRequest, route: Route, world: PromoteWorld): Promise<string> {
  const fetched = fetchBase(world, req.base);
  fetched.catch(() => undefined); // the caller's to await
  // An environment of many apps renders each app once its apps are known, on the fetched base.
  if (!isFleetRoute(route)) void renderAheadOfFetch(req, route, world);
  askHelmAhead(route, world);
  return fetched;
}

/**
 * planOn, then the plan's chart checks: the chart version written (released,
 * no silent downgrade: chart-version.ts) and values-drift, the target's values
 * against the promoted chart version (promote-env's plan; `lockstep status`
 * plans without them). Their refusals are thrown here, before anything is written.
 */
export async function planChecked(
  req: PromoteRequest,
  route: Route,
  world: PromoteWorld,
  baseSha: string,
  cache: ParseCache,
): Promise<PromotionPlan> {
  // renderAhead first: where its Helm run will print the version, findHelm takes it from there (no `helm version`).
  // Its failure is no one's: the render proper reads again. A refusal may end the run while it still reads git: its
  // rejection then (the object reader disposed) must not be an unhandled one, which ends Node with a stack trace.
  renderAhead(req, route, world, baseSha).catch(() => undefined);
  askHelmAhead(route, world);
  // The rollback hold's history reads (rollback-history.ts) run while the plan parses; its gate awaits them.
  if (req.from.kind !== 'ref') void rollbacksAhead(req, route, world, baseSha);
  const planned = await planOn(req, route, world, baseSha, cache);
  // The render reads only the plan's files: it starts now, its Helm runs while the chart checks read and compare.
  // Their refusals still come first (and a refusal waits for the render to end, so its temp folders are removed).
  const rendering = renderPromotion(req, route, planned, world, baseSha);
  // The target rendered after the edit runs what is promoted, wherever the pin was written (render-proof.ts): read
  // alongside the render, whose Helm or kustomize run it shares (one renderer per world and tool).
  const proving = proveWrites(req, route, planned, world, baseSha);
  // Their refusals, should they come while the checks still run, are awaited below: not unhandled rejections meanwhile.
  rendering.catch(() => undefined);
  proving.catch(() => undefined);
  let checked: PromotionPlan;
  try {
    const chartNotes = [...(await checkChartVersion(req, route, planned, world, baseSha)), ...checkImageDowngrades(req, route, planned)];
    const plan = chartNotes.length > 0 ? { ...planned, notes: [...planned.notes, ...chartNotes] } : planned;
    // The values the target sets, as its deployer reads them (an Application's, a HelmRelease's: values-drift.ts).
    const valuesDrift = await checkValuesDrift(req, route, plan, world, baseSha, cache);
    // The values contract with the promoted chart version: keys no template of it reads, what its schema refuses.
    const valuesContract = await checkValuesContract(req, route, plan, world, baseSha, valuesDrift, cache);
    checked = { ...plan, ...(valuesDrift ? { valuesDrift } : {}), ...(valuesContract ? { valuesContract } : {}) };
  } catch (e) {
    await Promise.all([rendering.catch(() => undefined), proving.catch(() => undefined)]);
    throw e;
  }
  const rendered = await rendering.catch(async (e: unknown) => {
    await proving.catch(() => undefined);
    throw e;
  });
  await proving;
  if (!rendered) return checked;
  // What schema validation warned of (validate: warn) is the plan's warning like any other.
  return rendered.validation?.length
    ? { ...checked, rendered, notes: [...checked.notes, ...rendered.validation] }
    : { ...checked, rendered };
}

/**
 * planChecked of the route, or, between environments of many apps (promote/fleet.ts), of each app the two share,
 * one after the other (each app's renders and checks as a one-app promotion's), as one plan.
 */
export async function planRouted(
  req: PromoteRequest,
  route: Route,
  world: PromoteWorld,
  baseSha: string,
  cache: ParseCache,
): Promise<PromotionPlan> {
  if (!isFleetRoute(route)) return planChecked(req, route, world, baseSha, cache);
  return planApps(req, route, world.git, baseSha, (q, r) => planChecked(q, r, world, baseSha, cache));
}
