/**
 * A generated chart monorepo for the chart-bump-check benches: `charts`
 * charts (templates, values, .helmignore with ci/, README, every tenth with a
 * vendored bitnami-style charts/common) and `commits` commits of history
 * written with `git fast-import`, then cloned in full (as `fetch-depth: 0`
 * leaves it). Seeded: the same sizes give the same repository on every run.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { rng } from '../harness/random.ts';
import { quietCloneArgs, quietRepo } from './quiet-repo.ts';

/** The chart folder name of chart `i` (`svc-007`, `svc-1234`). */
export const chartName = (i: number, charts: number) => `svc-${String(i).padStart(Math.max(3, String(charts - 1).length), '0')}`;

const chartYaml = (i: number, charts: number, v: [number, number, number]) =>
  `apiVersion: v2\nname: ${chartName(i, charts)}\ndescription: Service ${i} of the platform\ntype: application\nversion: ${v.join('.')}\nappVersion: "2.${i % 5}.0"\n${
    i % 10 === 0 ? 'dependencies:\n  - name: common\n    version: 2.x.x\n' : ''
  }`;
const values = (i: number, charts: number, n: number) =>
  `replicaCount: ${1 + (n % 3)}\nimage:\n  repository: ghcr.io/acme/${chartName(i, charts)}\n  pullPolicy: IfNotPresent\n  tag: ""\nservice:\n  type: ClusterIP\n  port: ${8000 + i}\nresources: {}\n# revision ${n}\n`;
const template = (kind: string, n: number) =>
  `apiVersion: v1\nkind: ${kind}\nmetadata:\n  name: {{ include "app.fullname" . }}\n  labels:\n    revision: "${n}"\n`;

/** Runs git, returning its trimmed stdout; throws with stderr on failure. */
export function git(cwd: string, args: string[], input?: string): string {
  const r = spawnSync('git', args, { cwd, input, encoding: 'utf8', maxBuffer: 1 << 30 });
  if (r.status !== 0) throw new Error(`bench: git ${args[0]} failed: ${r.stderr}`);
  return r.stdout.trim();
}

/** The generated repository's state after the last commit, for building PRs on top of it. */
export interface ChartRepo {
  /** The full clone (work tree) the action runs in. */
  work: string;
  /** The bare origin. */
  origin: string;
  charts: number;
  commits: number;
  /** Commit SHA of mark n (1-based: mark 1 is the initial commit). */
  marks: Map<number, string>;
  /** Chart versions at the tip of main. */
  versions: [number, number, number][];
  /** How many commits bumped a chart version. */
  bumps: number;
  /** What commit n (mark n, from 2) changed: the expected verdict of any range of the history follows from it. */
  log: Map<number, CommitChange>;
}

/** One generated commit's change: which chart (or none), what it touched, and whether it bumped the version. */
export interface CommitChange {
  /** The chart's folder (`charts/svc-007`), or undefined for a file outside the charts. */
  chart?: string;
  /** A packaged file (template or values.yaml), the chart's .helmignore'd ci/ file, or a service's source. */
  kind: 'packaged' | 'ignored' | 'outside';
  bumped: boolean;
}

/**
 * Writes the fast-import stream: one commit with every chart, then
 * `commits - 1` commits that each touch one chart's template or values
 * (bumping its version four times in five), its ignored ci/ file, or a file
 * outside the charts.
 */
