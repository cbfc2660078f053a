// GitHub Deployments as the record of what landed where: one deployment per
// environment and commit, a `success` status on it, the environment's earlier
// successful deployment marked `inactive`. Every write is looked up first and
// a create whose answer was lost is looked up again (createOrFind), so a rerun
// or a 502 after the create never makes a second deployment.

import { createOrFind, type GitHub } from './client.ts';

/** The deployment to record. */
export interface DeploymentSpec {
  /** The commit that landed (the merge commit, or the direct push). */
  sha: string;
  environment: string;
  /** What landed: the pins applied (shown in GitHub's deployment payload). */
  payload: Record<string, unknown>;
  description: string;
  /** A preview environment that goes away (GitHub's transient_environment). */
  transient: boolean;
  /** A protected environment (GitHub's production_environment). */
  production: boolean;
  /** Where the environment is reached (GitHub's environment_url), when configured. */
  environmentUrl?: string;
}

/** What recording did. */
export interface DeploymentRecord {
  id: number;
  /** 'created' by this run, or 'existing' (found by sha and environment: an earlier run's). */
  outcome: 'created' | 'existing';
  /** Whether this run added the success status (false: it was there). */
  statusCreated: boolean;
  /** Ids of earlier deployments of the environment this run marked inactive. */
  inactivated: number[];
}

/** A deployment as lockstep reads it. */
export interface DeploymentInfo {
  id: number;
  sha: string;
  environment: string;
  createdAt: string;
}

/** How many earlier deployments of an environment are looked at for one still marked success. */
const EARLIER_LOOKED_AT = 10;

/** The deployments of `environment` (on `sha` when given), newest first (one page of 30). */
export async function listDeployments(gh: GitHub, environment: string, sha?: string): Promise<DeploymentInfo[]> {
  const { data } = await gh.octokit.request('GET /repos/{owner}/{repo}/deployments', {
    owner: gh.owner,
    repo: gh.repo,
    environment,
    ...(sha ? { sha } : {}),
    per_page: 30,
  });
  return data.map((d) => ({ id: Number(d.id), sha: d.sha, environment: d.environment, createdAt: d.created_at }));
}

/** The states of a deployment's statuses, newest first (one page of 30). */
async function statusStates(gh: GitHub, id: number): Promise<{ state: string; environmentUrl?: string }[]> {
  const { data } = await gh.octokit.request('GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses', {
    owner: gh.owner,
    repo: gh.repo,
    deployment_id: id,
    per_page: 30,
  });
  return data.map((s) => ({ state: s.state, ...(s.environment_url ? { environmentUrl: s.environment_url } : {}) }));
}

/** Adds a status to a deployment; a lost answer is looked up (a status of that state already there) rather than sent twice. */
async function addStatus(
  gh: GitHub,
  id: number,
  state: 'success' | 'inactive',
  extra: { environmentUrl?: string; description?: string },
): Promise<void> {
  await createOrFind(
    gh,
    `${state} status of deployment ${id}`,
    async () => {
      await gh.octokit.request('POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses', {
        owner: gh.owner,
        repo: gh.repo,
        deployment_id: id,
        state,
        // lockstep marks the earlier deployment itself, production environments included (GitHub's auto_inactive skips those).
        auto_inactive: false,
        ...(extra.description ? { description: extra.description } : {}),
        ...(extra.environmentUrl ? { environment_url: extra.environmentUrl } : {}),
        // A lost answer is looked up rather than sent again (a second status would be harmless, but is noise).
        request: { retries: 0 },
      });
      return true;
    },
    async () => ((await statusStates(gh, id)).some((s) => s.state === state) ? true : undefined),
  );
}

/**
 * Records that `spec.sha` landed in `spec.environment`: the deployment for
 * that commit and environment (found, or created once), its success status
 * (unless there), and each earlier deployment of the environment still
 * marked success set inactive.
 */
