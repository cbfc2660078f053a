import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Bench, BenchContext, BenchRow } from './context.ts';
import { rng } from '../harness/random.ts';
import { formatMs, timeFn, timeMany, timeSpawn, type ManyTiming } from './measure.ts';
import {
  isCompiling,
  isGc,
  isIdle,
  isNative,
  isSpawning,
  profileBundle,
  type CallFrame,
  type ProfileBucket,
  type ProfileSpec,
} from './profile.ts';
import { quietRepo } from './quiet-repo.ts';
import { runnerEnv } from './runner-env.ts';

/** How much faster than semantic-release's analyzer (issue 22 raised it from 5× to 10×). */
const PEER_TARGET = 10;

/** Commits since the last tag (merges and the commits they bring included). */
export const COMMITS = 10_000;
export const LAST = '1.4.2';

const repoRoot = join(import.meta.dirname, '..', '..');
const peers = join(repoRoot, 'tools', 'peers');
const semanticRelease = join(peers, 'node_modules', 'semantic-release', 'bin', 'semantic-release.js');

const SCOPES = ['api', 'ui', 'auth', 'billing', 'charts', 'deps', 'ci', 'db', 'worker', 'search'];
const WORDS = ['cache', 'retry', 'timeout', 'export', 'pagination', 'login', 'webhook', 'index', 'queue', 'config', 'metrics', 'probe'];

/**
 * One commit message in the mix real monorepos show: mostly fixes, features
 * and dependency chores, some docs/refactor/test/ci, a few perf commits,
 * bodies on about a third, and rarely a breaking change (`!` plus a
 * `BREAKING CHANGE:` footer, which both tools read the same way).
 */
function message(rnd: () => number, n: number): string {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)];
  const scope = pick(SCOPES);
  const word = pick(WORDS);
  const pr = ` (#${1000 + n})`;
  const body =
    rnd() < 0.35 ? `\n\nThe ${word} path in ${scope} now checks its input first.\nSee the discussion on the issue for the trade-offs.` : '';
  const r = rnd();
  if (n % 997 === 500)
    return `feat(${scope})!: drop the v1 ${word} endpoint${pr}\n\nBREAKING CHANGE: clients calling /v1/${word} must move to /v2/${word}.`;
  if (r < 0.26) return `feat(${scope}): add ${word} support${pr}${body}`;
  if (r < 0.55) return `fix(${scope}): handle empty ${word}${pr}${body}`;
  if (r < 0.74) return `chore(deps): bump ${word}-lib from 2.${n % 30}.0 to 2.${(n % 30) + 1}.0${pr}`;
  if (r < 0.83) return `docs: describe the ${word} option${pr}`;
  if (r < 0.88) return `perf(${scope}): avoid a copy in ${word}${pr}`;
  if (r < 0.93) return `refactor(${scope}): split ${word} handling${pr}`;
  if (r < 0.97) return `test(${scope}): cover ${word} edge cases${pr}`;
  return `ci: cache the ${word} step${pr}`;
}

/** The dry run profile's buckets, in the order they are printed. */
const B = {
  node: 'node start and native work (V8, libuv)',
  compile: 'compiling and linking the bundle (ESM)',
  spawn: 'spawning git (Node blocks until each child has started; spawnSync until it exits)',
  idle: 'idle (waiting on git)',
  parser: 'conventional-commits-parser',
  libs: 'yaml, semver, toml and other libraries',
  release: 'release code (core and the action entry)',
  write: 'writing the notes, CHANGELOG diff, summary and outputs',
  internals: 'Node internals (streams, events, paths)',
  gc: 'garbage collection',
} as const;

/** The functions that render or print what a dry run shows: notes, CHANGELOG, diff, log lines, outputs and summary. */
const WRITERS =
  /^(renderNotes(Parts)?|prependChangelog|changelogWithNotes|renderDiff|releaseMarkdown(Parts)?|fitToBytes|writeSummary|setOutput|appendSummary|info|issueCommand|escapeForLog)$/;
const writes = (stack: readonly CallFrame[]) =>
  stack.some(
    (f) =>
      (f.url.startsWith('file:') && WRITERS.test(f.functionName)) ||
      /internal\/streams\/writable/.test(f.url) ||
      /^write(v)?Generic$/.test(f.functionName),
  );

