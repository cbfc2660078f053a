import * as g from './git.ts';
import type { World } from './rest.ts';
import { nodeId } from './shapes.ts';
import type { PullState, RepoState } from './state.ts';

/**
 * The GraphQL documents lockstep sends: the `enablePullRequestAutoMerge`
 * (and `disablePullRequestAutoMerge`) mutation, `markPullRequestReadyForReview`
 * (a draft leaves draft), a query resolving a pull
 * request's node id, and the `updateRefs` mutation (refs moved atomically,
 * each only from its `beforeOid`: a compare-and-swap). GraphQL is not in the OpenAPI description, so the
 * request shape is checked by hand: a JSON object with a string `query` and
 * an optional object `variables`. Errors come back as GraphQL does: 200 with
 * an `errors` array.
 */

type Result = { answer: unknown } | { violation: string };

const METHODS = ['MERGE', 'SQUASH', 'REBASE'] as const;

/** The first field selected by a document (`enablePullRequestAutoMerge`, `repository`), for error paths. */
export function rootField(query: unknown): string {
  return (typeof query === 'string' ? /\{\s*(\w+)/.exec(query)?.[1] : undefined) ?? 'data';
}

function literal(query: string, name: string): string | undefined {
  // (?<![$\w]) skips the variable declarations (`$pullRequestId: ID!`).
  return new RegExp(`(?<![$\\w])${name}\\s*:\\s*(?:"([^"]*)"|(\\w+))`)
    .exec(query)
    ?.slice(1)
    .find((x) => x !== undefined);
}

/** A named argument, from the variables it references or an inline literal. */
function argument(query: string, variables: Record<string, unknown>, names: string[]): unknown {
  for (const name of names) {
    const ref = new RegExp(`\\b${name}\\s*:\\s*\\$(\\w+)`).exec(query)?.[1];
    if (ref !== undefined && variables[ref] !== undefined) return variables[ref];
    const lit = literal(query, name);
    if (lit !== undefined) return /^\d+$/.test(lit) ? Number(lit) : lit;
    if (variables[name] !== undefined) return variables[name];
  }
  return undefined;
}

function byNodeId(w: World, id: string): { repo: RepoState; pull: PullState } | undefined {
  for (const repo of w.repos.values()) {
    const pull = repo.pulls.find((p) => p.nodeId === id);
    if (pull) return { repo, pull };
  }
  return undefined;
}

function pullNode(p: PullState) {
  return {
    id: p.nodeId,
    number: p.number,
    state: p.merged ? 'MERGED' : p.state === 'open' ? 'OPEN' : 'CLOSED',
    autoMergeRequest: p.autoMerge ? { enabledAt: p.autoMerge.enabledAt, mergeMethod: p.autoMerge.method } : null,
  };
}

const err = (type: string, message: string, path: string[]) => ({ type, path, locations: [{ line: 1, column: 1 }], message });

/** Answers one GraphQL request body (already JSON-parsed). */
export function graphql(w: World, body: unknown): Result {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) return { violation: 'GraphQL body must be a JSON object' };
  const { query, variables = {}, ...rest } = body as { query?: unknown; variables?: unknown; operationName?: unknown };
  const extra = Object.keys(rest).filter((k) => k !== 'operationName');
  if (extra.length) return { violation: `GraphQL body has unknown keys: ${extra.join(', ')}` };
  if (typeof query !== 'string' || query.trim() === '') return { violation: 'GraphQL body needs a non-empty string "query"' };
  if (variables === null || typeof variables !== 'object' || Array.isArray(variables))
    return { violation: 'GraphQL "variables" must be an object' };
  const vars = variables as Record<string, unknown>;

  for (const field of ['enablePullRequestAutoMerge', 'disablePullRequestAutoMerge'] as const) {
    if (!new RegExp(`\\bmutation\\b[\\s\\S]*\\b${field}\\s*\\(`).test(query)) continue;
    const id = argument(query, vars, ['pullRequestId']);
    if (typeof id !== 'string') return { violation: `${field} needs a string pullRequestId` };
    const method = argument(query, vars, ['mergeMethod']) ?? 'MERGE';
    if (!METHODS.includes(method as (typeof METHODS)[number]))
      return { violation: `${field}: mergeMethod "${String(method)}" is not MERGE, SQUASH or REBASE` };
    if (w.readOnly)
      return { answer: { data: { [field]: null }, errors: [err('FORBIDDEN', 'Resource not accessible by integration', [field])] } };
    const found = byNodeId(w, id);
    if (!found)
      return {
        answer: {
          data: { [field]: null },
          errors: [err('NOT_FOUND', `Could not resolve to a node with the global id of '${id}'.`, [field])],
        },
      };
    const { repo, pull } = found;
    if (field === 'enablePullRequestAutoMerge') {
      if (!repo.allowAutoMerge)
        return {
          answer: {
            data: { [field]: null },
            errors: [err('UNPROCESSABLE', 'Pull request Auto merge is not allowed for this repository', [field])],
          },
        };
      if (pull.state !== 'open')
        return { answer: { data: { [field]: null }, errors: [err('UNPROCESSABLE', 'Pull request is closed', [field])] } };
      pull.autoMerge = { method: method as (typeof METHODS)[number], enabledAt: w.iso() };
    } else pull.autoMerge = null;
    pull.updatedAt = w.iso();
    return { answer: { data: { [field]: { pullRequest: pullNode(pull) } } } };
  }

  if (/\bmutation\b[\s\S]*\bupdateRefs\s*\(/.test(query)) return updateRefs(w, query, vars);
  if (/\bmutation\b[\s\S]*\bmarkPullRequestReadyForReview\s*\(/.test(query)) {
    const field = 'markPullRequestReadyForReview';
    const id = argument(query, vars, ['pullRequestId']);
    if (typeof id !== 'string') return { violation: `${field} needs a string pullRequestId` };
    if (w.readOnly)
      return { answer: { data: { [field]: null }, errors: [err('FORBIDDEN', 'Resource not accessible by integration', [field])] } };
    const found = byNodeId(w, id);
    if (!found)
      return {
        answer: {
          data: { [field]: null },
          errors: [err('NOT_FOUND', `Could not resolve to a node with the global id of '${id}'.`, [field])],
        },
      };
    const { pull } = found;
    if (pull.state !== 'open')
      return { answer: { data: { [field]: null }, errors: [err('UNPROCESSABLE', 'Pull request is closed', [field])] } };
    pull.draft = false;
    pull.updatedAt = w.iso();
    return { answer: { data: { [field]: { pullRequest: { ...pullNode(pull), isDraft: false } } } } };
  }

  if (/\brepository\s*\(/.test(query) && /\bpullRequest\s*\(/.test(query)) {
    const owner = argument(query, vars, ['owner']);
    const name = argument(query, vars, ['name']);
    const number = argument(query, vars, ['number']);
    if (typeof owner !== 'string' || typeof name !== 'string' || typeof number !== 'number') {
      return { violation: 'repository(owner, name) { pullRequest(number) } needs string owner/name and an integer number' };
    }
    const repo = w.repos.get(`${owner}/${name}`.toLowerCase());
    if (!repo)
      return {
        answer: {
          data: { repository: null },
          errors: [err('NOT_FOUND', `Could not resolve to a Repository with the name '${owner}/${name}'.`, ['repository'])],
        },
      };
    const pull = repo.pulls.find((p) => p.number === number);
    if (!pull)
      return {
        answer: {
          data: { repository: { pullRequest: null } },
          errors: [err('NOT_FOUND', `Could not resolve to a PullRequest with the number of ${number}.`, ['repository', 'pullRequest'])],
        },
      };
    const head = g.readRef(repo.path, `refs/heads/${pull.head}`);
    return { answer: { data: { repository: { pullRequest: { ...pullNode(pull), headRefOid: head ?? pull.headSha } } } } };
  }

  return {
    violation:
      'GraphQL document is neither enablePullRequestAutoMerge/disablePullRequestAutoMerge, markPullRequestReadyForReview, updateRefs nor repository { pullRequest }',
  };
}

const OID = /^[0-9a-f]{40}$/;
const ZERO = '0'.repeat(40);

/**
 * `updateRefs(input: { repositoryId, refUpdates: [{ name, afterOid, beforeOid, force }] })`
 * as GitHub documents it: every update is checked first (the ref at
 * `beforeOid` when given, all zeros meaning absent; a fast-forward unless
 * `force`), then all are made, or none. `afterOid` all zeros deletes.
 */
function updateRefs(w: World, query: string, vars: Record<string, unknown>): Result {
  const field = 'updateRefs';
  const repositoryId = argument(query, vars, ['repositoryId']);
  const updates = argument(query, vars, ['refUpdates']);
  if (typeof repositoryId !== 'string') return { violation: 'updateRefs needs a string repositoryId' };
  if (!Array.isArray(updates) || updates.length === 0) return { violation: 'updateRefs needs a non-empty list refUpdates' };
  for (const u of updates as Record<string, unknown>[]) {
    const extra = Object.keys(u ?? {}).filter((k) => !['name', 'afterOid', 'beforeOid', 'force'].includes(k));
    if (extra.length) return { violation: `RefUpdate has unknown fields: ${extra.join(', ')}` };
    if (typeof u.name !== 'string' || !/^refs\/[^/]+\/.+/.test(u.name))
      return { violation: 'RefUpdate.name must be a full ref name (refs/heads/…)' };
    if (typeof u.afterOid !== 'string' || !OID.test(u.afterOid)) return { violation: 'RefUpdate.afterOid must be a 40-hex object id' };
    if (u.beforeOid !== undefined && u.beforeOid !== null && (typeof u.beforeOid !== 'string' || !OID.test(u.beforeOid)))
      return { violation: 'RefUpdate.beforeOid must be a 40-hex object id' };
    if (u.force !== undefined && u.force !== null && typeof u.force !== 'boolean')
      return { violation: 'RefUpdate.force must be a Boolean' };
  }
  const fail = (type: string, message: string) => ({ answer: { data: { [field]: null }, errors: [err(type, message, [field])] } });
  if (w.readOnly) return fail('FORBIDDEN', 'Resource not accessible by integration');
  const repo = [...w.repos.values()].find((r) => nodeId('R', r.id) === repositoryId);
  if (!repo) return fail('NOT_FOUND', `Could not resolve to a node with the global id of '${repositoryId}'.`);
  const list = updates as { name: string; afterOid: string; beforeOid?: string | null; force?: boolean | null }[];
  for (const u of list) {
    const now = g.readRef(repo.path, u.name);
    if (u.beforeOid && (now ?? ZERO) !== u.beforeOid)
      return fail('UNPROCESSABLE', `A ref update was rejected: ${u.name} is at ${now ?? ZERO}, not ${u.beforeOid}.`);
    if (u.afterOid !== ZERO && !g.objectType(repo.path, u.afterOid))
      return fail('UNPROCESSABLE', `A ref update was rejected: object ${u.afterOid} does not exist.`);
    if (now && u.afterOid !== ZERO && !u.force && !g.isAncestor(repo.path, now, u.afterOid))
      return fail('UNPROCESSABLE', `A ref update was rejected: ${u.name} would not be a fast-forward.`);
  }
  for (const u of list) g.updateRef(repo.path, u.name, u.afterOid === ZERO ? undefined : u.afterOid, g.readRef(repo.path, u.name) ?? ZERO);
  return { answer: { data: { [field]: { clientMutationId: null } } } };
}
