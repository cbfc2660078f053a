import { existsSync, readFileSync } from 'node:fs';
import { DEFAULT_CONFIG_PATH, loadConfig, parseConfigText, type Config } from '../config/config.ts';
import { UserError } from '../errors.ts';
import { refuseBare, resolveInside } from '../fs/workspace.ts';
import { changesOutput } from '../promote/report.ts';
import { checkRoute, layoutFrom, parseFrom, type PromoteRequest } from '../promote/request.ts';
import { runPromotion, type PromoteResult, type PromoteWorld } from '../promote/run.ts';
import { shortDigest } from '../promote/pins.ts';
import { environmentPins, pinsTable } from '../promote/plan.ts';
import { openPromoteWorld, type WorldSession } from '../promote/world.ts';
import type { NextPromotion, PromoteInputs, PromoteOperationResult, PromoteOperationWorld, StatusInputs, StatusResult } from './promote.ts';

// The bodies of runPromote and runStatus (operations/promote.ts), loaded only after the inputs and
// the working directory were accepted.

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

/** The plan-level request: inputs and config validated into one object. */
export function buildPromoteRequest(i: PromoteInputs, config: Config, readLocal: (p: string) => string | undefined): PromoteRequest {
  const layout = layoutFrom(config, { environments: i.environments, valuesFile: i.valuesFile, valuesKey: i.valuesKey, services: i.services }, digestsNames(readLocal, i.digests));
  return {
    from: parseFrom(i.from),
    to: i.to,
    ...layout,
    only: Object.keys(config.services).length > 0 ? i.services : [],
    digests: i.digests,
    version: i.version,
    chartVersion: i.chartVersion,
    resolveDigests: i.resolveDigests,
    push: i.push,
    verifySource: i.verifySource,
    base: i.base ?? '',
    draft: i.draft,
    labels: i.labels,
    reviewers: i.reviewers,
    autoMerge: i.autoMerge,
    allowSkip: i.allowSkip,
    requireChecks: i.requireChecks,
    dryRun: i.dryRun,
    repository: i.repository,
    charts: config.charts ?? [],
    configFile: config.file,
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

/**
 * A promotion session: the request (from the local config, or with
 * `repository:` and no local config, the one at that repository's base) and
 * the opened world. Every rule that needs no network is checked before it opens.
 */
export async function openPromotion(i: PromoteInputs, world: PromoteOperationWorld, checkRoutes = true): Promise<{ session: WorldSession; request(): Promise<PromoteRequest> }> {
  const workdir = resolveInside(world.workspace, i.workingDirectory, 'working-directory');
  // Promoting in this repository needs a work tree: a bare one is said before its (absent) config is read.
  if (i.repository === undefined) refuseBare(workdir, i.workingDirectory);
  const readLocal = localReader(workdir);
  const configPath = i.config ?? DEFAULT_CONFIG_PATH;
  const remoteConfig = i.repository !== undefined && !existsSync(resolveInside(workdir, configPath, 'config'));
  const local = remoteConfig ? undefined : buildPromoteRequest(i, loadConfig(workdir, i.config), readLocal);
  if (local && checkRoutes) checkRoute(local);
  if (!i.dryRun && !world.token) throw new UserError("input 'github-token' is empty", { hint: 'pass github-token (the default ${{ github.token }} works within this repository)' });
  const session = await (world.open ?? openPromoteWorld)({
    workdir,
    env: world.env,
    token: world.token,
    repository: i.repository,
    base: i.base,
    readLocal,
    dryRun: i.dryRun,
    secret: world.secret,
    log: (line) => world.reporter.debug(line),
  });
  const request = async () => {
    let req = local;
    if (!req) {
      const text = await session.readAtBase(configPath);
      req = buildPromoteRequest(i, parseConfigText(text ?? '', text === undefined ? undefined : `${i.repository}:${configPath}`), readLocal);
      if (checkRoutes) checkRoute(req);
    }
    return { ...req, base: session.base };
  };
  return { session, request };
}

/** Runs one promotion through promote/run.ts's runPromotion in the opened world. */
export async function promoteIn(i: PromoteInputs, world: PromoteOperationWorld): Promise<PromoteOperationResult> {
  const { session, request } = await openPromotion(i, world);
  world.reporter.group(`Promoting ${i.from ?? 'new pins'} → ${i.to}`);
  try {
    const req = await request();
    const r = await runPromotion(req, counting(session.world, world));
    return {
      ...r,
      ...(session.readFrom ? { readFrom: session.readFrom } : {}),
      request: req,
      dryRun: req.dryRun,
      changes: r.plan.files,
      outputs: { changed: String(r.changed), 'pr-number': r.pull ? String(r.pull.number) : '', 'pr-url': r.pull?.url ?? '', branch: r.branch ?? '', changes: changesOutput(r.plan) },
    };
  } finally {
    world.reporter.endGroup();
    await session.close();
  }
}

/** The promotion's world, telling the reporter each digest resolved (a promotion of many services resolves one per image). */
function counting(w: PromoteWorld, world: PromoteOperationWorld): PromoteWorld {
  let done = 0;
  return {
    ...w,
    async resolveDigest(ref, service) {
      const digest = await w.resolveDigest(ref, service);
      world.reporter.progress?.({ what: 'image digests resolved', done: ++done });
      return digest;
    },
  };
}

/** The body of runStatus: every adjacent pair planned as a dry run. */
/** The pins of every environment at the tip of the base branch (undefined when the remote has no such branch). */
async function pinsAtBase(req: PromoteRequest, world: PromoteWorld, sha: string | undefined): Promise<(Awaited<ReturnType<typeof pinsTable>> & { baseSha: string }) | undefined> {
  if (!sha) return undefined;
  return { ...(await pinsTable(req, (p) => world.git.readAt(sha, p))), baseSha: sha };
}

export async function statusIn(i: StatusInputs, world: PromoteOperationWorld): Promise<StatusResult> {
  const asked: PromoteInputs = { ...i, to: '', push: 'pr', verifySource: true, draft: false, labels: [], reviewers: [], allowSkip: false, requireChecks: [], dryRun: true, resolveDigests: false };
  const { session, request } = await openPromotion(asked, world, false);
  try {
    const req = await request();
    const names = req.environments.map((e) => e.name);
    const plans: { to: number; result?: PromoteResult }[] = [];
    const next: NextPromotion[] = [];
    for (let k = 0; k + 1 < names.length; k++) {
      try {
        const r = await runPromotion({ ...req, from: { kind: 'env', env: names[k] }, to: names[k + 1] }, session.world);
        plans.push({ to: k + 1, result: r });
        next.push({ from: names[k], to: names[k + 1], changes: r.plan.changes, chart: r.plan.chart });
      } catch (e) {
        if (!(e instanceof UserError)) throw e;
        plans.push({ to: k + 1 });
        next.push({ from: names[k], to: names[k + 1], changes: [], error: e.message });
      }
      world.reporter.progress?.({ what: 'promotions planned', done: k + 1, total: names.length - 1 });
    }
    const ok = plans.filter((p) => p.result);
    // No promotion could be planned (a values file missing, say): each environment's pins are read as they are,
    // so only the environment at fault shows so.
    const baseSha = ok[0]?.result?.baseSha ?? (names.length > 0 ? await session.world.git.fetchBranch(req.base) : undefined);
    const fallback = ok.length === 0 ? await pinsAtBase(req, session.world, baseSha) : undefined;
    const pins = baseSha ? await environmentPins(req, (p) => session.world.git.readAt(baseSha, p)) : [];
    const services = (ok[0]?.result?.plan.drift ?? fallback)?.rows.map((r) => r.service) ?? req.services.map((s) => s.name);
    const cell = (row: number, col: number): string => {
      const other = ok.find((p) => p.to !== col);
      if (other) return other.result!.plan.drift.rows[row]?.cells[col] ?? '?';
      const own = ok.find((p) => p.to === col);
      if (!own) return fallback?.rows[row]?.cells[col] ?? '?';
      const { plan } = own.result!;
      const service = services[row];
      const change = plan.changes.find((c) => c.service === service);
      if (change) return `${change.oldTag ?? '—'} ${shortDigest(change.oldDigest)}`;
      if (service === 'chart version' && plan.chart) return plan.chart.old || '—';
      return plan.drift.rows[row]?.cells[col] ?? '?';
    };
    const rows = services.map((service, row) => ({ service, cells: names.map((_n, col) => cell(row, col)) }));
    return { base: req.base, baseSha, ...(session.readFrom ? { readFrom: session.readFrom } : {}), environments: names, rows, next, pins };
  } finally {
    await session.close();
  }
}
