import type { ActionRun } from '../harness/run-action.ts';
import type { GitFixture } from '../harness/git-fixture.ts';

/**
 * What a demo step gets. The demo (action-tests/demo/run.ts) builds one sample
 * monorepo, then runs every file in action-tests/demo/steps/ in name order;
 * each step runs its action's committed bundle through the runner harness.
 */
export interface DemoContext {
  /** The sample monorepo: a git work tree with a bare origin. */
  repo: GitFixture;
  /** The folder the report screenshots go to (`--screenshots DIR`, else a temp folder), made on first use and kept. */
  screenshotDir(): string;
  /** Runs an action bundle on the sample repo and prints its job summary (rendered for a terminal) and annotations. */
  run(
    action: string,
    inputs: Record<string, string>,
    opts?: { env?: Record<string, string>; eventName?: string; event?: unknown },
  ): Promise<ActionRun>;
  /** Prints a heading for the step. */
  section(title: string): void;
  /** Prints a line. */
  log(text: string): void;
}

/** A demo step module's default export. */
export type DemoStep = (ctx: DemoContext) => Promise<void>;
