/**
 * Measuring helpers for benchmark modules (action-tests/bench/*.bench.ts).
 * Runs on Node 24 with native type stripping: erasable TypeScript only.
 *
 * Wall time is measured around the spawn by this process (performance.now),
 * from spawn to exit. Peak resident memory comes from GNU time (`%M`, the
 * largest max-RSS among the waited process tree, from wait4's rusage) when
 * /usr/bin/time is GNU time; otherwise by polling /proc/<pid>/status VmHWM
 * (the spawned process only, sampled every few ms). GNU time adds the same
 * ~1 ms fork/exec to every measurement, floors included, so ratios stay fair.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface SpawnOptions {
  cwd?: string;
  /** Full environment of the child (defaults to this process's). */
  env?: NodeJS.ProcessEnv;
  /** Text written to the child's stdin (stdin is closed otherwise). */
  input?: string;
  /** Killed with SIGKILL after this long (default 120 s); a timeout always throws. */
  timeoutMs?: number;
  /** A non-zero exit throws unless this is true. */
  allowFailure?: boolean;
}

export interface Timing {
  /** Wall time from spawn to exit, milliseconds. */
  ms: number;
  /** Peak resident memory, MB (MiB); 0 when it could not be measured. */
  peakRssMB: number;
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface ManyTiming {
  /** Median wall time, milliseconds. */
  ms: number;
  /** Fastest run, milliseconds. */
  minMs: number;
  /** Largest peak RSS over all runs, MB. */
  peakRssMB: number;
  /** Every measured wall time, in run order (warm-up runs excluded). */
  samples: number[];
  /** The last run's result (for checking what the command printed). */
  last: Timing;
}

/** Median of a non-empty list (mean of the two middle values for even lengths). */
export function median(xs: readonly number[]): number {
  if (xs.length === 0) throw new Error('median of an empty list');
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

let gnuTimeCache: boolean | undefined;

/** Whether /usr/bin/time is GNU time (supports `-f %M -o file`). */
export function hasGnuTime(): boolean {
  if (gnuTimeCache === undefined) {
    const r = spawnSync('/usr/bin/time', ['-f', '%M', 'true'], { encoding: 'utf8' });
    gnuTimeCache = r.status === 0 && /^\d+\s*$/.test(r.stderr.trim().split('\n').pop() ?? '');
  }
  return gnuTimeCache;
}

/** Reads VmHWM (peak RSS, kB) of a live process; undefined once it is gone. */
function readHwmKb(pid: number): number | undefined {
  try {
    const m = /^VmHWM:\s+(\d+)\s+kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Runs `cmd args…` once and measures it. Throws when the command cannot start,
 * times out, or exits non-zero (unless `allowFailure`), with the tail of stderr.
 */
export async function timeSpawn(cmd: string, args: readonly string[], opts: SpawnOptions = {}): Promise<Timing> {
  const gnu = hasGnuTime();
  const dir = gnu ? mkdtempSync(join(tmpdir(), 'lockstep-bench-time-')) : '';
  const rssFile = join(dir, 'rss');
  const [file, argv] = gnu ? ['/usr/bin/time', ['-f', '%M', '-o', rssFile, '--', cmd, ...args]] : [cmd, [...args]];
  try {
    const started = performance.now();
    const result = await new Promise<{
      code: number | null;
      signal: NodeJS.Signals | null;
      stdout: string;
      stderr: string;
      hwmKb: number;
      timedOut: boolean;
    }>((done, fail) => {
      // Its own process group, so a timeout kills the whole tree (GNU time, a shell, their children).
      const child = spawn(file, argv, { cwd: opts.cwd, env: opts.env ?? process.env, stdio: ['pipe', 'pipe', 'pipe'], detached: true });
      let stdout = '';
      let stderr = '';
      let hwmKb = 0;
      let timedOut = false;
      child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
      child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
      child.stdin.on('error', () => {});
      child.stdin.end(opts.input ?? '');
      const poll = gnu
        ? undefined
        : setInterval(() => {
            const kb = child.pid ? readHwmKb(child.pid) : undefined;
            if (kb !== undefined && kb > hwmKb) hwmKb = kb;
          }, 3);
      const timer = setTimeout(() => {
        timedOut = true;
        try {
          process.kill(-child.pid!, 'SIGKILL');
        } catch {
          child.kill('SIGKILL');
        }
      }, opts.timeoutMs ?? 120_000);
      child.on('error', (e) => {
        clearTimeout(timer);
        if (poll) clearInterval(poll);
        fail(e);
      });
      child.on('close', (code, signal) => {
        clearTimeout(timer);
        if (poll) clearInterval(poll);
        done({ code, signal, stdout, stderr, hwmKb, timedOut });
      });
    });
    const ms = performance.now() - started;
    let kb = result.hwmKb;
    if (gnu) {
      // GNU time writes "Command exited with non-zero status N" before the figure on failure.
      const last = readFileSync(rssFile, 'utf8').trim().split('\n').pop() ?? '';
      kb = /^\d+$/.test(last) ? Number(last) : 0;
    }
    const what = `${cmd} ${args.join(' ')}`.slice(0, 200);
    if (result.timedOut) throw new Error(`bench: ${what} timed out after ${opts.timeoutMs ?? 120_000} ms`);
    if (result.code !== 0 && !opts.allowFailure) {
      throw new Error(`bench: ${what} exited ${result.code ?? result.signal}: ${result.stderr.trim().slice(-1000)}`);
    }
    return { ms, peakRssMB: kb / 1024, code: result.code, stdout: result.stdout, stderr: result.stderr };
  } finally {
    if (gnu) rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Runs the command `runs` times after `warmup` discarded runs (default 1, to
 * warm the file cache) and returns the median wall time and the largest peak RSS.
 * Runs are sequential, never concurrent.
 */
export async function timeMany(
  runs: number,
  cmd: string,
  args: readonly string[],
  opts: SpawnOptions & { warmup?: number } = {},
): Promise<ManyTiming> {
  return timeFn(runs, () => timeSpawn(cmd, args, opts), opts.warmup);
}

/**
 * Like timeMany, over any measured step: `fn(i)` returns a Timing (e.g. from
 * timeSpawn after per-run setup, so setup stays out of the figure).
 */
export async function timeFn(runs: number, fn: (i: number) => Promise<Timing>, warmup = 1): Promise<ManyTiming> {
  if (!(runs >= 1)) throw new Error(`bench: runs must be at least 1, got ${runs}`);
  for (let i = 0; i < warmup; i++) await fn(-1 - i);
  const samples: number[] = [];
  let peak = 0;
  let last: Timing | undefined;
  for (let i = 0; i < runs; i++) {
    last = await fn(i);
    samples.push(last.ms);
    if (last.peakRssMB > peak) peak = last.peakRssMB;
  }
  return { ms: median(samples), minMs: Math.min(...samples), peakRssMB: peak, samples, last: last! };
}

/**
 * The usual floor for a JavaScript action: starting `node` and exiting
 * (optionally loading a script that does the unavoidable work).
 */
export async function nodeStartFloor(node: string, runs: number, args: readonly string[] = ['-e', '']): Promise<ManyTiming> {
  return timeMany(runs, node, args);
}

/** Formats milliseconds for logs: "12.3 ms" / "1.42 s". */
export function formatMs(ms: number): string {
  return ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(ms < 10 ? 2 : 1)} ms`;
}
