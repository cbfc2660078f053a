/**
 * A fleet of environments (issue 58), built with git fast-import: `services`
 * services pinned by tag and digest in E environments — dev, staging, then
 * prod-001 … in waves of ten (`waves: wave-01: [prod-001 … prod-010]`, …) —
 * each with its values file and an Argo CD Application pinning the platform
 * chart. `commits` first-parent commits on main: Conventional Commits, a
 * release every `every` commits (tag and Lockstep-Release trailer), each
 * followed by promotions as promote-env records them (a commit per
 * environment with Lockstep-Environment / Lockstep-From / Lockstep-Service
 * trailers): ten services into dev and staging, and staging's pins into the
 * environments of one wave (the waves take turns). The last commit promotes
 * the previous release's staging pins into prod-001 alone, so staging →
 * prod-001 and prod-001 → prod-002 both have something to ship. The history
 * ends at the moment it is built, one commit every `spacing` seconds before.
 */
import { execFileSync, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { quietRepo } from './quiet-repo.ts';

export interface FleetShape {
  commits: number;
  services: number;
  environments: number;
  /** Commits per release cycle. */
  every: number;
}

export const fleetSvc = (i: number): string => `svc-${String(i).padStart(4, '0')}`;

/** dev, staging, prod-001 … up to `count` environments. */
export function fleetEnvironments(count: number): string[] {
  const prods = Array.from({ length: Math.max(0, count - 2) }, (_, i) => `prod-${String(i + 1).padStart(3, '0')}`);
  return ['dev', 'staging', ...prods].slice(0, count);
}

/** The prod environments in waves of ten; a last wave of one environment joins the wave before it (a wave names two or more). */
export function fleetWaves(envs: readonly string[]): string[][] {
  const prods = envs.filter((e) => e.startsWith('prod-'));
  const waves: string[][] = [];
  for (let i = 0; i < prods.length; i += 10) waves.push(prods.slice(i, i + 10));
  if (waves.length > 1 && waves.at(-1)!.length === 1) waves.at(-2)!.push(...waves.pop()!);
  return waves.filter((w) => w.length >= 2);
}

const digestOf = (name: string, version: string) => `sha256:${createHash('sha256').update(`${name}@${version}`).digest('hex')}`;

function fleetValues(env: string, pins: readonly string[]): string {
  const out = [`# ${env}: one image pin per service (written by lockstep promote)`, 'services:'];
  pins.forEach((version, i) => {
    const name = fleetSvc(i);
    out.push(
      `  ${name}:`,
      '    image:',
      `      repository: registry.example.com/acme/${name}`,
      `      tag: v${version}`,
      `      digest: ${digestOf(name, version)}`,
      '    replicas: 2',
    );
  });
  return `${out.join('\n')}\n`;
}

function fleetApplication(env: string): string {
  return [
    'apiVersion: argoproj.io/v1alpha1',
    'kind: Application',
    'metadata:',
    `  name: platform-${env}`,
    '  namespace: argocd',
    'spec:',
    '  project: default',
    // Multi-source: the chart from its repository, the environment's values file from this one ($values), so the
    // pins a promotion writes are what Argo CD reads (a single-source chart's valueFiles are read inside its package).
    '  sources:',
    '    - repoURL: https://charts.example.com',
    '      chart: platform',
    '      targetRevision: 4.2.0',
    '      helm:',
    `        valueFiles: [$values/environments/${env}/values.yaml]`,
    '    - repoURL: https://github.com/acme/fleet.git',
    '      targetRevision: main',
    '      ref: values',
    '  destination:',
    `    server: https://${env}.clusters.example.com`,
    '    namespace: platform',
    '',
  ].join('\n');
}

function fleetConfig(services: number, envs: readonly string[]): string {
  const out = ['tag-prefix: v', 'services:'];
  for (let i = 0; i < services; i++)
    out.push(`  ${fleetSvc(i)}: { image: registry.example.com/acme/${fleetSvc(i)}, values-key: services.${fleetSvc(i)}.image }`);
  out.push('environments:');
  for (const e of envs)
    out.push(
      `  - { name: ${e}, values: environments/${e}/values.yaml, application: environments/${e}/application.yaml${e === 'dev' ? ', auto-merge: true' : ''} }`,
    );
  const waves = fleetWaves(envs);
  if (waves.length > 0) {
    out.push('waves:');
    waves.forEach((w, k) => out.push(`  wave-${String(k + 1).padStart(2, '0')}: [${w.join(', ')}]`));
  }
  out.push('');
  return out.join('\n');
}

/** Writes the repository into `dir` (a new folder) through git fast-import, streamed as it is made. */
export async function buildFleetRepo(dir: string, shape: FleetShape, spacing = 60): Promise<{ promotions: number }> {
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, stdio: 'pipe' });
  mkdirSync(dir, { recursive: true });
  git('init', '--quiet', '--initial-branch=main');
  quietRepo(dir);
  const envs = fleetEnvironments(shape.environments);
  const waves = fleetWaves(envs);
  const importer = spawn('git', ['fast-import', '--quiet'], { cwd: dir, stdio: ['pipe', 'ignore', 'pipe'] });
  let stderr = '';
  importer.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = once(importer, 'close');
  let chunks: string[] = [];
  let pending = 0;
  const flush = async () => {
    if (!importer.stdin.write(`${chunks.join('\n')}\n`)) await once(importer.stdin, 'drain');
    chunks = [];
    pending = 0;
  };
  let mark = 0;
  let time = Math.floor(Date.now() / 1000) - shape.commits * spacing;
  const who = () => `dev <dev@example.com> ${(time += spacing)} +0000`;
  const data = (s: string) => `data ${Buffer.byteLength(s)}\n${s}`;
  let tip: number | undefined;
  let count = 0;
  const commit = (message: string, files: Record<string, string>) => {
    const stamp = who();
    chunks.push('commit refs/heads/main', `mark :${++mark}`, `author ${stamp}`, `committer ${stamp}`, data(message));
    if (tip !== undefined) chunks.push(`from :${tip}`);
    for (const [path, text] of Object.entries(files)) {
      chunks.push(`M 100644 inline ${path}`, data(text));
      pending += text.length;
    }
    count++;
    return (tip = mark);
  };
  const pins = new Map(envs.map((e) => [e, Array.from({ length: shape.services }, () => '1.0.0')]));
  const initial: Record<string, string> = { '.github/lockstep.yml': fleetConfig(shape.services, envs), '.version': '1.0.0\n' };
  for (const e of envs) {
    initial[`environments/${e}/values.yaml`] = fleetValues(e, pins.get(e)!);
    initial[`environments/${e}/application.yaml`] = fleetApplication(e);
  }
  commit('chore: initial import', initial);
  let promotions = 0;
  const promote = (env: string, from: string, services: number[], version: (s: number) => string) => {
    const row = pins.get(env)!;
    for (const s of services) row[s] = version(s);
    const message = [
      `promote: ${from} → ${env}`,
      '',
      `Lockstep-Environment: ${env}`,
      `Lockstep-From: ${from}`,
      ...services.map((s) => `Lockstep-Service: ${fleetSvc(s)} v${row[s]} ${digestOf(fleetSvc(s), row[s])}`),
      'Lockstep-Generated: promote-env',
      '',
    ].join('\n');
    commit(message, { [`environments/${env}/values.yaml`]: fleetValues(env, row) });
    promotions++;
  };
  let seed = 58;
  const rnd = () => ((seed = (seed * 1103515245 + 12345) >>> 0) >>> 8) / (1 << 24);
  let release = 0;
  let previousStaging = [...pins.get('staging')!];
  const all = Array.from({ length: shape.services }, (_, i) => i);
  while (count < shape.commits - 1) {
    if (count % shape.every !== 0) {
      const scope = fleetSvc(Math.floor(rnd() * shape.services));
      commit(`${rnd() < 0.5 ? 'feat' : 'fix'}(${scope}): change ${count}`, { [`services/${scope}/main.txt`]: `${count}\n` });
      continue;
    }
    release++;
    const version = `1.${release}.0`;
    commit(`chore(release): ${version}\n\nLockstep-Release: v${version}\nLockstep-Generated: prepare-release\n`, {
      '.version': `${version}\n`,
    });
    chunks.push(`reset refs/tags/v${version}`, `from :${tip}`, '');
    const chosen = [...new Set(Array.from({ length: 10 }, () => Math.floor(rnd() * shape.services)))];
    previousStaging = [...pins.get('staging')!];
    promote('dev', `version ${version}`, chosen, () => version);
    if (envs.includes('staging')) promote('staging', 'dev', chosen, () => version);
    const staging = pins.get('staging')!;
    const wave = waves.length > 0 ? waves[release % waves.length] : envs.slice(2);
    let from = 'staging';
    for (const e of wave) {
      const differs = all.filter((s) => pins.get(e)![s] !== staging[s]);
      if (differs.length > 0) promote(e, from, differs, (s) => staging[s]);
      from = e;
    }
    if (pending > 1 << 22) await flush();
  }
  if (envs.includes('prod-001')) {
    const row = pins.get('prod-001')!;
    promote(
      'prod-001',
      'staging',
      all.filter((s) => row[s] !== previousStaging[s]),
      (s) => previousStaging[s],
    );
  }
  await flush();
  importer.stdin.end();
  const [code] = (await exited) as [number | null];
  if (code !== 0) throw new Error(`git fast-import failed: ${stderr.trim().split('\n').slice(0, 5).join(' / ')}`);
  git('reset', '--quiet', '--hard', 'main');
  return { promotions };
}

