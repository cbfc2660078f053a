/**
 * Shallow checkouts (issue 22): each action's committed bundle on a
 * `fetch-depth: 1` checkout and on a `fetch-depth: 0` one of a large
 * generated history (30,000 commits, 100 charts, 98 release tags), served by
 * git http-backend over loopback. The bytes are what the server sent: the
 * checkout as actions/checkout makes it, plus every fetch the action makes.
 *
 *   npm run bench -- shallow
 */
import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { startGitHttpServer, type GitHttpServer } from '../harness/git-http.ts';
import type { Bench, BenchContext, BenchRow } from './context.ts';
import { formatMs, median, timeSpawn } from './measure.ts';
import { runnerEnv } from './runner-env.ts';
import { chartName, generatedHistory, serviceName, type GeneratedHistory } from './shallow-history.ts';

const exec = promisify(execFile);
const TOKEN = 'bench-token';
const repoRoot = join(import.meta.dirname, '..', '..');
const distOf = (action: string) => join(process.env.BENCH_ACTIONS_DIR ?? join(repoRoot, 'actions'), action, 'dist', 'index.js');

/** An action run on one checkout: what the server sent and how long each part took. */
interface Measured {
  checkoutBytes: number;
  actionBytes: number;
  checkoutMs: number;
  actionMs: number;
  /** What the run computed, compared across depths (the same on both). */
  result: string;
}

/** One action of the table: the event its checkout is for, its inputs, and what its outputs must say. */
interface Case {
  action: string;
  event: 'push' | 'pull_request';
  inputs: Record<string, string>;
  /** The outputs that must be the same on both depths, as one string; throws when the run failed. */
  result(outputs: string, code: number, stderr: string): string;
}

const kib = (n: number) => `${(n / 1024).toFixed(n < 10_240 ? 1 : 0)} KiB`;

/** The value of one output in a GITHUB_OUTPUT file (heredoc form). */
const output = (text: string, name: string) => new RegExp(`^${name}<<(\\S+)\\n([\\s\\S]*?)\\n\\1$`, 'm').exec(text)?.[2];

/**
 * A checkout as actions/checkout v4 makes it: fetch-depth 1 fetches the one
 * commit (a pull request's merge ref, a push's sha); 0 fetches every branch
 * and tag, then the pull request's merge ref. The credential is persisted as
 * checkout does (an extraheader in the repository's config).
 */
async function checkout(server: GitHttpServer, url: string, dir: string, c: Case, h: GeneratedHistory, depth: 0 | 1): Promise<number> {
  const git = (...args: string[]) => exec('git', args, { cwd: dir, env: gitEnv(dir), maxBuffer: 1 << 26 });
  mkdirSync(dir, { recursive: true });
  await git('init', '--quiet', '--initial-branch=main');
  await git('remote', 'add', 'origin', url);
  await git('config', `http.${url}/.extraheader`, `AUTHORIZATION: basic ${Buffer.from(`x-access-token:${TOKEN}`).toString('base64')}`);
  const before = server.bytesSent;
  const target = c.event === 'pull_request' ? '+refs/pull/1/merge:refs/remotes/pull/1/merge' : `+${h.head}:refs/remotes/origin/main`;
  if (depth === 1) await git('fetch', '--no-tags', '--prune', '--no-recurse-submodules', '--depth=1', 'origin', target);
  else {
    await git('fetch', '--prune', '--no-recurse-submodules', 'origin', '+refs/heads/*:refs/remotes/origin/*', '+refs/tags/*:refs/tags/*');
    if (c.event === 'pull_request') await git('fetch', '--no-tags', '--prune', '--no-recurse-submodules', 'origin', target);
  }
  await git(
    'checkout',
    '--quiet',
    '--force',
    '-B',
    c.event === 'pull_request' ? 'pr' : 'main',
    c.event === 'pull_request' ? 'refs/remotes/pull/1/merge' : h.head,
  );
  return server.bytesSent - before;
}

