/**
 * `npm run bench` (in action-tests): runs every action-tests/bench/*.bench.ts
 * in name order on Node 24, each with a fresh temp folder, then prints one
 * table of all the rows they returned. Nothing is written to the repository:
 * a results file would go stale.
 *
 *   npm run bench                          all modules, 7 runs per measurement
 *   BENCH_QUICK=1 npm run bench            3 runs
 *   npm run bench -- chart-bump-check      only modules whose file name contains it (a whole file name,
 *                                          chart-bump-check.bench.ts, only that module)
 *   npm run bench -- cold-start            every bundle (and the CLI) refusing a bad input, with what it loads at start against its budget
 *   npm run bench -- chart-bump-check.bench.ts
 *                                          chart-bump-check on replayed PRs against node -e 0 + git diff | grep, with git
 *                                          processes per run and bytes fetched on a fetch-depth: 1 checkout
 *                                          (BENCH_COMPARE_DIR=DIR times DIR's bundle in the same rounds)
 *   npm run bench -- chart-bump-check-identical
 *                                          check and bump dry runs with the bundles of 7dfe061 (BENCH_IDENTICAL_REF) and
 *                                          the current ones, outputs compared byte for byte
 *   npm run bench -- cli-check             lockstep check vs the chart-bump-check action, same repository and refs
 *   npm run bench -- chart-bump-scale      chart-bump-check by repository, history and PR size
 *   npm run bench -- chart-bump-check-queue
 *                                          chart-bump-check on merge_group and pull_request with no chart changed, a
 *                                          fresh depth-1 checkout per run, beside node's start (target: < 1 s)
 *   npm run bench -- chart-bump-hostile    chart-bump-check on fork PR content: 40,000 values keys, a 100 MB file, backtracking patterns
 *   npm run bench -- promote-env           staging→prod of 40 services (and 10 / 200) vs a yq -i loop, REST double at 50 ms
 *   npm run bench -- promote-env-overlays  staging→prod of 40 services in Kustomize overlays vs a yq -i loop on images:
 *   npm run bench -- metrics           lockstep metrics over 20,000 first-parent commits, 300 services, 3 environments
 *                                          (table and --json) vs git log --first-parent --name-only
 *   npm run bench -- large-repo        release, check, promote (dry run and push: pr against the GitHub double) and
 *                                          status at S (20,000 commits, 300 services) and L (100,000, 1,000) beside
 *                                          node -e 0 and git log --oneline (status's peak the largest of ten runs, each
 *                                          run's peak listed); BENCH_SCALE=S|L for one shape; with it
 *                                          large-repo-identity: every command's output on S by the CLI at
 *                                          BENCH_BASE_COMMIT (default 7dfe061) and by this one, byte for byte
 *   npm run bench -- fleet                 status, promote, metrics and config at E = 3, 30, 100 environments (dev, staging,
 *                                          prod-001 … in waves of ten) of 20,000 commits × 300 services, best of 3 beside
 *                                          git log --first-parent --oneline, and the fitted growth exponent from 3 to 100;
 *                                          BENCH_QUICK=1: 2,000 × 50; BENCH_FLEET=large: 100,000 × 1,000 × 10
 *   npm run bench -- hydrate-300           lockstep hydrate --push of 300 environments × a chart of 300 objects (every branch
 *                                          created, then unchanged) vs the 300 helm template runs, 4 at once; renders, git
 *                                          starts and tree writes counted; BENCH_HYDRATE_ENVS=30 for fewer environments
 *   npm run bench -- render-fleet          100 apps × 3 environments (globs, a file:// library chart, ~21 objects each) through
 *                                          the CLI with Helm: check on one app changed and on the library changed, promote
 *                                          staging → prod of every app, hydrate prod, each beside its helm template runs two
 *                                          at a time; BENCH_FLEET_APPS=N for fewer apps
 *   npm run bench -- shard-fleet           the same fleet, the library changed: one runner's lockstep check against 8 shards
 *                                          (--shard i/8) run one after another and their merge (--merge-shards): the slowest
 *                                          shard plus the merge vs the whole run; BENCH_FLEET_APPS=1000 for issue 76's figure
 *   npm run bench -- values-contract       lockstep check on a chart as large as the survey set's largest (101 templates, a
 *                                          2,955-line values.yaml, a schema), values-contract: error vs off alternately,
 *                                          medians and their difference (target: ≤ 1 s more with the contract on)
 *   npm run bench -- shallow               each action on a fetch-depth 1 vs 0 checkout of a 30,000-commit, 100-chart history:
 *                                          bytes the loopback git server sent (checkout + the action's fetches) and time
 *   BENCH_ACTIONS_DIR=DIR npm run bench    measures the bundles under DIR/<action>/dist instead (a before/after:
 *                                          `git archive <commit> actions | tar -x -C /tmp/before`); BENCH_CLI_DIST=DIR
 *                                          the CLI bundle in DIR (cold-start, cli-check)
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { displayWidth } from '../demo/render.ts';
import type { Bench, BenchContext, BenchRow } from './context.ts';
import { formatMs } from './measure.ts';

const here = dirname(fileURLToPath(import.meta.url));

/** Bench modules in name order, limited to those whose name contains any filter. */
export function benchFiles(dir: string, filters: string[]): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.bench.ts'))
    .filter((f) => filters.length === 0 || filters.some((x) => (x.endsWith('.bench.ts') ? f === x : f.includes(x))))
    .sort()
    .map((f) => join(dir, f));
}

