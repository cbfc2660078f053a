// What a hydrate-env run did, per environment: written (run.ts) or checked (check.ts). The views read this.

import type { Shard } from '../../deploy/shard.ts';
import type { BranchOutcome } from './write.ts';

/** One environment's hydration. */
export interface HydratedEnvironment {
  name: string;
  /** The proposed branch written (`environment/prod-next`, `environment/staging-next/app-a`). */
  branch: string;
  /** The activePath the files are under, when the branch is shared. */
  path?: string;
  /** What was written; in a check, `matches` (the branch is a fresh render of its drySha) or `absent` (no branch to check). */
  status: BranchOutcome['status'] | 'matches' | 'absent';
  /** In a check: the DRY commit the branch's hydrator.metadata names. */
  drySha?: string;
  /** The branch's commit after the run (the new one, or the tip that already held these manifests); undefined in a dry run of a new branch. */
  commit?: string;
  /** superseded: the newer DRY commit the branch holds the render of (this run wrote nothing there). */
  newer?: string;
  /** unchanged, its tip's hydrator.metadata naming an earlier DRY commit: this run noted the tip in refs/notes/hydrator.metadata. */
  noted?: boolean;
  /** The files written, metadata included. */
  files: number;
  /** Secrets dropped from the render (`secrets: drop`), as `Secret ns/name`. */
  dropped: string[];
  renderer: string;
}

export interface HydrateResult {
  mode: 'hydrate' | 'check';
  /** The DRY commit hydrated (HEAD; in a check, the commit the config was read at). */
  drySha: string;
  dryRun: boolean;
  environments: HydratedEnvironment[];
  /** shard: i/n — the matrix share this run hydrated (deploy/shard-split.ts): the chosen environments whose names hash to i. */
  shard?: Shard;
}
