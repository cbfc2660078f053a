import type { Inputs } from '../../contract/inputs.ts';
import { resolveExistingFolder } from '../../fs/workspace.ts';
import type { World } from '../../contract/world.ts';
import { parseShard, type Shard } from '../../deploy/shard.ts';

// Loaded first by the hydrate-env action and `lockstep hydrate`: the inputs and the working directory, with light
// modules only. The config loader, git and the renderers are in run.ts, loaded once every input passed.

/** What to hydrate: the hydrate-env action's inputs and `lockstep hydrate`'s flags both become this. */
export interface HydrateRequest {
  /** The working directory, absolute and checked: a folder inside the workspace. */
  workdir: string;
  config?: string;
  /** The environments named (`env`); empty: every environment with `hydrate:`. */
  environments: string[];
  dryRun: boolean;
  /** hydrate: write the proposed branches; check: compare each with a fresh render of its drySha. */
  mode: 'hydrate' | 'check';
  /** In a check: the hydrated commit to check (a promotion pull request's head) instead of the proposed branch's tip. */
  commit?: string;
  /** The key the hydrated commits are SSH-signed with (signing-key: its text; signing-key-file: a file). */
  signingKey?: string;
  signingKeyFile?: string;
  /** This job's share of a matrix (shard: i/n): only the chosen environments whose names hash to i. */
  shard?: Shard;
}

/** shard: i/n read (a bad one refused naming shard before the working directory is looked at). */
function shardOf(text: string | undefined): { shard?: Shard } {
  const shard = parseShard(text);
  return shard ? { shard } : {};
}

/** Reads the hydrate inputs, then checks the working directory. */
export function hydrateRequest(inputs: Inputs, world: World): HydrateRequest {
  const shard = shardOf(inputs.optional('shard'));
  return {
    workdir: resolveExistingFolder(world.workspace, inputs.string('working-directory', '.'), 'working-directory'),
    config: inputs.optional('config'),
    environments: inputs.list('env'),
    dryRun: inputs.boolean('dry-run', false),
    mode: inputs.choice('mode', ['hydrate', 'check'], 'hydrate'),
    commit: inputs.optional('commit'),
    signingKey: inputs.optional('signing-key'),
    signingKeyFile: inputs.optional('signing-key-file'),
    ...shard,
  };
}