/** What the generated history depends on: a cached repository is reused only while this is unchanged. */
export function fleetKey(shape: FleetShape): string {
  return createHash('sha256')
    .update([buildFleetRepo, fleetValues, fleetApplication, fleetConfig, fleetWaves, JSON.stringify(shape)].map(String).join('\n'))
    .digest('hex')
    .slice(0, 12);
}

/** The generated repository for `shape`, built or reused from the bench cache (LOCKSTEP_BENCH_CACHE, else the temp folder's). */
export async function cachedFleetRepo(shape: FleetShape, log: (s: string) => void): Promise<string> {
  const key = `fleet-${shape.commits}x${shape.services}x${shape.environments}-${fleetKey(shape)}`;
  const root = join(process.env.LOCKSTEP_BENCH_CACHE ?? join(tmpdir(), 'lockstep-bench-cache'), key);
  if (existsSync(join(root, 'lockstep-generated'))) {
    log(`reusing ${key} at ${root}`);
    return join(root, 'work');
  }
  const started = performance.now();
  const building = `${root}.building-${process.pid}`;
  rmSync(building, { recursive: true, force: true });
  const { promotions } = await buildFleetRepo(join(building, 'work'), shape);
  writeFileSync(join(building, 'lockstep-generated'), key);
  rmSync(root, { recursive: true, force: true });
  renameSync(building, root);
  log(`built ${key} (${promotions} promotions) in ${((performance.now() - started) / 1000).toFixed(1)} s at ${root}`);
  return join(root, 'work');
}
