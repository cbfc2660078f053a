// The job after a matrix of `shard: i/n` checks (issue 76, "Past one runner"): every shard's file (shard-file.ts) read,
// the set checked whole — each of 1..n exactly once, one n, one pair of commits, one config, one chart verdict — and
// merged into the result one runner would have given: one summary, one verdict, one set of outputs. A missing or
// unreadable shard refuses the merge; it never passes.

import type { Problem } from '../../checks/problem.ts';
import { shardOf } from '../../deploy/shard-split.ts';
import { UserError } from '../../errors.ts';
import type { EnvironmentRender } from '../../render/report.ts';
import { changedChartsOutput, type CheckResult } from './run.ts';
import { readShardResults, type ShardFileOf } from './shard-file.ts';
import type { CheckRequest } from './request.ts';
import type { World } from '../../contract/world.ts';
import { resolveInside, resolveWorkingDirectory } from '../../fs/workspace.ts';
import { commitOf } from '../../git/commits.ts';
import { gitSpawner } from '../../git/objects.ts';
import { environmentOf, notRenderedOf } from './not-rendered.ts';
import { notJudged, UNCHANGED, type ProtectedVerdict } from './verdicts.ts';

/** One shard's file, its result a check's. */
type ShardFile = ShardFileOf<CheckResult>;

/** merge-shards: every shard's file read and merged (merge-shards.ts); base and head, where known, are the commits each must have checked. */
export async function mergeShards(req: CheckRequest, world: World): Promise<CheckResult> {
  const root = resolveWorkingDirectory(world.workspace, req.workingDirectory, 'working-directory');
  const dir = resolveInside(root, req.mergeShards ?? '', 'merge-shards');
  const files = readShardResults<CheckResult>(dir);
  const git = world.services.repo?.(root) ?? gitSpawner(root);
  const commit = async (ref: string, input: 'base' | 'head') => {
    if (ref === '' || /^([0-9a-f]{40}|[0-9a-f]{64})$/.test(ref)) return ref || undefined;
    const sha = await commitOf(git, ref).catch(() => undefined);
    if (!sha) throw new UserError(`${ref} names no commit in ${root}`, { input, hint: 'give the full commit the shards checked' });
    return sha;
  };
  return mergeShardResults(files, { base: await commit(req.base, 'base'), head: await commit(req.head, 'head') });
}

/** The commits the merging job checks (full SHAs, as the event names them), each shard's compared with them. */
export interface MergeExpected {
  base?: string;
  head?: string;
}

/** The shards' files merged into one check's result; a set that is not one whole matrix refused naming what is wrong. */
export function mergeShardResults(files: readonly ShardFile[], expected: MergeExpected, input = 'merge-shards'): CheckResult {
  const shards = wholeMatrix(files, input);
  sameRun(shards, expected, input);
  const first = shards[0];
  const key = runOrder(first);
  const byOrder = <T>(xs: T[], of: (x: T) => number[]) =>
    xs
      .map((x, i) => ({ x, k: [...of(x), i] }))
      .sort((a, b) => a.k[0] - b.k[0] || a.k[1] - b.k[1] || a.k[2] - b.k[2])
      .map((y) => y.x);
  // No Helm (or no kustomize) is one row in each shard that had an environment for it (render.ts helmsFor,
  // render-overlays.ts): said once, standing for every shard's environments it reached.
  const all = shards.flatMap((s) => s.result.rendered ?? []);
  const noTools = new Map<string, EnvironmentRender>();
  for (const r of all.filter((x) => x.noHelm)) {
    const was = noTools.get(r.environment);
    const reached = [...new Set([...(was?.reached ?? []), ...(r.reached ?? [])])];
    noTools.set(r.environment, { ...(was ?? r), ...(reached.length > 0 ? { reached } : {}) });
  }
  const rendered = [
    ...noTools.values(),
    ...byOrder(
      all.filter((r) => !r.noHelm),
      (r) => key(r.environment, r.what ? /^chart (\S+) /.exec(r.what)?.[1] : undefined),
    ),
  ];
  const renderProblems = shards.flatMap((s) => s.result.renderProblems ?? []);
  const planProblems = first.result.protectedProblems.slice(
    0,
    first.result.protectedProblems.length - (first.result.renderProblems?.length ?? 0),
  );
  const validation = onceEach(shards.map((s) => s.result.validation ?? []));
  const contractProblems = onceEach(shards.map((s) => s.result.valuesContract?.problems ?? []));
  const sections = byOrder(
    shards.flatMap((s) => s.result.valuesContract?.sections ?? []),
    (x) => key(x.environment, x.chart),
  );
  const notRendered = notRenderedOf(rendered, first.shard.environments);
  const protectedEnvironments = rendered.length > 0 ? verdictsOf(shards, rendered) : (first.result.protectedEnvironments ?? []);
  const errors = (ps: readonly Problem[]) => ps.some((p) => p.level === 'error');
  const ok = shards.every((s) => s.result.ok) && !errors(renderProblems) && !errors(validation) && !errors(contractProblems);
  const {
    rendered: _r,
    notRendered: _n,
    validation: _v,
    valuesContract: _c,
    renderProblems: _p,
    protectedEnvironments: _e,
    shard: _s,
    ...plan
  } = first.result;
  return {
    ...plan,
    protectedProblems: [...planProblems, ...renderProblems],
    ok,
    outputs: { ok: String(ok), 'changed-charts': JSON.stringify(changedChartsOutput(first.result)) },
    range: { ...first.result.range, fetched: [] },
    ...(rendered.length > 0 ? { rendered } : {}),
    ...(notRendered.length > 0 ? { notRendered } : {}),
    ...(validation.length > 0 ? { validation } : {}),
    ...(sections.length > 0 || contractProblems.length > 0 ? { valuesContract: { problems: contractProblems, sections } } : {}),
    ...(renderProblems.length > 0 ? { renderProblems } : {}),
    ...(protectedEnvironments.length > 0 ? { protectedEnvironments } : {}),
    merged: { shards: first.shard.count },
  };
}

