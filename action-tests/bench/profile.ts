/**
 * Where a bundle's run spends its main thread: runs it under `node
 * --cpu-prof` and sorts every sample into buckets the caller names (Node's
 * own start, compiling the bundle, spawning processes, libraries, the
 * action's code, garbage collection, waiting on git…). A bench prints this
 * beside a missed target, so the reason is measured, not guessed. The
 * profiler itself slows the run by a tenth or so: the shares matter more
 * than the milliseconds.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { timeSpawn, type SpawnOptions } from './measure.ts';

/** A bucket of main-thread time, in milliseconds per run. */
export interface ProfileBucket {
  name: string;
  ms: number;
  /** The bundle functions its samples were in (innermost bundle frame), most time first, at most five, in ms per run. */
  top: { fn: string; ms: number }[];
}

/** One frame of a sampled call stack, as V8's CPU profile records it. */
export interface CallFrame {
  functionName: string;
  url: string;
  /** Zero-based. */
  lineNumber?: number;
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

/**
 * How to sort samples, chosen by the bench because a bundle's chunks and the
 * questions worth asking differ per action. A sample goes to the first
 * `stack` rule whose test matches its call stack (innermost frame first);
 * otherwise to the label of the innermost frame in one of the bundle's files
 * (each file labelled by the first `chunks` rule its name and text match);
 * otherwise to `fallback`.
 */
export interface ProfileSpec {
  /** Every bucket name, in the order they are printed. */
  order: readonly string[];
  stack: readonly { name: string; test: (stack: readonly CallFrame[]) => boolean }[];
  /** Chunk names are numbers that change between builds, so the file's content decides. */
  chunks: readonly { name: string; test: (file: string, text: string) => boolean }[];
  fallback: string;
}

/** V8's pseudo-frames at the top of a sample: idle in the event loop, GC, and native work outside JavaScript. */
export const isIdle = (stack: readonly CallFrame[]): boolean => stack[0].functionName === '(idle)';
/** The sample is V8's garbage collector. */
export const isGc = (stack: readonly CallFrame[]): boolean => stack[0].functionName === '(garbage collector)';
/** The sample is V8 or libuv outside any JavaScript (Node's start, native callbacks). */
export const isNative = (stack: readonly CallFrame[]): boolean =>
  stack[0].functionName === '(program)' || stack[0].functionName === '(root)';
/** Node's thread blocked starting a child process (spawn is synchronous until the child has started). */
export const isSpawning = (stack: readonly CallFrame[]): boolean =>
  stack.some((f) => f.functionName === 'spawn' && /child_process/.test(f.url));
/** Node's ESM loader reading, compiling and linking a module of the bundle (or one of its own built-ins). */
export const isCompiling = (stack: readonly CallFrame[]): boolean =>
  stack.some((f) => /compileSourceTextModule|compileForInternalLoader|^link$|instantiate|ModuleJob|ModuleLoader/.test(f.functionName));

/** Each bundle file's bucket (undefined when no chunk rule claims it). */
function labelChunks(distDir: string, spec: ProfileSpec): Map<string, string | undefined> {
  const labels = new Map<string, string | undefined>();
  for (const f of readdirSync(distDir).filter((n) => n.endsWith('.js'))) {
    const text = readFileSync(join(distDir, f), 'utf8');
    labels.set(f, spec.chunks.find((r) => r.test(f, text))?.name);
  }
  return labels;
}

function bucketOf(stack: CallFrame[], labels: Map<string, string | undefined>, spec: ProfileSpec): string {
  for (const r of spec.stack) if (r.test(stack)) return r.name;
  for (const f of stack) {
    const file = f.url.slice(f.url.lastIndexOf('/') + 1);
    const label = f.url.startsWith('file:') ? labels.get(file) : undefined;
    if (label) return label;
  }
  return spec.fallback;
}

/**
 * Runs `node --cpu-prof <dist>/index.js` `runs` times (after one warm-up;
 * `beforeRun` before each, e.g. to empty the output files as the measured runs
 * do), the profiles written under `tmp`, and returns the mean main-thread time
 * per bucket in `spec.order` (empty buckets left out, each with its hottest
 * bundle functions) and the bundle files the run executed code from.
 */
export async function profileBundle(
  node: string,
  distDir: string,
  tmp: string,
  runs: number,
  opts: SpawnOptions & { beforeRun?: () => void },
  spec: ProfileSpec,
): Promise<{ buckets: ProfileBucket[]; totalMs: number; loaded: string[] }> {
  const dir = mkdtempSync(join(tmp, 'cpu-prof-'));
  try {
    opts.beforeRun?.();
    await timeSpawn(node, [join(distDir, 'index.js')], { ...opts, allowFailure: true });
    for (let i = 0; i < runs; i++) {
      opts.beforeRun?.();
      await timeSpawn(node, ['--cpu-prof', `--cpu-prof-dir=${dir}`, join(distDir, 'index.js')], { ...opts, allowFailure: true });
    }
    const labels = labelChunks(distDir, spec);
    const sums = new Map<string, number>();
    const fns = new Map<string, Map<string, number>>();
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
        const b = bucketOf(stack, labels, spec);
        const ms = p.timeDeltas[i] / 1000;
        sums.set(b, (sums.get(b) ?? 0) + ms);
        const own = stack.find((f) => f.url.startsWith('file:') && labels.has(f.url.slice(f.url.lastIndexOf('/') + 1)));
        if (own) {
          const fn = `${own.functionName || '(anonymous)'} (${own.url.slice(own.url.lastIndexOf('/') + 1)}:${(own.lineNumber ?? 0) + 1})`;
          const m = fns.get(b) ?? new Map<string, number>();
          fns.set(b, m.set(fn, (m.get(fn) ?? 0) + ms));
        }
      }
    }
    const unknown = [...sums.keys()].filter((b) => !spec.order.includes(b));
    if (unknown.length) throw new Error(`profile: bucket(s) ${unknown.join(', ')} missing from the spec's order`);
    const n = Math.max(files.length, 1);
    const top = (name: string) =>
      [...(fns.get(name) ?? [])]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 5)
        .map(([fn, ms]) => ({ fn, ms: ms / n }));
    const buckets = spec.order.map((name) => ({ name, ms: (sums.get(name) ?? 0) / n, top: top(name) })).filter((b) => b.ms > 0);
    return { buckets, totalMs: buckets.reduce((s, b) => s + b.ms, 0), loaded: [...loaded].sort() };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
