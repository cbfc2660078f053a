/**
 * The dry runs byte-identical before and after (issue 40, "Done when"): on
 * the bench's generated chart monorepo (chart-repo.ts, 100 charts / 2,000
 * commits, 30 PRs replayed as in chart-bump-check.bench.ts), each run below
 * is made with the bundles of a reference commit (BENCH_IDENTICAL_REF,
 * default 7dfe061, main when issue 40's work started; its committed dist
 * files extracted with `git show <ref>:<path>`) and with the current ones,
 * and everything it wrote is compared: exit code, stdout, stderr, the
 * outputs and the step summary (the runner's random heredoc delimiter
 * aside).
 *
 *   - the chart-bump-check action on every replayed PR;
 *   - the bump-chart action, dry run, on three charts at three levels;
 *   - the CLI: `lockstep check` (text and --json) on every PR and
 *     `lockstep bump --dry-run` on the same charts.
 *
 *   npm run bench -- chart-bump-check-identical
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { rng } from '../harness/random.ts';
import { chartName, generateChartRepo, git } from './chart-repo.ts';
import type { Bench } from './context.ts';
import { timeSpawn } from './measure.ts';
import { runnerEnv } from './runner-env.ts';

const REF = process.env.BENCH_IDENTICAL_REF ?? '7dfe061';
const repoRoot = join(import.meta.dirname, '..', '..');

/** The committed bundles of `ref` (each action's dist and the CLI's) written under `dir`, as `git show` gives them. */
function extractBundles(ref: string, dir: string): void {
  const listed = execFileSync('git', ['ls-tree', '-r', '-z', '--name-only', ref, '--', 'actions', 'packages/cli/dist'], {
    cwd: repoRoot,
    encoding: 'utf8',
  });
  for (const path of listed.split('\0').filter((p) => /^(actions\/[^/]+\/dist|packages\/cli\/dist)\//.test(p))) {
    const to = join(dir, path);
    mkdirSync(dirname(to), { recursive: true });
    writeFileSync(to, execFileSync('git', ['show', `${ref}:${path}`], { cwd: repoRoot, maxBuffer: 1 << 28 }));
  }
}

/** What one run wrote, the runner's random heredoc delimiters replaced by one word. */
function written(code: number | null, stdout: string, stderr: string, files: string): string {
  const read = (f: string) => {
    try {
      return readFileSync(join(files, f), 'utf8');
    } catch {
      return '(none)';
    }
  };
  const text = `exit ${code}\n--- stdout\n${stdout}\n--- stderr\n${stderr}\n--- output\n${read('output')}\n--- summary\n${read('summary')}`;
  return text.replace(/ghadelimiter_[A-Za-z0-9_-]+/g, 'DELIMITER');
}

const bench: Bench = async (ctx) => {
  const before = join(ctx.tmp, 'before');
  extractBundles(REF, before);
  mkdirSync(join(ctx.tmp, 'repo'));
  const repo = generateChartRepo(join(ctx.tmp, 'repo'), 100, 2000);
  const files = join(ctx.tmp, 'runner');
  mkdirSync(files, { recursive: true });
  const rand = rng(11);
  const prs = Array.from({ length: 30 }, (_, p) => {
    const b = 200 + Math.floor(((p + rand()) * 1780) / 30);
    return { base: repo.marks.get(b)!, head: repo.marks.get(b + 1 + Math.floor(rand() * 8))!, branch: `identical-${p}` };
  });
  for (const pr of prs) {
    git(repo.work, ['push', '--quiet', 'origin', `${pr.base}:refs/heads/${pr.branch}`]);
    git(repo.work, ['update-ref', `refs/remotes/origin/${pr.branch}`, pr.base]);
  }

  /** One run of a bundle from both trees; the difference, if any, in words. */
  let runs = 0;
  const differences: string[] = [];
  const compare = async (what: string, bundle: (root: string) => string, args: string[], env: (p: string) => Record<string, string>) => {
    const seen: string[] = [];
    for (const root of [before, repoRoot]) {
      writeFileSync(join(files, 'output'), '');
      writeFileSync(join(files, 'summary'), '');
      const t = await timeSpawn(ctx.node, [bundle(root), ...args], {
        cwd: repo.work,
        env: env(root),
        allowFailure: true,
        timeoutMs: 300_000,
      });
      seen.push(written(t.code, t.stdout, t.stderr, files));
      // A dry run must leave the checkout as it was.
      git(repo.work, ['diff', '--quiet', 'HEAD']);
    }
    runs++;
    if (seen[0] !== seen[1]) {
      const a = seen[0].split('\n');
      const b = seen[1].split('\n');
      const at = a.findIndex((line, i) => line !== b[i]);
      differences.push(`${what}: first difference at line ${at + 1}: ${JSON.stringify(a[at])} → ${JSON.stringify(b[at])}`);
    }
  };
  const action = (name: string) => (root: string) => join(root, 'actions', name, 'dist', 'index.js');
  const cli = (root: string) => join(root, 'packages', 'cli', 'dist', 'lockstep.js');
  const eventFile = join(files, 'event.json');
  const actionEnv = (inputs: Record<string, string>) => () =>
    runnerEnv({ workspace: repo.work, files, home: ctx.tmp, event: { name: 'pull_request', path: eventFile } }, inputs);
  const cliEnv = () => ({ PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: ctx.tmp, NO_COLOR: '1' });

  for (const [p, pr] of prs.entries()) {
    writeFileSync(
      eventFile,
      JSON.stringify({ pull_request: { number: p + 1, base: { sha: pr.base, ref: pr.branch }, head: { sha: pr.head } } }),
    );
    await compare(
      `chart-bump-check, PR ${p + 1}`,
      action('chart-bump-check'),
      [],
      actionEnv({ 'INPUT_WORKING-DIRECTORY': '.', INPUT_BREAKING: 'error' }),
    );
    await compare(`lockstep check, PR ${p + 1}`, cli, ['check', '--base', pr.base, '--head', pr.head], cliEnv);
    await compare(`lockstep check --json, PR ${p + 1}`, cli, ['check', '--base', pr.base, '--head', pr.head, '--json'], cliEnv);
  }
  for (const [i, level] of (['patch', 'minor', 'major'] as const).entries()) {
    const chart = `charts/${chartName(i * 37, repo.charts)}`;
    await compare(
      `bump-chart --dry-run ${chart} ${level}`,
      action('bump-chart'),
      [],
      actionEnv({ INPUT_CHARTS: chart, INPUT_LEVEL: level, 'INPUT_DRY-RUN': 'true' }),
    );
    await compare(`lockstep bump --dry-run ${chart} ${level}`, cli, ['bump', '--charts', chart, '--level', level, '--dry-run'], cliEnv);
  }
  ctx.log(
    `${runs} runs compared, bundles of ${REF} against the current ones: ${differences.length === 0 ? 'all byte-identical' : `${differences.length} differ`}`,
  );
  for (const d of differences) ctx.log(`  ${d}`);
  return [
    {
      case: `dry runs and checks on the bench's chart repository, ${REF} vs current (${runs} runs)`,
      oursMs: 0,
      target: 'byte-identical outputs',
      met: differences.length === 0,
    },
  ];
};

export default bench;
