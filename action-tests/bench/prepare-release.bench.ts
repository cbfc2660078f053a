import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Bench } from './context.ts';
import { rng } from '../harness/random.ts';
import { formatMs, timeFn, timeMany, timeSpawn } from './measure.ts';

/** Commits since the last tag (merges and the commits they bring included). */
export const COMMITS = 10_000;
const LAST = '1.4.2';

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
  const body = rnd() < 0.35 ? `\n\nThe ${word} path in ${scope} now checks its input first.\nSee the discussion on the issue for the trade-offs.` : '';
  const r = rnd();
  if (n % 997 === 500) return `feat(${scope})!: drop the v1 ${word} endpoint${pr}\n\nBREAKING CHANGE: clients calling /v1/${word} must move to /v2/${word}.`;
  if (r < 0.26) return `feat(${scope}): add ${word} support${pr}${body}`;
  if (r < 0.55) return `fix(${scope}): handle empty ${word}${pr}${body}`;
  if (r < 0.74) return `chore(deps): bump ${word}-lib from 2.${n % 30}.0 to 2.${(n % 30) + 1}.0${pr}`;
  if (r < 0.83) return `docs: describe the ${word} option${pr}`;
  if (r < 0.88) return `perf(${scope}): avoid a copy in ${word}${pr}`;
  if (r < 0.93) return `refactor(${scope}): split ${word} handling${pr}`;
  if (r < 0.97) return `test(${scope}): cover ${word} edge cases${pr}`;
  return `ci: cache the ${word} step${pr}`;
}

/**
 * Builds the repository with git fast-import (fast and deterministic): a
 * tagged release with a CHANGELOG.md of earlier releases, then COMMITS commits on main, every 40th brought in through
 * a merge commit ("Merge pull request …") of a side branch.
 */
