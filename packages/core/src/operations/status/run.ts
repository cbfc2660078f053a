// `lockstep status`: promote-env's side-by-side table without promoting. The
// session is opened as for a dry run (no registry, no checks); each
// environment's files are read once at the tip of the base (its column, its
// pins), and each edge of the promotion graph (promote/graph.ts) is planned there for what it would change —
// linear in environments × services (promote/status-tables.ts).

import { favourSmallHeap, holdYoungGeneration } from '../../async/young-generation.ts';
import { chartChanges, isFleetRoute, planApps } from '../../promote/fleet.ts';
import { asApp, fleetPaths, isFleet } from '../../deploy/fleet.ts';
import { UserError } from '../../errors.ts';
import { stripBom } from '../../text/bytes.ts';
import { ParseCache } from '../../text/parse-cache.ts';
import type { ChartChange, PinChange, PromotionPlan } from '../../promote/plan.ts';
import {
  readAnyEnvironment,
  readEnvironment,
  readHydratedEnvironment,
  sideBySide,
  type DriftRow,
  type EnvironmentColumn,
  type EnvironmentPins,
} from '../../promote/status-tables.ts';
import type { PromoteWorld } from '../../promote/ports.ts';
import { renderedRun } from '../../promote/rendered-run.ts';
import { checkRoute, readOnlyPromoteInputs, type PromoteRequest } from '../../promote/request.ts';
import { fetchBase, localPromotion, openSession, planOn, sessionRequest } from '../../promote/session.ts';
import type { World } from '../../contract/world.ts';
import type { StatusInputs } from './request.ts';
import { predecessors, promotionEdges } from '../../promote/graph.ts';
import { rollbacksOf, type RolledBack } from '../../promote/rollback-history.ts';
import { edgeHolds, fanInReads, heldEnvironments, type HeldEnvironment, type StatusHold } from '../../promote/status-holds.ts';
import { hydratedPending, lockstepHydrated } from '../../promote/hydrated.ts';
import { hydratedRun } from '../../promote/hydrated-run.ts';
import { chartPulled } from './chart-pulled.ts';

/** What the next promotion from one environment to the following one would change. */
export interface NextPromotion {
  from: string;
  to: string;
  changes: PinChange[];
  chart?: ChartChange;
  /** Between environments of many apps: each app's chart version change. */
  charts?: { app: string; chart: ChartChange }[];
  /** Why it could not be planned (a missing pin, an unreadable file). */
  error?: string;
  /** What promote's gates would hold it by (fan-in, a rollback), in their words (promote/status-holds.ts); absent when none. */
  holds?: StatusHold[];
  /** Into an environment promoted by pull request between its hydrated branches (hydrate: promote: lockstep): no pin moves. */
  hydrated?: HydratedNext;
}

/** A promotion of hydrated branches as status sees it: the branches, the DRY commit each names, whether one is pending. */
export interface HydratedNext {
  proposed: string;
  active: string;
  proposedDry?: string;
  activeDry?: string;
  pending: boolean;
}

/** Every environment side by side, as the base branch pins them now, and each next promotion. */
export interface StatusResult {
  base: string;
  baseSha?: string;
  /** Where the environments were read: `origin/main`, or the local branch when there is no remote. */
  readFrom?: string;
  environments: string[];
  /** The config's waves (a name for a list of environments), which the terminal's table folds at many environments. */
  waves?: Record<string, string[]>;
  /** Per service (and `chart version` when Applications are configured): `tag digest` in each environment. */
  rows: DriftRow[];
  next: NextPromotion[];
  /** Each environment's pins in full (tag, whole digest), for `lockstep status --json`. */
  pins: EnvironmentPins[];
  /** The environments a landed rollback holds (promote's rollback-hold gate), in the config's order; absent when none. */
  held?: HeldEnvironment[];
  /** The latest successful GitHub Deployment per environment (record: deployments); absent when there is none or no token. */
  deployments?: Record<string, { id: number; sha: string; createdAt: string; environmentUrl?: string }>;
}

/**
 * The latest successful deployment of each environment, read with the token
 * when there is one; undefined when none was recorded. A token that may not
 * read deployments leaves the table as it was, said as a warning.
 */
