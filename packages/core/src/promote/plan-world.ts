// What planning a promotion reads from the world (promote/plan.ts and its
// steps), injected so that tests pass plain functions.

import type { ImageReference } from '../registry/reference.ts';
import type { Verification, VerifyPolicy } from '../registry/verify.ts';

/** A check run or commit status and its state (the shape gh-client's checkStates returns). */
export interface CheckResult {
  name: string;
  state: 'success' | 'pending' | 'failure' | 'missing';
  url?: string;
}

/** What planning reads from the world; all of it injected, so tests pass plain functions. */
export interface PlanWorld {
  /** A file of the repository promoted in, at the base commit (undefined: absent). */
  readBase(path: string): Promise<string | undefined>;
  /** A file at another commit or tag (rollback); undefined when absent. */
  readAt(commit: string, path: string): Promise<string | undefined>;
  /** The commit a ref names in the repository promoted in, or undefined. */
  resolveRef(ref: string): Promise<string | undefined>;
  /** The last commit at base that changed `path` (where the source's pins came from). */
  lastCommit(path: string): Promise<string | undefined>;
  /** A file of the workspace (the digests file), or undefined when absent. */
  readLocal(path: string): string | undefined;
  /** Resolves a tag to a digest through the registry; throws UserError naming the image. */
  resolveDigest(ref: ImageReference, service: string): Promise<string>;
  /** Checks a digest against a `verify:` policy; throws UserError when refused. Needed only when a service has one. */
  verifyDigest?(service: string, ref: ImageReference, digest: string, policy: VerifyPolicy): Promise<Verification>;
  /** States of the named checks on a commit; only called with require-checks. */
  checkStates?(sha: string, names: readonly string[]): Promise<CheckResult[]>;
}
