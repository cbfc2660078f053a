// What planning a promotion reads from the world (promote/plan.ts and its
// steps), injected so that tests pass plain functions.

import type { PromoteGit, PromoteGitHub, PromoteWorld } from './ports.ts';
import type { RenderedPins, RenderedRun } from './rendered-pin.ts';
import type { PromoteEnvironment } from './request.ts';

/**
 * What planning reads from the world: the promotion's ports (ports.ts), the git side's reads bound to the
 * base commit planned on (and deepenHistory, for a shallow clone's history: ran-before.ts); GitHub's check
 * states only with a token.
 */
export type PlanWorld = Pick<PromoteWorld, 'readLocal' | 'resolveDigest' | 'verifyDigest'> &
  Pick<PromoteGit, 'readAt' | 'resolveRef' | 'deepenHistory'> &
  Partial<Pick<PromoteGitHub, 'checkStates'>> & {
    /** A file of the repository promoted in, at the base commit (undefined: absent). */
    readBase(path: string): Promise<string | undefined>;
    /** The last commit at base that changed `path` (where the source's pins came from). */
    lastCommit(path: string | readonly string[]): Promise<string | undefined>;
    /** The base's first-parent commits that changed `path`, newest first (what an environment ran: ran-before.ts). */
    fileHistory(path: string | readonly string[]): ReturnType<PromoteGit['firstParentLog']>;
    /** What an environment runs by its render at the base commit, for the services its pin place does not define (rendered-run.ts). */
    renderedRun(env: PromoteEnvironment): Promise<RenderedRun>;
    /**
     * The history of what an environment runs by its render from the base commit, each commit rendered
     * (rendered-history.ts): for a pin its pin place does not define. Undefined as renderedPins says.
     */
    renderedHistory(env: PromoteEnvironment): Promise<RenderedPins | undefined>;
  };