async function deploymentRecord(ports: PromoteWorld, names: string[], world: World): Promise<StatusResult['deployments']> {
  if (!ports.github || names.length === 0) return undefined;
  try {
    const found = await ports.github.latestDeployments(names);
    if (found.size === 0) return undefined;
    return Object.fromEntries(
      [...found].map(([env, d]) => [
        env,
        { id: d.id, sha: d.sha, createdAt: d.createdAt, ...(d.environmentUrl ? { environmentUrl: d.environmentUrl } : {}) },
      ]),
    );
  } catch (e) {
    if (!(e instanceof UserError)) throw e;
    world.warning(`deployments not read: ${e.message}`);
    return undefined;
  }
}

/**
 * Opens the session as a dry run of every pair and walks the environments in
 * order: each one's files are read once at the tip of the base (its column and
 * its pins), and the pair that ends at it is planned (a refused one becomes
 * its `error`) while both its environments' parses are still at hand.
 */
export async function runStatus(i: StatusInputs, world: World): Promise<StatusResult> {
  // Every environment's values file is parsed (into the pin index): that garbage must not grow V8's nursery, nor,
  // promoted, the old generation far past what is live (see runPromote). V8's memory-saver mode is not set here
  // (it was, while each pin read built the yaml package's syntax tree): with the pin index the run allocates
  // ~330 MB at 100 environments × 300 services, and memory-saver's extra collections cost a fifth of the run's CPU
  // (2.34–2.94 s → 1.58–1.88 s user+sys) for a peak of 127–132 MB instead of 117–120 MB; at 100,000 commits ×
  // 1,000 services × 10 environments 1.4–1.9 s → 1.0–1.1 s, 104–109 MB → 110–116 MB.
  holdYoungGeneration();
  favourSmallHeap();
  const asked = readOnlyPromoteInputs(i);
  const local = await localPromotion(asked, world.workspace);
  const session = await openSession(asked, local, world);
  try {
    const req = await sessionRequest(asked, local, session);
    const names = req.environments.map((e) => e.name);
    // The run's parses, a few at a time: an environment is read for its column, then as the target of the pair
    // ending at it and the source of the next one, and not again. A hundred environments' parses held to the end
    // would be hundreds of megabytes.
    const cache = new StatusParses({ maxTexts: PARSES_KEPT });
    const ports = cache.reading(session.world);
    const baseSha = names.length > 0 ? await baseTip(ports, req.base) : undefined;
    const columns: EnvironmentColumn[] = [];
    const pins: EnvironmentPins[] = [];
    const next: NextPromotion[] = [];
    const edges = promotionEdges(req.environments);
    // Environments of many apps (deploy/fleet.ts) are read app by app from the base's files, listed once.
    let listed: Promise<string[] | undefined> | undefined;
    const paths = () =>
      req.environments.some(isFleet) && baseSha
        ? (listed ??= fleetPaths(req.environments, ports.git, baseSha))
        : Promise.resolve(undefined);
    // Every environment's last landing, read in one history walk while the environments are read and planned.
    const rollbacks = baseSha ? rollbacksOf(req.environments, ports, baseSha) : Promise.resolve([]);
    rollbacks.catch(() => undefined);
    // A chart version that is a range (or a digest beside one) is said by the version its artifact names.
    const pulledChart = baseSha ? chartPulled(req, ports, baseSha) : undefined;
    for (let k = 0; k < names.length; k++) {
      if (baseSha) {
        const env = req.environments[k];
        // A service the pin place does not define is looked for in the environment's render (promote/rendered-run.ts).
        const rendered = (e: typeof env) => renderedRun(req, e, ports, baseSha);
        // A hydrated environment runs the manifests on its active branch, which its deployer syncs (hydrated-run.ts).
        const hydrated = req.hydrated?.[env.name];
        const read = hydrated
          ? readHydratedEnvironment(req, env, await hydratedRun(ports.git, hydrated, req.services))
          : await readAnyEnvironment(req, env, (p) => ports.git.readAt(baseSha, p), cache, await paths(), rendered);
        const chart = hydrated || isFleet(env) ? undefined : await pulledChart?.(env, read.pins);
        if (chart) [read.column.chart, read.pins.chartPulled] = [chart.cell, chart.pulled];
        columns.push(read.column);
        pins.push(read.pins);
      }
      // Each edge that ends here (graph.ts: the environment before, or each of its after: environments); a hydrated
      // environment with none is still promoted, from its proposed branch (promote-env with to: alone).
      const into = predecessors(req.environments, k);
      if (into.length === 0 && lockstepHydrated(req, names[k])) next.push(await nextPromotion(req, names[k], names[k], ports, cache));
      for (const from of into) {
        next.push(await nextPromotion(req, from, names[k], ports, cache));
        world.reporter.progress({ what: 'promotions planned', done: next.length, total: edges.length });
      }
    }
    const reread = baseSha ? appReader(req, ports, baseSha, cache, paths) : undefined;
    const held = await heldBy(req, readOrWarn(rollbacks, world), next, pins, world.clock.now(), reread);
    // No base to read (the remote has no such branch): every cell says it cannot be read.
    const rows = baseSha ? sideBySide(req, columns).rows : req.services.map((s) => ({ service: s.name, cells: names.map(() => '?') }));
    // The record promote-env keeps (record: deployments): the latest successful deployment per environment, when there is one.
    const deployments = await deploymentRecord(session.world, names, world);
    if (deployments) rows.push({ service: 'deployed', cells: names.map((n) => (deployments[n] ? deployments[n].sha.slice(0, 12) : '—')) });
    return {
      base: req.base,
      baseSha,
      ...(session.readFrom ? { readFrom: session.readFrom } : {}),
      environments: names,
      ...(req.waves ? { waves: req.waves } : {}),
      rows,
      next,
      ...(held.length > 0 ? { held } : {}),
      pins,
      ...(deployments ? { deployments } : {}),
    };
  } finally {
    await session.close();
  }
}

