// One renderer process (helm template, kustomize) run bounded: an argument array, a time limit, a cap on its
// output, a bound on its memory, at most a core's worth of them at once in a run, a render started ahead of its
// need at a lower priority. render/helm.ts and render/kustomize.ts run theirs through it.

import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { availableParallelism, getPriority, setPriority } from 'node:os';
import { Slots } from '../async/slots.ts';

/** Where and how long Helm may run. */
export interface HelmLimits {
  /** Killed after this many milliseconds (default 60 s). */
  timeoutMs?: number;
  /** Killed once stdout passes this many bytes (default 32 MiB). */
  maxBytes?: number;
  /** Killed once its resident memory passes this many bytes (default 1 GiB; read from /proc, so Linux only). */
  maxRssBytes?: number;
  /** How often the resident memory is read, in milliseconds (default 100). */
  rssIntervalMs?: number;
}

/** Why a render stopped before it ended: the time limit, the output cap, the memory bound. */
export type StopReason = 'timeout' | 'too-large' | 'memory';

/**
 * What one `helm template` gave: the manifests, or why there are none; `helmVersion`, the version the Helm that ran
 * printed (a probed render: versionProbe).
 */
export type TemplateOutcome =
  { ok: true; stdout: string; helmVersion?: string } | { ok: false; reason: 'error' | StopReason; message: string };

const DEFAULT_TIMEOUT_MS = 60_000;
const DEFAULT_MAX_BYTES = 32 * 1024 * 1024;
/**
 * 1 GiB: `helm template` of a large real chart stays under 150 MiB and
 * kustomize of a large overlay under 100 MiB, while a runner (7 GiB on
 * GitHub's smallest hosted one) runs the three renders of an environment, and
 * those of several environments, at once: a bound of 1 GiB each leaves the
 * runner alive with room for every real render.
 */
const DEFAULT_MAX_RSS = 1024 * 1024 * 1024;
const DEFAULT_RSS_INTERVAL_MS = 100;
/** The niceness of a run started ahead of its need (never lower than it was): the runs waited for get the CPU first. */
export const BACKGROUND_NICENESS = 10;

/**
 * Lowers a child's CPU priority to BACKGROUND_NICENESS: a render started ahead (promote's environment as it runs,
 * rendered while the plan is made) shares a runner's two cores with the plan and the render the run waits for.
 * Best effort: a platform or a process that refuses leaves the priority as it was.
 */
function lowerPriority(pid: number | undefined): void {
  if (pid === undefined) return;
  try {
    if (getPriority(pid) < BACKGROUND_NICENESS) setPriority(pid, BACKGROUND_NICENESS);
  } catch {
    // the run goes on at its priority
  }
}

/** A process's resident memory in bytes (VmRSS of /proc/<pid>/status); undefined where there is no /proc or it has ended. */
export function residentBytes(pid: number): number | undefined {
  try {
    const m = /^VmRSS:\s+(\d+)\s+kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) * 1024 : undefined;
  } catch {
    return undefined;
  }
}

/** The renderer processes a run may have at once: the machine's cores. */
const RENDERERS = new Slots(Math.max(2, availableParallelism()));

/**
 * Runs one renderer process bounded: killed at the time limit, once its
 * stdout passes the cap, or once its resident memory (read every
 * `rssIntervalMs`) passes the bound, and each is said (`what` names the
 * command, `source` what it ran: a template, an overlay); a failure gives
 * `message(stderr)`. At most a core's worth of renderer processes run at once
 * (the time limit starts once one runs): 600 renders started together compete
 * with each other and with this process's own work (issue 76).
 */
export const runBounded = (...run: Parameters<typeof runOne>): Promise<TemplateOutcome> => RENDERERS.run(() => runOne(...run));

/** runBounded's one process, once it has its slot. */
function runOne(
  command: string,
  args: readonly string[],
  env: NodeJS.ProcessEnv,
  limits: HelmLimits,
  what: string,
  message: (stderr: string) => string,
  opts: { cwd?: string; source?: string; background?: boolean } = {},
): Promise<TemplateOutcome> {
  const source = opts.source ?? 'a template';
  const cwd = opts.cwd;
  const timeoutMs = limits.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxBytes = limits.maxBytes ?? DEFAULT_MAX_BYTES;
  const maxRss = limits.maxRssBytes ?? DEFAULT_MAX_RSS;
  return new Promise<TemplateOutcome>((resolve) => {
    const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'], ...(cwd ? { cwd } : {}) });
    if (opts.background) lowerPriority(child.pid);
    const out: Buffer[] = [];
    let bytes = 0;
    let err = '';
    let stopped: StopReason | undefined;
    const stop = (why: StopReason) => {
      stopped ??= why;
      child.kill('SIGKILL');
    };
    const timer = setTimeout(() => stop('timeout'), timeoutMs);
    const watch = setInterval(() => {
      const rss = child.pid === undefined ? undefined : residentBytes(child.pid);
      if (rss !== undefined && rss > maxRss) stop('memory');
    }, limits.rssIntervalMs ?? DEFAULT_RSS_INTERVAL_MS);
    child.stdout.on('data', (b: Buffer) => {
      if (stopped) return;
      bytes += b.length;
      if (bytes > maxBytes) stop('too-large');
      else out.push(b);
    });
    child.stderr.on('data', (b: Buffer) => {
      if (err.length < 64 * 1024) err += b.toString('utf8');
    });
    const done = (code: number | null, spawnError?: Error) => {
      clearTimeout(timer);
      clearInterval(watch);
      if (stopped === 'timeout')
        resolve({
          ok: false,
          reason: 'timeout',
          message: `${what} was stopped after ${Math.round(timeoutMs / 1000)} s (${source} that does not end)`,
        });
      else if (stopped === 'too-large')
        resolve({
          ok: false,
          reason: 'too-large',
          message: `${what} was stopped after ${mib(maxBytes)} of output (${source} that prints without end)`,
        });
      else if (stopped === 'memory')
        resolve({
          ok: false,
          reason: 'memory',
          message: `${what} was stopped past the memory bound of ${mib(maxRss)} (${source} that grows without end)`,
        });
      else if (spawnError) resolve({ ok: false, reason: 'error', message: `${what} could not be run: ${spawnError.message}` });
      else if (code !== 0) resolve({ ok: false, reason: 'error', message: message(err) || `${what} exited ${code}` });
      else resolve({ ok: true, stdout: Buffer.concat(out).toString('utf8') });
    };
    child.on('error', (e) => done(null, e));
    child.on('close', (code) => done(code));
  });
}

const mib = (n: number) => (n >= 1024 * 1024 ? `${Math.round(n / 1024 / 1024)} MiB` : `${n} bytes`);