function stream(
  charts: number,
  commits: number,
): { text: string; bumps: number; versions: [number, number, number][]; log: Map<number, CommitChange> } {
  const rand = rng(42);
  const versions: [number, number, number][] = Array.from({ length: charts }, (_, i) => [1, i % 7, 0]);
  const out: string[] = [];
  const file = (path: string, content: string) => out.push(`M 100644 inline ${path}\ndata ${Buffer.byteLength(content)}\n${content}\n`);
  const commit = (n: number, msg: string) => {
    out.push(
      `commit refs/heads/main\nmark :${n}\ncommitter Bench <bench@example.com> ${1700000000 + n * 60} +0000\ndata ${Buffer.byteLength(msg)}\n${msg}\n`,
    );
    if (n > 1) out.push(`from :${n - 1}\n`);
  };
  commit(1, 'initial charts');
  file('README.md', '# platform\n');
  for (let i = 0; i < charts; i++) {
    const d = `charts/${chartName(i, charts)}`;
    file(`${d}/Chart.yaml`, chartYaml(i, charts, versions[i]));
    file(`${d}/values.yaml`, values(i, charts, 0));
    file(`${d}/.helmignore`, '.git/\n*.orig\nci/\n');
    file(`${d}/README.md`, `# ${chartName(i, charts)}\n`);
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
  const log = new Map<number, CommitChange>();
  for (let n = 2; n <= commits; n++) {
    const i = Math.floor(rand() * charts);
    const d = `charts/${chartName(i, charts)}`;
    const r = rand();
    commit(n, `change ${n}`);
    if (r < 0.7) {
      if (rand() < 0.5) file(`${d}/templates/deployment.yaml`, template('Deployment', n));
      else file(`${d}/values.yaml`, values(i, charts, n));
      const bumped = rand() < 0.8;
      if (bumped) {
        versions[i][2]++;
        bumps++;
        file(`${d}/Chart.yaml`, chartYaml(i, charts, versions[i]));
      }
      log.set(n, { chart: d, kind: 'packaged', bumped });
    } else if (r < 0.85) {
      file(`${d}/ci/ct-values.yaml`, `replicaCount: ${n}\n`);
      log.set(n, { chart: d, kind: 'ignored', bumped: false });
    } else {
      file(`services/s${n % 40}/main.py`, `print(${n})\n`);
      log.set(n, { kind: 'outside', bumped: false });
    }
  }
  return { text: out.join(''), bumps, versions, log };
}

/** Generates the repository under `dir` (origin.git and work/). */
export function generateChartRepo(dir: string, charts: number, commits: number): ChartRepo {
  const origin = join(dir, 'origin.git');
  const work = join(dir, 'work');
  git(dir, ['init', '--quiet', '--bare', '--initial-branch=main', origin]);
  // Neither repository may start a background gc while the bench times runs in it (quiet-repo.ts).
  quietRepo(origin);
  const { text, bumps, versions, log } = stream(charts, commits);
  git(origin, ['fast-import', '--quiet', `--export-marks=${join(dir, 'marks')}`], text);
  git(dir, ['clone', '--quiet', ...quietCloneArgs(), origin, work]);
  const marks = new Map(
    readFileSync(join(dir, 'marks'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => l.split(' ') as [string, string])
      .map(([m, sha]) => [Number(m.slice(1)), sha] as [number, string]),
  );
  return { work, origin, charts, commits, marks, versions, bumps, log };
}

/**
 * generateChartRepo once per (charts, commits) under `dir`, for a bench whose
 * points share repositories; `log` says how long each took to build.
 */
export function chartRepoCache(dir: string, log: (line: string) => void): (charts: number, commits: number) => ChartRepo {
  const repos = new Map<string, ChartRepo>();
  return (charts, commits) => {
    const key = `${charts}x${commits}`;
    let repo = repos.get(key);
    if (!repo) {
      const at = join(dir, key);
      mkdirSync(at, { recursive: true });
      const started = performance.now();
      repo = generateChartRepo(at, charts, commits);
      log(`generated ${charts} charts × ${commits} commits (git fast-import + clone) in ${(performance.now() - started).toFixed(0)} ms`);
      repos.set(key, repo);
    }
    return repo;
  };
}

/**
 * Commits, on a new branch off the tip of main in `repo.work`, a PR that
 * changes `changed` charts (spread over the repository): values.yaml and
 * README.md edited, the chart version patch-bumped. With `readmeOnly`, only
 * README.md changes and no version moves (every chart then fails the check,
 * as in a docs sweep over many charts). Returns base and head.
 */
export function commitPr(repo: ChartRepo, changed: number, branch: string, readmeOnly = false): { base: string; head: string } {
  const base = repo.marks.get(repo.commits)!;
  const lines: string[] = [];
  const file = (path: string, content: string) => lines.push(`M 100644 inline ${path}\ndata ${Buffer.byteLength(content)}\n${content}\n`);
  const msg = `change ${changed} charts`;
  lines.push(
    `commit refs/heads/${branch}\ncommitter Bench <bench@example.com> 1800000000 +0000\ndata ${msg.length}\n${msg}\nfrom ${base}\n`,
  );
  const step = repo.charts / changed;
  for (let k = 0; k < changed; k++) {
    const i = Math.floor(k * step);
    const d = `charts/${chartName(i, repo.charts)}`;
    const v = repo.versions[i];
    file(`${d}/README.md`, `# ${chartName(i, repo.charts)}\n\nNow with a longer description.\n`);
    if (readmeOnly) continue;
    file(`${d}/values.yaml`, values(i, repo.charts, 1_000_000 + k));
    file(`${d}/Chart.yaml`, chartYaml(i, repo.charts, [v[0], v[1], v[2] + 1]));
  }
  git(repo.work, ['fast-import', '--quiet', '--force'], lines.join(''));
  return { base, head: git(repo.work, ['rev-parse', `refs/heads/${branch}`]) };
}