/**
 * Reads app `app` of environment `env` at the base for `services` alone, as promote's fan-in reads an app of an
 * after: environment (deploy/fleet.ts asApp; its render for a service its files do not pin): status-holds.ts
 * fanInReads asks it for the services status's own read of the app left out.
 */
function appReader(
  req: PromoteRequest,
  ports: PromoteWorld,
  baseSha: string,
  cache: ParseCache,
  paths: () => Promise<string[] | undefined>,
): Parameters<typeof fanInReads>[3] {
  return async (env, app, services) => {
    const [appEnv] = asApp(
      req.environments.filter((e) => e.name === env),
      app,
      (await paths()) ?? [],
    );
    const scoped = { ...req, services: req.services.filter((s) => services.includes(s.name)) };
    const read = (p: string) => ports.git.readAt(baseSha, p);
    return (await readEnvironment(scoped, appEnv, read, cache, () => renderedRun(req, appEnv, ports, baseSha))).pins;
  };
}

/** The rollbacks read, or none with a warning when the history could not be read as the config says (a refusal). */
async function readOrWarn(rollbacks: Promise<(RolledBack | undefined)[]>, world: World): Promise<(RolledBack | undefined)[]> {
  try {
    return await rollbacks;
  } catch (e) {
    if (!(e instanceof UserError)) throw e;
    world.warning(`rollback holds not read: ${e.message}`);
    return [];
  }
}

/**
 * The holds promote's gates would say (promote/status-holds.ts), set on each next promotion they hold; returns the
 * environments a rollback holds.
 */
async function heldBy(
  req: PromoteRequest,
  rollbacks: Promise<readonly (RolledBack | undefined)[]>,
  next: NextPromotion[],
  pins: readonly EnvironmentPins[],
  now: number,
  reread: Parameters<typeof fanInReads>[3] | undefined,
): Promise<HeldEnvironment[]> {
  const read = await rollbacks;
  const rolledBack = new Map(read.flatMap((r) => (r ? [[r.env, r] as const] : [])));
  const names = req.environments.map((e) => e.name);
  for (const n of next) {
    const evidence = { req, rolledBack, pins, now };
    const [k, plan] = [names.indexOf(n.to), n.error === undefined ? n : undefined];
    const holds = edgeHolds({ ...evidence, ...(reread ? { reread: await fanInReads(evidence, k, plan, reread) } : {}) }, k, plan);
    if (holds.length > 0) n.holds = holds;
  }
  return heldEnvironments(read, now);
}

/** Texts a status run keeps as read (not parsed): two environments' values files and Applications, and room for what else a pair reads. */
const TEXTS_KEPT = 8;

/** Texts whose parses a status run keeps: two environments' values files and Applications, and room for a chart's files. */
const PARSES_KEPT = 12;

/** The tip of the base branch, or undefined when the remote has no such branch (each pair then says so). */
async function baseTip(ports: PromoteWorld, base: string): Promise<string | undefined> {
  try {
    return await fetchBase(ports, base);
  } catch (e) {
    if (e instanceof UserError) return undefined;
    throw e;
  }
}

