import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Bench, BenchContext, BenchRow } from './context.ts';
import { formatMs, median, timeSpawn, type Timing } from './measure.ts';
import { rng } from '../harness/random.ts';
import { startGitHttpServer } from '../harness/git-http.ts';
import { generateChartRepo, git, type ChartRepo } from './chart-repo.ts';
import { isCompiling, isGc, isIdle, isNative, isSpawning, profileBundle, type ProfileSpec } from './profile.ts';
import { runnerEnv } from './runner-env.ts';
import { buildMinimalCheck } from './minimal-check.ts';

const CHARTS = 300;
const COMMITS = 5000;
const PAIRS = 20;

/**
 * Where a check's time goes: Node's start, the bundle's compile, git, the
 * yaml library, the other libraries and the check's own code, each bundle
 * chunk labelled by what it holds (the check's code by `checkChartBumps`).
 */
export const PROFILE: ProfileSpec = {
  order: [
    'node start and native work (V8, libuv)',
    'compiling and linking the bundle (ESM)',
    'spawning git (Node blocks until each child has started)',
    'yaml library',
    'semver, picomatch',
    'check code (core)',
    'action entry and git plumbing (index.js)',
    'Node internals (streams, events, paths)',
    'garbage collection',
    'idle (waiting on git)',
  ],
  stack: [
    { name: 'idle (waiting on git)', test: isIdle },
    { name: 'garbage collection', test: isGc },
    { name: 'node start and native work (V8, libuv)', test: isNative },
    { name: 'spawning git (Node blocks until each child has started)', test: isSpawning },
    { name: 'compiling and linking the bundle (ESM)', test: isCompiling },
  ],
  chunks: [
    { name: 'action entry and git plumbing (index.js)', test: (f) => f === 'index.js' },
    { name: 'yaml library', test: (_, text) => text.includes('class Composer') },
    { name: 'check code (core)', test: (_, text) => text.includes('checkChartBumps') },
    { name: 'semver, picomatch', test: (_, text) => /class SemVer|picomatch/.test(text) },
    { name: 'check code (core)', test: () => true },
  ],
  fallback: 'Node internals (streams, events, paths)',
};

/** A replayed pull request: its base and head commits, its base branch, and the verdict the history says it must get. */
interface ReplayPr {
  base: string;
  head: string;
  branch: string;
  /** The chart folders whose packaged files the PR changes (its `changed-charts` output), sorted. */
  changed: string[];
  /** Whether every changed chart's version moved (the `ok` output). */
  ok: boolean;
}

/** One replayed history: a generated repository and the PRs replayed on it. */
interface Replay {
  name: string;
  charts: number;
  commits: number;
  prs: number;
}

const REPLAYS: Replay[] = [
  { name: 'replay A', charts: CHARTS, commits: COMMITS, prs: PAIRS },
  { name: 'replay B', charts: 100, commits: 2000, prs: 30 },
];

/**
 * A history's commits replayed as pull requests: each PR is a run of 1–8
 * consecutive commits of main (base = the commit before the run, head = its
 * last commit), spread over the history. Its expected verdict comes from the
 * generator's log (chart-repo.ts), not from lockstep: the charts whose
 * packaged files the run changed, and whether each of them was bumped in it.
 */
function replayPrs(repo: ChartRepo, prs: number, seed: number, prefix: string): ReplayPr[] {
  const rand = rng(seed);
  const first = Math.min(200, Math.floor(repo.commits / 10));
  return Array.from({ length: prs }, (_, p) => {
    const b = first + Math.floor(((p + rand()) * (repo.commits - first - 20)) / prs);
    const h = b + 1 + Math.floor(rand() * 8);
    const changed = new Map<string, boolean>();
    for (let n = b + 1; n <= h; n++) {
      const c = repo.log.get(n)!;
      if (c.kind === 'packaged') changed.set(c.chart!, (changed.get(c.chart!) ?? false) || c.bumped);
    }
    return {
      base: repo.marks.get(b)!,
      head: repo.marks.get(h)!,
      branch: `${prefix}-${p}`,
      changed: [...changed.keys()].sort(),
      ok: [...changed.values()].every(Boolean),
    };
  });
}