function gitEnv(home: string): Record<string, string> {
  return { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: home, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null' };
}

async function measure(ctx: BenchContext, server: GitHttpServer, url: string, h: GeneratedHistory, c: Case, depth: 0 | 1, i: number) {
  const root = join(ctx.tmp, `${c.action}-${depth}-${i}`);
  const work = join(root, 'work');
  const files = join(root, 'runner');
  mkdirSync(files, { recursive: true });
  const started = performance.now();
  const checkoutBytes = await checkout(server, url, work, c, h, depth);
  const checkoutMs = performance.now() - started;
  const eventPath = join(files, 'event.json');
  writeFileSync(
    eventPath,
    JSON.stringify(
      c.event === 'pull_request'
        ? {
            pull_request: { number: 1, base: { sha: h.head, ref: 'main' }, head: { sha: h.prHead } },
            repository: { default_branch: 'main' },
          }
        : { repository: { default_branch: 'main' } },
    ),
  );
  writeFileSync(join(files, 'output'), '');
  writeFileSync(join(files, 'summary'), '');
  const env = runnerEnv(
    { workspace: work, files, home: root, event: { name: c.event, path: eventPath } },
    { ...gitEnv(root), GITHUB_REPOSITORY: 'acme/mono', GITHUB_REF: 'refs/heads/main', SOURCE_DATE_EPOCH: '1795000000', ...c.inputs },
  );
  const before = server.bytesSent;
  const t = await timeSpawn(ctx.node, [distOf(c.action)], { cwd: work, env, allowFailure: true, timeoutMs: 300_000 });
  const actionBytes = server.bytesSent - before;
  const result = c.result(readFileSync(join(files, 'output'), 'utf8'), t.code ?? -1, t.stderr + t.stdout);
  return { checkoutBytes, actionBytes, checkoutMs, actionMs: t.ms, result } satisfies Measured;
}

const CASES: Case[] = [
  {
    action: 'prepare-release',
    event: 'push',
    inputs: { 'INPUT_DRY-RUN': 'true' },
    result(out, code, log) {
      const version = output(out, 'version');
      if (code !== 0 || !version) throw new Error(`prepare-release (exit ${code}) computed no version: ${log.slice(-800)}`);
      return `version ${version}, notes ${Buffer.byteLength(output(out, 'notes') ?? '')} bytes`;
    },
  },
  {
    action: 'chart-bump-check',
    event: 'pull_request',
    inputs: { 'INPUT_WORKING-DIRECTORY': '.', INPUT_BREAKING: 'error' },
    result(out, code, log) {
      const ok = output(out, 'ok');
      if (ok === undefined) throw new Error(`chart-bump-check (exit ${code}) set no outputs: ${log.slice(-800)}`);
      return `ok ${ok}, changed ${output(out, 'changed-charts') ?? output(out, 'charts') ?? '?'}`;
    },
  },
  {
    action: 'bump-chart',
    event: 'pull_request',
    inputs: { INPUT_CHARTS: `charts/${chartName(0)}`, INPUT_LEVEL: 'minor', 'INPUT_DRY-RUN': 'true' },
    result(out, code, log) {
      const version = output(out, 'version');
      if (code !== 0 || !version) throw new Error(`bump-chart (exit ${code}) set no version: ${log.slice(-800)}`);
      return `version ${version}`;
    },
  },
  {
    action: 'promote-env',
    event: 'push',
    inputs: {
      INPUT_FROM: 'staging',
      INPUT_TO: 'prod',
      INPUT_SERVICES: Array.from({ length: 60 }, (_, i) => serviceName(i)).join('\n'),
      'INPUT_VALUES-FILE': 'environments/{env}/values.yaml',
      'INPUT_VALUES-KEY': '{service}.image',
      'INPUT_DRY-RUN': 'true',
    },
    result(out, code, log) {
      const changed = output(out, 'changed');
      if (code !== 0 || changed === undefined) throw new Error(`promote-env (exit ${code}) set no outputs: ${log.slice(-800)}`);
      const changes = JSON.parse(output(out, 'changes') ?? '[]') as { service: string; 'new-digest': string }[];
      return `changed ${changed}, ${changes.length} pins moved (${changes.map((c) => `${c.service}@${c['new-digest'].slice(7, 19)}`).join(' ')})`;
    },
  },
];

const bench: Bench = async (ctx) => {
  const h = generatedHistory(undefined, ctx.log);
  ctx.log(
    `history: ${h.shape.commits} commits, ${h.shape.charts} charts, ${h.tags.length} release tags (last ${h.lastTag}, ${h.shape.sinceLast} commits before HEAD), pack ${h.packKiB} KiB; PR 1 changes ${chartName(0)}`,
  );
  const server = await startGitHttpServer(dirname(h.bare), TOKEN);
  const url = `${server.url}/${basename(h.bare)}`;
  const runs = Math.min(ctx.runs, 3);
  const rows: BenchRow[] = [];
  const table: string[][] = [];
  try {
    for (const c of CASES) {
      const at: Record<number, Measured[]> = { 0: [], 1: [] };
      // Depths alternate within each round, so load on a shared machine weighs on both alike.
      for (let i = 0; i < runs; i++) for (const depth of [1, 0] as const) at[depth].push(await measure(ctx, server, url, h, c, depth, i));
      const sum = (depth: 0 | 1) => {
        const m = at[depth];
        // The sideband's progress lines make a pack's response vary by a few bytes between runs: the median is shown.
        const bytes = median(m.map((x) => x.checkoutBytes + x.actionBytes));
        const checkout = median(m.map((x) => x.checkoutBytes));
        return {
          checkout,
          action: bytes - checkout,
          bytes,
          checkoutMs: median(m.map((x) => x.checkoutMs)),
          actionMs: median(m.map((x) => x.actionMs)),
          totalMs: median(m.map((x) => x.checkoutMs + x.actionMs)),
        };
      };
      if (at[1][0].result !== at[0][0].result)
        throw new Error(`${c.action} computes differently on depth 1 (${at[1][0].result}) and depth 0 (${at[0][0].result})`);
      const d1 = sum(1);
      const d0 = sum(0);
      for (const [depth, s] of [
        [1, d1],
        [0, d0],
      ] as const)
        table.push([
          c.action,
          String(depth),
          kib(s.checkout),
          kib(s.action),
          kib(s.bytes),
          formatMs(s.checkoutMs),
          formatMs(s.actionMs),
          formatMs(s.totalMs),
        ]);
      ctx.log(`${c.action}: ${at[1][0].result.slice(0, 160)}${at[1][0].result.length > 160 ? '…' : ''} on both depths`);
      const share = d1.bytes / d0.bytes;
      rows.push({
        case: `shallow checkout: ${c.action} on fetch-depth 1, ${kib(d1.bytes)} fetched (checkout ${kib(d1.checkout)} + action ${kib(d1.action)}) vs fetch-depth 0 ${kib(d0.bytes)}; checkout + run, median of ${runs}`,
        oursMs: d1.totalMs,
        peer: 'fetch-depth: 0',
        peerMs: d0.totalMs,
        target: 'depth 1 fetches ≤ 10% of depth 0 and is not slower',
        met: share <= 0.1 && d1.totalMs <= d0.totalMs,
      });
    }
  } finally {
    await server.stop();
  }
  const header = ['action', 'depth', 'checkout', 'action fetched', 'total fetched', 'checkout time', 'action time', 'total time'];
  const widths = header.map((x, c) => Math.max(x.length, ...table.map((r) => r[c].length)));
  ctx.log(`bytes the server sent (checkout as actions/checkout does it + the action's own fetches); times: medians of ${runs}:`);
  for (const r of [header, widths.map((w) => '─'.repeat(w)), ...table])
    ctx.log(`  ${r.map((v, c) => (c < 2 ? v.padEnd(widths[c]) : v.padStart(widths[c]))).join('  ')}`);
  return rows;
};

export default bench;
