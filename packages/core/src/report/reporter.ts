/**
 * Where an operation sends progress and log lines while it runs. The action
 * writes them to the runner's log (escaped), the CLI to stderr; tests collect
 * them. Nothing an operation reports here is its result: that is returned.
 */
export interface Reporter {
  /** A line a user follows the run by (what was fetched, what is being resolved). */
  info(line: string): void;
  /** Detail for debugging (each registry request). */
  debug(line: string): void;
  /** Starts a titled stretch of lines (a log group on the runner). */
  group(title: string): void;
  endGroup(): void;
  /**
   * How far a long stretch of work is (images resolved, services planned). The CLI shows it on a terminal; the
   * action's reporter drops it (the runner's log has no line to redraw). Operations only count; whether and how
   * it shows is the face's business.
   */
  progress(p: Progress): void;
}

/** One step of a long stretch of work: `done` of `total` (either unknown) of `what`; done ≥ total ends it. */
export interface Progress {
  what: string;
  done?: number;
  total?: number;
}

/** A reporter that keeps every line, for tests and for callers that print later. */
export function collectingReporter(): Reporter & { lines: string[]; debugLines: string[]; steps: Progress[] } {
  const lines: string[] = [];
  const debugLines: string[] = [];
  const steps: Progress[] = [];
  return {
    lines,
    debugLines,
    steps,
    info: (l) => lines.push(l),
    debug: (l) => debugLines.push(l),
    group: (t) => lines.push(`[${t}]`),
    endGroup: () => {},
    progress: (p) => steps.push({ ...p }),
  };
}
