import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Bench } from './context.ts';
import { formatMs, median, timeFn, timeMany, timeSpawn } from './measure.ts';
import { rng } from '../harness/random.ts';

const CHARTS = 300;
const COMMITS = 5000;
const PAIRS = 20;

const name = (i: number) => `svc-${String(i).padStart(3, '0')}`;
const chartYaml = (i: number, v: [number, number, number]) =>
  `apiVersion: v2\nname: ${name(i)}\ndescription: Service ${i} of the platform\ntype: application\nversion: ${v.join('.')}\nappVersion: "2.${i % 5}.0"\n${
    i % 10 === 0 ? 'dependencies:\n  - name: common\n    version: 2.x.x\n' : ''
  }`;
const values = (i: number, n: number) =>
  `replicaCount: ${1 + (n % 3)}\nimage:\n  repository: ghcr.io/acme/${name(i)}\n  pullPolicy: IfNotPresent\n  tag: ""\nservice:\n  type: ClusterIP\n  port: ${8000 + i}\nresources: {}\n# revision ${n}\n`;
const template = (kind: string, n: number) => `apiVersion: v1\nkind: ${kind}\nmetadata:\n  name: {{ include "app.fullname" . }}\n  labels:\n    revision: "${n}"\n`;

/**
 * Writes a `git fast-import` stream: one commit with 300 charts (templates,
 * values, .helmignore with ci/, README, every tenth with a vendored
 * bitnami-style charts/common), then 4,999 commits that each touch one
 * chart's template or values (bumping its version four times in five), its
 * ignored ci/ file, or a file outside the charts.
 */
function history(): { stream: string; bumps: number } {
  const rand = rng(42);
  const versions: [number, number, number][] = Array.from({ length: CHARTS }, (_, i) => [1, i % 7, 0]);
  const out: string[] = [];
  const file = (path: string, content: string) => out.push(`M 100644 inline ${path}\ndata ${Buffer.byteLength(content)}\n${content}\n`);
  const commit = (n: number, msg: string) => {
    out.push(`commit refs/heads/main\nmark :${n}\ncommitter Bench <bench@example.com> ${1700000000 + n * 60} +0000\ndata ${Buffer.byteLength(msg)}\n${msg}\n`);
    if (n > 1) out.push(`from :${n - 1}\n`);
  };
  commit(1, 'initial charts');
  file('README.md', '# platform\n');
  for (let i = 0; i < CHARTS; i++) {
    const d = `charts/${name(i)}`;
    file(`${d}/Chart.yaml`, chartYaml(i, versions[i]));
    file(`${d}/values.yaml`, values(i, 0));
    file(`${d}/.helmignore`, '.git/\n*.orig\nci/\n');
    file(`${d}/README.md`, `# ${name(i)}\n`);
    file(`${d}/ci/ct-values.yaml`, 'replicaCount: 1\n');
    file(`${d}/templates/_helpers.tpl`, '{{- define "app.fullname" -}}{{ .Release.Name }}{{- end -}}\n');
    file(`${d}/templates/deployment.yaml`, template('Deployment', 0));
    file(`${d}/templates/service.yaml`, template('Service', 0));
    if (i % 10 === 0) {
      file(`${d}/charts/common/Chart.yaml`, 'apiVersion: v2\nname: common\nversion: 2.1.0\ntype: library\n');
      file(`${d}/charts/common/templates/_names.tpl`, '{{- define "common.name" -}}x{{- end -}}\n');
    }
  }
  for (let s = 0; s < 40; s++) file(`services/s${s}/main.py`, `print(${s})\n`);
  let bumps = 0;
  for (let n = 2; n <= COMMITS; n++) {
    const i = Math.floor(rand() * CHARTS);
    const d = `charts/${name(i)}`;
    const r = rand();
    commit(n, `change ${n}`);
    if (r < 0.7) {
      if (rand() < 0.5) file(`${d}/templates/deployment.yaml`, template('Deployment', n));
      else file(`${d}/values.yaml`, values(i, n));
      if (rand() < 0.8) {
        versions[i][2]++;
        bumps++;
        file(`${d}/Chart.yaml`, chartYaml(i, versions[i]));
      }
    } else if (r < 0.85) file(`${d}/ci/ct-values.yaml`, `replicaCount: ${n}\n`);
    else file(`services/s${n % 40}/main.py`, `print(${n})\n`);
  }
  return { stream: out.join(''), bumps };
}

function git(cwd: string, args: string[], input?: string): string {
  const r = spawnSync('git', args, { cwd, input, encoding: 'utf8', maxBuffer: 1 << 28 });
  if (r.status !== 0) throw new Error(`bench: git ${args[0]} failed: ${r.stderr}`);
  return r.stdout.trim();
}

/**
 * chart-bump-check on pull-request-like commit pairs in a 300-chart,
 * 5,000-commit monorepo (a full clone, as `fetch-depth: 0` leaves it),
 * against the seed pipeline's shell check (two `git diff --name-only … |
 * grep`) and the floor: starting node plus that shell check.
 */
