import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GitFixture } from '../harness/git-fixture.ts';
import { startGitHubDouble, type LoggedRequest } from '../harness/github-double/index.ts';
import { helmChartContent } from '../harness/oci-content.ts';
import { LocalRegistry } from '../harness/registry.ts';
import { parseOutputFile } from '../harness/run-action.ts';
import type { Bench, BenchRow } from './context.ts';
import { formatMs, timeFn, timeSpawn, type ManyTiming, type Timing } from './measure.ts';
import { runnerEnv } from './runner-env.ts';

/** Services in the headline promotion; the scaling view adds a smaller and a larger repository. */
const SERVICES = 40;
const SCALE = [10, SERVICES, 200];
/** Added to every answer of the REST double: one request costs a 50 ms round trip. */
const LATENCY_MS = 50;
const REPO = 'acme/gitops-config';
const OLD_CHART = '3.2.0';
const NEW_CHART = '3.3.0';
const ENVS = ['dev', 'staging', 'prod'] as const;
type Env = (typeof ENVS)[number];

// From the module's URL (jest's ESM modules have no import.meta.dirname; a test imports the fixture from here).
const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const dist = join(process.env.BENCH_ACTIONS_DIR ?? join(repoRoot, 'actions'), 'promote-env', 'dist', 'index.js');

interface Pin {
  tag: string;
  digest: string;
}

const svcName = (i: number) => `svc-${String(i).padStart(3, '0')}`;
const digestOf = (seed: string) => `sha256:${createHash('sha256').update(seed).digest('hex')}`;

/** What `env` pins for service `i`: prod is behind staging, staging behind dev, every service differs. */
function pinOf(env: Env, i: number): Pin {
  const patch = { prod: 0, staging: 1, dev: 2 }[env];
  const tag = `${1 + (i % 3)}.${i % 17}.${patch}`;
  return { tag, digest: digestOf(`${svcName(i)}:${tag}`) };
}

/**
 * A values file as people write them: comments (also after values), quoted
 * tags, flow and block collections, a folded description, blank lines — what a
 * parse-and-dump tool reflows. Only the `tag:` and `digest:` lines carry pins.
 */
function valuesFile(env: Env, n: number, pin: (i: number) => Pin): string {
  const out = [
    `# ${env} values of the platform umbrella chart (apps/${env}/platform.yaml)`,
    '# Image pins are written by the promotion workflow; everything else by hand.',
    'global:',
    `  domain: ${env}.example.com`,
    '  imagePullSecrets: [regcred]',
    '  podLabels: {team: platform, tier: backend}',
    '',
    'services:',
  ];
  for (let i = 0; i < n; i++) {
    const name = svcName(i);
    const p = pin(i);
    out.push(
      `  ${name}:`,
      '    enabled: true',
      `    replicas: ${env === 'prod' ? 3 : 1}`,
      '    image:',
      `      repository: registry.example.com/acme/${name}   # built by CI`,
      `      tag: "${p.tag}"`,
      `      digest: ${p.digest}`,
      '      pullPolicy: IfNotPresent',
      '    env:',
      '      - name: LOG_LEVEL',
      `        value: "${env === 'prod' ? 'warn' : 'debug'}"`,
      `      - {name: OTEL_SERVICE_NAME, value: ${name}}`,
      '    resources:',
      '      requests: {cpu: 100m, memory: 128Mi}',
      '      limits:',
      '        memory: 256Mi',
      '    annotations:',
      '      description: >-',
      `        ${name} serves one part of the platform; its owners are listed in the service catalogue,`,
      '        and its runbook lives next to the code.',
      '',
    );
  }
  return out.join('\n');
}

function applicationFile(env: Env, chart: string, chartRepo: string): string {
  return [
    'apiVersion: argoproj.io/v1alpha1',
    'kind: Application',
    'metadata:',
    `  name: platform-${env}`,
    '  namespace: argocd',
    'spec:',
    '  project: default',
    '  source:',
    `    repoURL: ${chartRepo}`,
    '    chart: platform',
    `    targetRevision: ${chart}     # updated by the promotion`,
    '    helm:',
    '      valueFiles:',
    `        - $values/environments/${env}/values.yaml`,
    '  destination:',
    '    server: https://kubernetes.default.svc',
    `    namespace: ${env}`,
    '  syncPolicy:',
    '    automated: {prune: true, selfHeal: true}',
    '',
  ].join('\n');
}