/** What promoting `from` into `to` would change, or why it cannot be planned. */
async function nextPromotion(
  req: PromoteRequest,
  from: string,
  to: string,
  ports: PromoteWorld,
  cache: ParseCache,
): Promise<NextPromotion> {
  // No file is edited: the pull request from the proposed branch into the active one (promote/hydrated.ts).
  const target = lockstepHydrated(req, to);
  if (target) {
    const { next, active, pending, problem } = await hydratedPending(ports.git, target, to);
    const hydrated = {
      proposed: target.proposed,
      active: target.active,
      ...(next.drySha ? { proposedDry: next.drySha } : {}),
      ...(active.drySha ? { activeDry: active.drySha } : {}),
      pending,
    };
    return { from, to, changes: [], hydrated, ...(problem ? { error: problem.message } : {}) };
  }
  try {
    const plan = await planPair(req, from, to, ports, cache);
    const charts = plan.apps ? chartChanges(plan).map(({ app, chart }) => ({ app: app!, chart })) : [];
    return { from, to, changes: plan.changes, chart: plan.chart, ...(charts.length > 0 ? { charts } : {}) };
  } catch (e) {
    if (!(e instanceof UserError)) throw e;
    // Where it is said, as promote says it: in an environment of many apps, which app's file.
    const at = e.file ? `${e.file}${e.line ? `:${e.line}` : ''}: ` : '';
    return { from, to, changes: [], error: `${at}${e.message}` };
  }
}

/**
 * The parses of a status run. Every file status reads is at the tip of the
 * base, and each is parsed once for the run: the middle environment is one
 * pair's target and the next pair's source, and every environment is a column
 * and a pins entry. A plan lets go of its target's parse once its edit is
 * checked (a promotion reads that file no more); here the parse of a text read
 * from git is kept, so that the next reader finds it. At L (1,000 services,
 * values files of ~200 KB, each parse allocating ~60 MB in the yaml parser)
 * that is five parses instead of seven. What is let go is a pair's edited
 * target, which only that pair reads, unless its text is byte for byte one
 * read at the base (a target left as its source is), whose parse stays.
 */
class StatusParses extends ParseCache {
  readonly #read = new Set<string>();
  /** The last texts read (commit and path → text): an environment's files are asked for by its column, then by the two pairs it is in. */
  readonly #texts = new Map<string, Promise<string | undefined>>();

  /** `world` with every file read through its git kept parsed for the run, and the last few texts read kept. */
  reading(world: PromoteWorld): PromoteWorld {
    const git = world.git;
    const fresh = async (commit: string, path: string) => {
      const text = await git.readAt(commit, path);
      if (text !== undefined) this.#read.add(stripBom(text));
      return text;
    };
    const readAt = (commit: string, path: string) => {
      const key = `${commit}\0${path}`;
      let text = this.#texts.get(key);
      if (text === undefined) {
        text = fresh(commit, path);
        // A refused read is not kept: the next reader asks git again.
        text.catch(() => this.#texts.get(key) === text && this.#texts.delete(key));
        if (this.#texts.size >= TEXTS_KEPT) this.#texts.delete(this.#texts.keys().next().value!);
        this.#texts.set(key, text);
      }
      return text;
    };
    return { ...world, git: { ...git, readAt } };
  }

  override forget(text: string): void {
    if (!this.#read.has(text)) super.forget(text);
  }
}

/**
 * The dry-run plan of one adjacent pair on the tip of the base: its own route checked, once. Status shows what
 * each promotion would change, not its edited files: the target's files are edited (and the edit parsed back
 * and checked) only for a protected target, whose plan checks every pin of the edited file.
 */
async function planPair(req: PromoteRequest, from: string, to: string, ports: PromoteWorld, cache: ParseCache): Promise<PromotionPlan> {
  const pair: PromoteRequest = { ...req, from: { kind: 'env', env: from }, to };
  const route = checkRoute(pair);
  const baseSha = await fetchBase(ports, pair.base);
  // Many apps: each app the two share planned as its own pair (promote/fleet.ts), one plan.
  const plan = isFleetRoute(route)
    ? await planApps(pair, route, ports.git, baseSha, (q, r) => planOn(q, r, ports, baseSha, cache, r.to.protected))
    : await planOn(pair, route, ports, baseSha, cache, route.to.protected);
  // The edited target is the plan's own: no later pair and no column reads it (they read the files at the base),
  // so its parse (~5 MB at 1,000 services) is let go before the next pair parses.
  for (const f of plan.files) cache.forget(stripBom(f.after));
  return plan;
}