function ratio(a: number | undefined, b: number | undefined): string {
  if (a === undefined || b === undefined || !(b > 0)) return '—';
  const r = a / b;
  return `${r >= 10 ? r.toFixed(1) : r.toFixed(2)}×`;
}

/** The result table, columns aligned by display width. */
export function formatTable(rows: BenchRow[]): string {
  const header = ['case', 'ours', 'peer', 'ours/peer', 'floor', 'ours/floor', 'peak MB', 'target', 'met'];
  const body = rows.map((r) => [
    r.case,
    formatMs(r.oursMs),
    r.peer ? `${r.peer}${r.peerMs !== undefined ? ` ${formatMs(r.peerMs)}` : ''}` : '—',
    ratio(r.oursMs, r.peerMs),
    r.floorMs !== undefined ? formatMs(r.floorMs) : '—',
    ratio(r.oursMs, r.floorMs),
    r.peakMB !== undefined && r.peakMB > 0 ? r.peakMB.toFixed(0) : '—',
    r.target,
    r.met ? '✓' : '✗',
  ]);
  const numeric = new Set([1, 3, 4, 5, 6]);
  const widths = header.map((h, c) => Math.max(displayWidth(h), ...body.map((r) => displayWidth(r[c]))));
  const cell = (s: string, c: number) => {
    const padding = ' '.repeat(widths[c] - displayWidth(s));
    return numeric.has(c) ? padding + s : s + padding;
  };
  const line = (r: string[]) => r.map(cell).join('  ').trimEnd();
  return [line(header), widths.map((w) => '─'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}

function isRow(r: unknown): r is BenchRow {
  const o = r as BenchRow;
  return (
    typeof o === 'object' &&
    o !== null &&
    typeof o.case === 'string' &&
    typeof o.oursMs === 'number' &&
    typeof o.target === 'string' &&
    typeof o.met === 'boolean'
  );
}

async function main(): Promise<number> {
  if (!process.version.startsWith('v24.')) {
    console.error(
      `bench: running on Node ${process.version}; start it with \`npm run bench\` (node ../scripts/node24.mjs bench/run.ts) so it measures the node24 runtime`,
    );
    return 1;
  }
  const filters = process.argv.slice(2).filter((a) => a !== '--');
  const files = benchFiles(here, filters);
  if (files.length === 0) {
    console.error(`bench: no action-tests/bench/*.bench.ts matches ${filters.join(' ') || '(none found)'}`);
    return 1;
  }
  const quick = process.env.BENCH_QUICK === '1';
  const runs = quick ? 3 : 7;
  console.log(`lockstep bench — ${files.length} module(s), ${runs} runs each${quick ? ' (BENCH_QUICK)' : ''}, Node ${process.version}`);
  const rows: BenchRow[] = [];
  const failed: string[] = [];
  for (const file of files) {
    const name = file.slice(file.lastIndexOf('/') + 1);
    const tmp = mkdtempSync(join(tmpdir(), `lockstep-bench-${name.replace(/\.bench\.ts$/, '')}-`));
    const ctx: BenchContext = { node: process.execPath, tmp, runs, log: (text) => console.log(`  ${text}`) };
    const started = performance.now();
    console.log(`\n▶ ${name}`);
    try {
      const mod = (await import(pathToFileURL(file).href)) as { default?: Bench };
      if (typeof mod.default !== 'function') throw new Error('no default export of type Bench');
      const result = await mod.default(ctx);
      if (!Array.isArray(result) || !result.every(isRow)) throw new Error('the module did not return BenchRow[]');
      rows.push(...result);
      console.log(`  done in ${formatMs(performance.now() - started)}`);
    } catch (e) {
      failed.push(name);
      console.error(`  ✗ ${name} failed: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  }
  if (rows.length) {
    console.log(`\n${formatTable(rows)}`);
    console.log(
      `\n${rows.filter((r) => r.met).length} of ${rows.length} targets met. Medians of ${runs} runs; peak MB is the largest resident set of ours.`,
    );
  }
  if (failed.length) console.error(`\nbench: ${failed.length} module(s) failed: ${failed.join(', ')}`);
  return failed.length ? 1 : 0;
}

// Only when started as the script (bench modules and tests may import formatTable).
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) process.exitCode = await main();
