/**
 * `lockstep metrics` (issue 43) on a generated history of 20,000 first-parent
 * commits, 300 services and 3 environments, written with `git fast-import`:
 * every 8th commit is a merge of a one-commit branch, every 25th a release
 * (tag and Lockstep-Release trailer) followed by promotions of ten services
 * into dev, staging and prod with trailers, one prod promotion in ten a
 * rollback, one in six followed by a fix release. The CLI bundle reads the
 * whole history (--since 3650d, every figure, --json) beside
 * `git log --first-parent --name-only` over the same history, the floor no
 * reader of it beats.
 *
 *   npm run bench -- metrics
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Bench } from './context.ts';
import { formatMs, timeMany } from './measure.ts';
import { quietRepo } from './quiet-repo.ts';

const COMMITS = 20_000;
const SERVICES = 300;
const ENVS = ['dev', 'staging', 'prod'];

const cliBundle = join(process.env.BENCH_CLI_DIST ?? join(import.meta.dirname, '..', '..', 'packages', 'cli', 'dist'), 'lockstep.js');

const svc = (i: number) => `s${String(i).padStart(3, '0')}`;
const digest = (n: number) => `sha256:${n.toString(16).padStart(64, '0')}`;

/** An environment's values file: every service's tag and digest. */
const valuesFile = (pins: string[]) =>
  `services:\n${pins.map((tag, i) => `  ${svc(i)}:\n    image:\n      repository: ghcr.io/acme/${svc(i)}\n      tag: "${tag}"\n      digest: ${digest(i)}\n`).join('')}`;

/** The fast-import stream and how many landings it holds. */
function stream(): { text: string; landings: number } {
  const out: string[] = [];
  let mark = 0;
  let time = 1_700_000_000;
  let tip: number;
  let landings = 0;
  const file = (path: string, content: string) => out.push(`M 100644 inline ${path}\ndata ${Buffer.byteLength(content)}\n${content}\n`);
  const commit = (ref: string, msg: string, parents: number[], files: [string, string][]) => {
    mark++;
    time += 300;
    out.push(`commit ${ref}\nmark :${mark}\ncommitter Bench <bench@example.com> ${time} +0000\ndata ${Buffer.byteLength(msg)}\n${msg}\n`);
    if (parents[0]) out.push(`from :${parents[0]}\n`);
    for (const p of parents.slice(1)) out.push(`merge :${p}\n`);
    for (const [path, content] of files) file(path, content);
    return mark;
  };
  const pins = ENVS.map(() => Array.from({ length: SERVICES }, () => '1.0.0'));
  const config = [
    'services:',
    ...Array.from({ length: SERVICES }, (_, i) => `  ${svc(i)}: { image: ghcr.io/acme/${svc(i)}, values-key: services.${svc(i)}.image }`),
    'environments:',
    ...ENVS.map((e) => `  - { name: ${e}, values: deploy/values-${e}.yaml }`),
    '',
  ].join('\n');
  tip = commit(
    'refs/heads/main',
    'initial',
    [],
    [
      ['.github/lockstep.yml', config],
      ['.version', '1.0.0\n'],
      ...ENVS.map((e, k): [string, string] => [`deploy/values-${e}.yaml`, valuesFile(pins[k])]),
    ],
  );
  let first = 1;
  let minor = 0;
  let patch = 0;
  while (first < COMMITS) {
    first++;
    if (first % 25 === 0) {
      const fix = first % 150 === 0;
      if (fix) patch++;
      else {
        minor++;
        patch = 0;
      }
      const version = `1.${minor}.${patch}`;
      tip = commit(
        'refs/heads/main',
        `chore(release): ${version}\n\nLockstep-Release: v${version}\nLockstep-Generated: prepare-release\n`,
        [tip],
        [['.version', `${version}\n`]],
      );
      out.push(`reset refs/tags/v${version}\nfrom :${tip}\n\n`);
      const chosen = Array.from({ length: 10 }, (_, k) => (first * 7 + k * 31) % SERVICES);
      for (let k = 0; k < ENVS.length && first < COMMITS; k++) {
        first++;
        const env = ENVS[k];
        const rollback = env === 'prod' && first % 10 === 3;
        for (const s of chosen) pins[k][s] = version;
        const msg = [
          `promote: ${k === 0 ? `version ${version}` : ENVS[k - 1]} → ${env}`,
          '',
          `Lockstep-Environment: ${env}`,
          `Lockstep-From: ${rollback ? 'ref:prod-good' : k === 0 ? `version ${version}` : ENVS[k - 1]}`,
          ...(rollback ? ['Lockstep-Rollback: true'] : []),
          ...chosen.map((s) => `Lockstep-Service: ${svc(s)} ${version} ${digest(s)}`),
          'Lockstep-Generated: promote-env',
          '',
        ].join('\n');
        tip = commit('refs/heads/main', msg, [tip], [[`deploy/values-${env}.yaml`, valuesFile(pins[k])]]);
        landings++;
      }
      continue;
    }
    if (first % 8 === 0) {
      const side = commit(`refs/heads/topic`, `feat: topic ${first}`, [tip], [[`src/topic-${first % 97}.txt`, `${first}\n`]]);
      tip = commit('refs/heads/main', `Merge pull request #${first} from acme/topic`, [tip, side], []);
      continue;
    }
    tip = commit(
      'refs/heads/main',
      `feat(${svc(first % SERVICES)}): change ${first}`,
      [tip],
      [[`services/${svc(first % SERVICES)}/f.txt`, `${first}\n`]],
    );
  }
  return { text: out.join(''), landings };
}

