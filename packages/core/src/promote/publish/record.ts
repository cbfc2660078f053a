// record: deployments — a promotion that landed on the base branch, recorded
// as a GitHub Deployment. The landed commit is a promotion when the trailer
// block of its message, as git parses it (the last paragraph), carries
// promote-env's generated trailer (a direct push, a rebase merge, a squash
// whose message keeps the commit's) or, for a merge commit, its merged
// parent's does: a merge's own message is GitHub's, and a `Lockstep-*` line
// anywhere else in a message is not lockstep's. The environments it landed in
// are those whose values file or Application changed against the first
// parent and, when the block names environments (`Lockstep-Environment`),
// that it names; each gets one deployment of that commit (payload: the pins
// it now holds), found again on a rerun.

import { generatedTrailer } from '../../git/publish.ts';
import { generatedBy, lockstepBlock, promotionsIn } from '../../records/trailers.ts';
import type { DeploymentRecord } from '../../github/deployments.ts';
import { UserError } from '../../errors.ts';
import type { ParseCache } from '../../text/parse-cache.ts';
import { environmentPins } from '../status-tables.ts';
import type { PromoteWorld } from '../ports.ts';
import type { PromoteEnvironment, PromoteRequest } from '../request.ts';
import { pinPath, pinPaths } from '../place.ts';
import { KUSTOMIZATION_NAMES } from '../../kustomize/overlay.ts';
import { deployerResource } from '../../deploy/kind.ts';

/** One environment the landed commit promoted, and the deployment recorded for it. */
export interface LandedDeployment {
  environment: string;
  /** The pins the commit applied: each service's tag and digest, and the chart version when there is an Application. */
  payload: {
    lockstep: 'promote-env';
    services: Record<string, { tag: string | null; digest: string | null } | null>;
    chartVersion?: string | null;
    /** A hydrated promotion's DRY commit (record-hydrated.ts). */
    drySha?: string;
  };
  record: DeploymentRecord;
  url?: string;
}

/** What record: deployments found and did. */
export interface RecordOutcome {
  commit: string;
  /** Why nothing was recorded (the commit is not a landed promotion, or changed no environment); undefined when something was. */
  skipped?: string;
  deployments: LandedDeployment[];
}

/**
 * The files of an environment whose change means a promotion landed in it: its values file and its Application's
 * (and the kustomization of the overlay a Flux Kustomization's spec.path builds).
 */
export async function environmentFiles(env: PromoteEnvironment, read: (p: string) => Promise<string | undefined>): Promise<string[]> {
  const own = pinPath(env);
  const files = [await pinPaths(env, read)]
    .flat()
    .flatMap((p) => (p === own || /\.ya?ml$/.test(p) ? [p] : KUSTOMIZATION_NAMES.map((n) => `${p}/${n}`)));
  const resource = deployerResource(env);
  return resource ? [...files, resource.file] : files;
}

type CommitInfo = NonNullable<Awaited<ReturnType<PromoteWorld['git']['commitInfo']>>>;

/**
 * The landed commit and the message its promotion's record is read from: a merge's merged side, anything
 * else its own (a promotion's and a hydrated promotion's alike). Refused when the commit is not in the clone.
 */
export async function landedRecord(
  git: PromoteWorld['git'],
  commit: string,
): Promise<{ info: CommitInfo; record: CommitInfo | undefined }> {
  const info = await git.commitInfo(commit);
  if (!info)
    throw new UserError(`the commit ${commit.slice(0, 12)} is not in the repository promoted in`, {
      hint: 'check out the repository with fetch-depth: 2 or more',
    });
  return { info, record: info.parents.length > 1 ? await git.commitInfo(info.parents[1]) : info };
}

/**
 * Records the promotion that landed as `commit` on the base: nothing when it
 * is not one (no trailer), else one deployment per environment it changed
 * (only `only` when given), each found again rather than made twice.
 */
export async function recordLanded(
  req: PromoteRequest,
  ports: PromoteWorld,
  commit: string,
  only: string | undefined,
  cache: ParseCache,
): Promise<RecordOutcome> {
  const git = ports.git;
  const github = ports.github;
  if (!github) throw new Error('record: deployments needs the GitHub client');
  const { info, record } = await landedRecord(git, commit);
  const block = lockstepBlock(record?.trailers ?? '');
  if (!generatedBy(block, 'promote-env'))
    return {
      commit,
      skipped: `${commit.slice(0, 12)} is not a landed promotion (the trailer block of ${info.parents.length > 1 ? 'its merged commit' : 'its message'} does not carry ${generatedTrailer('promote-env')}); nothing recorded.`,
      deployments: [],
    };
  const named = promotionsIn(block).map((p) => p.environment);
  const parent = info.parents[0];
  const landed: PromoteEnvironment[] = [];
  for (const env of req.environments) {
    if (only && env.name !== only) continue;
    if (named.length > 0 && !named.includes(env.name)) continue;
    for (const file of await environmentFiles(env, (p) => git.readAt(commit, p))) {
      const before = parent ? await git.readAt(parent, file) : undefined;
      if ((await git.readAt(commit, file)) !== before) {
        landed.push(env);
        break;
      }
    }
  }
  if (landed.length === 0)
    return {
      commit,
      skipped: `${commit.slice(0, 12)} changed no ${only ? `file of ${only}` : named.length > 0 ? `file of ${named.join(', ')}, the environment its trailers name` : "environment's values file or Application"}; nothing recorded.`,
      deployments: [],
    };
  const deployments: LandedDeployment[] = [];
  const pins = await environmentPins({ ...req, environments: landed }, (p) => git.readAt(commit, p), cache);
  for (const [k, env] of landed.entries()) {
    const p = pins[k];
    const payload: LandedDeployment['payload'] = {
      lockstep: 'promote-env',
      services: p.services,
      ...(p.chartVersion !== undefined ? { chartVersion: p.chartVersion } : {}),
    };
    const pinned = Object.entries(p.services)
      .filter(([, v]) => v?.tag)
      .map(([name, v]) => `${name} ${v!.tag}`);
    const record = await github.recordDeployment({
      sha: commit,
      environment: env.name,
      payload,
      // GitHub keeps at most 140 characters of a deployment's description.
      description: `lockstep promote-env: ${pinned.join(', ') || 'pins'}`.slice(0, 140),
      transient: env.preview ?? false,
      production: env.protected,
      ...(env.url ? { environmentUrl: env.url } : {}),
    });
    deployments.push({ environment: env.name, payload, record, ...(env.url ? { url: env.url } : {}) });
  }
  return { commit, deployments };
}
