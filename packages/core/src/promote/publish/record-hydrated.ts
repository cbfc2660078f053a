// record: deployments on an active branch that lockstep promotes hydrated branches into (promote/hydrated.ts):
// the landed commit is a promotion when it merged a commit hydrate-env wrote (its trailer block carries
// `Lockstep-Generated: hydrate-env`, read as record.ts reads promote-env's), and each environment promoted
// into that branch whose hydrator.metadata it changed gets one Deployment of that commit, its payload naming
// the DRY commit it runs, found again on a rerun.

import { lockstepBlock, generatedBy } from '../../records/trailers.ts';
import type { PromoteWorld } from '../ports.ts';
import type { PromoteRequest } from '../request.ts';
import { landedRecord, type LandedDeployment, type RecordOutcome } from './record.ts';
import { isCommitId } from '../../git/refs.ts';

/** The environments lockstep promotes into `branch` (their hydrate: branch, promote: lockstep), by name. */
export function promotedInto(req: PromoteRequest, branch: string): string[] {
  return Object.entries(req.hydrated ?? {})
    .filter(([, t]) => t.promote === 'lockstep' && t.active === branch)
    .map(([name]) => name);
}

/** Records the hydrated promotion that landed as `commit` on the active branch `req.base` (only `only` when given). */
export async function recordHydratedLanded(
  req: PromoteRequest,
  ports: PromoteWorld,
  commit: string,
  only: string | undefined,
): Promise<RecordOutcome> {
  const git = ports.git;
  const github = ports.github;
  if (!github) throw new Error('record: deployments needs the GitHub client');
  const { info, record: merged } = await landedRecord(git, commit);
  const block = lockstepBlock(merged?.trailers ?? '');
  // lockstepBlock keeps one-word keys; the DRY commit's is read from the same block git parsed.
  const dry = /^Lockstep-Dry-Sha: ?([0-9a-f]+)\s*$/m.exec(merged?.trailers ?? '')?.[1];
  if (!generatedBy(block, 'hydrate-env') || dry === undefined || !isCommitId(dry))
    return {
      commit,
      skipped: `${commit.slice(0, 12)} is not a landed hydrated promotion (the trailer block of ${info.parents.length > 1 ? 'its merged commit' : 'its message'} does not carry Lockstep-Generated: hydrate-env and Lockstep-Dry-Sha); nothing recorded.`,
      deployments: [],
    };
  const parent = info.parents[0];
  const deployments: LandedDeployment[] = [];
  for (const name of promotedInto(req, req.base)) {
    if (only && name !== only) continue;
    const t = req.hydrated![name];
    const before = parent ? await git.readAt(parent, t.metadata) : undefined;
    if ((await git.readAt(commit, t.metadata)) === before) continue;
    const env = req.environments.find((e) => e.name === name);
    const payload: LandedDeployment['payload'] = { lockstep: 'promote-env', services: {}, drySha: dry };
    const record = await github.recordDeployment({
      sha: commit,
      environment: name,
      payload,
      description: `lockstep promote-env: hydrated from ${dry.slice(0, 12)}`,
      transient: env?.preview ?? false,
      production: env?.protected ?? false,
      ...(env?.url ? { environmentUrl: env.url } : {}),
    });
    deployments.push({ environment: name, payload, record, ...(env?.url ? { url: env.url } : {}) });
  }
  if (deployments.length === 0)
    return {
      commit,
      skipped: `${commit.slice(0, 12)} changed no hydrator.metadata of an environment promoted into ${req.base}; nothing recorded.`,
      deployments,
    };
  return { commit, deployments };
}
