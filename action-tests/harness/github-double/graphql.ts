import * as g from './git.ts';
import type { World } from './rest.ts';
import type { PullState, RepoState } from './state.ts';

/**
 * The GraphQL documents lockstep sends: the `enablePullRequestAutoMerge`
 * (and `disablePullRequestAutoMerge`) mutation, `markPullRequestReadyForReview`
 * (a draft leaves draft), and a query resolving a pull request's node id. GraphQL is not in the OpenAPI description, so the
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
      'GraphQL document is neither enablePullRequestAutoMerge/disablePullRequestAutoMerge, markPullRequestReadyForReview nor repository { pullRequest }',
  };
}