const bench: Bench = async (ctx) => {
  const origin = join(ctx.tmp, 'origin.git');
  const work = join(ctx.tmp, 'work');
  git(ctx.tmp, ['init', '--quiet', '--bare', '--initial-branch=main', origin]);
  const { stream, bumps } = history();
  git(origin, ['fast-import', '--quiet', `--export-marks=${join(ctx.tmp, 'marks')}`], stream);
  git(ctx.tmp, ['clone', '--quiet', origin, work]);
  const marks = new Map(
    readFileSync(join(ctx.tmp, 'marks'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => l.split(' ') as [string, string])
      .map(([m, sha]) => [Number(m.slice(1)), sha] as [number, string]),
  );
  ctx.log(`generated ${CHARTS} charts, ${COMMITS} commits (${bumps} chart bumps) with git fast-import`);

  // PR-like pairs: a base on main and a head 1–8 commits later, spread over the history.
  const rand = rng(7);
  const pairs = Array.from({ length: PAIRS }, (_, p) => {
    const b = 200 + Math.floor(((p + rand()) * (COMMITS - 220)) / PAIRS);
    const h = b + 1 + Math.floor(rand() * 8);
    return { base: marks.get(b)!, head: marks.get(h)!, branch: `pr-base-${p}` };
  });
  const runner = join(ctx.tmp, 'runner');
  mkdirSync(runner, { recursive: true });
  for (const [p, pair] of pairs.entries()) {
    // The PR's base branch tip is its base commit (as when the PR is up to date with main).
    git(work, ['update-ref', `refs/remotes/origin/${pair.branch}`, pair.base]);
    writeFileSync(join(runner, `event-${p}.json`), JSON.stringify({ pull_request: { number: p + 1, base: { sha: pair.base, ref: pair.branch }, head: { sha: pair.head } } }));
  }
  const dist = join(import.meta.dirname, '..', '..', 'actions', 'chart-bump-check', 'dist', 'index.js');
  const envFor = (p: number) => ({
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: ctx.tmp,
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: work,
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: join(runner, `event-${p}.json`),
    GITHUB_OUTPUT: join(runner, 'output'),
    GITHUB_STEP_SUMMARY: join(runner, 'summary'),
    'INPUT_WORKING-DIRECTORY': '.',
    INPUT_CONFIG: '.github/lockstep.yml',
    INPUT_BREAKING: 'error',
  });
  const shell = (pair: (typeof pairs)[number]) =>
    `CHANGED=$(git diff --name-only "${pair.base}" "${pair.head}" -- charts/ | grep -v 'Chart.yaml' || true)
if [ -n "$CHANGED" ]; then git diff --name-only "${pair.base}" "${pair.head}" -- 'charts/**/Chart.yaml' | grep -q Chart.yaml; fi`;

  const oursPerPair: number[] = [];
  const shellPerPair: number[] = [];
  let peak = 0;
  let failed = 0;
  for (const [p, pair] of pairs.entries()) {
    const ours = await timeFn(ctx.runs, async () => {
      writeFileSync(join(runner, 'output'), '');
      writeFileSync(join(runner, 'summary'), '');
      return timeSpawn(ctx.node, [dist], { cwd: work, env: envFor(p), allowFailure: true });
    });
    if (ours.last.code !== 0 && ours.last.code !== 1) throw new Error(`chart-bump-check crashed on pair ${p}: ${ours.last.stderr}`);
    if (!/^ok<</m.test(readFileSync(join(runner, 'output'), 'utf8'))) throw new Error(`chart-bump-check set no outputs on pair ${p}: ${ours.last.stdout.slice(-500)}`);
    if (ours.last.code === 1) failed++;
    const sh = await timeMany(ctx.runs, 'bash', ['-c', shell(pair)], { cwd: work, allowFailure: true });
    oursPerPair.push(ours.ms);
    shellPerPair.push(sh.ms);
    peak = Math.max(peak, ours.peakRssMB);
  }
  const nodeStart = await timeMany(Math.max(ctx.runs * 3, 9), ctx.node, ['-e', '0']);
  const oursMs = median(oursPerPair);
  const shellMs = median(shellPerPair);
  const floorMs = nodeStart.ms + shellMs;
  const ratio = oursMs / floorMs;
  ctx.log(
    `chart-bump-check ${formatMs(oursMs)} per pair (${PAIRS - failed} passed, ${failed} failed a rule; peak ${peak.toFixed(0)} MB), ` +
      `shell check ${formatMs(shellMs)}, node start ${formatMs(nodeStart.ms)}, floor ${formatMs(floorMs)}: ${ratio.toFixed(2)}× floor`,
  );
  return [
    {
      case: `chart-bump-check, ${PAIRS} PR pairs in ${CHARTS} charts / ${COMMITS} commits (median per pair)`,
      oursMs,
      peer: 'seed shell check (git diff --name-only | grep, twice)',
      peerMs: shellMs,
      floorMs,
      peakMB: peak,
      target: '≤ 1.5× floor, < 150 MB',
      met: ratio <= 1.5 && peak < 150,
    },
  ];
};

export default bench;
