import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Bench, BenchRow } from './context.ts';
import { baseCli, firstDifference } from './large-repo-identity.bench.ts';
import { timeSpawn } from './measure.ts';

/**
 * Promote's outputs before and after promote/ was redrawn in rooms (issue 54's
 * proof): each dry run (and its --json) of a repository whose promotions meet
 * every gate and shape — soak time (min-soak on staging-e2e), a deny window on
 * prod-eu, a fan-in (prod-eu after staging-e2e and staging-perf, which lacks
 * web's pin), waves (prod: [prod-eu, prod-us]) and Kustomize overlays (both
 * prods) — by the CLI bundle of a base commit (BENCH_BASE_COMMIT, else
 * 319d2deb: main before the rooms work) and by this checkout's
 * (BENCH_CLI_DIST), stdout and exit code compared byte for byte, as
 * large-repo-identity.bench.ts does on S.
 */
const BASE_COMMIT = process.env.BENCH_BASE_COMMIT ?? '319d2deb';
const root = join(import.meta.dirname, '..', '..');
const cli = join(process.env.BENCH_CLI_DIST ?? join(root, 'packages', 'cli', 'dist'), 'lockstep.js');

const digest = (seed: string) => `sha256:${createHash('sha256').update(seed).digest('hex')}`;
const values = (api: string, web: string) =>
  `api:\n  image:\n    tag: "${api}"\n    digest: ${digest(`api:${api}`)}\nweb:\n  image:\n    tag: "${web}"\n    digest: ${digest(`web:${web}`)}\n`;
const overlay = (env: string, api: string, web: string) =>
  [
    'apiVersion: kustomize.config.k8s.io/v1beta1',
    'kind: Kustomization',
    `namespace: shop-${env}`,
    'resources: [../../base]',
    'images:',
    `  - { name: registry.example.com/acme/api, newTag: "${api}", digest: "${digest(`api:${api}`)}" }`,
    `  - { name: registry.example.com/acme/web, newTag: "${web}", digest: "${digest(`web:${web}`)}" }`,
    '',
  ].join('\n');

const FILES: Record<string, string> = {
  '.github/lockstep.yml': [
    'services:',
    '  api: { image: registry.example.com/acme/api, values-key: api.image }',
    '  web: { image: registry.example.com/acme/web, values-key: web.image }',
    'environments:',
    '  - { name: dev, values: envs/dev.yaml }',
    '  - { name: staging-e2e, values: envs/e2e.yaml, min-soak: 9999d }',
    '  - { name: staging-perf, values: envs/perf.yaml }',
    '  - name: prod-eu',
    '    kustomization: overlays/prod-eu',
    '    after: [staging-e2e, staging-perf]',
    '    windows:',
    '      deny:',
    '        - { cron: "0 0 1 1 *", duration: 1h }',
    '  - { name: prod-us, kustomization: overlays/prod-us }',
    'waves:',
    '  prod: [prod-eu, prod-us]',
    '',
  ].join('\n'),
  'envs/dev.yaml': values('1.2.0', '2.1.0'),
  'envs/e2e.yaml': values('1.1.0', '2.1.0'),
  'envs/perf.yaml': values('1.1.0', '2.0.0'),
  'overlays/prod-eu/kustomization.yaml': overlay('prod-eu', '1.0.0', '2.0.0'),
  'overlays/prod-us/kustomization.yaml': overlay('prod-us', '1.0.0', '2.0.0'),
  'base/kustomization.yaml': 'resources: []\n',
};

const COMMANDS: string[][] = [
  ['promote', '--from', 'dev', '--to', 'staging-e2e', '--dry-run'],
  ['promote', '--from', 'staging-e2e', '--to', 'prod-eu', '--dry-run'],
  ['promote', '--from', 'staging-perf', '--to', 'prod-eu', '--dry-run'],
  ['promote', '--from', 'staging-e2e', '--to', 'prod', '--dry-run'],
  ['promote', '--from', 'prod-eu', '--to', 'prod-us', '--dry-run'],
  ['status'],
];

/** The repository: one commit of FILES on main, dated so that its age is fixed. */
function repository(dir: string, env: NodeJS.ProcessEnv): void {
  for (const [path, text] of Object.entries(FILES)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, env, stdio: 'pipe' });
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('-c', 'user.name=bench', '-c', 'user.email=bench@example.com', 'commit', '-q', '-m', 'shop: environments');
}

const bench: Bench = async (ctx) => {
  const env = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: ctx.tmp,
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: '/dev/null',
    GIT_AUTHOR_DATE: '2026-01-05T10:00:00Z',
    GIT_COMMITTER_DATE: '2026-01-05T10:00:00Z',
    LANG: 'C.UTF-8',
    NO_COLOR: '1',
  };
  const repo = join(ctx.tmp, 'shop');
  mkdirSync(repo, { recursive: true });
  repository(repo, env);
  const dir = join(ctx.tmp, 'base');
  mkdirSync(dir, { recursive: true });
  const base = baseCli(BASE_COMMIT, dir);
  let same = 0;
  let baseMs = 0;
  let oursMs = 0;
  const runs = COMMANDS.flatMap((c) => [c, [...c, '--json']]);
  for (const args of runs) {
    const b = await timeSpawn(ctx.node, [base, ...args], { cwd: repo, env, allowFailure: true });
    const o = await timeSpawn(ctx.node, [cli, ...args], { cwd: repo, env, allowFailure: true });
    baseMs += b.ms;
    oursMs += o.ms;
    // A soak's time left is the clock's, not the code's: the two sides run a moment apart.
    const [bOut, oOut] = [b.stdout, o.stdout].map((t) => t.replace(/(?:\d+d ?)?(?:\d+h ?)?\d+m left/g, '<time> left'));
    const identical = b.code === o.code && bOut === oOut;
    if (identical) same++;
    ctx.log(
      `lockstep ${args.join(' ')}: ${identical ? 'identical' : 'DIFFERENT'} (exit ${b.code} / ${o.code}, ${b.stdout.length.toLocaleString('en-US')} / ${o.stdout.length.toLocaleString('en-US')} bytes)` +
        (identical ? '' : `; ${b.code === o.code ? firstDifference(bOut, oOut) : 'exit codes differ'}`),
    );
  }
  const row: BenchRow = {
    case: `promote with gates (soak, window, fan-in), waves and overlays, CLI at ${BASE_COMMIT} vs this one: ${same} of ${runs.length} commands identical (dry runs, text and --json; total time of each side)`,
    oursMs,
    peer: BASE_COMMIT,
    peerMs: baseMs,
    target: 'stdout and exit code identical byte for byte',
    met: same === runs.length,
  };
  return [row];
};

export default bench;