/** Whether a run's outputs carry the PR's expected verdict; the difference in words otherwise. */
function verdictMismatch(outputText: string, pr: ReplayPr): string | undefined {
  const ok = /^ok<<(\S+)\n(.*)\n\1$/m.exec(outputText)?.[2];
  const changedText = /^changed-charts<<(\S+)\n(.*)\n\1$/m.exec(outputText)?.[2];
  if (ok === undefined || changedText === undefined) return 'no ok / changed-charts output';
  const changed = (JSON.parse(changedText) as { path: string }[]).map((c) => c.path).sort();
  if (ok !== String(pr.ok) || changed.join(' ') !== pr.changed.join(' '))
    return `ok ${ok} for [${changed.join(' ')}], expected ok ${pr.ok} for [${pr.changed.join(' ')}]`;
  return undefined;
}

/** The git processes a run started: GIT_TRACE writes one `trace: built-in: git <command>` line per git process. */
function gitProcesses(traceFile: string): string[] {
  if (!existsSync(traceFile)) return [];
  return [...readFileSync(traceFile, 'utf8').matchAll(/trace: built-in: git (\S+)/g)].map((m) => m[1]);
}

/** Per case: the best run of N of each of the three, and the median. */
interface Figures {
  ours: number[];
  start: number[];
  shell: number[];
  minimal: number[];
}

/**
 * chart-bump-check on pull requests replayed from generated chart monorepos
 * (300 charts / 5,000 commits, 20 PRs; 100 charts / 2,000 commits, 30 PRs),
 * each a full clone (`fetch-depth: 0`) whose origin/<base> holds the PR's
 * base, so no fetch is needed, against the floor: `node -e 0` plus the
 * simplest shell check, `git diff --name-only base...head | grep`, each
 * started as a process the same way. Per PR the three alternate round by
 * round (a shared machine's load weighs on all alike); the figures are the
 * best of N runs and the median. Every PR's verdict must be the one the
 * history says. In the same rounds, the smallest Node check (minimal-check.ts),
 * which shows how much of the 2× budget is Node's and the libraries' before any
 * of lockstep's rules. Besides: the git processes one run starts (GIT_TRACE), and
 * the bytes a `fetch-depth: 1` checkout and the run on it fetch from a
 * loopback HTTP git server.
 */