/**
 * The order one runner lists renders in (operations/check/render.ts): each changed chart's environments in config
 * order, chart by chart, then the renders of no changed chart (values, Flux, overlays) by environment. `chart` is the
 * chart a render names (the `(chart)` of its environment when several changed, else its `chart <name>` line).
 */
function runOrder(first: ShardFile): (environment: string, chart: string | undefined) => [number, number] {
  const order = new Map(first.shard.environments.map((name, i) => [name, i]));
  const charts = first.result.charts.filter((c) => c.head !== null).map((c) => c.name);
  return (environment, chart) => {
    const named = / \(([^()]*)\)$/.exec(environment)?.[1] ?? chart;
    const rank = named === undefined ? -1 : charts.indexOf(named);
    return [rank === -1 ? charts.length : rank, order.get(environmentOf(environment)) ?? order.size];
  };
}

/** The files sorted 1..n, refused unless each shard of one n is there exactly once. */
function wholeMatrix(files: readonly ShardFile[], input: string): ShardFile[] {
  if (files.length === 0) throw new UserError('holds no shard result', { input });
  const first = files[0];
  const n = first.shard.count;
  const other = files.find((f) => f.shard.count !== n);
  if (other)
    throw new UserError(`${other.file} is shard ${other.shard.index}/${other.shard.count}, not one of ${n} as ${first.file} is`, { input });
  const seen = new Map<number, ShardFile>();
  for (const f of files) {
    const twin = seen.get(f.shard.index);
    if (twin) throw new UserError(`shard ${f.shard.index}/${n} is in both ${twin.file} and ${f.file}`, { input });
    seen.set(f.shard.index, f);
  }
  const missing = Array.from({ length: n }, (_, k) => k + 1).filter((i) => !seen.has(i));
  if (missing.length > 0)
    throw new UserError(
      `${missing.length === 1 ? 'shard' : 'shards'} ${missing.map((i) => `${i}/${n}`).join(', ')} ${missing.length === 1 ? 'has' : 'have'} no result: ${missing.length === 1 ? 'its job' : 'their jobs'} failed or ${missing.length === 1 ? 'its file was' : 'their files were'} not downloaded`,
      { input, hint: 'a merge never passes without every shard: re-run the failed shards, then this job' },
    );
  return [...seen.entries()].sort((a, b) => a[0] - b[0]).map(([, f]) => f);
}

/** Every shard of one run: the same commits (those this job checks), the same environments, the same chart verdicts, each render its own. */
function sameRun(shards: readonly ShardFile[], expected: MergeExpected, input: string): void {
  const first = shards[0];
  const commits = (f: ShardFile) => `${f.result.range.base}..${f.result.range.head}`;
  for (const side of ['base', 'head'] as const) {
    const want = expected[side];
    const got = first.result.range[side];
    if (want !== undefined && got !== want)
      throw new UserError(`${first.file} checked ${side} ${got}, not ${want} as this job does`, { input });
  }
  const planOf = (f: ShardFile) =>
    JSON.stringify([f.result.charts, f.result.configProblems ?? [], f.shard.environments, f.shard.protected]);
  for (const f of shards) {
    if (commits(f) !== commits(first) || f.result.range.mergeBase !== first.result.range.mergeBase)
      throw new UserError(`${f.file} checked ${commits(f)}, another commit than ${first.file}'s ${commits(first)}`, { input });
    if (planOf(f) !== planOf(first))
      throw new UserError(`${f.file} decided the charts or listed the environments otherwise than ${first.file}: not one run`, { input });
    const stray = (f.result.rendered ?? []).find(
      (r) => !r.noHelm && shardOf(environmentOf(r.environment), f.shard.count) !== f.shard.index,
    );
    if (stray)
      throw new UserError(
        `${f.file} holds a render of ${stray.environment}, which is not in shard ${f.shard.index}/${f.shard.count}'s share`,
        {
          input,
        },
      );
  }
}

/** Each protected environment's verdict from the shard whose share it is; not judged where that shard rendered nothing of it. */
function verdictsOf(shards: readonly ShardFile[], rendered: readonly EnvironmentRender[]): ProtectedVerdict[] {
  const noTool = rendered.find((r) => r.noHelm);
  return shards[0].shard.protected.flatMap((name) => {
    const owner = shards[shardOf(name, shards.length) - 1];
    const mine = owner.result.rendered?.length ? owner.result.protectedEnvironments?.find((v) => v.environment === name) : undefined;
    return mine ? [mine] : notJudged([name], noTool?.message ?? UNCHANGED);
  });
}

/** The problems of every shard, each said once: a problem of the config every shard finds alike is one problem. */
function onceEach(lists: readonly Problem[][]): Problem[] {
  const seen = new Set<string>();
  const out: Problem[] = [];
  for (const list of lists) {
    const mine = new Set<string>();
    for (const p of list) {
      const key = JSON.stringify([p.level, p.file, p.line ?? null, p.message]);
      if (seen.has(key) && !mine.has(key)) continue;
      mine.add(key);
      out.push(p);
    }
    for (const k of mine) seen.add(k);
  }
  return out;
}
