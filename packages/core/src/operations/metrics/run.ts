// `lockstep metrics`: the environments and services from the config, the
// base branch's tip fetched as status reads it, the records read once
// (records/history.ts), and the figures of each environment and each
// service in it over the window (records/figures.ts).

import { holdYoungGeneration } from '../../async/young-generation.ts';
import { UserError } from '../../errors.ts';
import { gitSpawner } from '../../git/objects.ts';
import { readOnlyPromoteInputs, type PromoteRequest } from '../../promote/request.ts';
import type { WorldSession } from '../../promote/ports.ts';
import type { GitSpawner } from '../../git/spawn.ts';
import { fetchBase, localPromotion, openSession, sessionRequest } from '../../promote/session.ts';
import { figuresOf, windowWords, type Figures } from '../../records/figures.ts';
import { timedByDeployments } from '../../records/deployments.ts';
import { readRecords, type Records } from '../../records/history.ts';
import { hydratedLandings } from '../../records/hydrated-landings.ts';
import { lockstepHydrated } from '../../promote/hydrated.ts';
import type { World } from '../../contract/world.ts';
import { readDeployments, type DeploymentsRead } from './deployments.ts';
import { releaseFilesOf } from './release-files.ts';
import { parseConfigText } from '../../config/config.ts';
import type { MetricsRequest } from './request.ts';
import { landingFiles } from './landing-files.ts';

/** One service's figures in one environment. */
export interface ServiceMetrics {
  name: string;
  figures: Figures;
}

/** One environment's figures, and each service's that landed there in the window. */
export interface EnvironmentMetrics {
  name: string;
  figures: Figures;
  services: ServiceMetrics[];
}

/** What `lockstep metrics` found. */
export interface MetricsResult {
  base: string;
  tip: string;
  /** [from, to) in Unix seconds (cut to the history's first day when the window begins before it), and how it was asked. */
  from: number;
  to: number;
  window: string;
  /** First-parent commits read. */
  commits: number;
  environments: EnvironmentMetrics[];
  /** Landings in the window read from the files a commit changed rather than from its trailers. */
  inferred: number;
  /** Lines the report says first: an empty window, a shallow clone, deployments that could not be read. */
  notes: string[];
  /** Whether GitHub Deployments timed the landings, and why not when they did not. */
  deployments: { read: true } | { read: false; reason: string };
  /** Whether `--json` lists each environment's changes with their lead times (MetricsRequest.changes). */
  changes: boolean;
  /** Seconds after a landing within which a fix release's landing is its repair (the config's fix-window; FigureRules). */
  fixWindow: number;
}

const DAY = 86400;
const iso = (s: number) => new Date(s * 1000).toISOString().replace('.000Z', 'Z');

/** The commits a window back to `from` needs, from the rate of the history at hand (a quarter more for safety). */
function depthFor(commits: number, oldestAt: number, tipAt: number, from: number): number {
  const span = Math.max(1, tipAt - oldestAt);
  return Math.ceil(((commits * (tipAt - from)) / span) * 1.25);
}

/** Reads the records of the base branch and computes every environment's figures over the window. */
export async function runMetrics(r: MetricsRequest, world: World): Promise<MetricsResult> {
  // A long history's messages and records are short-lived garbage: they must not grow V8's nursery (see runPromote).
  holdYoungGeneration();
  const asked = readOnlyPromoteInputs({
    workingDirectory: r.workingDirectory,
    config: r.config,
    base: r.base,
    environments: [],
    services: [],
  });
  const local = await localPromotion(asked, world.workspace);
  const session = await openSession(asked, local, world);
  try {
    const req = await sessionRequest(asked, local, session);
    const names = req.environments.map((e) => e.name);
    for (const e of r.env)
      if (!names.includes(e))
        throw new UserError(`is '${e}', an unknown environment`, { input: 'env', hint: `environments, in order: ${names.join(', ')}` });
    const chosen = req.environments.filter((e) => r.env.length === 0 || r.env.includes(e.name));
    const tip = await fetchBase(session.world, req.base);
    // The config as the request was read from it: its version, packages and pins files are what a release commit may change.
    const configText = local.request ? local.readLocal(local.configPath) : await session.readAtBase(local.configPath);
    const config = parseConfigText(configText ?? '', local.configPath);
    const releaseWrites = releaseFilesOf(config);
    const git = world.services.repo?.(local.workdir) ?? gitSpawner(local.workdir);
    const now = Math.floor(world.clock.now() / 1000);
    const records = await readHistory(req, session, git, tip, now, releaseWrites);
    const rules = { tagPrefix: req.tagPrefix ?? 'v', fixWindow: Math.round(config.fixWindow / 1000) };
    // A window that begins before the whole history does is cut to the history's first day: days with no
    // history would count as days without a promotion and dilute every rate. Said in a note.
    const begins = !records.shallow && records.oldestAt !== undefined ? records.oldestAt - (records.oldestAt % DAY) : undefined;
    const w = { from: begins !== undefined && begins > r.from ? begins : r.from, to: r.to };
    const seen = await readDeployments(
      r.deployments,
      world,
      chosen.map((e) => e.name),
      records.landings,
      r.from,
    );
    const landings = seen.read ? timedByDeployments(records.landings, seen.deployments) : records.landings;
    const environments = chosen.map((e) => {
      const all = landings.filter((l) => l.environment === e.name);
      const figures = figuresOf(records, rules, all, w);
      const serviceNames = [...new Set(figures.landings.flatMap((l) => l.services.map((s) => s.name)))].sort();
      return { name: e.name, figures, services: serviceNames.map((name) => ({ name, figures: figuresOf(records, rules, all, w, name) })) };
    });
    const notes = notesOf(req.base, r, w, environments, records, seen, now);
    const inferred = environments.reduce((n, e) => n + e.figures.inferred, 0);
    return {
      base: req.base,
      tip,
      from: w.from,
      to: w.to,
      window: r.window,
      commits: records.commits,
      environments,
      inferred,
      notes,
      deployments: seen.read ? { read: true } : { read: false, reason: seen.reason },
      changes: r.changes,
      fixWindow: rules.fixWindow,
    };
  } finally {
    await session.close();
  }
}

