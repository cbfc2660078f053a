import * as g from './git.ts';
import { HttpError, paginate, repoUrl, user, type Answer, type Context, type World } from './rest.ts';
import { nodeId } from './shapes.ts';
import type { DeploymentState, DeploymentStatusState, RepoState } from './state.ts';

/**
 * Deployments and their statuses, as GitHub keeps them: a deployment names a
 * commit (its `ref` resolved when created) and an environment; its statuses
 * are appended, never changed. Modelled rules: `environment` defaults to
 * `production`, `production_environment` to whether it is named
 * `production`; a create that leaves `required_contexts` out is refused 409
 * unless every check run and commit status on the commit succeeded (GitHub
 * checks all contexts by default); a `success` status with `auto_inactive`
 * (default true) adds an `inactive` status to the earlier successful
 * deployments of the same environment that are neither transient nor
 * production. Lists are newest first.
 */

/** The operations served here, keyed like `OPERATIONS` in rest.ts. */
export const DEPLOYMENT_OPERATIONS = [
  'GET /repos/{owner}/{repo}/deployments',
  'POST /repos/{owner}/{repo}/deployments',
  'GET /repos/{owner}/{repo}/deployments/{deployment_id}',
  'GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses',
  'POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses',
] as const;

type Handler = (ctx: Context) => Answer;

function repoOf(ctx: Context): RepoState {
  if (!ctx.repo) throw new HttpError(404, 'Not Found');
  return ctx.repo;
}

function deploymentOf(ctx: Context): DeploymentState {
  const d = repoOf(ctx).deployments.find((x) => x.id === Number(ctx.params.deployment_id));
  if (!d) throw new HttpError(404, 'Not Found');
  return d;
}

const deploymentUrl = (w: World, r: RepoState, d: DeploymentState) => `${repoUrl(w, r)}/deployments/${d.id}`;

function deploymentJson(w: World, r: RepoState, d: DeploymentState): Record<string, unknown> {
  const url = deploymentUrl(w, r, d);
  return {
    url,
    id: d.id,
    node_id: nodeId('DE', d.id),
    sha: d.sha,
    ref: d.ref,
    task: d.task,
    payload: d.payload,
    original_environment: d.environment,
    environment: d.environment,
    description: d.description,
    creator: user(w, d.creator),
    created_at: d.createdAt,
    updated_at: d.statuses.at(-1)?.createdAt ?? d.createdAt,
    statuses_url: `${url}/statuses`,
    repository_url: repoUrl(w, r),
    transient_environment: d.transient,
    production_environment: d.production,
  };
}

function statusJson(w: World, r: RepoState, d: DeploymentState, s: DeploymentStatusState): Record<string, unknown> {
  const url = deploymentUrl(w, r, d);
  return {
    url: `${url}/statuses/${s.id}`,
    id: s.id,
    node_id: nodeId('DES', s.id),
    state: s.state,
    creator: user(w, s.creator),
    description: s.description,
    environment: s.environment,
    // The description types target_url as a URI (GitHub sends "" when none was given): the repository's deployments page stands in.
    target_url: s.targetUrl || `${w.base}/${r.owner}/${r.name}/deployments`,
    created_at: s.createdAt,
    updated_at: s.createdAt,
    deployment_url: url,
    repository_url: repoUrl(w, r),
    ...(s.environmentUrl ? { environment_url: s.environmentUrl } : {}),
    ...(s.logUrl ? { log_url: s.logUrl } : {}),
  };
}

/** True when every check run and commit status on `sha` succeeded (GitHub's default required_contexts). */
function allContextsGreen(r: RepoState, sha: string): boolean {
  const runs = r.checkRuns.get(sha) ?? [];
  const statuses = r.statuses.get(sha) ?? [];
  return (
    runs.every((c) => c.status === 'completed' && ['success', 'neutral', 'skipped', undefined, null].includes(c.conclusion)) &&
    statuses.every((s) => s.state === 'success')
  );
}