function configFile(n: number): string {
  const out = ['services:'];
  for (let i = 0; i < n; i++)
    out.push(`  ${svcName(i)}: { image: registry.example.com/acme/${svcName(i)}, values-key: services.${svcName(i)}.image }`);
  out.push(
    'environments:',
    '  - { name: dev, values: environments/dev/values.yaml, auto-merge: true }',
    '  - { name: staging, values: environments/staging/values.yaml, application: apps/staging/platform.yaml }',
    '  - { name: prod, values: environments/prod/values.yaml, application: apps/prod/platform.yaml, protected: true }',
    '',
  );
  return out.join('\n');
}

/**
 * The runner's environment for a workflow_dispatch promotion staging → prod of
 * the gitops fixture (`REPO`) at `sha`, writing its files under `runner`; `extra`
 * adds or overrides variables (inputs, the REST double's URLs).
 */
export function promotionEnv(runner: string, sha: string, chartVersion: string) {
  return (ws: string, extra: Record<string, string>) =>
    runnerEnv(
      { workspace: ws, files: runner, home: runner, event: { name: 'workflow_dispatch', path: join(runner, 'event.json') } },
      {
        LANG: 'C.UTF-8',
        CI: 'true',
        GITHUB_REPOSITORY: REPO,
        GITHUB_SHA: sha,
        GITHUB_REF: 'refs/heads/main',
        GITHUB_RUN_ID: '1',
        RUNNER_TEMP: runner,
        RUNNER_OS: 'Linux',
        INPUT_FROM: 'staging',
        INPUT_TO: 'prod',
        'INPUT_CHART-VERSION': chartVersion,
        ...extra,
      },
    );
}

/**
 * The gitops repository: n services × 3 environments, one values file and one
 * Application each; the Applications take the umbrella chart from `chartRepo`
 * (`oci://host/charts`, where `startChartRegistry` serves it).
 */
export function gitopsFiles(n: number, chartRepo: string): Record<string, string> {
  const files: Record<string, string> = { '.github/lockstep.yml': configFile(n) };
  for (const env of ENVS) {
    files[`environments/${env}/values.yaml`] = valuesFile(env, n, (i) => pinOf(env, i));
    files[`apps/${env}/platform.yaml`] = applicationFile(env, env === 'prod' ? OLD_CHART : NEW_CHART, chartRepo);
  }
  return files;
}

/**
 * A loopback registry serving the umbrella chart `platform` at the version
 * prod runs and the promoted version, for the Applications' repoURL
 * (`oci://<host>/charts`): prod is protected, so values-drift (error) reads
 * both before anything is written. Its values leave `services` to the environments (an empty map is a
 * slot for any key), so the check passes. A registry name that does not
 * resolve instead made every run wait out the registry client's retries
 * (4 attempts, ~3 s of backoff) and print a warning: the benches measured
 * the wait, not the promotion.
 */
export async function startChartRegistry(): Promise<{ registry: LocalRegistry; chartRepo: string }> {
  const registry = await LocalRegistry.start();
  for (const version of [OLD_CHART, NEW_CHART])
    await registry.push(
      'charts/platform',
      version,
      await helmChartContent('platform', version, {
        'Chart.yaml': `apiVersion: v2\nname: platform\nversion: ${version}\n`,
        'values.yaml': '# Each environment lists its services and their images.\nglobal:\n  domain: example.com\nservices: {}\n',
      }),
    );
  return { registry, chartRepo: `oci://${registry.host}/charts` };
}

/**
 * Throws unless the run's job summary says values-drift compared the prod
 * values with the chart (a chart it could not read is a warning, not a
 * failure, and would go unnoticed while the run waits on the registry).
 */
export function expectDriftChecked(summaryFile: string, what: string): void {
  const summary = readFileSync(summaryFile, 'utf8');
  if (!summary.includes('the promoted version still reads every key the values file sets that the current version reads'))
    throw new Error(
      `promote-env ${what}: values-drift did not read the chart: ${/\*\*values-drift.*$/m.exec(summary)?.[0] ?? 'no values-drift line in the summary'}`,
    );
}

