import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startDelayProxy } from '../harness/loopback.ts';
import { buildImage, LocalRegistry } from '../harness/registry.ts';
import type { Bench } from './context.ts';
import { formatMs, nodeStartFloor, timeFn, timeSpawn, type Timing } from './measure.ts';
import { runnerEnv } from './runner-env.ts';

const IMAGES = 50;
/** Added to every chunk in each direction, so one request/response costs 50 ms of round trip. */
const ONE_WAY_MS = 25;
const RTT_MS = 2 * ONE_WAY_MS;

function ensureSkopeo(log: (s: string) => void): string | undefined {
  const which = () => spawnSync('sh', ['-c', 'command -v skopeo'], { encoding: 'utf8' }).stdout.trim() || undefined;
  let bin = which();
  if (!bin && process.getuid?.() === 0) {
    log('installing skopeo (apt-get install -y skopeo)');
    spawnSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'skopeo'], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    bin = which();
  }
  return bin;
}

/**
 * capture-digests resolving 50 tags on a real docker-registry through a
 * loopback TCP proxy that adds 50 ms of round-trip time, against what a user
 * would otherwise script: a loop of `skopeo inspect --format '{{.Digest}}'`
 * per image through the same proxy. Also: ours without the proxy, and the
 * floor — Node start plus two round trips (one to connect and ask, one
 * answer: what any client needs at least once), since the 50 HEADs can share
 * round trips when sent in parallel.
 */
const bench: Bench = async (ctx) => {
  const registry = await LocalRegistry.start();
  const proxy = await startDelayProxy({ host: '127.0.0.1', port: registry.port }, ONE_WAY_MS);
  try {
    const names: string[] = [];
    for (let i = 0; i < IMAGES; i++) {
      const name = `svc-${String(i).padStart(2, '0')}`;
      await registry.push(`bench/${name}`, '1.0.0', buildImage(`bench-${i}`));
      names.push(name);
    }
    const dist = join(import.meta.dirname, '..', '..', 'actions', 'capture-digests', 'dist', 'index.js');
    const ws = join(ctx.tmp, 'ws');
    mkdirSync(ws, { recursive: true });
    const env = (host: string) =>
      runnerEnv(
        { workspace: ws, files: ws, home: ws },
        {
          GITHUB_SHA: 'abc1234def5678abc1234def5678abc1234def56',
          INPUT_IMAGES: names.map((n) => `${n}=${host}/bench/${n}:1.0.0`).join('\n'),
        },
      );
    const ours = async (host: string): Promise<Timing> => {
      writeFileSync(join(ws, 'output'), '');
      writeFileSync(join(ws, 'summary'), '');
      const t = await timeSpawn(ctx.node, [dist], { cwd: ws, env: env(host) });
      const doc = JSON.parse(readFileSync(join(ws, 'image-digests.json'), 'utf8'));
      if (Object.keys(doc).length !== IMAGES)
        throw new Error(`capture-digests recorded ${Object.keys(doc).length} images, expected ${IMAGES}`);
      return t;
    };
    const viaProxy = await timeFn(ctx.runs, () => ours(proxy.host));
    ctx.log(
      `capture-digests via ${RTT_MS} ms RTT proxy: median ${formatMs(viaProxy.ms)} over ${ctx.runs} runs (${viaProxy.samples.map(formatMs).join(', ')})`,
    );
    const direct = await timeFn(ctx.runs, () => ours(registry.host));
    ctx.log(`capture-digests direct: median ${formatMs(direct.ms)}`);
    const expected = JSON.parse(readFileSync(join(ws, 'image-digests.json'), 'utf8'));

    const nodeStart = await nodeStartFloor(ctx.node, ctx.runs);
    const floorMs = nodeStart.ms + 2 * RTT_MS;
    ctx.log(`floor: node start ${formatMs(nodeStart.ms)} + 2 × ${RTT_MS} ms = ${formatMs(floorMs)}`);

    const rows = [
      {
        case: `capture-digests, ${IMAGES} tags, local registry without added latency`,
        oursMs: direct.ms,
        peakMB: direct.peakRssMB,
        floorMs: nodeStart.ms,
        target: 'informational (floor: node start)',
        met: true,
      },
    ];

    const skopeo = ensureSkopeo(ctx.log);
    if (!skopeo) {
      ctx.log('skopeo is not installed (sudo apt-get install -y skopeo); the peer comparison is skipped');
      rows.push({
        case: `capture-digests, ${IMAGES} tags at ${RTT_MS} ms RTT (no skopeo to compare)`,
        oursMs: viaProxy.ms,
        peakMB: viaProxy.peakRssMB,
        floorMs,
        target: '≤ 2× floor',
        met: viaProxy.ms <= 2 * floorMs,
      });
      return rows;
    }
    // The peer loop takes ~50 × (process start + ~4 round trips): fewer runs keep the bench short.
    const skopeoRuns = Math.max(1, Math.min(ctx.runs, 3));
    const loop = async (): Promise<Timing> => {
      const started = performance.now();
      let peak = 0;
      for (const n of names) {
        const t = await timeSpawn(
          skopeo,
          ['inspect', '--tls-verify=false', '--format', '{{.Digest}}', `docker://${proxy.host}/bench/${n}:1.0.0`],
          { env: { ...process.env, HOME: ws } },
        );
        if (t.stdout.trim() !== expected[n].digest)
          throw new Error(`skopeo says ${n} is ${t.stdout.trim()}, capture-digests recorded ${expected[n].digest}`);
        peak = Math.max(peak, t.peakRssMB);
      }
      return { ms: performance.now() - started, peakRssMB: peak, code: 0, stdout: '', stderr: '' };
    };
    const peer = await timeFn(skopeoRuns, loop, 0);
    ctx.log(
      `skopeo inspect loop via proxy: median ${formatMs(peer.ms)} over ${skopeoRuns} run(s) (${peer.samples.map(formatMs).join(', ')}); fewer runs than ours because one loop is ${IMAGES} processes`,
    );
    const ratio = peer.ms / viaProxy.ms;
    ctx.log(`ratio: ${ratio.toFixed(1)}× faster than the skopeo loop; ${(viaProxy.ms / floorMs).toFixed(2)}× floor`);
    rows.unshift({
      case: `capture-digests, ${IMAGES} tags at ${RTT_MS} ms RTT vs skopeo inspect loop (${skopeoRuns} run${skopeoRuns === 1 ? '' : 's'}), median`,
      oursMs: viaProxy.ms,
      peer: 'skopeo inspect loop',
      peerMs: peer.ms,
      floorMs,
      peakMB: viaProxy.peakRssMB,
      target: '≥ 20× faster than skopeo loop at 50 ms RTT; ≤ 2× floor',
      met: ratio >= 20 && viaProxy.ms <= 2 * floorMs,
    } as (typeof rows)[number]);
    return rows;
  } finally {
    await proxy.stop();
    await registry.stop();
  }
};

export default bench;
