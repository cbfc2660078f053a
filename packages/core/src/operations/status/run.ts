// `lockstep status`: promote-env's drift table without promoting. The
// session is opened as for a dry run (no registry, no checks), each adjacent
// pair of environments is planned on the base, and each environment's column
// is taken from a plan that does not target it, or, for a target, from the
// plan's old pins, so every column shows what the base pins now.

import { favourSmallHeap, holdYoungGeneration, saveHeapMemory } from '../../async/young-generation.ts';
import { UserError } from '../../errors.ts';
import { stripBom } from '../../text/bytes.ts';
import { ParseCache } from '../../text/parse-cache.ts';
import { shortDigest } from '../../promote/pins.ts';
import {
  environmentPins,
  pinsTable,
  type ChartChange,
  type DriftRow,
  type EnvironmentPins,
  type PinChange,
  type PromotionPlan,
} from '../../promote/plan.ts';
import type { PromoteWorld } from '../../promote/ports.ts';
import { checkRoute, readOnlyPromoteInputs, type PromoteRequest } from '../../promote/request.ts';
import { fetchBase, localPromotion, openSession, planOn, sessionRequest } from '../../promote/session.ts';
import type { World } from '../../contract/world.ts';
import type { StatusInputs } from './request.ts';

/** What the next promotion from one environment to the following one would change. */
export interface NextPromotion {
  from: string;
  to: string;
  changes: PinChange[];
  chart?: ChartChange;
  /** Why it could not be planned (a missing pin, an unreadable file). */
  error?: string;
}

/** Every environment side by side, as the base branch pins them now, and each next promotion. */
export interface StatusResult {
  base: string;
  baseSha?: string;
  /** Where the environments were read: `origin/main`, or the local branch when there is no remote. */
  readFrom?: string;
  environments: string[];
  /** Per service (and `chart version` when Applications are configured): `tag digest` in each environment. */
  rows: DriftRow[];
  next: NextPromotion[];
  /** Each environment's pins in full (tag, whole digest), for `lockstep status --json`. */
  pins: EnvironmentPins[];
  /** The latest successful GitHub Deployment per environment (record: deployments); absent when there is none or no token. */
  deployments?: Record<string, { id: number; sha: string; createdAt: string; environmentUrl?: string }>;
}

/**
 * The latest successful deployment of each environment, read with the token
 * when there is one; undefined when none was recorded. A token that may not
 * read deployments leaves the table as it was, said as a warning.
 */
