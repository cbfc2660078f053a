import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GitFixture, type Files } from '../harness/git-fixture.ts';
import type { Bench, BenchRow } from './context.ts';
import { formatMs, timeFn, timeSpawn } from './measure.ts';
import { runnerEnv } from './runner-env.ts';

// chart-bump-check on what a fork's pull request can push at it (issue 16): 40,000 values keys,
// a 100 MB values file, a .helmignore and a charts: glob built to make a backtracking matcher spin.
// Each case runs the committed bundle as the runner does and reports wall time and peak RSS.
//
//   npm run bench -- chart-bump-hostile

const chart = (name: string, version: string) =>
  `apiVersion: v2\nname: ${name}\ndescription: ${name} chart\ntype: application\nversion: ${version}\n`;
const VALUES = 'replicaCount: 1\nimage:\n  repository: ghcr.io/acme/api\n  tag: ""\n';
const REPO: Files = {
  '.github/lockstep.yml': 'charts: [charts/*]\n',
  'charts/myapp/Chart.yaml': chart('myapp', '1.4.2'),
  'charts/myapp/values.yaml': VALUES,
  'charts/myapp/.helmignore': '.git/\n*.bak\n',
  'charts/myapp/templates/deployment.yaml': 'kind: Deployment\n',
};

interface Case {
  name: string;
  /** Files of main beyond REPO. */
  base?: Files;
  /** The pull request's files. */
  pr: Files;
  /** The exit code the check must end with, and a line its output must hold. */
  expect: { code: number; output: string };
  target: string;
  limitMs: number;
  limitMB: number;
}

const keys = () => Array.from({ length: 40000 }, (_, i) => `key${i}: ${i}\n`).join('');

const CASES: Case[] = [
  {
    name: '40,000 values keys added',
    pr: { 'charts/myapp/values.yaml': `${VALUES}${keys()}` },
    expect: { code: 1, output: 'was not bumped' },
    target: '≤ 2 s',
    limitMs: 2000,
    limitMB: Infinity,
  },
  {
    name: '100 MB values file',
    pr: { 'charts/myapp/values.yaml': Buffer.alloc(100 * 1024 * 1024, 'a: 1\n'), 'charts/myapp/Chart.yaml': chart('myapp', '1.4.3') },
    expect: { code: 1, output: 'Helm refuses chart files over 5 MiB' },
    target: 'refused ≤ 2 s, ≤ 150 MB',
    limitMs: 2000,
    limitMB: 150,
  },
  {
    name: '.helmignore a/**/ ×16 + c, path 40 folders deep',
    pr: { 'charts/myapp/.helmignore': `${'a/**/'.repeat(16)}c\n`, [`charts/myapp/${'a/'.repeat(40)}x.yaml`]: 'x\n' },
    expect: { code: 1, output: "'**' is not supported in .helmignore" },
    target: 'refused ≤ 2 s',
    limitMs: 2000,
    limitMB: Infinity,
  },
  {
    name: '.helmignore *a ×24 + *b, 250-letter name',
    pr: { 'charts/myapp/.helmignore': `${'*a'.repeat(24)}*b\n`, [`charts/myapp/templates/${'a'.repeat(250)}`]: 'x\n' },
    expect: { code: 1, output: 'was not bumped' },
    target: '≤ 2 s',
    limitMs: 2000,
    limitMB: Infinity,
  },
  {
    name: 'charts: a/**/ ×16 + c, chart 40 folders deep',
    base: { '.github/lockstep.yml': `charts:\n  - charts/*\n  - ${'a/**/'.repeat(16)}c\n` },
    pr: { [`${'a/'.repeat(40)}Chart.yaml`]: chart('deep', '0.1.0') },
    expect: { code: 1, output: "holds 16 '**'" },
    target: 'refused ≤ 2 s',
    limitMs: 2000,
    limitMB: Infinity,
  },
];

const bench: Bench = async (ctx) => {
  const dist = join(
    process.env.BENCH_ACTIONS_DIR ?? join(import.meta.dirname, '..', '..', 'actions'),
    'chart-bump-check',
    'dist',
    'index.js',
  );
  const rows: BenchRow[] = [];
  for (const [n, c] of CASES.entries()) {
    const repo = GitFixture.create({ ...REPO, ...c.base });
    try {
      const base = repo.git('rev-parse', 'HEAD');
      repo.checkout('pr', true);
      const head = repo.commit('feat: fork change', c.pr);
      const runner = join(ctx.tmp, `runner-${n}`);
      mkdirSync(runner, { recursive: true });
      const event = join(runner, 'event.json');
      writeFileSync(event, JSON.stringify({ pull_request: { number: 1, base: { sha: base, ref: 'main' }, head: { sha: head } } }));
      const env = runnerEnv({ workspace: repo.dir, files: runner, home: ctx.tmp, event: { name: 'pull_request', path: event } });
      const t = await timeFn(ctx.runs, () => {
        writeFileSync(join(runner, 'output'), '');
        writeFileSync(join(runner, 'summary'), '');
        return timeSpawn(ctx.node, [dist], { cwd: repo.dir, env, allowFailure: true, timeoutMs: 60000 });
      });
      if (t.last.code !== c.expect.code || !t.last.stdout.includes(c.expect.output))
        throw new Error(
          `chart-bump-check on "${c.name}" exited ${t.last.code} without "${c.expect.output}": ${t.last.stdout.slice(-600)} ${t.last.stderr.slice(-600)}`,
        );
      ctx.log(`${c.name}: ${formatMs(t.ms)} (fastest ${formatMs(t.minMs)}), peak ${t.peakRssMB.toFixed(0)} MB`);
      rows.push({
        case: `chart-bump-check, fork PR: ${c.name}`,
        oursMs: t.ms,
        peakMB: t.peakRssMB,
        target: c.target,
        met: t.ms <= c.limitMs && (c.limitMB === Infinity || (t.peakRssMB > 0 && t.peakRssMB <= c.limitMB)),
      });
    } finally {
      repo.cleanup();
    }
  }
  return rows;
};

export default bench;
