import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { rng } from '../harness/random.ts';

/** Bump when the generated history changes: the cached repository is keyed by it. */
export const GENERATOR_VERSION = 2;

/** The shape of the generated monorepo. */
export interface HistoryShape {
  /** Commits on main (merge commits and the side commits they bring included). */
  commits: number;
  /** Helm charts under charts/. */
  charts: number;
  /** Services under services/ (sources, and an image pin in each environment). */
  services: number;
  /** An annotated release tag `v1.<n>.0` every this many commits. */
  releaseEvery: number;
  /** Commits after the last release tag (the range prepare-release reads). */
  sinceLast: number;
}

export const LARGE: HistoryShape = { commits: 30_000, charts: 100, services: 60, releaseEvery: 300, sinceLast: 400 };

/** A generated history: its bare repository (cached) and what is in it. */
export interface GeneratedHistory {
  bare: string;
  shape: HistoryShape;
  /** Release tags, oldest first. */
  tags: string[];
  /** The last release tag. */
  lastTag: string;
  /** main's tip, and pull request 1's head commit (refs/pull/1/head; refs/pull/1/merge merges it into main). */
  head: string;
  prHead: string;
  /** Full-history size, from `git count-objects -v` (packed KiB). */
  packKiB: number;
}

const pad = (n: number, w = 3) => String(n).padStart(w, '0');
export const chartName = (i: number) => `chart-${pad(i)}`;
export const serviceName = (i: number) => `svc-${pad(i, 2)}`;

const SCOPES = ['api', 'ui', 'auth', 'billing', 'charts', 'deps', 'ci', 'db', 'worker', 'search'];

/** Text that does not compress to nothing: `lines` lines of seeded words and numbers. */
function prose(rnd: () => number, lines: number): string {
  const words = [
    'alpha',
    'bravo',
    'cache',
    'delta',
    'echo',
    'field',
    'gamma',
    'hotel',
    'index',
    'juliet',
    'kilo',
    'lima',
    'metric',
    'node',
  ];
  const out: string[] = [];
  for (let i = 0; i < lines; i++) {
    const n = 4 + Math.floor(rnd() * 8);
    const parts: string[] = [];
    for (let j = 0; j < n; j++) parts.push(rnd() < 0.3 ? Math.floor(rnd() * 1e6).toString(36) : words[Math.floor(rnd() * words.length)]);
    out.push(parts.join(' '));
  }
  return `${out.join('\n')}\n`;
}

const digest = (rnd: () => number) => `sha256:${Array.from({ length: 64 }, () => '0123456789abcdef'[Math.floor(rnd() * 16)]).join('')}`;

function chartYaml(i: number, minor: number): string {
  return `apiVersion: v2\nname: ${chartName(i)}\ndescription: The ${chartName(i)} service\ntype: application\nversion: 1.${minor}.0\nappVersion: "1.${minor}.0"\n`;
}

function valuesYaml(i: number, tag: number): string {
  return [
    `replicaCount: ${1 + (i % 3)}`,
    'image:',
    `  repository: ghcr.io/acme/${chartName(i)}`,
    `  tag: "1.0.${tag}"`,
    '  pullPolicy: IfNotPresent',
    'service:',
    '  type: ClusterIP',
    `  port: ${8000 + i}`,
    'resources:',
    '  limits: {cpu: 500m, memory: 256Mi}',
    '  requests: {cpu: 100m, memory: 128Mi}',
    '',
  ].join('\n');
}

function deploymentYaml(i: number): string {
  const name = chartName(i);
  const lines = [
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata:',
    `  name: {{ include "${name}.fullname" . }}`,
    '  labels:',
    `    {{- include "${name}.labels" . | nindent 4 }}`,
    'spec:',
    '  replicas: {{ .Values.replicaCount }}',
    '  selector:',
    '    matchLabels:',
    `      {{- include "${name}.selectorLabels" . | nindent 6 }}`,
    '  template:',
    '    spec:',
    '      containers:',
    '        - name: {{ .Chart.Name }}',
    '          image: "{{ .Values.image.repository }}:{{ .Values.image.tag }}"',
    '          ports:',
    '            - containerPort: {{ .Values.service.port }}',
  ];
  for (let k = 0; k < 40; k++) lines.push(`          # ${name} probe ${k}: checks the ${SCOPES[k % SCOPES.length]} path`);
  return `${lines.join('\n')}\n`;
}

/** environments/<env>/values.yaml: every service's image pinned by digest. */
function envValues(services: number, digests: string[]): string {
  const out: string[] = [];
  for (let s = 0; s < services; s++)
    out.push(`${serviceName(s)}:`, '  image:', `    repository: ghcr.io/acme/${serviceName(s)}`, `    digest: ${digests[s]}`);
  return `${out.join('\n')}\n`;
}