const bench: Bench = async (ctx) => {
  const runner = join(ctx.tmp, 'runner');
  mkdirSync(runner, { recursive: true });
  const dist = join(
    process.env.BENCH_ACTIONS_DIR ?? join(import.meta.dirname, '..', '..', 'actions'),
    'chart-bump-check',
    'dist',
    'index.js',
  );
  // A second bundle (a before/after: `git archive <commit> actions | tar -x -C /tmp/before`, then
  // BENCH_COMPARE_DIR=/tmp/before/actions) timed in the same rounds, so both meet the same load.
  const compareDist = process.env.BENCH_COMPARE_DIR
    ? join(process.env.BENCH_COMPARE_DIR, 'chart-bump-check', 'dist', 'index.js')
    : undefined;
  const ident = ['-c', 'user.name=bench', '-c', 'user.email=bench@example.com'];
  // The smallest Node check (minimal-check.ts), timed in the same rounds: what Node, the libraries and two git
  // processes cost before any of lockstep's rules.
  const minimal = await buildMinimalCheck(ctx.tmp);
  const rows: BenchRow[] = [];
  for (const [r, replay] of REPLAYS.entries()) {
    const at = join(ctx.tmp, `replay-${r}`);
    mkdirSync(at, { recursive: true });
    const repo = generateChartRepo(at, replay.charts, replay.commits);
    const { work } = repo;
    const prs = replayPrs(repo, replay.prs, 7 + r, `pr-base-${r}`);
    const failing = prs.filter((p) => !p.ok).length;
    ctx.log(
      `${replay.name}: ${replay.charts} charts, ${replay.commits} commits (${repo.bumps} chart bumps), ${replay.prs} PRs replayed (${failing} must fail)`,
    );
    const events: string[] = [];
    for (const [p, pr] of prs.entries()) {
      // The PR's base branch, on origin and as the workspace's origin/<branch> (actions/checkout with
      // fetch-depth: 0 fetches every branch after the event), holds the event's base commit: the even
      // PRs are up to date with it (tip = base), on the odd ones it moved on by a commit touching no chart.
      const tip = p % 2 === 0 ? pr.base : git(work, [...ident, 'commit-tree', `${pr.base}^{tree}`, '-p', pr.base, '-m', 'main moves on']);
      git(work, ['push', '--quiet', 'origin', `${tip}:refs/heads/${pr.branch}`, `${pr.head}:refs/pull/${p + 1}/head`]);
      git(work, ['update-ref', `refs/remotes/origin/${pr.branch}`, tip]);
      const event = join(runner, `event-${r}-${p}.json`);
      writeFileSync(
        event,
        JSON.stringify({ pull_request: { number: p + 1, base: { sha: pr.base, ref: pr.branch }, head: { sha: pr.head } } }),
      );
      events.push(event);
    }
    const envFor = (p: number, cwd = work, extra: Record<string, string> = {}) =>
      runnerEnv(
        { workspace: cwd, files: runner, home: ctx.tmp, event: { name: 'pull_request', path: events[p] } },
        { 'INPUT_WORKING-DIRECTORY': '.', INPUT_CONFIG: '.github/lockstep.yml', INPUT_BREAKING: 'error', ...extra },
      );
    const shell = (pr: ReplayPr) => `git diff --name-only "${pr.base}...${pr.head}" | grep -q Chart.yaml`;
    const runOurs = async (p: number, cwd = work, extra: Record<string, string> = {}, bundle = dist) => {
      writeFileSync(join(runner, 'output'), '');
      writeFileSync(join(runner, 'summary'), '');
      const t = await timeSpawn(ctx.node, [bundle], { cwd, env: envFor(p, cwd, extra), allowFailure: true, timeoutMs: 300_000 });
      if (t.code !== 0 && t.code !== 1) throw new Error(`chart-bump-check crashed on ${replay.name} PR ${p + 1}: ${t.stderr.slice(-800)}`);
      const wrong = verdictMismatch(readFileSync(join(runner, 'output'), 'utf8'), prs[p]);
      if (wrong) throw new Error(`chart-bump-check got ${replay.name} PR ${p + 1} wrong: ${wrong}\n${t.stdout.slice(-800)}`);
      return t;
    };

    const best: Figures = { ours: [], start: [], shell: [], minimal: [] };
    const med: Figures = { ours: [], start: [], shell: [], minimal: [] };
    const compared: { best: number[]; med: number[] } = { best: [], med: [] };
    const shellAll: number[] = [];
    let peak = 0;
    for (const [p, pr] of prs.entries()) {
      const ours: number[] = [];
      const sh: number[] = [];
      const start: number[] = [];
      const other: number[] = [];
      const least: number[] = [];
      // The first round only warms the file cache.
      for (let i = -1; i < ctx.runs; i++) {
        const n = await timeSpawn(ctx.node, ['-e', '0']);
        const s = await timeSpawn('bash', ['-c', shell(pr)], { cwd: work, allowFailure: true });
        const o = await runOurs(p);
        const m = await timeSpawn(ctx.node, [minimal], { cwd: work, env: envFor(p), allowFailure: true });
        if (m.code !== 0 && m.code !== 1)
          throw new Error(`the minimal check crashed on ${replay.name} PR ${p + 1}: ${m.stderr.slice(-800)}`);
        if (compareDist) other.push((await runOurs(p, work, {}, compareDist)).ms);
        if (i < 0) {
          other.length = 0;
          continue;
        }
        start.push(n.ms);
        sh.push(s.ms);
        shellAll.push(s.ms);
        ours.push(o.ms);
        least.push(m.ms);
        peak = Math.max(peak, o.peakRssMB);
      }
      best.ours.push(Math.min(...ours));
      best.start.push(Math.min(...start));
      best.shell.push(Math.min(...sh));
      med.ours.push(median(ours));
      med.start.push(median(start));
      med.shell.push(median(sh));
      best.minimal.push(Math.min(...least));
      med.minimal.push(median(least));
      if (compareDist) {
        compared.best.push(Math.min(...other));
        compared.med.push(median(other));
      }
    }
    const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
    const perPr = (xs: number[]) => sum(xs) / xs.length;
    const bestFloor = perPr(best.start) + perPr(best.shell);
    const bestRatio = perPr(best.ours) / bestFloor;
    const medFloor = median(med.start) + median(med.shell);
    const medRatio = median(med.ours) / medFloor;

    // Git processes per run, counted in runs of their own (GIT_TRACE costs a little): every PR once.
    const trace = join(ctx.tmp, 'git-trace');
    const counts: number[] = [];
    const commands = new Map<string, number>();
    for (const p of prs.keys()) {
      rmSync(trace, { force: true });
      await runOurs(p, work, { GIT_TRACE: trace });
      const started = gitProcesses(trace);
      counts.push(started.length);
      for (const c of started) commands.set(c, (commands.get(c) ?? 0) + 1);
    }
    rmSync(trace, { force: true });
    await timeSpawn('bash', ['-c', shell(prs[0])], { cwd: work, allowFailure: true, env: { ...process.env, GIT_TRACE: trace } });
    const shellGits = gitProcesses(trace).length;

    // Bytes on a fetch-depth: 1 checkout (as actions/checkout makes it) of three PRs, over loopback HTTP.
    const shallow = await shallowBytes(ctx, repo, prs, runOurs);

    ctx.log(
      `${replay.name}, best of ${ctx.runs} per PR (mean over ${replay.prs} PRs): floor ${formatMs(bestFloor)} ` +
        `(node -e 0 ${formatMs(perPr(best.start))} + shell check ${formatMs(perPr(best.shell))}), ` +
        `chart-bump-check ${formatMs(perPr(best.ours))}: ${bestRatio.toFixed(2)}× floor`,
    );
    ctx.log(
      `${replay.name}, median of ${ctx.runs} (median over PRs): floor ${formatMs(medFloor)}, chart-bump-check ${formatMs(median(med.ours))}: ` +
        `${medRatio.toFixed(2)}× floor; ${replay.prs} of ${replay.prs} verdicts as expected (${failing} fail, ${replay.prs - failing} pass); peak ${peak.toFixed(0)} MB`,
    );
    ctx.log(
      `${replay.name}, the smallest Node check (minimal-check.ts: two git processes, yaml + semver + picomatch, no rule but ` +
        `"the version went up") in the same rounds: best ${formatMs(perPr(best.minimal))} (${(perPr(best.minimal) / bestFloor).toFixed(2)}× floor), ` +
        `median ${formatMs(median(med.minimal))} (${(median(med.minimal) / medFloor).toFixed(2)}× floor); chart-bump-check is ` +
        `${(perPr(best.ours) / perPr(best.minimal)).toFixed(2)}× it`,
    );
    ctx.log(
      `${replay.name}: git processes per run ${Math.min(...counts)}–${Math.max(...counts)} (mean ${perPr(counts).toFixed(1)}; ` +
        `${[...commands].map(([c, k]) => `${c} ×${(k / counts.length).toFixed(1)}`).join(', ')}), the shell check ${shellGits}`,
    );
    ctx.log(
      `${replay.name}, fetch-depth: 1 checkout over loopback HTTP (median of ${shallow.length} PRs): checkout ${kib(median(shallow.map((s) => s.checkout)))}, ` +
        `chart-bump-check fetched ${kib(median(shallow.map((s) => s.action)))} more in ${median(shallow.map((s) => s.fetches)).toFixed(0)} upload-pack requests (POST) ` +
        `(${median(shallow.map((s) => s.gits)).toFixed(0)} git processes, ${formatMs(median(shallow.map((s) => s.ms)))})`,
    );
    if (compareDist)
      ctx.log(
        `${replay.name}, BENCH_COMPARE_DIR's chart-bump-check in the same rounds: best ${formatMs(perPr(compared.best))} ` +
          `(${(perPr(compared.best) / bestFloor).toFixed(2)}× floor), median ${formatMs(median(compared.med))} (${(median(compared.med) / medFloor).toFixed(2)}× floor)`,
      );
    const disturbed = floorDisturbed(median(med.shell), Math.min(...shellAll), bestRatio);
    if (disturbed) ctx.log(`the floor is disturbed, the target is not judged (run the bench again): ${disturbed}`);
    if (bestRatio > 2 && !disturbed && r === 0) await explain(ctx, dist, work, envFor(3), bestFloor, perPr(best.start), bestRatio);
    rows.push({
      case: `chart-bump-check, ${replay.prs} replayed PRs, ${replay.charts} charts / ${replay.commits} commits (best of ${ctx.runs}, mean per PR)`,
      oursMs: perPr(best.ours),
      peer: 'git diff --name-only base...head | grep',
      peerMs: perPr(best.shell),
      floorMs: bestFloor,
      peakMB: peak,
      target: '≤ 2.0× floor, every verdict right, < 150 MB',
      met: !disturbed && bestRatio <= 2 && peak < 150,
    });
  }
  return rows;
};

