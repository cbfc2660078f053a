import type { Progress } from '@lockstep/core/report/reporter';

/** The stream progress is drawn on: stderr, or in tests a PassThrough with `isTTY` set. */
export interface ProgressStream {
  isTTY?: boolean;
  write(text: string): unknown;
}

/** Time for the progress line: now, and a repeating tick (real timers by default; tests drive both). */
export interface ProgressClock {
  now(): number;
  /** Calls `tick` every `ms` until the returned function is called; must not keep the process alive. */
  every(ms: number, tick: () => void): () => void;
}

/** Date.now and an unref'd interval. */
export const systemProgressClock: ProgressClock = {
  now: () => Date.now(),
  every(ms, tick) {
    const t = setInterval(tick, ms);
    t.unref();
    return () => clearInterval(t);
  },
};

/** What the CLI's reporter draws progress with; `clear` runs before any other line is written to the stream. */
export interface ProgressLine {
  update(p: Progress): void;
  /** Erases the line if drawn (before another line is written); the stretch goes on. */
  clear(): void;
  /** Ends the stretch: erases the line and stops the tick. */
  end(): void;
}

const CLEAR = '\r\x1b[K';

/**
 * One self-updating line on a terminal for work that runs long: nothing is
 * drawn until a stretch has run `thresholdMs` (quick runs stay quiet), then
 * `what done/total (N s)` is redrawn on each update and every `tickMs`.
 * Undefined when the stream is not a terminal: pipes and logs get no progress.
 */
export function ttyProgress(
  stream: ProgressStream,
  opts: { clock?: ProgressClock; thresholdMs?: number; tickMs?: number } = {},
): ProgressLine | undefined {
  if (stream.isTTY !== true) return undefined;
  const clock = opts.clock ?? systemProgressClock;
  const threshold = opts.thresholdMs ?? 1000;
  let current: { p: Progress; start: number; stop: () => void } | undefined;
  let drawn = false;
  const draw = () => {
    if (!current) return;
    const elapsed = clock.now() - current.start;
    if (elapsed < threshold) return;
    const { what, done, total } = current.p;
    const count = done === undefined ? '' : total === undefined ? ` ${done}` : ` ${done}/${total}`;
    stream.write(`${CLEAR}${what}${count} (${(elapsed / 1000).toFixed(1)} s)`);
    drawn = true;
  };
  const clear = () => {
    if (drawn) stream.write(CLEAR);
    drawn = false;
  };
  const end = () => {
    clear();
    current?.stop();
    current = undefined;
  };
  return {
    update(p) {
      if (p.done !== undefined && p.total !== undefined && p.done >= p.total) return end();
      // A new kind of work starts its own stretch (and its own threshold).
      if (current && current.p.what !== p.what) end();
      if (!current) current = { p, start: clock.now(), stop: clock.every(opts.tickMs ?? 200, draw) };
      current.p = p;
      draw();
    },
    clear,
    end,
  };
}
