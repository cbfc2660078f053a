import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GitFixture } from '../harness/git-fixture.ts';
import { parseOutputFile } from '../harness/run-action.ts';
import type { Bench } from './context.ts';
import { formatMs, timeFn, timeSpawn, type Timing } from './measure.ts';
import { promotionEnv } from './promote-env.bench.ts';

/**
 * promote-env staging → prod of 40 services whose environments are Kustomize
 * overlays (issue 44), against a yq loop editing the prod overlay's `images:`
 * entries (one call per service, newTag and digest in one filter) — as the
 * values-file bench (promote-env.bench.ts) measures against yq. Ours is the
 * committed bundle's dry run (plans, writes the edit in memory, prints the
 * diff) with render off, as the loop renders nothing; the loop is given the
 * new pins (it does not read staging), in its favour.
 */

const SERVICES = 40;
const ENVS = ['dev', 'staging', 'prod'] as const;
type Env = (typeof ENVS)[number];

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const dist = join(process.env.BENCH_ACTIONS_DIR ?? join(repoRoot, 'actions'), 'promote-env', 'dist', 'index.js');

const svcName = (i: number) => `svc-${String(i).padStart(3, '0')}`;
const image = (i: number) => `registry.example.com/acme/${svcName(i)}`;
const digestOf = (seed: string) => `sha256:${createHash('sha256').update(seed).digest('hex')}`;

function pinOf(env: Env, i: number): { tag: string; digest: string } {
  const patch = { prod: 0, staging: 1, dev: 2 }[env];
  const tag = `${1 + (i % 3)}.${i % 17}.${patch}`;
  return { tag, digest: digestOf(`${svcName(i)}:${tag}`) };
}

/** One overlay as people write them: a header comment, the base, a namespace, a patch, then one images: entry per service. */
function overlay(env: Env, n: number, pin: (i: number) => { tag: string; digest: string }): string {
  const out = [
    `# ${env} overlay of the platform (Argo CD: apps/${env}.yaml)`,
    'apiVersion: kustomize.config.k8s.io/v1beta1',
    'kind: Kustomization',
    `namespace: platform-${env}`,
    'resources:',
    '  - ../../base',
    'commonLabels: {tier: backend}',
    '# Image pins are written by the promotion workflow; everything else by hand.',
    'images:',
  ];
  for (let i = 0; i < n; i++) {
    const p = pin(i);
    out.push(`  - name: ${image(i)}   # built by CI`, `    newTag: "${p.tag}"`, `    digest: ${p.digest}`);
  }
  return `${out.join('\n')}\n`;
}

function files(n: number): Record<string, string> {
  const config = ['services:'];
  for (let i = 0; i < n; i++) config.push(`  ${svcName(i)}: { image: ${image(i)} }`);
  config.push(
    'environments:',
    '  - { name: dev, kustomization: deploy/overlays/dev, auto-merge: true }',
    '  - { name: staging, kustomization: deploy/overlays/staging }',
    '  - { name: prod, kustomization: deploy/overlays/prod, protected: true }',
    'render: off',
    '',
  );
  const out: Record<string, string> = {
    '.github/lockstep.yml': config.join('\n'),
    'deploy/base/kustomization.yaml': `resources:\n${Array.from({ length: n }, (_, i) => `  - ${svcName(i)}.yaml`).join('\n')}\n`,
  };
  for (let i = 0; i < n; i++)
    out[`deploy/base/${svcName(i)}.yaml`] =
      `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ${svcName(i)}\nspec:\n  template:\n    spec:\n      containers:\n        - name: app\n          image: ${image(i)}:latest\n`;
  for (const env of ENVS) out[`deploy/overlays/${env}/kustomization.yaml`] = overlay(env, n, (i) => pinOf(env, i));
  return out;
}

