/**
 * Where a bundle's run spends its main thread: runs it under `node
 * --cpu-prof` and sorts every sample into a few buckets (Node's own start,
 * compiling the bundle's code, spawning processes, the YAML library, the
 * other libraries, the check's own code, garbage collection, waiting on git).
 * A bench prints this beside a missed target, so the reason is measured, not
 * guessed. The profiler itself slows the run by a tenth or so: the shares
 * matter more than the milliseconds.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { timeSpawn, type SpawnOptions } from './measure.ts';

/** A bucket of main-thread time, in milliseconds per run. */
export interface ProfileBucket {
  name: string;
  ms: number;
}

interface CallFrame {
  functionName: string;
  url: string;
}
interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** The buckets, in the order they are printed. */
const ORDER = [
  'node start and native work (V8, libuv)',
  'compiling and linking the bundle (ESM)',
  'spawning git (Node blocks until each child has started)',
  'yaml library',
  'semver, picomatch, ignore',
  'check code (core)',
  'action entry and git plumbing (index.js)',
  'Node internals (streams, events, paths)',
  'garbage collection',
  'idle (waiting on git)',
];

/**
 * Labels each bundle file by what it holds, read from its text: the yaml
 * library, the other libraries, the check's code, or the entry. Chunk names
 * are numbers that change between builds, so the content decides.
 */
function chunkLabels(distDir: string): Map<string, string> {
  const labels = new Map<string, string>();
  for (const f of readdirSync(distDir).filter((n) => n.endsWith('.js'))) {
    const text = readFileSync(join(distDir, f), 'utf8');
    const label =
      f === 'index.js'
        ? 'action entry and git plumbing (index.js)'
        : text.includes('class Composer')
          ? 'yaml library'
          : text.includes('checkChartBumps')
            ? 'check code (core)'
            : /class SemVer|picomatch|makeArray/.test(text)
              ? 'semver, picomatch, ignore'
              : 'check code (core)';
    labels.set(f, label);
  }
  return labels;
}

function bucketOf(stack: CallFrame[], labels: Map<string, string>): string {
  const top = stack[0];
  if (top.functionName === '(idle)') return 'idle (waiting on git)';
  if (top.functionName === '(garbage collector)') return 'garbage collection';
  if (top.functionName === '(program)' || top.functionName === '(root)') return 'node start and native work (V8, libuv)';
  if (stack.some((f) => f.functionName === 'spawn' && /child_process/.test(f.url))) return 'spawning git (Node blocks until each child has started)';
  if (stack.some((f) => /compileSourceTextModule|compileForInternalLoader|^link$|instantiate|ModuleJob|ModuleLoader/.test(f.functionName))) return 'compiling and linking the bundle (ESM)';
  for (const f of stack) {
    const file = f.url.slice(f.url.lastIndexOf('/') + 1);
    const label = f.url.startsWith('file:') ? labels.get(file) : undefined;
    if (label) return label;
  }
  return 'Node internals (streams, events, paths)';
}

/**
 * Runs `node --cpu-prof <dist>/index.js` `runs` times (after one warm-up),
 * the profiles written under `tmp`, and returns the mean main-thread time per bucket, largest first in ORDER.
 */
export async function profileBundle(node: string, distDir: string, tmp: string, runs: number, opts: SpawnOptions): Promise<{ buckets: ProfileBucket[]; totalMs: number; loaded: string[] }> {
  const dir = mkdtempSync(join(tmp, 'cpu-prof-'));
  try {
    await timeSpawn(node, [join(distDir, 'index.js')], { ...opts, allowFailure: true });
    for (let i = 0; i < runs; i++) await timeSpawn(node, ['--cpu-prof', `--cpu-prof-dir=${dir}`, join(distDir, 'index.js')], { ...opts, allowFailure: true });
    const labels = chunkLabels(distDir);
    const sums = new Map<string, number>();
    const loaded = new Set<string>();
    const files = readdirSync(dir).filter((f) => f.endsWith('.cpuprofile'));
    for (const f of files) {
      const p = JSON.parse(readFileSync(join(dir, f), 'utf8')) as CpuProfile;
      const byId = new Map(p.nodes.map((n) => [n.id, n]));
      const parent = new Map<number, number>();
      for (const n of p.nodes) {
        for (const c of n.children ?? []) parent.set(c, n.id);
        const file = n.callFrame.url.slice(n.callFrame.url.lastIndexOf('/') + 1);
        if (n.callFrame.url.startsWith('file:') && labels.has(file)) loaded.add(file);
      }
      for (let i = 0; i < p.samples.length; i++) {
        const stack: CallFrame[] = [];
        for (let id: number | undefined = p.samples[i]; id !== undefined; id = parent.get(id)) stack.push(byId.get(id)!.callFrame);
        const b = bucketOf(stack, labels);
        sums.set(b, (sums.get(b) ?? 0) + p.timeDeltas[i] / 1000);
      }
    }
    const n = Math.max(files.length, 1);
    const buckets = ORDER.map((name) => ({ name, ms: (sums.get(name) ?? 0) / n })).filter((b) => b.ms > 0);
    return { buckets, totalMs: buckets.reduce((s, b) => s + b.ms, 0), loaded: [...loaded].sort() };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