/** The promotion done by hand: exactly the 2n pin lines and the targetRevision line, nothing else. */
function handEdit(n: number, chartRepo: string): Record<string, string> {
  return {
    'environments/prod/values.yaml': valuesFile('prod', n, (i) => pinOf('staging', i)),
    'apps/prod/platform.yaml': applicationFile('prod', NEW_CHART, chartRepo),
  };
}

/** The peer: which YAML tool edits in place, and how it is called for one filter. */
interface Peer {
  name: string;
  /** One shell line that applies `sets` (key path → string) to `file` in place. */
  line(file: string, sets: [string[], string][], dir: string, id: string): string;
}

const q = (path: string[]) => path.map((k) => `[${JSON.stringify(k)}]`).join('');

function whichYq(): string | undefined {
  return spawnSync('sh', ['-c', 'command -v yq'], { encoding: 'utf8' }).stdout.trim() || undefined;
}

/**
 * Debian's `yq` when it is there (installed by apt-get when missing and this
 * runs as root: the bench, never the tests), else the npm `yaml` CLI that is
 * already installed, applying a generated visitor (it keeps comments, but
 * re-serialises the document).
 */
function findPeer(log: (s: string) => void): Peer {
  let yq = whichYq();
  if (!yq && process.getuid?.() === 0) {
    log('installing yq (apt-get install -y yq)');
    spawnSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'yq'], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    yq = whichYq();
  }
  if (yq) {
    const help = spawnSync(yq, ['--help'], { encoding: 'utf8' });
    // Debian's yq is the jq wrapper (kislyuk): `-y -i FILTER FILE`; mikefarah's v4 (seed 003's) takes `e FILTER -i FILE`.
    const jqWrapper = /jq wrapper/.test(`${help.stdout}${help.stderr}`);
    const filter = (sets: [string[], string][]) => sets.map(([p, v]) => `.${q(p)} = ${JSON.stringify(v)}`).join(' | ');
    return jqWrapper
      ? { name: `Debian yq (jq wrapper) \`yq -y -i\``, line: (file, sets) => `yq -y -i '${filter(sets)}' ${file}` }
      : { name: '`yq e -i`', line: (file, sets) => `yq e '${filter(sets)}' -i ${file}` };
  }
  const yamlCli = join(repoRoot, 'node_modules', 'yaml', 'bin.mjs');
  return {
    name: 'npm yaml CLI (--visit)',
    line: (file, sets, dir, id) => {
      // A visitor module per call that sets the values on the document root (setIn keeps each scalar's quoting).
      const visitor = join(dir, `visit-${id}.mjs`);
      writeFileSync(
        visitor,
        `const SETS = ${JSON.stringify(sets)};\nexport default { Map(key, node, path) { if (path.length === 1) for (const [p, v] of SETS) path[0].setIn(p, v); } };\n`,
      );
      return `node ${yamlCli} --single --visit ${visitor} < ${file} > ${file}.tmp && mv ${file}.tmp ${file}`;
    },
  };
}

/** `git diff --no-index --numstat` of two texts: lines added and removed. */
function lineDelta(dir: string, expected: string, actual: string): { added: number; removed: number } {
  const a = join(dir, 'expected');
  const b = join(dir, 'actual');
  writeFileSync(a, expected);
  writeFileSync(b, actual);
  const r = spawnSync('git', ['diff', '--no-index', '--numstat', '--', a, b], { encoding: 'utf8' });
  const m = /^(\d+)\t(\d+)\t/m.exec(r.stdout);
  return m ? { added: Number(m[1]), removed: Number(m[2]) } : { added: 0, removed: 0 };
}

interface Point {
  services: number;
  dry: ManyTiming;
  pr: ManyTiming;
  peerEdit: ManyTiming;
  peerFull: ManyTiming;
  /** API requests of one PR run, and their routes. */
  requests: number;
  /** Of those, the writes (POST, PATCH, PUT, DELETE). */
  writes: number;
  routes: string[];
  dryRequests: number;
  /** Peak of one dry run with V8's young generation held at 1 MB semi-spaces (where the peak is garbage, not live data). */
  smallYoungPeakMB: number;
  /** Lines that differ from the hand edit (both files), ours and the peer's. */
  oursExtra: number;
  peerExtra: { added: number; removed: number };
}

