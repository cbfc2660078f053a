import { existsSync, readFileSync } from 'node:fs';
import type { Inputs } from '../action/inputs.ts';
import { DEFAULT_CONFIG_PATH, loadConfig, parseConfigText, type Config } from '../config/config.ts';
import type { FileChange } from '../edits/diff.ts';
import { UserError } from '../errors.ts';
import { resolveInside } from '../fs/workspace.ts';
import { changesOutput } from '../promote/report.ts';
import { checkRoute, layoutFrom, parseFrom, type PromoteRequest } from '../promote/request.ts';
import { runPromotion, type PromoteResult } from '../promote/run.ts';
import type { ChartChange, DriftRow, PinChange } from '../promote/plan.ts';
import { shortDigest } from '../promote/pins.ts';
import { openPromoteWorld, type WorldOptions, type WorldSession } from '../promote/world.ts';
import type { Reporter } from '../report/reporter.ts';

/** What to promote: the promote-env action's inputs and `lockstep promote`'s flags both become this (the token stays in the world). */
export interface PromoteInputs
  extends Pick<
    PromoteRequest,
    'to' | 'digests' | 'version' | 'resolveDigests' | 'push' | 'chartVersion' | 'repository' | 'verifySource' | 'labels' | 'reviewers' | 'autoMerge' | 'allowSkip' | 'requireChecks' | 'dryRun'
  > {
  workingDirectory: string;
  config?: string;
  /** Raw `from` (an environment or `ref:<sha-or-tag>`); the request holds it parsed. */
  from?: string;
  /** Names from the input; the request holds the configured environments. */
  environments: string[];
  /** Names from the input; the request holds `only` and the configured services. */
  services: string[];
  valuesFile?: string;
  valuesKey?: string;
  /** Undefined: the repository's default branch. */
  base?: string;
  draft: boolean;
}

const REPOSITORY = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/;
const TAG = /^[\w][\w.-]{0,127}$/;

/** Reads and checks the promote-env inputs once (the action's INPUT_* or the CLI's flags); each error names its input. */
export function promoteRequest(inputs: Inputs): PromoteInputs {
  const repository = inputs.optional('repository');
  if (repository !== undefined && (!REPOSITORY.test(repository) || repository.includes('..')))
    throw new UserError(`input 'repository' is '${repository}'`, { hint: 'use owner/name, e.g. acme/gitops-config' });
  const version = inputs.optional('version');
  if (version !== undefined && !TAG.test(version)) throw new UserError(`input 'version' is '${version}', not an image tag`, { hint: 'letters, digits, ".", "_" and "-", e.g. v1.2.0' });
  const chartVersion = inputs.optional('chart-version');
  if (chartVersion !== undefined && /[\s]/.test(chartVersion)) throw new UserError(`input 'chart-version' is '${chartVersion}'`, { hint: 'give one version, e.g. 1.4.0' });
  const base = inputs.optional('base');
  if (base !== undefined && (base.startsWith('-') || !/^[A-Za-z0-9._/-]+$/.test(base) || base.includes('..')))
    throw new UserError(`input 'base' is '${base}', not a branch name`, { hint: 'name the base branch, e.g. main' });
  return {
    workingDirectory: inputs.string('working-directory', '.'),
    config: inputs.optional('config'),
    from: inputs.optional('from'),
    to: inputs.required('to'),
    environments: inputs.list('environments'),
    digests: inputs.optional('digests'),
    version,
    resolveDigests: inputs.optionalBoolean('resolve-digests'),
    push: inputs.choice('push', ['pr', 'direct'] as const, 'pr'),
    services: inputs.list('services'),
    chartVersion,
    valuesFile: inputs.optional('values-file'),
    valuesKey: inputs.optional('values-key'),
    repository,
    verifySource: inputs.boolean('verify-source', true),
    base,
    draft: inputs.boolean('draft', false),
    labels: inputs.source('labels') === '' ? ['automation:release-bump'] : inputs.list('labels'),
    reviewers: inputs.list('reviewers'),
    autoMerge: inputs.optionalBoolean('auto-merge'),
    allowSkip: inputs.boolean('allow-skip', false),
    requireChecks: inputs.list('require-checks'),
    dryRun: inputs.boolean('dry-run', false),
  };
}

/** The outside world of a promotion: the workspace, the token (masked by the face), masking and progress. */
export interface PromoteOperationWorld {
  workspace: string;
  env: NodeJS.ProcessEnv;
  token?: string;
  /** Registers a secret found on the way (git credentials, a Docker config password). */
  secret(value: string): void;
  reporter: Reporter;
  /** Opens git, GitHub and the registry for the repository promoted in; default promote/world.ts openPromoteWorld. */
  open?: (o: WorldOptions) => Promise<WorldSession>;
}

/** What a promotion did, with the request it ran (for the summary) and the action's outputs. */
export interface PromoteOperationResult extends PromoteResult {
  request: PromoteRequest;
  dryRun: boolean;
  /** The planned edits (the same as plan.files), for the terminal's diff. */
  changes: FileChange[];
  outputs: { changed: string; 'pr-number': string; 'pr-url': string; branch: string; changes: string };
}

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
export async function runPromote(i: PromoteInputs, world: PromoteOperationWorld): Promise<PromoteOperationResult> {
  const { session, request } = await openPromotion(i, world);
  world.reporter.group(`Promoting ${i.from ?? 'new pins'} → ${i.to}`);
  try {
    const req = await request();
    const r = await runPromotion(req, session.world);
    return {
      ...r,
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

/** What `lockstep status` asks: the promote-env inputs that say where the environments and services are. */
export type StatusInputs = Pick<PromoteInputs, 'workingDirectory' | 'config' | 'environments' | 'services' | 'valuesFile' | 'valuesKey' | 'repository' | 'base'>;

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
  environments: string[];
  /** Per service (and `chart version` when Applications are configured): `tag digest` in each environment. */
  rows: DriftRow[];
  next: NextPromotion[];
}

/**
 * The drift table of promote-env without promoting: each adjacent pair is
 * planned as a dry run (no registry, no checks), and each environment's
 * column is taken from a plan that does not target it, or, for a target,
 * from the plan's old pins, so every column shows what the base pins now.
 */
export async function runStatus(i: StatusInputs, world: PromoteOperationWorld): Promise<StatusResult> {
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
    }
    const ok = plans.filter((p) => p.result);
    const services = ok[0]?.result?.plan.drift.rows.map((r) => r.service) ?? req.services.map((s) => s.name);
    const cell = (row: number, col: number): string => {
      const other = ok.find((p) => p.to !== col);
      if (other) return other.result!.plan.drift.rows[row]?.cells[col] ?? '?';
      const own = ok.find((p) => p.to === col);
      if (!own) return '?';
      const { plan } = own.result!;
      const service = services[row];
      const change = plan.changes.find((c) => c.service === service);
      if (change) return `${change.oldTag ?? '—'} ${shortDigest(change.oldDigest)}`;
      if (service === 'chart version' && plan.chart) return plan.chart.old || '—';
      return plan.drift.rows[row]?.cells[col] ?? '?';
    };
    const rows = services.map((service, row) => ({ service, cells: names.map((_n, col) => cell(row, col)) }));
    return { base: req.base, baseSha: ok[0]?.result?.baseSha, environments: names, rows, next };
  } finally {
    await session.close();
  }
}