/**
 * Where a prepare-release dry run's time goes. Stack rules come first (what
 * the thread is doing whatever code asked for it), then each bundle chunk by
 * the modules it concatenates: ncc keeps a `CONCATENATED MODULE: <path>`
 * comment per module, so the parser's chunk and core's chunks are told apart
 * by path, and what holds neither is a library (yaml, semver, picomatch, the
 * TOML parsers, Octokit).
 */
const PROFILE: ProfileSpec = {
  order: Object.values(B),
  stack: [
    { name: B.idle, test: isIdle },
    { name: B.gc, test: isGc },
    { name: B.node, test: isNative },
    { name: B.spawn, test: (s) => isSpawning(s) || s.some((f) => f.functionName === 'spawnSync' && /child_process/.test(f.url)) },
    { name: B.compile, test: isCompiling },
    { name: B.write, test: writes },
  ],
  chunks: [
    { name: B.release, test: (f) => f === 'index.js' },
    { name: B.parser, test: (_, text) => text.includes('CONCATENATED MODULE: ./node_modules/conventional-commits-parser/') },
    { name: B.write, test: (_, text) => text.includes('CONCATENATED MODULE: ./packages/core/src/edits/diff.ts') },
    { name: B.release, test: (_, text) => text.includes('CONCATENATED MODULE: ./packages/core/src/') },
    { name: B.libs, test: () => true },
  ],
  fallback: B.internals,
};

/** The scaling view (issue 11): commits since the last tag × packages released with their pins. */
const SCALE_COMMITS = [1_000, COMMITS];
const SCALE_PACKAGES = [5, 50];
/** Services (pyproject.toml) and apps (package.json) that pin the released packages: one per 10 packages. */
export const consumersOf = (packages: number) => Math.max(1, Math.round(packages / 10));

const pad = (i: number) => String(i).padStart(2, '0');
/** Package i of a monorepo that publishes both kinds: even ones are Python (Poetry) libraries, odd ones npm packages. */
const packageFile = (i: number) => (i % 2 === 0 ? `libs/lib-${pad(i)}/pyproject.toml` : `packages/pkg-${pad(i)}/package.json`);
const packageName = (i: number) => (i % 2 === 0 ? `lib-${pad(i)}` : `pkg-${pad(i)}`);

/** The files of `packages` released packages and the services and apps that pin all of them (`^1.4.2`). */
function packageFiles(packages: number): Record<string, string> {
  const files: Record<string, string> = {};
  const py: string[] = [];
  const js: string[] = [];
  for (let i = 0; i < packages; i++) {
    const name = packageName(i);
    if (i % 2 === 0) {
      files[packageFile(i)] =
        `[tool.poetry]\nname = "${name}"\nversion = "${LAST}"  # released by prepare-release\n\n[tool.poetry.dependencies]\npython = "^3.12"\n`;
      py.push(name);
    } else {
      files[packageFile(i)] =
        `${JSON.stringify({ name: `@acme/${name}`, version: LAST, private: false, scripts: { build: 'tsc -p .' } }, null, 2)}\n`;
      js.push(name);
    }
  }
  for (let k = 0; k < consumersOf(packages); k++) {
    const deps = py.map((n) => `${n} = "^${LAST}"`).join('\n');
    files[`services/svc-${pad(k)}/pyproject.toml`] =
      `[tool.poetry]\nname = "svc-${pad(k)}"\nversion = "0.0.0"\n\n[tool.poetry.dependencies]\npython = "^3.12"\n${deps}\nrequests = "^2.32"\n`;
    const jsDeps = Object.fromEntries([...js.map((n) => [n, `^${LAST}`]), ['react', '^19.0.0']]);
    files[`apps/app-${pad(k)}/package.json`] =
      `${JSON.stringify({ name: `app-${pad(k)}`, version: '0.0.0', private: true, dependencies: jsDeps }, null, 2)}\n`;
  }
  return files;
}