/**
 * One staging → prod promotion of every service (their tags and digests, plus
 * the prod Application's chart version) through the committed promote-env
 * bundle on Node 24: a dry run, and a run that pushes promote/prod and opens
 * the draft PR against the REST double answering 50 ms late. The peer is seed
 * 003's way: one in-place YAML edit per service (tag and digest in one
 * filter, one more for targetRevision) then git commit and push; it is given
 * the new pins (it does not read staging) and pushes without latency, both in
 * its favour.
 */
async function measurePoint(
  ctx: Parameters<Bench>[0],
  peer: Peer,
  n: number,
  peerRuns: number,
  peerWarmup: number,
  chartRepo: string,
): Promise<Point> {
  const fixture = GitFixture.create(gitopsFiles(n, chartRepo));
  const runner = join(ctx.tmp, `runner-${n}`);
  mkdirSync(runner, { recursive: true });
  writeFileSync(join(runner, 'event.json'), '{}');
  const expected = handEdit(n, chartRepo);
  try {
    const envFor = promotionEnv(runner, fixture.git('rev-parse', 'HEAD'), NEW_CHART);
    const outputs = () => parseOutputFile(readFileSync(join(runner, 'output'), 'utf8'));
    const checkChanges = (o: Record<string, string>, what: string) => {
      const changes = JSON.parse(o.changes ?? '[]') as unknown[];
      if (o.changed !== 'true' || changes.length !== n + 1)
        throw new Error(`promote-env ${what} on ${n} services: changed=${o.changed}, ${changes.length} changes (expected ${n + 1})`);
      expectDriftChecked(join(runner, 'summary'), `${what} on ${n} services`);
    };

    // Dry run: plans, prints the diff and the drift table, writes nothing. One workspace serves every run.
    const dryWs = fixture.clone('main');
    let dryRequests = 0;
    const dry = await timeFn(ctx.runs, async () => {
      const double = await startGitHubDouble({ repositories: [{ fullName: REPO, path: fixture.origin }], latencyMs: LATENCY_MS });
      try {
        writeFileSync(join(runner, 'output'), '');
        writeFileSync(join(runner, 'summary'), '');
        const t = await timeSpawn(ctx.node, [dist], {
          cwd: dryWs,
          env: envFor(dryWs, { ...double.env(), 'INPUT_GITHUB-TOKEN': double.token, 'INPUT_DRY-RUN': 'true' }),
        });
        checkChanges(outputs(), 'dry run');
        dryRequests = double.log.length;
        return t;
      } finally {
        await double.stop();
      }
    });

    // The same dry run with 1 MB semi-spaces: how much of the peak is young-generation garbage rather than live data.
    writeFileSync(join(runner, 'output'), '');
    writeFileSync(join(runner, 'summary'), '');
    const small = await timeSpawn(ctx.node, ['--max-semi-space-size=1', dist], {
      cwd: dryWs,
      env: envFor(dryWs, { 'INPUT_DRY-RUN': 'true' }),
    });
    checkChanges(outputs(), 'dry run (1 MB semi-spaces)');

    // Pull request: a fresh checkout and no promote/prod branch each time, so every run opens a new PR.
    let log: LoggedRequest[] = [];
    let pushed: Record<string, string> = {};
    const pr = await timeFn(ctx.runs, async () => {
      spawnSync('git', ['--git-dir', fixture.origin, 'update-ref', '-d', 'refs/heads/promote/prod']);
      const ws = fixture.clone('main');
      const double = await startGitHubDouble({ repositories: [{ fullName: REPO, path: fixture.origin }], latencyMs: LATENCY_MS });
      try {
        writeFileSync(join(runner, 'output'), '');
        writeFileSync(join(runner, 'summary'), '');
        const t = await timeSpawn(ctx.node, [dist], { cwd: ws, env: envFor(ws, { ...double.env(), 'INPUT_GITHUB-TOKEN': double.token }) });
        const o = outputs();
        checkChanges(o, 'pull request');
        const pulls = double.pulls(REPO);
        if (o['pr-number'] !== '1' || pulls.length !== 1 || !pulls[0].draft)
          throw new Error(
            `promote-env on ${n} services: expected one draft PR #1, got pr-number=${o['pr-number']} and ${pulls.length} PRs`,
          );
        if (double.violations.length) throw new Error(`the REST double saw requests GitHub would refuse: ${double.violations.join('; ')}`);
        log = [...double.log];
        pushed = Object.fromEntries(
          Object.keys(expected).map((p) => [
            p,
            execFileSync('git', ['--git-dir', fixture.origin, 'show', `promote/prod:${p}`], { encoding: 'utf8' }),
          ]),
        );
        return t;
      } finally {
        await double.stop();
        rmSync(ws, { recursive: true, force: true });
      }
    });
    let oursExtra = 0;
    for (const [p, want] of Object.entries(expected)) {
      const d = lineDelta(runner, want, pushed[p]);
      oursExtra += d.added + d.removed;
    }

    // The peer: the shell script a user runs today, in a fresh clone each run (made outside the timing).
    const peerDir = join(runner, 'peer');
    mkdirSync(peerDir, { recursive: true });
    const lines = ['set -e'];
    for (let i = 0; i < n; i++) {
      const p = pinOf('staging', i);
      const key = ['services', svcName(i), 'image'];
      lines.push(
        peer.line(
          'environments/prod/values.yaml',
          [
            [[...key, 'tag'], p.tag],
            [[...key, 'digest'], p.digest],
          ],
          peerDir,
          String(i),
        ),
      );
    }
    lines.push(peer.line('apps/prod/platform.yaml', [[['spec', 'source', 'targetRevision'], NEW_CHART]], peerDir, 'app'));
    const editScript = join(peerDir, 'edit.sh');
    writeFileSync(editScript, `${lines.join('\n')}\n`);
    const pushScript = join(peerDir, 'push.sh');
    writeFileSync(
      pushScript,
      `set -e\ngit add -A\ngit commit --quiet -m "promote ${n} services to prod"\ngit push --quiet origin HEAD:refs/heads/peer/prod\n`,
    );
    const gitIdentity = {
      GIT_AUTHOR_NAME: 'ci',
      GIT_AUTHOR_EMAIL: 'ci@example.com',
      GIT_COMMITTER_NAME: 'ci',
      GIT_COMMITTER_EMAIL: 'ci@example.com',
    };
    const peerEdits: Timing[] = [];
    let peerOut: Record<string, string> = {};
    const peerFull = await timeFn(
      peerRuns,
      async () => {
        spawnSync('git', ['--git-dir', fixture.origin, 'update-ref', '-d', 'refs/heads/peer/prod']);
        const ws = fixture.clone('main');
        try {
          const edit = await timeSpawn('bash', [editScript], { cwd: ws, timeoutMs: 600_000 });
          const push = await timeSpawn('bash', [pushScript], { cwd: ws, env: { ...process.env, ...gitIdentity } });
          peerEdits.push(edit);
          peerOut = Object.fromEntries(Object.keys(expected).map((p) => [p, readFileSync(join(ws, p), 'utf8')]));
          return { ...edit, ms: edit.ms + push.ms, peakRssMB: Math.max(edit.peakRssMB, push.peakRssMB) };
        } finally {
          rmSync(ws, { recursive: true, force: true });
        }
      },
      peerWarmup,
    );
    // Warm-up runs are not kept: the edit-only figure is the median of the measured runs, like the full one.
    const edits = peerEdits.slice(-peerRuns).map((t) => t.ms);
    const peerEdit: ManyTiming = {
      ...peerFull,
      ms: [...edits].sort((a, b) => a - b)[edits.length >> 1],
      minMs: Math.min(...edits),
      samples: edits,
    };
    const peerExtra = { added: 0, removed: 0 };
    for (const [p, want] of Object.entries(expected)) {
      const d = lineDelta(runner, want, peerOut[p]);
      peerExtra.added += d.added;
      peerExtra.removed += d.removed;
    }
    return {
      services: n,
      dry,
      pr,
      peerEdit,
      peerFull,
      smallYoungPeakMB: small.peakRssMB,
      requests: log.length,
      writes: log.filter((e) => e.method !== 'GET').length,
      routes: log.map((e) => `${e.route ?? e.path} → ${e.status}`),
      dryRequests,
      oursExtra,
      peerExtra,
    };
  } finally {
    fixture.cleanup();
  }
}