export function buildRepo(dir: string): void {
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, stdio: 'pipe', maxBuffer: 1 << 28 });
  mkdirSync(dir, { recursive: true });
  git('init', '--quiet', '--initial-branch=main');
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
  out.push(`M 100644 inline .version`, data(`${LAST}\n`), 'M 100644 inline charts/app/Chart.yaml', data(chart), 'M 100644 inline README.md', data('bench\n'));
  out.push('M 100644 inline CHANGELOG.md', data(`# Changelog\n\n${earlier}`));
  out.push(`tag v${LAST}`, `from :${mark}`, `tagger ${who()}`, data(`v${LAST}`));
  let tip = mark;
  let count = 0;
  while (count < COMMITS) {
    const n = count;
    const file = `src/${SCOPES[n % SCOPES.length]}/f${n % 50}.txt`;
    if (n % 40 === 39 && count + 2 <= COMMITS) {
      // A side branch commit, then the merge that brings it in.
      out.push('commit refs/heads/side', `mark :${++mark}`, `author ${who()}`, `committer ${who()}`, data(message(rnd, n)), `from :${tip}`);
      out.push(`M 100644 inline ${file}`, data(`side ${n}\n`));
      const side = mark;
      out.push('commit refs/heads/main', `mark :${++mark}`, `author ${who()}`, `committer ${who()}`, data(`Merge pull request #${1000 + n} from acme/topic-${n}`), `from :${tip}`, `merge :${side}`);
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

/** The value of one output in a GITHUB_OUTPUT file (heredoc form). */
function output(file: string, name: string): string | undefined {
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
  const repo = join(ctx.tmp, 'mono');
  const origin = join(ctx.tmp, 'origin.git');
  const started = performance.now();
  buildRepo(repo);
  execFileSync('git', ['init', '--quiet', '--bare', '--initial-branch=main', origin], { stdio: 'pipe' });
  execFileSync('git', ['remote', 'add', 'origin', origin], { cwd: repo, stdio: 'pipe' });
  execFileSync('git', ['push', '--quiet', '--follow-tags', 'origin', 'main'], { cwd: repo, stdio: 'pipe' });
  execFileSync('git', ['fetch', '--quiet', 'origin'], { cwd: repo, stdio: 'pipe' });
  const range = `v${LAST}..HEAD`;
  const inRange = Number(execFileSync('git', ['rev-list', '--count', range], { cwd: repo, encoding: 'utf8' }).trim());
  if (inRange !== COMMITS) throw new Error(`the generated history has ${inRange} commits since v${LAST}, expected ${COMMITS}`);
  ctx.log(`built ${COMMITS} commits since v${LAST} in ${formatMs(performance.now() - started)}`);

  const base = { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: ctx.tmp, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null' };
  const runner = join(ctx.tmp, 'runner');
  mkdirSync(runner, { recursive: true });
  const env = {
    ...base,
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: repo,
    GITHUB_EVENT_NAME: 'push',
    GITHUB_REF: 'refs/heads/main',
    GITHUB_REPOSITORY: 'acme/mono',
    GITHUB_OUTPUT: join(runner, 'output'),
    GITHUB_STEP_SUMMARY: join(runner, 'summary'),
    'INPUT_DRY-RUN': 'true',
    SOURCE_DATE_EPOCH: '1795000000',
  };
  const dist = join(repoRoot, 'actions', 'prepare-release', 'dist', 'index.js');
  const ours = await timeFn(ctx.runs, async () => {
    writeFileSync(env.GITHUB_OUTPUT, '');
    writeFileSync(env.GITHUB_STEP_SUMMARY, '');
    return timeSpawn(ctx.node, [dist], { cwd: repo, env });
  });
  const ourVersion = output(env.GITHUB_OUTPUT, 'version');
  const notes = output(env.GITHUB_OUTPUT, 'notes') ?? '';
  if (!notes.includes('BREAKING CHANGES') || !notes.includes('### Features')) throw new Error('prepare-release printed no release notes with breaking changes and features');
  if (execFileSync('git', ['status', '--porcelain'], { cwd: repo, encoding: 'utf8' }) !== '') throw new Error('the dry run changed the workspace');

  const peer = await timeMany(
    ctx.runs,
    ctx.node,
    [semanticRelease, '--dry-run', '--no-ci', '--branches', 'main', '--repository-url', origin, '--plugins', '@semantic-release/commit-analyzer'],
    { cwd: repo, env: base, timeoutMs: 300_000 },
  );
  const theirVersion = /The next release version is (\S+)/.exec(peer.last.stdout)?.[1];
  if (!ourVersion || ourVersion !== theirVersion) {
    throw new Error(`the tools disagree on the next version: prepare-release ${ourVersion ?? '(none)'}, semantic-release ${theirVersion ?? '(none)'}`);
  }

  // The floor: Node 24 starting and reading the range's commits with the one git log no tool can skip.
  const floorScript = `require('node:child_process').execFileSync('git', ['log', '-z', '--format=%H%x00%P%x00%B', '${range}', '--'], { maxBuffer: 1 << 30 })`;
  const floor = await timeMany(ctx.runs, ctx.node, ['-e', floorScript], { cwd: repo, env: base });

  const vsPeer = peer.ms / ours.ms;
  const vsFloor = ours.ms / floor.ms;
  ctx.log(
    `prepare-release dry run ${formatMs(ours.ms)} (peak ${ours.peakRssMB.toFixed(0)} MB) · semantic-release ${formatMs(peer.ms)} (peak ${peer.peakRssMB.toFixed(0)} MB) · floor ${formatMs(floor.ms)}; both compute ${ourVersion}`,
  );
  ctx.log(`${vsPeer.toFixed(1)}× faster than semantic-release, ${vsFloor.toFixed(2)}× the floor`);
  return [
    {
      case: `prepare-release dry run, ${COMMITS} commits since v${LAST} (version + notes → ${ourVersion}), median of ${ctx.runs}`,
      oursMs: ours.ms,
      peer: 'semantic-release --dry-run (commit-analyzer only)',
      peerMs: peer.ms,
      floorMs: floor.ms,
      peakMB: ours.peakRssMB,
      target: '≥ 5× faster than peer, ≤ 2× floor, < 150 MB',
      met: vsPeer >= 5 && vsFloor <= 2 && ours.peakRssMB < 150,
    },
  ];
};

export default bench;