/** prepare-release's inputs that release the first `packages` packages and move their pins. */
export function packageInputs(packages: number): Record<string, string> {
  if (packages === 0) return {};
  const names = Array.from({ length: packages }, (_, i) => packageName(i));
  const py = names.filter((_, i) => i % 2 === 0);
  const js = names.filter((_, i) => i % 2 === 1);
  const pins = [
    `- {files: services/*/pyproject.toml, table: tool.poetry.dependencies, names: [${py.join(', ')}]}`,
    ...(js.length ? [`- {files: apps/*/package.json, names: [${js.join(', ')}]}`] : []),
  ];
  return { INPUT_PACKAGES: Array.from({ length: packages }, (_, i) => packageFile(i)).join('\n'), INPUT_PINS: pins.join('\n') };
}

/**
 * Builds the repository with git fast-import (fast and deterministic): a
 * tagged release with a CHANGELOG.md of earlier releases (and `packages`
 * released packages with the services and apps that pin them), then `commits`
 * commits on main, every 40th brought in through a merge commit ("Merge pull
 * request …") of a side branch.
 */
export function buildRepo(dir: string, commits = COMMITS, packages = 0): void {
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, stdio: 'pipe', maxBuffer: 1 << 28 });
  mkdirSync(dir, { recursive: true });
  git('init', '--quiet', '--initial-branch=main');
  quietRepo(dir);
  const rnd = rng(20261122);
  const out: string[] = [];
  let mark = 0;
  let time = 1_750_000_000;
  const who = () => `bench <bench@example.com> ${time++} +0000`;
  const data = (s: string) => `data ${Buffer.byteLength(s)}\n${s}`;
  const chart = `apiVersion: v2\nname: app\nversion: 0.13.0\nappVersion: "${LAST}"\n`;
  out.push('commit refs/heads/main', `mark :${++mark}`, `author ${who()}`, `committer ${who()}`, data('chore: initial import'));
  // A project that releases has a changelog: the new notes go on top of 40 earlier releases.
  const earlier = Array.from({ length: 40 }, (_, i) => {
    const v = `1.${Math.floor((39 - i) / 10)}.${(39 - i) % 10}`;
    return `## [${v}](https://github.com/acme/mono/compare/v${v}...v${v}) (2025-01-01)\n\n### Bug Fixes\n\n* **api:** handle an empty page ([0123abc](https://github.com/acme/mono/commit/0123abc))\n* **ui:** keep the filter on reload ([4567def](https://github.com/acme/mono/commit/4567def))\n`;
  }).join('\n');
  out.push(
    `M 100644 inline .version`,
    data(`${LAST}\n`),
    'M 100644 inline charts/app/Chart.yaml',
    data(chart),
    'M 100644 inline README.md',
    data('bench\n'),
  );
  out.push('M 100644 inline CHANGELOG.md', data(`# Changelog\n\n${earlier}`));
  for (const [path, text] of Object.entries(packageFiles(packages))) out.push(`M 100644 inline ${path}`, data(text));
  out.push(`tag v${LAST}`, `from :${mark}`, `tagger ${who()}`, data(`v${LAST}`));
  let tip = mark;
  let count = 0;
  while (count < commits) {
    const n = count;
    const file = `src/${SCOPES[n % SCOPES.length]}/f${n % 50}.txt`;
    if (n % 40 === 39 && count + 2 <= commits) {
      // A side branch commit, then the merge that brings it in.
      out.push('commit refs/heads/side', `mark :${++mark}`, `author ${who()}`, `committer ${who()}`, data(message(rnd, n)), `from :${tip}`);
      out.push(`M 100644 inline ${file}`, data(`side ${n}\n`));
      const side = mark;
      out.push(
        'commit refs/heads/main',
        `mark :${++mark}`,
        `author ${who()}`,
        `committer ${who()}`,
        data(`Merge pull request #${1000 + n} from acme/topic-${n}`),
        `from :${tip}`,
        `merge :${side}`,
      );
      out.push(`M 100644 inline ${file}`, data(`side ${n}\n`));
      tip = mark;
      count += 2;
      continue;
    }
    out.push('commit refs/heads/main', `mark :${++mark}`, `author ${who()}`, `committer ${who()}`, data(message(rnd, n)), `from :${tip}`);
    out.push(`M 100644 inline ${file}`, data(`${n}\n`));
    tip = mark;
    count++;
  }
  const r = spawnSync('git', ['fast-import', '--quiet'], { cwd: dir, input: `${out.join('\n')}\n`, encoding: 'utf8', maxBuffer: 1 << 28 });
  if (r.status !== 0) throw new Error(`git fast-import failed: ${r.stderr.trim().split('\n').slice(0, 5).join(' / ')}`);
  git('branch', '-D', 'side');
  git('reset', '--quiet', '--hard', 'main');
}

