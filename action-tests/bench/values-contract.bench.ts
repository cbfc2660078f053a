// The values contract's cost (issue 74): `lockstep check` (the committed CLI bundle) on a pull request that changes
// an environment's values for a chart as large as the survey set's largest (values-contract-chart.ts: 100 templates,
// a values.yaml of about 3,000 lines, a values.schema.json), with the real Helm 3.17.3 rendering it, run with
// `--values-contract error` and `--values-contract off` alternately in the same rounds (the order swapped each round,
// so load hits both alike). Target (issue 74): the contract on costs at most 1 s more than off, medians compared.

import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Bench } from './context.ts';
import { formatMs, median, timeSpawn } from './measure.ts';
import { bigChart, bigEnvValues } from './values-contract-chart.ts';

const repoRoot = join(import.meta.dirname, '..', '..');
const cliBundle = join(process.env.BENCH_CLI_DIST ?? join(repoRoot, 'packages', 'cli', 'dist'), 'lockstep.js');

const bench: Bench = async (ctx) => {
  const helm = process.env.LOCKSTEP_HELM ?? join(repoRoot, 'tools', 'kube', 'bin', 'helm');
  const ws = join(ctx.tmp, 'repo');
  const write = (files: Record<string, string>) => {
    for (const [p, text] of Object.entries(files)) {
      mkdirSync(dirname(join(ws, p)), { recursive: true });
      writeFileSync(join(ws, p), text);
    }
  };
  const gitEnv = { ...process.env, GIT_AUTHOR_NAME: 'b', GIT_AUTHOR_EMAIL: 'b@x', GIT_COMMITTER_NAME: 'b', GIT_COMMITTER_EMAIL: 'b@x' };
  const git = (...args: string[]) => execFileSync('git', args, { cwd: ws, env: gitEnv, stdio: 'pipe' });
  mkdirSync(ws, { recursive: true });
  git('init', '-q', '-b', 'main');
  const chart = bigChart('1.0.0');
  write({
    '.github/lockstep.yml': 'charts: [charts/*]\nenvironments:\n  - { name: prod, values: charts/big/values-prod.yaml }\n',
    ...Object.fromEntries(Object.entries(chart).map(([p, t]) => [`charts/big/${p}`, t])),
    'charts/big/values-prod.yaml': bigEnvValues('1.0.0'),
  });
  git('add', '-A');
  git('commit', '-q', '-m', 'base');
  write({ 'charts/big/values-prod.yaml': bigEnvValues('1.1.0') });
  git('commit', '-q', '-am', 'prod: 1.1.0');
  const lines = chart['values.yaml'].split('\n').length;
  const templates = Object.keys(chart).filter((p) => p.startsWith('templates/')).length;
  ctx.log(
    `generated chart big: ${templates} templates, values.yaml ${lines} lines, values-prod.yaml ${bigEnvValues('1.1.0').split('\n').length} lines`,
  );

  const env = { PATH: `${dirname(helm)}:/usr/bin:/bin`, HOME: ctx.tmp, LANG: 'C.UTF-8' };
  const check = async (mode: 'error' | 'off') => {
    const t = await timeSpawn(ctx.node, [cliBundle, 'check', '--base', 'HEAD~1', '--head', 'HEAD', '--values-contract', mode, '--json'], {
      cwd: ws,
      env,
      allowFailure: true,
    });
    const doc = JSON.parse(t.stdout) as {
      'values-contract'?: { checked: number; unread: number; schema: unknown[] }[];
      rendered?: unknown;
    };
    const section = doc['values-contract']?.[0];
    // Both render the environment; only the contract's run judges it (every key read, the schema met): exit 0 each.
    if (
      t.code !== 0 ||
      !doc.rendered ||
      (mode === 'error') !== (section !== undefined) ||
      (section && (section.unread !== 0 || section.schema.length !== 0))
    )
      throw new Error(`lockstep check --values-contract ${mode} exited ${t.code}: ${(t.stderr + t.stdout).slice(-800)}`);
    return { ms: t.ms, checked: section?.checked ?? 0 };
  };
  const on: number[] = [];
  const off: number[] = [];
  let checked = 0;
  for (let i = -1; i < ctx.runs; i++) {
    const order: ('error' | 'off')[] = i % 2 === 0 ? ['error', 'off'] : ['off', 'error'];
    for (const mode of order) {
      const t = await check(mode);
      if (i < 0) continue;
      (mode === 'error' ? on : off).push(t.ms);
      checked = Math.max(checked, t.checked);
    }
  }
  const [onMs, offMs] = [median(on), median(off)];
  const diff = onMs - offMs;
  ctx.log(
    `values-contract error ${formatMs(onMs)}, off ${formatMs(offMs)}: ${diff >= 0 ? '+' : ''}${formatMs(diff)} with the contract on (${checked} keys judged)`,
  );
  return [
    {
      case: `lockstep check, chart of ${templates} templates and ${lines}-line values.yaml, values-contract: error (median)`,
      oursMs: onMs,
      peer: 'values-contract: off',
      peerMs: offMs,
      target: '≤ 1 s more than off',
      met: diff <= 1000,
    },
  ];
};

export default bench;