const listDeployments: Handler = (ctx) => {
  const r = repoOf(ctx);
  const q = ctx.query;
  const items = r.deployments
    .filter(
      (d) =>
        (q.sha === undefined || d.sha === q.sha) &&
        (q.ref === undefined || d.ref === q.ref) &&
        (q.task === undefined || d.task === q.task) &&
        (q.environment === undefined || d.environment === q.environment),
    )
    .reverse();
  return paginate(
    ctx,
    items.map((d) => deploymentJson(ctx.world, r, d)),
  );
};

const createDeployment: Handler = (ctx) => {
  const r = repoOf(ctx);
  const w = ctx.world;
  const b = ctx.body as {
    ref: string;
    task?: string;
    auto_merge?: boolean;
    required_contexts?: string[];
    payload?: Record<string, unknown> | string;
    environment?: string;
    description?: string | null;
    transient_environment?: boolean;
    production_environment?: boolean;
  };
  const sha = g.resolveCommit(r.path, b.ref);
  if (!sha) throw new HttpError(422, `No ref found for: ${b.ref}`);
  if (b.required_contexts === undefined && !allContextsGreen(r, sha))
    throw new HttpError(409, `Conflict: Commit status checks failed for ${b.ref}.`);
  const environment = b.environment ?? 'production';
  const d: DeploymentState = {
    id: w.newId(),
    sha,
    ref: b.ref,
    task: b.task ?? 'deploy',
    payload: b.payload ?? {},
    environment,
    description: b.description ?? '',
    transient: b.transient_environment ?? false,
    production: b.production_environment ?? environment === 'production',
    creator: w.login,
    createdAt: w.iso(),
    statuses: [],
  };
  r.deployments.push(d);
  return { status: 201, body: deploymentJson(w, r, d), headers: { location: deploymentUrl(w, r, d) } };
};

const getDeployment: Handler = (ctx) => ({ status: 200, body: deploymentJson(ctx.world, repoOf(ctx), deploymentOf(ctx)) });

const listStatuses: Handler = (ctx) => {
  const r = repoOf(ctx);
  const d = deploymentOf(ctx);
  return paginate(
    ctx,
    [...d.statuses].reverse().map((s) => statusJson(ctx.world, r, d, s)),
  );
};

const createStatus: Handler = (ctx) => {
  const r = repoOf(ctx);
  const w = ctx.world;
  const d = deploymentOf(ctx);
  const b = ctx.body as {
    state: DeploymentStatusState['state'];
    target_url?: string;
    log_url?: string;
    description?: string;
    environment?: string;
    environment_url?: string;
    auto_inactive?: boolean;
  };
  const at = w.iso();
  const status: DeploymentStatusState = {
    id: w.newId(),
    state: b.state,
    description: b.description ?? '',
    environment: b.environment ?? d.environment,
    environmentUrl: b.environment_url ?? '',
    logUrl: b.log_url ?? b.target_url ?? '',
    targetUrl: b.target_url ?? b.log_url ?? '',
    creator: w.login,
    createdAt: at,
  };
  d.statuses.push(status);
  if (b.state === 'success' && (b.auto_inactive ?? true)) {
    for (const other of r.deployments) {
      if (
        other === d ||
        other.environment !== d.environment ||
        other.transient ||
        other.production ||
        other.statuses.at(-1)?.state !== 'success'
      )
        continue;
      other.statuses.push({ ...status, id: w.newId(), state: 'inactive', description: '', environmentUrl: '', logUrl: '', targetUrl: '' });
    }
  }
  return { status: 201, body: statusJson(w, r, d, status), headers: { location: `${deploymentUrl(w, r, d)}/statuses/${status.id}` } };
};

/** The handlers, by operation. */
export const deploymentHandlers: Record<(typeof DEPLOYMENT_OPERATIONS)[number], Handler> = {
  'GET /repos/{owner}/{repo}/deployments': listDeployments,
  'POST /repos/{owner}/{repo}/deployments': createDeployment,
  'GET /repos/{owner}/{repo}/deployments/{deployment_id}': getDeployment,
  'GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses': listStatuses,
  'POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses': createStatus,
};