/** What the generated history depends on: a cached repository is reused only while this is unchanged. */
export function generatorKey(): string {
  return createHash('sha256').update([buildRepo, message, packageFiles].map(String).join('\n')).digest('hex').slice(0, 12);
}

/** The value of one output in a GITHUB_OUTPUT file (heredoc form). */
export function output(file: string, name: string): string | undefined {
  return new RegExp(`^${name}<<(\\S+)\\n([\\s\\S]*?)\\n\\1$`, 'm').exec(readFileSync(file, 'utf8'))?.[2];
}

/**
 * prepare-release's dry run (next version and notes from 10,000 conventional
 * commits since the last tag) against `semantic-release --dry-run --no-ci`
 * with only @semantic-release/commit-analyzer, on the same repository in the
 * same run, and the floor: Node start plus the one `git log` of that range.
 * Both tools must compute the same version.
 */
const bench: Bench = async (ctx) => {
  if (!existsSync(semanticRelease)) {
    ctx.log('installing the pinned peers (npm ci --prefix tools/peers) on first use');
    execFileSync('npm', ['ci', '--prefix', peers, '--no-audit', '--no-fund'], { stdio: 'pipe' });
  }
  const base = { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: ctx.tmp, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null' };
  const { repo, origin, env, range } = setup(ctx, 'mono', COMMITS, 0, base);
  const dist = distFile();
  const ours = await dryRun(ctx, repo, env);
  const notesBytes = Buffer.byteLength(output(env.GITHUB_OUTPUT, 'notes') ?? '');
  const ourVersion = output(env.GITHUB_OUTPUT, 'version');

  const peer = await timeMany(
    ctx.runs,
    ctx.node,
    [
      semanticRelease,
      '--dry-run',
      '--no-ci',
      '--branches',
      'main',
      '--repository-url',
      origin,
      '--plugins',
      '@semantic-release/commit-analyzer',
    ],
    { cwd: repo, env: base, timeoutMs: 300_000 },
  );
  const theirVersion = /The next release version is (\S+)/.exec(peer.last.stdout)?.[1];
  if (!ourVersion || ourVersion !== theirVersion) {
    throw new Error(
      `the tools disagree on the next version: prepare-release ${ourVersion ?? '(none)'}, semantic-release ${theirVersion ?? '(none)'}`,
    );
  }

  const floor = await floorOf(ctx, repo, range, base);

  const vsPeer = peer.ms / ours.ms;
  const vsFloor = ours.ms / floor.ms;
  ctx.log(
    `prepare-release dry run ${formatMs(ours.ms)} (peak ${ours.peakRssMB.toFixed(0)} MB) · semantic-release ${formatMs(peer.ms)} (peak ${peer.peakRssMB.toFixed(0)} MB) · floor ${formatMs(floor.ms)}; both compute ${ourVersion}`,
  );
  ctx.log(`${vsPeer.toFixed(1)}× faster than semantic-release, ${vsFloor.toFixed(2)}× the floor`);
  if (vsPeer < PEER_TARGET || vsFloor > 2) {
    // A target is missed: say where the time goes, measured on the same repository and inputs under the CPU profiler.
    const distDir = join(dist, '..');
    const clear = () => {
      writeFileSync(env.GITHUB_OUTPUT, '');
      writeFileSync(env.GITHUB_STEP_SUMMARY, '');
    };
    const prof = await profileBundle(ctx.node, distDir, ctx.tmp, ctx.runs, { cwd: repo, env, beforeRun: clear }, PROFILE);
    const nodeStart = await timeMany(ctx.runs, ctx.node, ['-e', '0']);
    const kib = prof.loaded.reduce((sum, f) => sum + statSync(join(distDir, f)).size, 0) / 1024;
    ctx.log(
      `main-thread profile of the ${COMMITS}-commit dry run (node --cpu-prof, mean of ${ctx.runs} runs, ${formatMs(prof.totalMs)} with the profiler's overhead):`,
    );
    for (const b of prof.buckets) {
      // The hottest functions of the code buckets say which step to look at; for the others (GC, idle, spawn, compile) they say little.
      const code = b.name === B.parser || b.name === B.libs || b.name === B.release || b.name === B.write;
      const hot =
        code && b.top.length
          ? ` — ${b.top
              .slice(0, 3)
              .map((t) => `${t.fn} ${formatMs(t.ms)}`)
              .join(', ')}`
          : '';
      ctx.log(`  ${formatMs(b.ms).padStart(8)}  ${((100 * b.ms) / prof.totalMs).toFixed(0).padStart(3)}%  ${b.name}${hot}`);
    }
    ctx.log(
      whyMissed({
        oursMs: ours.ms,
        peerMs: peer.ms,
        floorMs: floor.ms,
        nodeMs: nodeStart.ms,
        prof,
        kib,
        loaded: prof.loaded,
        notesBytes,
        printedBytes: Buffer.byteLength(ours.last.stdout),
        peakMB: ours.peakRssMB,
      }),
    );
  }
  const rows: BenchRow[] = [
    {
      case: `prepare-release dry run, ${COMMITS} commits since v${LAST} (version + notes → ${ourVersion}), median of ${ctx.runs}`,
      oursMs: ours.ms,
      peer: 'semantic-release --dry-run (commit-analyzer only)',
      peerMs: peer.ms,
      floorMs: floor.ms,
      peakMB: ours.peakRssMB,
      target: `≥ ${PEER_TARGET}× faster than peer, ≤ 2× floor, < 150 MB`,
      met: vsPeer >= PEER_TARGET && vsFloor <= 2 && ours.peakRssMB < 150,
    },
  ];

  // The scaling view: one repository per history length, holding the most packages; each point releases the
  // first P packages (inputs packages and pins), so the history is the same across a column.
  const points: { commits: number; packages: number; pins: number; files: number; ours: ManyTiming; floor: ManyTiming }[] = [];
  for (const commits of SCALE_COMMITS) {
    const most = Math.max(...SCALE_PACKAGES);
    const at = setup(ctx, `scale-${commits}`, commits, most, base);
    const floorHere = await floorOf(ctx, at.repo, at.range, base);
    for (const packages of SCALE_PACKAGES) {
      const env = { ...at.env, ...packageInputs(packages) };
      const t = await dryRun(ctx, at.repo, env);
      const summary = output(env.GITHUB_OUTPUT, 'version') === ourVersion ? readFileSync(env.GITHUB_STEP_SUMMARY, 'utf8') : '';
      // The summary's file table: a `version` row per version written, a `pin <name>` row per pin moved.
      const files = (summary.match(/^\| [^|]+ \| (?:version|pin [^|]+) \| /gm) ?? []).length;
      // Each service and app pins every released package of its kind.
      const pins = consumersOf(most) * packages;
      if (files < packages + pins) throw new Error(`the dry run with ${packages} packages and ${pins} pins listed ${files} changes`);
      points.push({ commits, packages, pins, files, ours: t, floor: floorHere });
    }
  }
  const header = ['commits', 'packages', 'pins', 'rows', 'dry run', 'peak MB', 'floor', 'ours − floor', 'ours/floor'];
  const table = points.map((p) => [
    String(p.commits),
    String(p.packages),
    String(p.pins),
    String(p.files),
    formatMs(p.ours.ms),
    p.ours.peakRssMB.toFixed(0),
    formatMs(p.floor.ms),
    formatMs(p.ours.ms - p.floor.ms),
    `${(p.ours.ms / p.floor.ms).toFixed(2)}×`,
  ]);
  const widths = header.map((h, c) => Math.max(h.length, ...table.map((l) => l[c].length)));
  ctx.log(
    `scaling (median of ${ctx.runs} runs; rows: the summary's file table, i.e. versions and pins changed; floor: node + the range's git log):`,
  );
  for (const l of [header, widths.map((w) => '─'.repeat(w)), ...table]) ctx.log(`  ${l.map((v, c) => v.padStart(widths[c])).join('  ')}`);
  const pt = (c: number, p: number) => points.find((q) => q.commits === c && q.packages === p)!;
  const [c0, c1] = SCALE_COMMITS;
  const [p0, p1] = SCALE_PACKAGES;
  // Differences of the fastest runs: on a shared machine a median can carry another process's burst, a minimum less so.
  const perCommit = ((pt(c1, p0).ours.minMs - pt(c0, p0).ours.minMs) / (c1 - c0)) * 1000;
  const perCommitFloor = ((pt(c1, p0).floor.minMs - pt(c0, p0).floor.minMs) / (c1 - c0)) * 1000;
  const perPackage = (pt(c1, p1).ours.minMs - pt(c1, p0).ours.minMs + pt(c0, p1).ours.minMs - pt(c0, p0).ours.minMs) / 2 / (p1 - p0);
  ctx.log(
    `cost (from the fastest runs): +${formatMs(perCommit)} per 1,000 commits (git log alone +${formatMs(perCommitFloor)}; the rest is parsing each header, the notes and the CHANGELOG diff, all linear in the commits), ` +
      `+${formatMs(perPackage)} per package released with its pins (one TOML or JSON edit and check per file). Peak memory follows the commits and the notes' size (a record per commit; one line ` +
      `per commit, held once in batches that are the parts of the new CHANGELOG text), not the packages.`,
  );
  const big = pt(c1, p1);
  rows.push({
    case: `prepare-release dry run, ${c1} commits + ${p1} packages with ${big.pins} pins (${big.files} rows), median of ${ctx.runs}`,
    oursMs: big.ours.ms,
    floorMs: big.floor.ms,
    peakMB: big.ours.peakRssMB,
    target: '≤ 2× floor, < 150 MB',
    met: big.ours.ms / big.floor.ms <= 2 && big.ours.peakRssMB < 150,
  });
  return rows;
};

/** A built repository with its bare origin, and the runner environment of a dry run in it. */
function setup(ctx: BenchContext, name: string, commits: number, packages: number, base: Record<string, string>) {
  const repo = join(ctx.tmp, name);
  const origin = join(ctx.tmp, `${name}-origin.git`);
  const started = performance.now();
  buildRepo(repo, commits, packages);
  execFileSync('git', ['init', '--quiet', '--bare', '--initial-branch=main', origin], { stdio: 'pipe' });
  quietRepo(origin);
  execFileSync('git', ['remote', 'add', 'origin', origin], { cwd: repo, stdio: 'pipe' });
  execFileSync('git', ['push', '--quiet', '--follow-tags', 'origin', 'main'], { cwd: repo, stdio: 'pipe' });
  execFileSync('git', ['fetch', '--quiet', 'origin'], { cwd: repo, stdio: 'pipe' });
  const range = `v${LAST}..HEAD`;
  const inRange = Number(execFileSync('git', ['rev-list', '--count', range], { cwd: repo, encoding: 'utf8' }).trim());
  if (inRange !== commits) throw new Error(`the generated history has ${inRange} commits since v${LAST}, expected ${commits}`);
  ctx.log(
    `built ${commits} commits since v${LAST}${packages ? ` with ${packages} packages` : ''} in ${formatMs(performance.now() - started)}`,
  );
  const runner = join(ctx.tmp, `${name}-runner`);
  mkdirSync(runner, { recursive: true });
  const env = runnerEnv(
    { workspace: repo, files: runner, event: { name: 'push' } },
    { ...base, GITHUB_REF: 'refs/heads/main', GITHUB_REPOSITORY: 'acme/mono', 'INPUT_DRY-RUN': 'true', SOURCE_DATE_EPOCH: '1795000000' },
  );
  return { repo, origin, env, range };
}

/** The committed bundle's dry run in `repo`, checked: notes with breaking changes and features, nothing written. */
async function dryRun(ctx: BenchContext, repo: string, env: Record<string, string>): Promise<ManyTiming> {
  const dist = distFile();
  const t = await timeFn(ctx.runs, async () => {
    writeFileSync(env.GITHUB_OUTPUT, '');
    writeFileSync(env.GITHUB_STEP_SUMMARY, '');
    return timeSpawn(ctx.node, [dist], { cwd: repo, env });
  });
  const notes = output(env.GITHUB_OUTPUT, 'notes') ?? '';
  if (!notes.includes('BREAKING CHANGES') || !notes.includes('### Features'))
    throw new Error('prepare-release printed no release notes with breaking changes and features');
  if (execFileSync('git', ['status', '--porcelain'], { cwd: repo, encoding: 'utf8' }) !== '')
    throw new Error('the dry run changed the workspace');
  return t;
}

/** The committed bundle (or BENCH_ACTIONS_DIR's). */
function distFile(): string {
  return join(process.env.BENCH_ACTIONS_DIR ?? join(repoRoot, 'actions'), 'prepare-release', 'dist', 'index.js');
}

/**
 * The one-line reason for a missed target, from this run's figures: which
 * limit binds, how much the floor leaves for everything beyond Node's start
 * and git, and what the profile says fills it (largest buckets first).
 */
function whyMissed(m: {
  oursMs: number;
  peerMs: number;
  floorMs: number;
  nodeMs: number;
  prof: { buckets: ProfileBucket[]; totalMs: number };
  kib: number;
  loaded: string[];
  notesBytes: number;
  printedBytes: number;
  peakMB: number;
}): string {
  const of = (name: string) => m.prof.buckets.find((b) => b.name === name)?.ms ?? 0;
  const limitFloor = 2 * m.floorMs;
  const limitPeer = m.peerMs / PEER_TARGET;
  const limit = Math.min(limitFloor, limitPeer);
  const binds =
    limitFloor <= limitPeer
      ? `2× the floor (${formatMs(limitFloor)}; ${PEER_TARGET}× semantic-release would allow ${formatMs(limitPeer)})`
      : `${PEER_TARGET}× faster than semantic-release (${formatMs(limitPeer)}; 2× the floor would allow ${formatMs(limitFloor)})`;
  const gitLogMs = Math.max(0, m.floorMs - m.nodeMs);
  const leaves = limit - m.floorMs;
  const git = of(B.spawn) + of(B.idle);
  const beyond = m.prof.buckets.filter((b) => b.name !== B.node && b.name !== B.spawn && b.name !== B.idle).sort((a, b) => b.ms - a.ms);
  const beyondMs = beyond.reduce((s, b) => s + b.ms, 0);
  const share = (ms: number) => `${((100 * ms) / m.prof.totalMs).toFixed(0)}%`;
  const detail = (name: string, ms: number) =>
    name === B.parser
      ? `; ${((1000 * ms) / COMMITS).toFixed(1)} µs per commit`
      : name === B.compile
        ? `; ${m.kib.toFixed(0)} KiB in the ${m.loaded.length} bundle files it runs`
        : name === B.write
          ? `; ${(m.notesBytes / 1024).toFixed(0)} KiB of notes, ${(m.printedBytes / 1024).toFixed(0)} KiB printed to the log`
          : name === B.gc
            ? `; peak ${m.peakMB.toFixed(0)} MB resident`
            : '';
  const top = beyond
    .slice(0, 4)
    .map((b) => `${b.name} ${formatMs(b.ms)} (${share(b.ms)}${detail(b.name, b.ms)})`)
    .join(', ');
  const room =
    leaves > 0
      ? `the limit leaves ${formatMs(leaves)} for everything else`
      : `the limit is below the floor itself, so no tool that starts Node and reads the range with git can meet it`;
  return (
    `why ${(m.oursMs / m.floorMs).toFixed(2)}× the floor and ${(m.peerMs / m.oursMs).toFixed(1)}× semantic-release: the tighter limit is ${binds}, ` +
    `so ours (${formatMs(m.oursMs)}) is ${formatMs(m.oursMs - limit)} over. The floor is Node's start (${formatMs(m.nodeMs)}) plus one git log of the range ` +
    `(${formatMs(gitLogMs)}), and ${room}; in the profile git costs ${formatMs(git)} (spawning and waiting, ${share(git)}; the floor's one git log ` +
    `${formatMs(gitLogMs)}) and the work beyond Node and git ${formatMs(beyondMs)} (${share(beyondMs)}` +
    `${leaves > 0 ? `, ${(beyondMs / leaves).toFixed(1)}× what the limit leaves` : ''}), largest first: ${top}.`
  );
}

/** The floor: Node 24 starting and reading the range's commits with the one git log no tool can skip. */
function floorOf(ctx: BenchContext, repo: string, range: string, base: Record<string, string>): Promise<ManyTiming> {
  const floorScript = `require('node:child_process').execFileSync('git', ['log', '-z', '--format=%H%x00%P%x00%B', '${range}', '--'], { maxBuffer: 1 << 30 })`;
  return timeMany(ctx.runs, ctx.node, ['-e', floorScript], { cwd: repo, env: base });
}

export default bench;