const exec = promisify(execFile);
const kib = (n: number) => `${(n / 1024).toFixed(n < 10_240 ? 1 : 0)} KiB`;

/** One PR checked on a fetch-depth: 1 checkout: what the server sent for the checkout and for the action's fetches. */
interface ShallowRun {
  checkout: number;
  action: number;
  /** The run's upload-pack requests (POST): each round of a fetch's negotiation is one. */
  fetches: number;
  gits: number;
  ms: number;
}

/**
 * Three of the PRs on a `fetch-depth: 1` checkout as actions/checkout makes
 * it (the PR's head alone, no base branch), from the bare origin served by
 * git http-backend on 127.0.0.1: the bytes the server sent, counted by the
 * server. The run must still give the expected verdict.
 */
async function shallowBytes(
  ctx: BenchContext,
  repo: ChartRepo,
  prs: ReplayPr[],
  runOurs: (p: number, cwd: string, extra: Record<string, string>) => Promise<Timing>,
): Promise<ShallowRun[]> {
  const TOKEN = 'bench-token';
  const server = await startGitHttpServer(join(repo.origin, '..'), TOKEN);
  const url = `${server.url}/origin.git`;
  const out: ShallowRun[] = [];
  try {
    for (const p of [0, Math.floor(prs.length / 2), prs.length - 1]) {
      const dir = join(ctx.tmp, `shallow-${p}-${Date.now()}`);
      mkdirSync(dir, { recursive: true });
      const env = { ...process.env, HOME: dir, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null' };
      // Asynchronous: this process serves the fetch it waits for.
      const g = (args: string[]) => exec('git', args, { cwd: dir, env, maxBuffer: 1 << 26 });
      await g(['init', '--quiet', '--initial-branch=main']);
      await g(['config', 'gc.auto', '0']);
      await g(['remote', 'add', 'origin', url]);
      await g(['config', `http.${url}/.extraheader`, `AUTHORIZATION: basic ${Buffer.from(`x-access-token:${TOKEN}`).toString('base64')}`]);
      const before = server.bytesSent;
      await g([
        'fetch',
        '--no-tags',
        '--prune',
        '--no-recurse-submodules',
        '--depth=1',
        'origin',
        `+refs/pull/${p + 1}/head:refs/remotes/pull/${p + 1}/head`,
      ]);
      await g(['checkout', '--quiet', '--force', '-B', 'pr', `refs/remotes/pull/${p + 1}/head`]);
      const checkout = server.bytesSent - before;
      const requests = server.requests.length;
      const trace = join(dir, '..', `trace-${p}`);
      const t = await runOurs(p, dir, { GIT_TRACE: trace, HOME: dir, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null' });
      const gits = gitProcesses(trace);
      out.push({
        checkout,
        action: server.bytesSent - before - checkout,
        fetches: server.requests.slice(requests).filter((q) => q.method === 'POST').length,
        gits: gits.length,
        ms: t.ms,
      });
    }
  } finally {
    await server.stop();
  }
  return out;
}

/** The target is missed: where the time goes, measured on one PR under the CPU profiler. */
async function explain(
  ctx: BenchContext,
  dist: string,
  work: string,
  env: Record<string, string>,
  floorMs: number,
  startMs: number,
  ratio: number,
): Promise<void> {
  const distDir = join(dist, '..');
  const { buckets, totalMs, loaded } = await profileBundle(ctx.node, distDir, ctx.tmp, ctx.runs, { cwd: work, env }, PROFILE);
  const size = loaded.reduce((sum, f) => sum + statSync(join(distDir, f)).size, 0) / 1024;
  ctx.log(
    `${ratio.toFixed(2)}× misses 2.0×, which leaves ${formatMs(2 * floorMs - startMs)} beyond Node's own start; main-thread profile of one PR ` +
      `(node --cpu-prof, mean of ${ctx.runs} runs, ${formatMs(totalMs)} with the profiler's overhead; ${size.toFixed(0)} KiB loaded: ${loaded.join(', ')}):`,
  );
  for (const b of buckets)
    ctx.log(
      `  ${formatMs(b.ms).padStart(8)}  ${((100 * b.ms) / totalMs).toFixed(0).padStart(3)}%  ${b.name}${b.top.length ? `: ${b.top.map((f) => `${f.fn} ${formatMs(f.ms)}`).join(', ')}` : ''}`,
    );
}

/**
 * Why the measured floor cannot be trusted, or undefined. The shell check is
 * the same `git diff` on every run of a PR: a median far above its
 * fastest run means something else (another job, a background gc in the
 * repository) ran while it was timed. And ours, which starts Node and does
 * more git work than the shell check, cannot really be faster than Node's
 * start plus that check: a ratio under 1 says the floor was inflated.
 */
function floorDisturbed(shellMs: number, shellMinMs: number, ratio: number): string | undefined {
  if (shellMs > 2 * shellMinMs)
    return `the shell check's median ${formatMs(shellMs)} is over twice its fastest run ${formatMs(shellMinMs)}`;
  if (ratio < 1) return `chart-bump-check measured under its floor (${ratio.toFixed(2)}×), which only an inflated floor allows`;
  return undefined;
}

export default bench;