const bench: Bench = async (ctx) => {
  const work = join(ctx.tmp, 'repo');
  mkdirSync(work);
  spawnSync('git', ['init', '--quiet', '--initial-branch=main', work]);
  quietRepo(work);
  const { text, landings } = stream();
  const r = spawnSync('git', ['fast-import', '--quiet'], { cwd: work, input: text, maxBuffer: 1 << 30 });
  if (r.status !== 0) throw new Error(`bench: git fast-import failed: ${r.stderr.toString()}`);
  spawnSync('git', ['reset', '--quiet', '--hard', 'main'], { cwd: work });
  spawnSync('git', ['branch', '-D', 'topic'], { cwd: work });
  const count = spawnSync('git', ['rev-list', '--first-parent', '--count', 'main'], { cwd: work, encoding: 'utf8' }).stdout.trim();
  ctx.log(
    `generated ${count} first-parent commits, ${SERVICES} services, ${ENVS.length} environments, ${landings} landings with git fast-import`,
  );
  const env = { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: ctx.tmp };
  const json = await timeMany(ctx.runs, ctx.node, [cliBundle, 'metrics', '--since', '3650d', '--json', '--changes'], { cwd: work, env });
  const out = JSON.parse(json.last.stdout) as { commits: number; environments: { name: string; promotions: unknown[] }[] };
  // Written in pieces (operations/metrics/json.ts), the text is still JSON.stringify's form of what it holds.
  if (`${JSON.stringify(out)}\n` !== json.last.stdout)
    throw new Error('bench: metrics --json is not one line of JSON as JSON.stringify writes it');
  if (out.commits !== Number(count)) throw new Error(`bench: metrics read ${out.commits} commits, the history has ${count}`);
  // The initial commit, which writes every environment's values file, is one inferred landing in each.
  const read = out.environments.reduce((n, e) => n + e.promotions.length, 0) - ENVS.length;
  if (read !== landings) throw new Error(`bench: metrics counted ${read} promotions, the history holds ${landings}`);
  const table = await timeMany(ctx.runs, ctx.node, [cliBundle, 'metrics', '--since', '3650d'], { cwd: work, env });
  const floor = await timeMany(ctx.runs, 'git', ['log', '--first-parent', '--name-only', 'main'], { cwd: work, env });
  ctx.log(
    `lockstep metrics ${formatMs(table.ms)} (peak ${table.peakRssMB.toFixed(0)} MB), --json --changes ${formatMs(json.ms)} (peak ${json.peakRssMB.toFixed(0)} MB), git log --first-parent --name-only ${formatMs(floor.ms)}`,
  );
  const what = `${count} first-parent commits, ${SERVICES} services, ${ENVS.length} environments`;
  return [
    {
      case: `lockstep metrics --since 3650d (table), ${what}`,
      oursMs: table.ms,
      floorMs: floor.ms,
      peakMB: table.peakRssMB,
      target: '≤ 2 s, ≤ 150 MB',
      met: table.ms <= 2000 && table.peakRssMB <= 150,
    },
    {
      // --json --changes lists every change's lead time (~50,000 here) and every promotion with its pins.
      case: `lockstep metrics --since 3650d --json --changes, ${what}`,
      oursMs: json.ms,
      floorMs: floor.ms,
      peakMB: json.peakRssMB,
      target: '≤ 2 s, ≤ 150 MB',
      met: json.ms <= 2000 && json.peakRssMB <= 150,
    },
  ];
};

export default bench;
