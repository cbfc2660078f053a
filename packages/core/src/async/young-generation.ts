import { setFlagsFromString } from 'node:v8';

/**
 * Keeps V8's young generation at the size it has, for a run about to parse a
 * lot of small YAML files. The yaml package allocates ~120 KB to parse a
 * 160-byte values.yaml (lexer, CST, composer), so a thousand-chart check
 * allocates ~600 MB of short-lived objects while holding ~20 MB. V8 answers
 * that rate by doubling the new space up to its ceiling (two 32 MB
 * semi-spaces), and the process's peak resident memory grows by those 64 MB
 * of garbage room (150 MB against 105 MB at the same live data), not by
 * anything kept. With growth factor 1 the new space stays where it is (1–2 MB
 * per semi-space); survivors are promoted a little earlier and scavenges run
 * more often, a few percent of the run's time.
 *
 * V8 reads this flag each time it considers growing the new space, so setting
 * it while the process runs takes effect (unlike --max-semi-space-size, read
 * once when the heap is set up, and a JavaScript action cannot pass Node
 * flags). It changes only how big the heap's nursery gets, never what the
 * program computes. Idempotent; process-wide, as every V8 flag is.
 */
export function holdYoungGeneration(): void {
  heap.holdYoungGeneration();
}

/**
 * Has V8 grow the old generation's limit by 20 % of what a mark-compact left
 * live, for a run that parses a few large YAML files (a promotion of 500
 * services: four 320 KB values files). With the young generation held, each
 * parse's lexer tokens and CST outlive a scavenge or two and are promoted;
 * V8's own factor (up to 4× for a fast collector) then let the old
 * generation grow from ~21 MB to ~85 MB with ~36 MB live before its next
 * mark-compact, and the process peaked at 165–185 MB. At 1.2× the promoted
 * garbage is collected sooner: measured 137–140 MB at the same point, at a few
 * more mark-compacts. (--optimize-for-size also got there, but with memory-
 * reducing compactions that made the 500-service dry run ~25 % slower.) V8
 * reads the flag each time it sets the limit after a mark-compact, so setting
 * it while the process runs takes effect; like holdYoungGeneration it changes
 * when V8 collects, never what the program computes, and is process-wide.
 * Set by promote, status, release (a release at 100,000 commits and 1,000
 * charts: 132–142 MB peak without it, ~125 MB with it) and the PR check (at
 * that scale with three charts rendered: 185–188 MB without it, 130–148 MB with it).
 */
export function favourSmallHeap(): void {
  heap.favourSmallHeap();
}

/**
 * Puts V8 in its memory-saver mode (which "tries to keep memory footprint low
 * at the expense of extra cpu cycles", says --memory-saver-mode) for a run
 * whose peak is parse garbage collected late. `lockstep status` at L (1,000
 * services, values files of ~200 KB) allocates ~430 MB, most of it in the
 * yaml parser, while ~25 MB is live; each parse's CST outlives the held young
 * generation and is promoted, and how far the old generation grows before a
 * mark-compact catches up varies from run to run with how the parsing main
 * thread and V8's marking threads are scheduled: the committed heap peaked at
 * 42–67 MB and the process at 109–150 MB, the highest on a quiet machine. In
 * memory-saver mode the committed heap stayed at 38–42 MB and the process at
 * 104–124 MB in 50 runs of the large-repo bench, at 5–10 % more time. V8
 * reads the flag while the process runs (measured: the same figures as
 * passing it to node); like the two above it changes when V8 collects, never
 * what the program computes, and is process-wide. Set by promote, whose dry
 * run at L peaked at 130–151 MB from run to run without it and at 119–125 MB
 * with it (~880 → ~980 ms). No longer by status: since its pins are read
 * through the pin index (deploy/pins/pin-index.ts, js-yaml events) rather than the
 * yaml package's syntax tree, its peak stays within 110–132 MB without it, and
 * the mode's extra collections were a fifth of its CPU at 100 environments.
 */
export function saveHeapMemory(): void {
  heap.saveHeapMemory();
}

/**
 * Runs `work` with V8's memory-saver mode off, where saveHeapMemory put the process in it, and puts it back once
 * the last such work has ended (they may overlap: environments rendered at once). For a burst that allocates what
 * it keeps: a render's two outputs parsed and compared (300 objects, two 115 kB streams) build objects that stay
 * live to the end of the run, and in the mode V8 collected them again and again while they were built: 40–60 ms
 * more of a promotion's render. The plans' parse garbage, what the mode is set for, is made before and after,
 * with the mode on. Process-wide, as the flag is; it changes when V8 collects, never what the program computes.
 */
export function outsideMemorySaver<T>(work: () => Promise<T>): Promise<T> {
  return heap.outsideMemorySaver(work);
}

/** The heap settings of one process, each V8 flag set once through `set` (node:v8's setFlagsFromString). */
export class HeapSettings {
  private held = false;
  private small = false;
  private saver = false;
  private lent = 0;
  private readonly set: (flag: string) => void;

  constructor(set: (flag: string) => void = setFlagsFromString) {
    this.set = set;
  }

  holdYoungGeneration(): void {
    if (this.held) return;
    this.held = true;
    this.set('--semi-space-growth-factor=1');
  }

  favourSmallHeap(): void {
    if (this.small) return;
    this.small = true;
    this.set('--heap-growing-percent=20');
  }

  saveHeapMemory(): void {
    if (this.saver) return;
    this.saver = true;
    if (this.lent === 0) this.set('--memory-saver-mode');
  }

  async outsideMemorySaver<T>(work: () => Promise<T>): Promise<T> {
    if (this.lent++ === 0 && this.saver) this.set('--no-memory-saver-mode');
    try {
      return await work();
    } finally {
      if (--this.lent === 0 && this.saver) this.set('--memory-saver-mode');
    }
  }
}

const heap = new HeapSettings();