/** A conventional commit subject (with a body on some). */
function message(rnd: () => number, n: number): string {
  const scope = SCOPES[Math.floor(rnd() * SCOPES.length)];
  const r = rnd();
  const body = rnd() < 0.3 ? `\n\nThe ${scope} change ${n} keeps the old behaviour behind a flag.\n` : '\n';
  if (r < 0.3) return `feat(${scope}): add option ${n} (#${10_000 + n})${body}`;
  if (r < 0.6) return `fix(${scope}): handle case ${n} (#${10_000 + n})${body}`;
  if (r < 0.8) return `chore(deps): bump lib-${n % 40} (#${10_000 + n})\n`;
  return `docs(${scope}): describe ${n}\n`;
}

/**
 * Writes the fast-import stream of the history into `dir` (a fresh bare
 * repository): an initial commit with every chart, service and environment,
 * then `commits` commits on main touching one file each (a service's source,
 * a chart's values or version, an environment's digest), every 25th a merge
 * of a side commit, an annotated `v1.<n>.0` tag every `releaseEvery` commits
 * up to `sinceLast` commits before HEAD.
 */
function generate(dir: string, shape: HistoryShape): string[] {
  execFileSync('git', ['init', '--quiet', '--bare', '--initial-branch=main', dir], { stdio: 'pipe' });
  const rnd = rng(22_0002);
  const out: string[] = [];
  let mark = 0;
  let time = 1_700_000_000;
  const who = () => `bench <bench@example.com> ${(time += 60)} +0000`;
  const data = (s: string) => `data ${Buffer.byteLength(s)}\n${s}`;
  const file = (path: string, text: string) => out.push(`M 100644 inline ${path}`, data(text));
  out.push('commit refs/heads/main', `mark :${++mark}`, `author ${who()}`, `committer ${who()}`, data('chore: initial import\n'));
  file('.version', '1.0.0\n');
  file('README.md', `# acme\n\n${prose(rnd, 30)}`);
  file('CHANGELOG.md', '# Changelog\n');
  const chartMinor = Array.from({ length: shape.charts }, () => 0);
  const imageTag = Array.from({ length: shape.charts }, () => 0);
  for (let i = 0; i < shape.charts; i++) {
    file(`charts/${chartName(i)}/Chart.yaml`, chartYaml(i, 0));
    file(`charts/${chartName(i)}/values.yaml`, valuesYaml(i, 0));
    file(`charts/${chartName(i)}/templates/deployment.yaml`, deploymentYaml(i));
    file(`charts/${chartName(i)}/README.md`, `# ${chartName(i)}\n\n${prose(rnd, 20)}`);
  }
  const digests = { staging: Array.from({ length: shape.services }, () => digest(rnd)), prod: [] as string[] };
  digests.prod = [...digests.staging];
  for (let s = 0; s < shape.services; s++) {
    for (let f = 0; f < 5; f++) file(`services/${serviceName(s)}/src/m${f}.py`, prose(rnd, 40));
  }
  file('environments/staging/values.yaml', envValues(shape.services, digests.staging));
  file('environments/prod/values.yaml', envValues(shape.services, digests.prod));

  const tags: string[] = [];
  const lastTagAt = shape.commits - shape.sinceLast;
  let tip = mark;
  let count = 0;
  const change = (n: number) => {
    const r = rnd();
    if (r < 0.55) {
      const s = Math.floor(rnd() * shape.services);
      file(`services/${serviceName(s)}/src/m${Math.floor(rnd() * 5)}.py`, prose(rnd, 40));
    } else if (r < 0.8) {
      const c = Math.floor(rnd() * shape.charts);
      file(`charts/${chartName(c)}/values.yaml`, valuesYaml(c, ++imageTag[c]));
    } else if (r < 0.9) {
      const c = Math.floor(rnd() * shape.charts);
      file(`charts/${chartName(c)}/Chart.yaml`, chartYaml(c, ++chartMinor[c]));
    } else {
      const env = r < 0.97 ? 'staging' : 'prod';
      const s = Math.floor(rnd() * shape.services);
      digests[env][s] = env === 'prod' ? digests.staging[s] : digest(rnd);
      file(`environments/${env}/values.yaml`, envValues(shape.services, digests[env]));
    }
    void n;
  };
  while (count < shape.commits) {
    const n = count;
    if (n % 25 === 24 && count + 2 <= shape.commits) {
      out.push('commit refs/heads/side', `mark :${++mark}`, `author ${who()}`, `committer ${who()}`, data(message(rnd, n)), `from :${tip}`);
      change(n);
      const side = mark;
      out.push('commit refs/heads/main', `mark :${++mark}`, `author ${who()}`, `committer ${who()}`);
      out.push(data(`Merge pull request #${10_000 + n} from acme/topic-${n}\n`), `from :${tip}`, `merge :${side}`);
      tip = mark;
      count += 2;
    } else {
      out.push('commit refs/heads/main', `mark :${++mark}`, `author ${who()}`, `committer ${who()}`, data(message(rnd, n)), `from :${tip}`);
      change(n);
      tip = mark;
      count++;
    }
    if (count <= lastTagAt && Math.floor(count / shape.releaseEvery) > tags.length) {
      const tag = `v1.${tags.length + 1}.0`;
      tags.push(tag);
      out.push(`tag ${tag}`, `from :${tip}`, `tagger ${who()}`, data(`Release ${tag.slice(1)}\n`));
    }
  }
  // Pull request 1: chart-000's values and version changed on top of main, and GitHub's merge ref for it.
  const prChart = 0;
  const prFiles = () => {
    file(`charts/${chartName(prChart)}/values.yaml`, valuesYaml(prChart, imageTag[prChart] + 1));
    file(`charts/${chartName(prChart)}/Chart.yaml`, chartYaml(prChart, chartMinor[prChart] + 1));
  };
  out.push(
    'commit refs/pull/1/head',
    `mark :${++mark}`,
    `author ${who()}`,
    `committer ${who()}`,
    data('fix(charts): raise the image tag\n'),
    `from :${tip}`,
  );
  prFiles();
  const prHead = mark;
  out.push('commit refs/pull/1/merge', `mark :${mark + 1}`, `author ${who()}`, `committer ${who()}`);
  out.push(data(`Merge ${prHead} into ${tip}\n`), `from :${tip}`, `merge :${prHead}`);
  prFiles();
  const r = spawnSync('git', ['fast-import', '--quiet'], { cwd: dir, input: `${out.join('\n')}\n`, maxBuffer: 1 << 30 });
  if (r.status !== 0) throw new Error(`git fast-import failed: ${String(r.stderr).trim().split('\n').slice(0, 5).join(' / ')}`);
  execFileSync('git', ['update-ref', '-d', 'refs/heads/side'], { cwd: dir, stdio: 'pipe' });
  // One well-deltified pack, as a hosted repository's would be; partial fetches (blob:none) allowed.
  execFileSync('git', ['repack', '-a', '-d', '-f', '--quiet', '--window=50', '--depth=50'], { cwd: dir, stdio: 'pipe' });
  execFileSync('git', ['config', 'uploadpack.allowFilter', 'true'], { cwd: dir, stdio: 'pipe' });
  execFileSync('git', ['config', 'http.receivepack', 'true'], { cwd: dir, stdio: 'pipe' });
  return tags;
}

