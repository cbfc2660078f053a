import type { Inputs } from '../../contract/inputs.ts';
import { resolveWorkingDirectory } from '../../fs/workspace.ts';
import { identityInput } from '../../git/identity.ts';
import type { ReleaseInputs } from '../../release/settings.ts';
import { readSettings } from '../../settings/read.ts';
import { RELEASE } from '../../settings/table-release.ts';
import type { World } from '../../contract/world.ts';

// The prepare-release action and `lockstep release` load this module first: it reads the inputs and
// checks the working directory with light modules only. The settings (the config loader, YAML,
// SemVer, globs), the release itself (git, the commits parser, TOML) and the GitHub client are
// loaded by run.ts once those passed.

/** What to release: the prepare-release action's inputs and `lockstep release`'s flags both become this. */
export type ReleaseRequest = ReleaseInputs & {
  /** The secret input signing-key (an SSH private key's text): git mode's commits are signed with it (git/signing.ts). */
  signingKey?: string;
};

/**
 * Reads every prepare-release input once into a typed request; each error
 * names its input. A pull request or merge_group event only previews (dry run): its checkout
 * is the PR's merge ref, not a base branch to release from, and its token is
 * often read-only, so nothing may be pushed or published from it. The
 * working directory must be a git checkout (said before any git runs).
 */
export function releaseRequest(inputs: Inputs, world: World): ReleaseRequest {
  const event = world.event().name;
  const { author, committer, dryRun, ...read } = readSettings(RELEASE, inputs);
  const request: ReleaseRequest = {
    ...read,
    // Unless an input names someone: the terminal user's git identity, else (a runner) github-actions[bot].
    author: world.identity && author === undefined ? { ...world.identity } : identityInput(author, 'author'),
    committer: world.identity && committer === undefined ? { ...world.identity } : identityInput(committer, 'committer'),
    // A merge queue's group commit may never land on the base branch: its run never tags, publishes or pushes.
    dryRun: dryRun || event === 'pull_request' || event === 'pull_request_target' || event === 'merge_group',
  };
  // A secret, masked before this read (secretInputs): never a flag, so a terminal gives signing-key-file.
  const signingKey = inputs.optional('signing-key');
  if (signingKey !== undefined) request.signingKey = signingKey;
  // Not a repository, or a bare one: said before any git runs.
  resolveWorkingDirectory(world.workspace, request.workingDirectory, 'working-directory', world.env);
  return request;
}