const x = (a: number, b: number) => `${(a / b).toFixed(1)}×`;

/**
 * promote-env staging → prod of 40 services against an in-place YAML edit
 * loop (seed 003), plus the scaling view over 10 / 40 / 200 services (issue
 * 11). Targets: ≥ 10× faster than the loop, byte-identical to a hand edit,
 * ≤ 6 API requests for a new PR, peak memory < 150 MB.
 */
const bench: Bench = async (ctx) => {
  const peer = findPeer(ctx.log);
  ctx.log(`peer: ${peer.name}, one call per service (tag and digest in one filter) + one for targetRevision, then git commit and push`);
  const points: Point[] = [];
  const { registry, chartRepo } = await startChartRegistry();
  try {
    for (const n of SCALE) {
      // The loop costs about one process start per service: fewer runs where it takes seconds each.
      const peerRuns = n > SERVICES ? 1 : Math.min(ctx.runs, 3);
      const started = performance.now();
      const p = await measurePoint(ctx, peer, n, peerRuns, n > SERVICES ? 0 : 1, chartRepo);
      points.push(p);
      ctx.log(
        `${n} services: dry run ${formatMs(p.dry.ms)} (${p.dry.samples.map(formatMs).join(', ')}), PR at ${LATENCY_MS} ms/request ${formatMs(p.pr.ms)} (${p.pr.samples.map(formatMs).join(', ')}); ` +
          `peer edits ${formatMs(p.peerEdit.ms)}, + commit and push ${formatMs(p.peerFull.ms)} (${peerRuns} run${peerRuns === 1 ? '' : 's'}); measured in ${formatMs(performance.now() - started)}`,
      );
    }
  } finally {
    await registry.stop();
  }
  const head = points.find((p) => p.services === SERVICES)!;
  ctx.log(
    `API requests for a new PR (${head.services} services): ${head.requests}: ${head.routes.join(', ')}; dry run: ${head.dryRequests}`,
  );
  const intended = 2 * SERVICES + 1;
  ctx.log(
    `byte-minimal: the intended edit is ${intended} lines (${SERVICES} tags, ${SERVICES} digests, targetRevision); against the hand edit ours differs by ${head.oursExtra} lines, ` +
      `${peer.name} by +${head.peerExtra.added} −${head.peerExtra.removed} lines (reflowed: comments, quoting, flow collections, folded text)`,
  );

  const header = [
    'services',
    'dry run',
    'PR (50 ms/req)',
    'peer edits',
    'peer +push',
    'dry/edits',
    'PR/+push',
    'requests',
    'peak MB',
    'vs hand edit',
  ];
  const table = points.map((p) => [
    String(p.services),
    formatMs(p.dry.ms),
    formatMs(p.pr.ms),
    formatMs(p.peerEdit.ms),
    formatMs(p.peerFull.ms),
    x(p.peerEdit.ms, p.dry.ms),
    x(p.peerFull.ms, p.pr.ms),
    String(p.requests),
    Math.max(p.dry.peakRssMB, p.pr.peakRssMB).toFixed(0),
    `ours ${p.oursExtra}, peer +${p.peerExtra.added}/−${p.peerExtra.removed}`,
  ]);
  const widths = header.map((h, c) => Math.max(h.length, ...table.map((l) => l[c].length)));
  ctx.log(`scaling (ours: median of ${ctx.runs} runs; the peer's runs as above; ratios are peer/ours):`);
  for (const l of [header, widths.map((w) => '─'.repeat(w)), ...table]) ctx.log(`  ${l.map((s, c) => s.padStart(widths[c])).join('  ')}`);
  const [small, , large] = points;
  ctx.log(
    `${small.services} → ${large.services} services: dry run +${formatMs((large.dry.ms - small.dry.ms) / (large.services - small.services))} per service, ` +
      `peer +${formatMs((large.peerEdit.ms - small.peerEdit.ms) / (large.services - small.services))} per service (one process each)`,
  );

  // Octokit's throttling plugin spaces writes by GitHub's guidance (at least 1 s between mutating requests, to stay
  // clear of secondary rate limits): with n writes that is (n − 1) s no client that follows it can avoid.
  const writeRoutes = head.routes.filter((r) => /^(POST|PATCH|PUT|DELETE) /.test(r));
  ctx.log(
    `write spacing: the ${head.writes} writes of a new PR are ${writeRoutes.join(', ')}. The client waits only between writes, never before the first ` +
      `(the gap counts from the previous write's end, and there is none at the start), so the run pays ${Math.max(0, head.writes - 1)} s. Fewer writes are not possible ` +
      `for a labelled draft PR: REST's create-pull endpoint and GraphQL's createPullRequest take no labels, so the labels are a second write on the new PR's ` +
      `issue (promote-env always labels its PRs, automation:release-bump by default, so that automation can find them). Nothing is left to do while the ` +
      `gap runs (the labels are the last request), and skipping it would break GitHub's guidance, so it stays.`,
  );
  const apiFloor = (p: Point) => Math.max(0, p.writes - 1) * 1000 + p.requests * LATENCY_MS;
  ctx.log(
    `PR floor: the dry run's work + ${head.writes - 1} s of write spacing (${head.writes} writes, ≥ 1 s apart as GitHub asks and @octokit/plugin-throttling enforces) + ` +
      `${head.requests} × ${LATENCY_MS} ms = ${formatMs(head.dry.ms + apiFloor(head))}; ours ${formatMs(head.pr.ms)}. The peer pushes straight to the base and opens no PR, so it pays neither.`,
  );
  for (const p of points)
    ctx.log(
      `${p.services} services: peak ${Math.max(p.dry.peakRssMB, p.pr.peakRssMB).toFixed(0)} MB; the same dry run with --max-semi-space-size=1 peaks at ${p.smallYoungPeakMB.toFixed(0)} MB ` +
        `(the difference is V8's young generation sized up by the allocation rate of parsing the values files, not live data)`,
    );
  const rows: BenchRow[] = [];
  for (const p of points.filter((q) => q.services === SERVICES || q.services === 200)) {
    const exact = p.oursExtra === 0;
    const peak = Math.max(p.dry.peakRssMB, p.pr.peakRssMB);
    rows.push(
      {
        case: `promote-env staging→prod, ${p.services} services × 3 envs, dry run vs ${peer.name} loop`,
        oursMs: p.dry.ms,
        peer: `${p.services + 1} edits`,
        peerMs: p.peerEdit.ms,
        peakMB: p.dry.peakRssMB,
        target: '≥ 10× faster, < 150 MB',
        met: p.peerEdit.ms >= 10 * p.dry.ms && p.dry.peakRssMB < 150,
      },
      // Two rows, each judged on its own: the PR against its floor (issue 22's target) and against the peer's
      // edits + commit + push (≥ 10×, an earlier target the 1 s write spacing keeps out of reach at 40 services).
      {
        case: `promote-env staging→prod, ${p.services} services, new draft PR at ${LATENCY_MS} ms/request (${p.requests} requests) vs its floor`,
        oursMs: p.pr.ms,
        floorMs: p.dry.ms + apiFloor(p),
        peakMB: peak,
        target: `≤ 1.2× floor, ≤ 6 requests, ${exact ? 'byte-identical' : `${p.oursExtra} lines off`} hand edit, < 150 MB`,
        met: p.pr.ms <= 1.2 * (p.dry.ms + apiFloor(p)) && p.requests <= 6 && exact && peak < 150,
      },
      {
        case: `promote-env staging→prod, ${p.services} services, new draft PR vs edits + commit + push`,
        oursMs: p.pr.ms,
        peer: 'edits+push',
        peerMs: p.peerFull.ms,
        target: '≥ 10× faster',
        met: p.peerFull.ms >= 10 * p.pr.ms,
      },
    );
  }
  return rows;
};

export default bench;