export async function recordDeployment(gh: GitHub, spec: DeploymentSpec): Promise<DeploymentRecord> {
  const find = async () => (await listDeployments(gh, spec.environment, spec.sha))[0];
  const existing = await find();
  let id: number;
  let outcome: DeploymentRecord['outcome'] = 'existing';
  if (existing) id = existing.id;
  else {
    const made = await createOrFind(
      gh,
      `deployment of ${spec.sha.slice(0, 12)} to ${spec.environment}`,
      async () => {
        const { data, status } = await gh.octokit.request('POST /repos/{owner}/{repo}/deployments', {
          owner: gh.owner,
          repo: gh.repo,
          ref: spec.sha,
          environment: spec.environment,
          payload: spec.payload,
          description: spec.description,
          // The commit already landed: no merge of the default branch into it, no status checks to wait for.
          auto_merge: false,
          required_contexts: [],
          transient_environment: spec.transient,
          production_environment: spec.production,
          // Not repeated blindly: GitHub keeps no uniqueness on deployments, so a lost answer is looked up (createOrFind).
          request: { retries: 0 },
        });
        if (status !== 201 || !('id' in data))
          throw new Error(
            `GitHub did not create the deployment of ${spec.sha.slice(0, 12)} to ${spec.environment}: ${'message' in data ? String(data.message) : `status ${status}`}`,
          );
        return { id: Number(data.id), sha: data.sha, environment: data.environment, createdAt: data.created_at };
      },
      find,
    );
    id = made.value.id;
    outcome = 'created';
  }
  const states = await statusStates(gh, id);
  const statusCreated = !states.some((s) => s.state === 'success');
  if (statusCreated) await addStatus(gh, id, 'success', { environmentUrl: spec.environmentUrl, description: spec.description });
  const inactivated: number[] = [];
  // Newest first: the earlier deployments after this one's id; stop at the first already inactive (older ones were marked by earlier runs).
  const earlier = (await listDeployments(gh, spec.environment)).filter((d) => d.id < id).slice(0, EARLIER_LOOKED_AT);
  for (const d of earlier) {
    const latest = (await statusStates(gh, d.id))[0]?.state;
    if (latest === 'inactive') break;
    if (latest !== 'success') continue;
    await addStatus(gh, d.id, 'inactive', {});
    inactivated.push(d.id);
  }
  return { id, outcome, statusCreated, inactivated };
}

/** The latest deployment of each environment whose newest status is success, with its environment URL. */
export async function latestDeployments(
  gh: GitHub,
  environments: readonly string[],
): Promise<Map<string, DeploymentInfo & { environmentUrl?: string }>> {
  const found = new Map<string, DeploymentInfo & { environmentUrl?: string }>();
  for (const environment of environments) {
    for (const d of (await listDeployments(gh, environment)).slice(0, EARLIER_LOOKED_AT)) {
      const [latest] = await statusStates(gh, d.id);
      if (latest?.state !== 'success') continue;
      found.set(environment, { ...d, ...(latest.environmentUrl ? { environmentUrl: latest.environmentUrl } : {}) });
      break;
    }
  }
  return found;
}

/** A deployment with every status it was given (oldest first), as the delivery figures read it. */
export interface DeploymentHistory extends DeploymentInfo {
  statuses: { state: string; createdAt: string }[];
}

/**
 * The deployments of `environment` created at or after `since` (Unix seconds),
 * newest first, each with its statuses, for those whose commit `wanted` keeps:
 * the list is paginated (100 a page) and stops at the first page that reaches
 * back before `since`; each kept deployment's statuses are paginated too.
 */
export async function deploymentHistory(
  gh: GitHub,
  environment: string,
  since: number,
  wanted: (sha: string) => boolean,
): Promise<DeploymentHistory[]> {
  const listed = await gh.octokit.paginate(
    'GET /repos/{owner}/{repo}/deployments',
    { owner: gh.owner, repo: gh.repo, environment, per_page: 100 },
    (response, done) => {
      // Newest first: once a page holds one created before the window, every later page is older still.
      if (response.data.some((d) => Date.parse(d.created_at) / 1000 < since)) done();
      return response.data;
    },
  );
  const out: DeploymentHistory[] = [];
  for (const d of listed) {
    if (Date.parse(d.created_at) / 1000 < since || !wanted(d.sha)) continue;
    const statuses = await gh.octokit.paginate('GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses', {
      owner: gh.owner,
      repo: gh.repo,
      deployment_id: Number(d.id),
      per_page: 100,
    });
    out.push({
      id: Number(d.id),
      sha: d.sha,
      environment: d.environment,
      createdAt: d.created_at,
      statuses: statuses.map((s) => ({ state: s.state, createdAt: s.created_at })).reverse(),
    });
  }
  return out;
}