/**
 * The generated history as a bare repository, built once per shape and
 * generator version under the system temp folder (a rerun reuses it; it is
 * never pushed to, so runs cannot change it).
 */
export function generatedHistory(shape: HistoryShape = LARGE, log: (s: string) => void = () => {}): GeneratedHistory {
  const key = `v${GENERATOR_VERSION}-${shape.commits}c-${shape.charts}ch-${shape.services}s-${shape.releaseEvery}r-${shape.sinceLast}l`;
  const cache = join(process.env.LOCKSTEP_BENCH_CACHE ?? join(tmpdir(), 'lockstep-bench-cache'), `shallow-${key}.git`);
  if (!existsSync(join(cache, 'lockstep-generated'))) {
    const started = performance.now();
    const building = `${cache}.building-${process.pid}`;
    rmSync(building, { recursive: true, force: true });
    mkdirSync(building, { recursive: true });
    generate(building, shape);
    execFileSync('git', ['config', 'lockstep.generated', key], { cwd: building, stdio: 'pipe' });
    execFileSync('touch', [join(building, 'lockstep-generated')]);
    rmSync(cache, { recursive: true, force: true });
    renameSync(building, cache);
    log(
      `generated ${shape.commits} commits, ${shape.charts} charts in ${((performance.now() - started) / 1000).toFixed(1)} s (cached at ${cache})`,
    );
  } else log(`reusing the generated history at ${cache}`);
  const git = (...args: string[]) => execFileSync('git', args, { cwd: cache, encoding: 'utf8' }).trim();
  const tags = git('tag', '--list', '--sort=v:refname', 'v*').split('\n').filter(Boolean);
  const packKiB = Number(/size-pack: (\d+)/.exec(git('count-objects', '-v'))?.[1] ?? 0);
  const head = git('rev-parse', 'refs/heads/main');
  const prHead = git('rev-parse', 'refs/pull/1/head');
  return { bare: cache, shape, tags, lastTag: tags[tags.length - 1], head, prHead, packKiB };
}