async function deploymentRecord(ports: PromoteWorld, names: string[], world: World): Promise<StatusResult['deployments']> {
  if (!ports.github?.latestDeployments || names.length === 0) return undefined;
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

/** One adjacent pair planned (`to` is the target's column), or not when its plan was refused. */
interface PairPlan {
  to: number;
  planned?: { plan: PromotionPlan; baseSha: string };
}

/**
 * Opens the session as a dry run of every pair, plans each pair (a refused
 * one becomes its `error`), and reads every environment's column and pins at
 * the base.
 */
export async function runStatus(i: StatusInputs, world: World): Promise<StatusResult> {
  // Every pair's plan parses the environments' values files: their garbage must not grow V8's nursery, nor,
  // promoted, the old generation far past what is live (see runPromote). At L (1,000 services, values files of
  // ~200 KB) the run allocates ~430 MB, ~335 MB of it in the yaml parser, while ~25 MB is live; how late a
  // mark-compact catches up with the promoted garbage varied the peak by 25 MB run to run (saveHeapMemory).
  holdYoungGeneration();
  favourSmallHeap();
  saveHeapMemory();
  const asked = readOnlyPromoteInputs(i);
  const local = await localPromotion(asked, world.workspace);
  const session = await openSession(asked, local, world);
  try {
    const req = await sessionRequest(asked, local, session);
    const names = req.environments.map((e) => e.name);
    const plans: PairPlan[] = [];
    const next: NextPromotion[] = [];
    // One parse cache for the run: every pair reads the same environments' files, each parsed once.
    const cache = new StatusParses();
    const ports = cache.reading(session.world);
    for (let k = 0; k + 1 < names.length; k++) {
      try {
        const planned = await planPair(req, names[k], names[k + 1], ports, cache);
        plans.push({ to: k + 1, planned });
        next.push({ from: names[k], to: names[k + 1], changes: planned.plan.changes, chart: planned.plan.chart });
      } catch (e) {
        if (!(e instanceof UserError)) throw e;
        plans.push({ to: k + 1 });
        next.push({ from: names[k], to: names[k + 1], changes: [], error: e.message });
      }
      world.reporter.progress?.({ what: 'promotions planned', done: k + 1, total: names.length - 1 });
    }
    const ok = plans.filter((p) => p.planned);
    // No promotion could be planned (a values file missing, say): each environment's pins are read as they are,
    // so only the environment at fault shows so.
    const baseSha = ok[0]?.planned?.baseSha ?? (names.length > 0 ? await ports.git.fetchBranch(req.base) : undefined);
    const fallback = ok.length === 0 ? await pinsAtBase(req, ports, baseSha, cache) : undefined;
    const pins = baseSha ? await environmentPins(req, (p) => ports.git.readAt(baseSha, p), cache) : [];
    const services = (ok[0]?.planned?.plan.drift ?? fallback)?.rows.map((r) => r.service) ?? req.services.map((s) => s.name);
    const cell = (row: number, col: number): string => {
      const other = ok.find((p) => p.to !== col);
      if (other) return other.planned!.plan.drift.rows[row]?.cells[col] ?? '?';
      const own = ok.find((p) => p.to === col);
      if (!own) return fallback?.rows[row]?.cells[col] ?? '?';
      const { plan } = own.planned!;
      const service = services[row];
      const change = plan.changes.find((c) => c.service === service);
      if (change) return `${change.oldTag ?? '—'} ${shortDigest(change.oldDigest)}`;
      if (service === 'chart version' && plan.chart) return plan.chart.old || '—';
      return plan.drift.rows[row]?.cells[col] ?? '?';
    };
    const rows = services.map((service, row) => ({ service, cells: names.map((_n, col) => cell(row, col)) }));
    // The record promote-env keeps (record: deployments): the latest successful deployment per environment, when there is one.
    const deployments = await deploymentRecord(session.world, names, world);
    if (deployments) rows.push({ service: 'deployed', cells: names.map((n) => (deployments[n] ? deployments[n].sha.slice(0, 12) : '—')) });
    return {
      base: req.base,
      baseSha,
      ...(session.readFrom ? { readFrom: session.readFrom } : {}),
      environments: names,
      rows,
      next,
      pins,
      ...(deployments ? { deployments } : {}),
    };
  } finally {
    await session.close();
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

  /** `world` with every file read through its git kept parsed for the run. */
  reading(world: PromoteWorld): PromoteWorld {
    const git = world.git;
    const readAt = async (commit: string, path: string) => {
      const text = await git.readAt(commit, path);
      if (text !== undefined) this.#read.add(stripBom(text));
      return text;
    };
    return { ...world, git: { ...git, readAt } };
  }

  override forget(text: string): void {
    if (!this.#read.has(text)) super.forget(text);
  }
}

/** The dry-run plan of one adjacent pair on the tip of the base: its own route checked, once. */
async function planPair(
  req: PromoteRequest,
  from: string,
  to: string,
  ports: PromoteWorld,
  cache: ParseCache,
): Promise<{ plan: PromotionPlan; baseSha: string }> {
  const pair: PromoteRequest = { ...req, from: { kind: 'env', env: from }, to };
  const route = checkRoute(pair);
  const baseSha = await fetchBase(ports, pair.base);
  const plan = await planOn(pair, route, ports, baseSha, cache);
  // The edited target is the plan's own: no later pair and no column reads it (they read the files at the base),
  // so its parse (~5 MB at 1,000 services) is let go before the next pair parses.
  for (const f of plan.files) cache.forget(stripBom(f.after));
  return { plan, baseSha };
}

/** The pins of every environment at the tip of the base branch (undefined when the remote has no such branch). */
async function pinsAtBase(
  req: PromoteRequest,
  ports: PromoteWorld,
  sha: string | undefined,
  cache: ParseCache,
): Promise<(Awaited<ReturnType<typeof pinsTable>> & { baseSha: string }) | undefined> {
  if (!sha) return undefined;
  return { ...(await pinsTable(req, (p) => ports.git.readAt(sha, p), cache)), baseSha: sha };
}