/** The yq on PATH and the shell line that sets one service's newTag and digest in the overlay in place. */
function findYq(
  log: (s: string) => void,
): { name: string; line: (file: string, name: string, tag: string, digest: string) => string } | undefined {
  let yq = spawnSync('sh', ['-c', 'command -v yq'], { encoding: 'utf8' }).stdout.trim();
  if (!yq && process.getuid?.() === 0) {
    log('installing yq (apt-get install -y yq)');
    spawnSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'yq'], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    yq = spawnSync('sh', ['-c', 'command -v yq'], { encoding: 'utf8' }).stdout.trim();
  }
  if (!yq) return undefined;
  const help = spawnSync(yq, ['--help'], { encoding: 'utf8' });
  const filter = (name: string, tag: string, digest: string) =>
    `(.images[] | select(.name == ${JSON.stringify(name)})) |= (.newTag = ${JSON.stringify(tag)} | .digest = ${JSON.stringify(digest)})`;
  // Debian's yq is the jq wrapper (kislyuk): `-y -i FILTER FILE`; mikefarah's v4 takes `e FILTER -i FILE`.
  return /jq wrapper/.test(`${help.stdout}${help.stderr}`)
    ? { name: 'Debian yq (jq wrapper) `yq -y -i`', line: (f, n, t, d) => `yq -y -i '${filter(n, t, d)}' ${f}` }
    : { name: '`yq e -i`', line: (f, n, t, d) => `yq e '${filter(n, t, d)}' -i ${f}` };
}

const bench: Bench = async (ctx) => {
  const peer = findYq(ctx.log);
  if (!peer) throw new Error('no yq on PATH (apt-get install yq): the overlay bench compares against a yq loop');
  const fixture = GitFixture.create(files(SERVICES));
  const runner = join(ctx.tmp, 'runner');
  mkdirSync(runner, { recursive: true });
  writeFileSync(join(runner, 'event.json'), '{}');
  try {
    const envFor = promotionEnv(runner, fixture.git('rev-parse', 'HEAD'), '');
    const ws = fixture.clone('main');
    const ours = await timeFn(ctx.runs, async () => {
      writeFileSync(join(runner, 'output'), '');
      writeFileSync(join(runner, 'summary'), '');
      const env = envFor(ws, { 'INPUT_DRY-RUN': 'true' });
      delete env['INPUT_CHART-VERSION'];
      const t = await timeSpawn(ctx.node, [dist], { cwd: ws, env });
      const o = parseOutputFile(readFileSync(join(runner, 'output'), 'utf8'));
      const changes = JSON.parse(o.changes ?? '[]') as unknown[];
      if (o.changed !== 'true' || changes.length !== SERVICES)
        throw new Error(
          `promote-env on ${SERVICES} overlay services: changed=${o.changed}, ${changes.length} changes (expected ${SERVICES})`,
        );
      return t;
    });

    // The loop: one yq call per service on the prod overlay, in a fresh clone each run (made outside the timing).
    const peerDir = join(runner, 'peer');
    mkdirSync(peerDir, { recursive: true });
    const script = join(peerDir, 'edit.sh');
    const lines = ['set -e'];
    for (let i = 0; i < SERVICES; i++) {
      const p = pinOf('staging', i);
      lines.push(peer.line('deploy/overlays/prod/kustomization.yaml', image(i), p.tag, p.digest));
    }
    writeFileSync(script, `${lines.join('\n')}\n`);
    let peerOut = '';
    const loop = await timeFn(
      Math.min(ctx.runs, 3),
      async (): Promise<Timing> => {
        const clone = fixture.clone('main');
        try {
          const t = await timeSpawn('bash', [script], { cwd: clone, timeoutMs: 600_000 });
          peerOut = readFileSync(join(clone, 'deploy/overlays/prod/kustomization.yaml'), 'utf8');
          return t;
        } finally {
          rmSync(clone, { recursive: true, force: true });
        }
      },
      1,
    );
    const want = overlay('prod', SERVICES, (i) => pinOf('staging', i));
    const kept = peerOut === want ? 'byte-identical to the hand edit' : 'reflowed (comments, quoting or flow collections lost)';
    ctx.log(
      `${SERVICES} services into the prod overlay: promote-env dry run ${formatMs(ours.ms)} (${ours.samples.map(formatMs).join(', ')}); ` +
        `${peer.name} loop ${formatMs(loop.ms)} (${loop.samples.map(formatMs).join(', ')}), ${kept}; ratio ${(loop.ms / ours.ms).toFixed(1)}×`,
    );
    return [
      {
        case: `promote-env staging→prod, ${SERVICES} services in Kustomize overlays, dry run vs ${peer.name} loop on images:`,
        oursMs: ours.ms,
        peer: `${SERVICES} edits`,
        peerMs: loop.ms,
        peakMB: ours.peakRssMB,
        target: '≥ 10× faster, < 150 MB',
        met: loop.ms >= 10 * ours.ms && ours.peakRssMB < 150,
      },
    ];
  } finally {
    fixture.cleanup();
  }
};

export default bench;