/**
 * The records of the base branch up to `tip`: a commit lands in each environment whose deployer's paths it changed
 * (landing-files.ts, read at the tip); an environment promoted on its hydrated branches lands on its active branch,
 * its files on the base being changes (records/hydrated-landings.ts).
 */
async function readHistory(
  req: PromoteRequest,
  session: WorldSession,
  git: GitSpawner,
  tip: string,
  now: number,
  releaseWrites: (path: string) => boolean,
): Promise<Records> {
  const hydrated = req.environments.flatMap((e) => {
    const t = lockstepHydrated(req, e.name);
    return t ? [{ name: e.name, active: t.active, metadata: t.metadata }] : [];
  });
  const tipReader = {
    read: (p: string) => session.world.git.readAt(tip, p),
    list: (dir: string) => session.world.git.listFiles(tip, dir === '' ? undefined : dir),
  };
  const envFiles = await landingFiles(req.environments, new Set(hydrated.map((h) => h.name)), tipReader, req.charts);
  const read = await readRecords(git, tip, envFiles, now, releaseWrites);
  if (hydrated.length === 0) return read;
  return { ...read, landings: [...read.landings, ...(await hydratedLandings(git, tip, read.commits, hydrated, now))] };
}

/**
 * The lines the report says first (MetricsResult.notes): a window cut to the history's first day, environments with
 * no landing, how the landings were timed, trailers ignored, committer dates after the clock (`now`), landings
 * inferred from the files, a shallow clone too short for the window.
 */
function notesOf(
  base: string,
  r: MetricsRequest,
  w: { from: number; to: number },
  environments: readonly EnvironmentMetrics[],
  records: Records,
  seen: DeploymentsRead,
  now: number,
): string[] {
  const notes: string[] = [];
  if (w.from > r.from)
    notes.push(
      `The history of ${base} begins on ${iso(w.from).slice(0, 10)}, after the window's start: the figures cover ${windowWords(w.from, w.to)}, not from ${iso(r.from).slice(0, 10)}.`,
    );
  for (const e of environments)
    if (e.figures.landings.length === 0)
      notes.push(`No promotion landed in ${e.name} in ${windowWords(w.from, w.to)}: its figures are zero.`);
  if (seen.read)
    for (const e of environments) {
      const timed = e.figures.landings.filter((l) => l.source === 'deployment').length;
      const n = e.figures.landings.length;
      if (n > 0)
        notes.push(
          `${e.name}: ${timed} of ${n} landing${n === 1 ? '' : 's'} timed by ${timed === 1 ? 'its' : 'their'} GitHub Deployment's first success status, ${n - timed} by the commit's time on ${base}.`,
        );
    }
  else if (seen.failed) notes.push(`GitHub Deployments ${seen.reason}; the figures come from git alone.`);
  if (records.ignored > 0)
    notes.push(
      `${records.ignored} commit${records.ignored === 1 ? ' carries' : 's carry'} Lockstep- trailers lockstep did not write (outside the message's trailer block, or not a promotion into an environment whose files the commit changed, nor a release commit): ignored.`,
    );
  if (records.future)
    notes.push(
      `${records.future.commits} commit${records.future.commits === 1 ? ' has a committer date' : 's have committer dates'} after this run's clock (the latest ${iso(records.future.latest)}): taken as ${iso(now)}.`,
    );
  const inferred = environments.reduce((n, e) => n + e.figures.inferred, 0);
  if (inferred > 0)
    notes.push(
      `${inferred} landing${inferred === 1 ? ' was' : 's were'} inferred from the files the commit changed (no Lockstep-Environment trailer).`,
    );
  if (records.shallow && records.oldestAt !== undefined && records.oldestAt > r.from) {
    const tipAt = Math.max(...[records.oldestAt, ...records.landings.map((l) => l.at), ...records.changes.map((c) => c.at)]);
    notes.push(
      `This clone is shallow: its history reaches back to ${iso(records.oldestAt)} (${records.commits} commits), after the window's start ${iso(r.from)}. ` +
        `Fetch about ${depthFor(records.commits, records.oldestAt, tipAt, r.from)} commits (actions/checkout fetch-depth, or fetch-depth: 0 for all), ` +
        `or run git fetch --shallow-since=${iso(r.from)} origin ${base}.`,
    );
  }
  return notes;
}
