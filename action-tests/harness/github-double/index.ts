import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { graphql, rootField } from './graphql.ts';
import { check, loadSubset, matchRoute } from './openapi.ts';
import { APPROVAL_OPERATIONS, approvalHandlers } from './approvals.ts';
import { DEPLOYMENT_OPERATIONS, deploymentHandlers } from './deployments.ts';
import { OBJECT_OPERATIONS, objectHandlers } from './objects.ts';
import { ASSET_OPERATIONS, assetHandlers, UPLOAD_ROUTE } from './release-assets.ts';
import { deleteRelease, RELEASE_OPERATIONS, releaseHandlers, type ReleaseSeed, seedRelease } from './releases.ts';
import { handlers as restHandlers, HttpError, OPERATIONS as REST_OPERATIONS, type Answer, type Context } from './rest.ts';
import {
  type CheckRunSpec,
  type CommentState,
  type DeploymentState,
  openedPull,
  type PullState,
  type ReleaseState,
  type RepoSpec,
  type RepoState,
  type ReviewState,
  type StatusSpec,
} from './state.ts';
import * as g from './git.ts';
import { dequeue, enqueue, land, mergeGroupEvent, type MergeGroupEvent, type MergeMethod, type QueueEntry } from './merge-queue.ts';

export type {
  CheckRunSpec,
  CommentState,
  DeploymentState,
  DeploymentStatusState,
  Permissions,
  PullState,
  ReleaseState,
  RepoSpec,
  ReviewState,
  StatusSpec,
} from './state.ts';

/** The REST operations served: the pull-request, issue and ref side (rest.ts), releases (releases.ts) and the Git Database objects (objects.ts). */
export const OPERATIONS = [
  ...REST_OPERATIONS,
  ...RELEASE_OPERATIONS,
  ...ASSET_OPERATIONS,
  ...OBJECT_OPERATIONS,
  ...DEPLOYMENT_OPERATIONS,
  ...APPROVAL_OPERATIONS,
] as const;
const handlers: Record<string, (ctx: Context) => Answer> = {
  ...restHandlers,
  ...releaseHandlers,
  ...assetHandlers,
  ...objectHandlers,
  ...deploymentHandlers,
  ...approvalHandlers,
};

/** Options of {@link startGitHubDouble}. */
export interface GitHubDoubleOptions {
  /** The repositories served; each backed by a bare git repository on disk. */
  repositories: RepoSpec[];
  /** Organisation teams, `org/slug` → member logins (the approval gate's memberships). */
  teams?: Record<string, string[]>;
  /** GitHub Environments, `owner/name:environment` → required reviewers: user logins and team slugs of the owner. */
  environments?: Record<string, { users?: string[]; teams?: string[] }>;
  /** The token requests must carry (`token …` or `Bearer …`); default a random `ghs_…`. */
  token?: string;
  /** Writes answer 403 "Resource not accessible by integration" (a fork PR's token). */
  readOnly?: boolean;
  /** Login of the token's user (PR author, commenter); default `github-actions[bot]`. */
  login?: string;
  /** Clock for timestamps and the request log; default the real one. */
  now?: () => Date;
  /** Milliseconds each answer is held back, as a network round trip would (benchmarks); default 0. */
  latencyMs?: number;
}

/** Faults a test can arm on a route. */
export type FaultKind =
  '502-before' | '502-after' | 'secondary-rate-limit' | 'node-not-found' | 'html-200' | 'truncated-json' | 'empty-json';

/** Where and how a fault strikes. */
export interface FaultSpec {
  /** `METHOD template` as in GitHub's OpenAPI description, e.g. `POST /repos/{owner}/{repo}/pulls`, or `POST /graphql`; `*` for any route. */
  route: string;
  kind: FaultKind;
  /** How many requests it strikes (default 1). */
  times?: number;
  /** Seconds in the `retry-after` header of a secondary rate limit (default 60). */
  retryAfter?: number;
  /**
   * Status of the answer. Secondary rate limit: 403 (default) or 429, GitHub sends both.
   * node-not-found: 422 with a `message` and an `errors` entry (default, the agreed contract), or on
   * `POST /graphql` 200 with only a GraphQL `errors` entry of type NOT_FOUND, the shape GitHub's GraphQL API uses.
   */
  status?: number;
  /**
   * The fault waits until a request on this route succeeded (2xx). Default for
   * `node-not-found`: `POST /repos/{owner}/{repo}/pulls` (GitHub's replication lag right after a create).
   */
  afterRoute?: string;
  /**
   * The garbled replies (`html-200`, `truncated-json`, `empty-json`): the change is made first and only the
   * answer is garbled (as `502-after`); default false, nothing happens.
   */
  landed?: boolean;
  /** `html-200`: the page echoes the request's headers (a proxy's debug page), Authorization included. */
  echoHeaders?: boolean;
}

/** An armed fault; `hits` counts the requests it struck. */
export interface Fault {
  readonly spec: FaultSpec;
  hits: number;
  remaining: number;
  active: boolean;
}

/** One request the double answered. Headers are not kept (the token is in them by design). */
export interface LoggedRequest {
  method: string;
  /** Path and query as sent. */
  path: string;
  /** `METHOD template` when the route was recognised. */
  route?: string;
  status: number;
  /** Milliseconds since the epoch by the double's clock. */
  at: number;
  requestBody: string;
  responseBody: string;
  fault?: FaultKind;
}

/** A running GitHub REST + GraphQL double. */
export interface GitHubDouble {
  /** Base URL (`http://127.0.0.1:port`): the action's GITHUB_API_URL. */
  readonly url: string;
  /** `<url>/graphql`: the action's GITHUB_GRAPHQL_URL. */
  readonly graphqlUrl: string;
  readonly token: string;
  /** Every request or response that broke GitHub's OpenAPI description (or the GraphQL shape). Expect it empty. */
  readonly violations: string[];
  readonly log: LoggedRequest[];
  /** How long loading the OpenAPI subset took, and whether it came from the disk cache. */
  readonly openapi: { ms: number; fromCache: boolean };
  /** Answer writes with 403 "Resource not accessible by integration". */
  readOnly: boolean;
  /** Answer PR creation with 403 "GitHub Actions is not permitted to create or approve pull requests." */
  forbidPullRequestCreation: boolean;
  fault(spec: FaultSpec): Fault;
  /** Rewrites the answer body of `route` before validation (to prove the response check works). */
  tamper(route: string, edit: ((body: unknown) => unknown) | undefined): void;
  clearFaults(): void;
  /** Requests on `route` (`METHOD template`), optionally only those answered with `status`. */
  count(route: string, status?: number): number;
  /** Environment for an action run against this double (GITHUB_API_URL, GITHUB_GRAPHQL_URL, GITHUB_SERVER_URL). */
  env(): Record<string, string>;
  /** Snapshots of the in-memory state of `owner/name`. */
  pulls(repo: string): PullState[];
  releases(repo: string): ReleaseState[];
  /** Deployments of `owner/name`, oldest first, each with its statuses (oldest first). */
  deployments(repo: string): DeploymentState[];
  comments(repo: string, issue?: number): CommentState[];
  labels(repo: string, issue: number): string[];
  /** `login` adds `label` to issue or PR `issue` (as a person does in the web UI): the label is set and a `labeled` event recorded. */
  labelBy(repo: string, issue: number, label: string, login: string): void;
  /**
   * Opens a PR without going through HTTP (no log entry), e.g. a PR left by an earlier run; with `merged`, a PR
   * merged at `at` (ISO 8601) whose merge made the commit `sha` on its base (the commit must exist).
   */
  seedPull(
    repo: string,
    p: {
      head: string;
      base?: string;
      title: string;
      body?: string;
      draft?: boolean;
      labels?: string[];
      merged?: { sha: string; at: string };
      /** The owner of the fork the head branch lives in (a pull request from a fork); absent: this repository. */
      fork?: string;
    },
  ): PullState;
  /**
   * GitHub's merge queue (merge-queue.ts): queues the open pull requests `numbers` in order (default method merge),
   * writing each entry on its gh-readonly-queue/ branch; the base branch does not move until landQueue.
   */
  enqueue(repo: string, numbers: number[], method?: MergeMethod): QueueEntry[];
  /** The `merge_group` event payload GitHub sends for `entry` of the group `entries`. */
  mergeGroupEvent(repo: string, entries: QueueEntry[], entry: QueueEntry): MergeGroupEvent;
  /** The queue lands the group: the base branch fast-forwards to the last entry in one push; each pull request is merged. */
  landQueue(repo: string, entries: QueueEntry[]): { before: string; after: string };
  /** Takes `entry` out of the queue ("Remove from queue", or its checks failed): its branch deleted, its head branch open to pushes again. */
  dequeue(repo: string, entry: QueueEntry): void;
  /** Creates a release without HTTP (the tag must already exist unless draft), as an earlier run or a person left it. */
  seedRelease(repo: string, r: ReleaseSeed): ReleaseState;
  /** Deletes release `id` without HTTP, as a person does in the web UI (releases.ts: an immutable release's tag stays reserved). */
  deleteRelease(repo: string, id: number): void;
  /**
   * A review by `login` on PR `number` (a requested reviewer who reviewed is no longer requested, as on GitHub), of
   * the pull request's head commit unless `commitId` names an earlier one (a review given before a later push).
   */
  addReview(repo: string, number: number, review: { login: string; state: ReviewState['state']; body?: string; commitId?: string }): void;
  /** Check runs reported for the commit `ref` resolves to now. */
  setCheckRuns(repo: string, ref: string, runs: CheckRunSpec[]): void;
  /** Commit statuses reported for the commit `ref` resolves to now. */
  setStatuses(repo: string, ref: string, statuses: StatusSpec[]): void;
  stop(): Promise<void>;
}

/**
 * Answers GitHub gives that its description leaves out, each checked against the same status of a sibling route:
 * PATCH of an immutable release answers 422 Validation Failed (releases.ts), as the create of a release does.
 */
const UNDECLARED: Record<string, Record<string, string>> = {
  'PATCH /repos/{owner}/{repo}/releases/{release_id}': { '422': 'POST /repos/{owner}/{repo}/releases' },
  'DELETE /repos/{owner}/{repo}/releases/assets/{asset_id}': { '422': UPLOAD_ROUTE },
};

/** Where the double serves the routes GitHub serves on its uploads host (`upload_url`), as GitHub Enterprise Server does under /api/uploads. */
const UPLOADS = '/uploads';

const ALL_PERMISSIONS = { admin: true, maintain: true, push: true, triage: true, pull: true };

/** Starts the double on 127.0.0.1 (a free port). */
export async function startGitHubDouble(opts: GitHubDoubleOptions): Promise<GitHubDouble> {
  const { subset, ms, fromCache } = loadSubset(OPERATIONS);
  const token = opts.token ?? `ghs_${randomBytes(18).toString('base64url')}`;
  const login = opts.login ?? 'github-actions[bot]';
  const now = opts.now ?? (() => new Date());
  const violations: string[] = [];
  const log: LoggedRequest[] = [];
  let faults: Fault[] = [];
  const tampers = new Map<string, (body: unknown) => unknown>();
  let nextId = 1000;
  const newId = () => ++nextId;
  const repos = new Map<string, RepoState>();
  const iso = () =>
    now()
      .toISOString()
      .replace(/\.\d{3}Z$/, 'Z');
  for (const spec of opts.repositories) {
    const [owner, name] = spec.fullName.split('/');
    if (!owner || !name) throw new Error(`github-double: repository "${spec.fullName}" is not owner/name`);
    repos.set(spec.fullName.toLowerCase(), {
      id: newId(),
      ownerId: newId(),
      owner,
      name,
      path: spec.path,
      defaultBranch: spec.defaultBranch ?? 'main',
      allowAutoMerge: spec.allowAutoMerge ?? false,
      private: spec.private ?? false,
      permissions: { ...ALL_PERMISSIONS, ...spec.permissions },
      createdAt: iso(),
      nextNumber: 1,
      pulls: [],
      labels: new Map(),
      issueLabels: new Map(),
      issueEvents: [],
      comments: [],
      releases: [],
      immutableReleases: spec.immutableReleases ?? false,
      immutableTags: new Set(),
      checkRuns: new Map(),
      statuses: new Map(),
      deployments: [],
    });
  }
  const repoOf = (fullName: string): RepoState => {
    const r = repos.get(fullName.toLowerCase());
    if (!r) throw new Error(`github-double: unknown repository ${fullName}`);
    return r;
  };

  let base = '';
  const world = {
    get base() {
      return base;
    },
    login,
    userId: 41898282,
    iso,
    newId,
    repos,
    teams: opts.teams,
    environments: opts.environments,
    get readOnly() {
      return double.readOnly;
    },
    get forbidPullRequestCreation() {
      return double.forbidPullRequestCreation;
    },
  };

  const send = (res: ServerResponse, a: Answer): string => {
    if (a.raw) return sendRaw(res, a.status, a.raw);
    const text = a.body === undefined ? '' : JSON.stringify(a.body);
    const headers: Record<string, string> = {
      'x-github-request-id': randomBytes(8).toString('hex').toUpperCase(),
      'x-ratelimit-limit': '5000',
      'x-ratelimit-remaining': String(Math.max(0, 5000 - log.length - 1)),
      'x-ratelimit-reset': String(Math.floor(now().getTime() / 1000) + 3600),
      'x-ratelimit-used': String(log.length + 1),
      'x-ratelimit-resource': 'core',
      ...a.headers,
    };
    if (a.body !== undefined) headers['content-type'] = 'application/json; charset=utf-8';
    res.writeHead(a.status, headers);
    res.end(text);
    return text;
  };

  /** A garbled answer: `text` as `contentType`; with `cutAt`, the connection drops after that many bytes of it. */
  const sendRaw = (res: ServerResponse, status: number, raw: NonNullable<Answer['raw']>): string => {
    const bytes = Buffer.from(raw.text, 'utf8');
    res.writeHead(status, {
      'content-type': raw.contentType,
      'content-length': String(bytes.length),
      'x-github-request-id': randomBytes(8).toString('hex').toUpperCase(),
    });
    if (raw.cutAt === undefined) {
      res.end(bytes);
      return raw.text;
    }
    const sent = bytes.subarray(0, raw.cutAt);
    res.write(sent, () => res.destroy());
    return sent.toString('utf8');
  };

  // A garbled read is garbled after the double answered it (a truncated page of the real list); a garbled write lands only when asked.
  const lands = (f: Fault, method: string) =>
    f.spec.kind === '502-after' ||
    (['html-200', 'truncated-json', 'empty-json'].includes(f.spec.kind) && (f.spec.landed === true || method === 'GET'));

  const strike = (route: string | undefined): Fault | undefined =>
    route === undefined ? undefined : faults.find((f) => (f.spec.route === route || f.spec.route === '*') && f.active && f.remaining > 0);

  const faultAnswer = (f: Fault, nodeIdHint: string, graphqlField?: string, req?: IncomingMessage, answer?: Answer): Answer => {
    f.remaining--;
    f.hits++;
    switch (f.spec.kind) {
      case 'html-200': {
        const echo =
          f.spec.echoHeaders && req
            ? `<pre>${Object.entries(req.headers)
                .map(([k, v]) => `${k}: ${String(v)}`)
                .join('\n')}</pre>`
            : '';
        return {
          status: 200,
          raw: {
            contentType: 'text/html; charset=utf-8',
            text: `<!DOCTYPE html>\n<html><head><title>Sign in to continue</title></head><body><h1>Network login required</h1>${echo}</body></html>\n`,
          },
        };
      }
      case 'truncated-json': {
        // The answer GitHub would have given (or a plausible one), cut mid-way by a dropped connection.
        const text = JSON.stringify(answer?.body ?? { id: 1, message: 'a reply long enough to be cut in the middle of it' });
        return {
          status: answer && answer.status < 300 ? answer.status : 200,
          raw: { contentType: 'application/json; charset=utf-8', text, cutAt: Math.floor(text.length / 2) },
        };
      }
      case 'empty-json':
        return { status: answer && answer.status < 300 ? answer.status : 200, body: {} };
      case '502-before':
      case '502-after':
        return { status: 502, body: { message: 'Server Error' } };
      case 'secondary-rate-limit':
        return {
          status: f.spec.status ?? 403,
          headers: { 'retry-after': String(f.spec.retryAfter ?? 60), 'x-ratelimit-remaining': '4000' },
          body: {
            message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
            documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits',
          },
        };
      case 'node-not-found': {
        const message = `Could not resolve to a node with the global id of '${nodeIdHint}'.`;
        if (graphqlField !== undefined && f.spec.status === 200) {
          return {
            status: 200,
            body: {
              data: { [graphqlField]: null },
              errors: [{ type: 'NOT_FOUND', path: [graphqlField], locations: [{ line: 2, column: 3 }], message }],
            },
          };
        }
        return {
          status: 422,
          body: { message, errors: [{ type: 'NOT_FOUND', message }], documentation_url: 'https://docs.github.com/graphql' },
        };
      }
    }
  };

  const handle = async (req: IncomingMessage, res: ServerResponse, bytes: Buffer): Promise<LoggedRequest> => {
    const method = (req.method ?? 'GET').toUpperCase();
    const rawPath = req.url ?? '/';
    const url = new URL(rawPath, base);
    const requestBody = bytes.toString('utf8');
    // The uploads host's routes take the file's bytes, not JSON: matched below the prefix, checked against their server.
    const uploads = url.pathname.startsWith(`${UPLOADS}/`);
    const pathname = uploads ? url.pathname.slice(UPLOADS.length) : url.pathname;
    const entry: LoggedRequest = { method, path: rawPath, status: 0, at: now().getTime(), requestBody, responseBody: '' };
    const finish = (a: Answer): LoggedRequest => {
      entry.status = a.status;
      entry.responseBody = send(res, a);
      return entry;
    };
    const violation = (status: 400 | 500, problem: string): LoggedRequest => {
      violations.push(`${method} ${rawPath}: ${problem}`);
      return finish({ status, body: { message: `github-double: ${problem}`, documentation_url: 'https://docs.github.com/rest' } });
    };

    const auth = req.headers.authorization ?? '';
    const presented = /^(?:token|bearer) (.+)$/i.exec(auth)?.[1];
    if (presented !== token) {
      return finish({
        status: 401,
        body: { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest', status: '401' },
      });
    }

    let body: unknown;
    // Said once the route is known: bytes sent to the API host for an upload are a wrong host first.
    let notJson = false;
    if (requestBody !== '' && !uploads) {
      try {
        body = JSON.parse(requestBody);
      } catch {
        notJson = true;
      }
    }

    if (url.pathname === '/graphql' || url.pathname === '/api/graphql') {
      entry.route = 'POST /graphql';
      if (notJson) return violation(400, 'request body is not JSON');
      if (method !== 'POST') return violation(400, 'GraphQL takes POST only');
      const f = strike(entry.route);
      if (f && !lands(f, method)) {
        entry.fault = f.spec.kind;
        const hint = JSON.stringify((body as { variables?: unknown })?.variables ?? '').match(/PR_[A-Za-z0-9_-]+/)?.[0] ?? '';
        return finish(faultAnswer(f, hint, rootField((body as { query?: unknown })?.query), req));
      }
      const result = graphql(world, body);
      if ('violation' in result) return violation(400, result.violation);
      if (f) {
        entry.fault = f.spec.kind;
        return finish(faultAnswer(f, '', undefined, req, { status: 200, body: result.answer }));
      }
      return finish({ status: 200, body: result.answer });
    }

    const match = matchRoute(subset, pathname);
    if (!match || !subset.paths[match.template]?.includes(method.toLowerCase())) {
      return violation(400, `${method} ${pathname} is not in GitHub's OpenAPI description`);
    }
    const route = `${method} ${match.template}`;
    entry.route = route;
    const op = subset.operations[route];
    const handler = handlers[route];
    if (!op || !handler) return violation(400, `${route} is declared by GitHub but not implemented by the double`);
    if (uploads !== (op.server !== undefined))
      return violation(
        400,
        uploads
          ? `${route} is served on the API host, not the uploads host`
          : `${route} is served on ${op.server} (upload_url), not the API host`,
      );
    if (notJson) return violation(400, 'request body is not JSON');

    const pathParams: Record<string, unknown> = { ...match.params };
    const query: Record<string, unknown> = {};
    for (const [k, v] of url.searchParams) {
      const prev = query[k];
      query[k] = prev === undefined ? v : Array.isArray(prev) ? [...prev, v] : [prev, v];
    }
    for (const k of Object.keys(query)) {
      if (!op.parameters.some((p) => p.in === 'query' && p.name === k))
        return violation(400, `query parameter "${k}" is not declared for ${route}`);
    }
    for (const p of op.parameters) {
      const bag = p.in === 'path' ? pathParams : query;
      if (bag[p.name] === undefined) {
        if (p.required) return violation(400, `${p.in} parameter "${p.name}" is required`);
        continue;
      }
      // Wrapped so ajv's type coercion ("30" → 30) has a parent object to write into.
      const holder = { v: bag[p.name] };
      const problem = check(`${route} param ${p.in}:${p.name}`, { type: 'object', properties: { v: p.schema } }, holder, true);
      if (problem) return violation(400, `${p.in} parameter "${p.name}" ${problem.replace(/^\/v /, '')}`);
      bag[p.name] = holder.v;
    }
    const contentType = req.headers['content-type'];
    if (op.body?.raw) {
      if (bytes.length === 0 && op.body.required) return violation(400, 'an upload needs the file as its body');
      if (!contentType) return violation(400, "an upload needs a Content-Type header (the asset's media type)");
      if (req.headers['content-length'] === undefined) return violation(400, 'an upload needs a Content-Length header');
    } else if (body === undefined && op.body?.required) return violation(400, 'a JSON request body is required');
    if (body !== undefined) {
      if (!op.body?.schema) return violation(400, `${route} takes no request body`);
      const problem = check(`${route} body`, op.body.schema, body);
      if (problem) return violation(400, `request body ${problem}`);
    }

    const f = strike(route);
    if (f && !lands(f, method)) {
      entry.fault = f.spec.kind;
      return finish(faultAnswer(f, '', undefined, req));
    }

    let answer: Answer;
    let validate = true;
    const ctx: Context = {
      world,
      params: pathParams as Record<string, string>,
      query,
      body,
      method,
      route,
      ...(op.body?.raw ? { raw: bytes, contentType } : {}),
    };
    try {
      if (match.params.owner !== undefined && match.params.repo !== undefined) {
        const repo = repos.get(`${match.params.owner}/${match.params.repo}`.toLowerCase());
        if (!repo) throw new HttpError(404, 'Not Found');
        ctx.repo = repo;
      }
      if (method !== 'GET' && (double.readOnly || ctx.repo?.permissions.push === false)) {
        validate = false;
        throw new HttpError(403, 'Resource not accessible by integration');
      }
      answer = handler(ctx);
    } catch (e) {
      if (!(e instanceof HttpError)) throw e;
      answer = {
        status: e.status,
        body: {
          message: e.message,
          ...(e.errors ? { errors: e.errors } : {}),
          documentation_url: 'https://docs.github.com/rest',
          status: String(e.status),
        },
      };
      // GitHub answers 404 on any route for what it cannot see, declared or not.
      if (e.status === 404) validate = false;
    }

    const edit = tampers.get(route);
    if (edit) answer = { ...answer, body: edit(answer.body) };

    if (answer.status >= 200 && answer.status < 300) {
      for (const waiting of faults) if (!waiting.active && waiting.spec.afterRoute === route) waiting.active = true;
    }

    if (validate) {
      const sibling = UNDECLARED[route]?.[String(answer.status)];
      const responses = sibling ? subset.operations[sibling].responses : op.responses;
      const declared =
        responses[String(answer.status)] !== undefined ? String(answer.status) : responses.default !== undefined ? 'default' : undefined;
      if (!declared) return violation(500, `response status ${answer.status} is not declared for ${route}`);
      const schema = responses[declared];
      if (schema && answer.body !== undefined) {
        const problem = check(`${route} response ${declared}`, schema, JSON.parse(JSON.stringify(answer.body)));
        if (problem) return violation(500, `response ${answer.status} body ${problem}`);
      }
    }

    if (f) {
      entry.fault = f.spec.kind;
      return finish(faultAnswer(f, '', undefined, req, answer));
    }
    return finish(answer);
  };

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      // answer() settles every request itself (its catch answers 500), so nothing waits on it.
      if (opts.latencyMs) setTimeout(() => void answer(), opts.latencyMs);
      else void answer();
    });
    const answer = () =>
      handle(req, res, Buffer.concat(chunks))
        .then((entry) => log.push(entry))
        .catch((e: unknown) => {
          violations.push(`${req.method} ${req.url}: the double failed: ${e instanceof Error ? e.stack : String(e)}`);
          if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' });
          res.end(JSON.stringify({ message: 'github-double internal error' }));
          log.push({ method: req.method ?? '', path: req.url ?? '', status: 500, at: now().getTime(), requestBody: '', responseBody: '' });
        });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;

  const double: GitHubDouble = {
    url: base,
    graphqlUrl: `${base}/graphql`,
    token,
    violations,
    log,
    openapi: { ms, fromCache },
    readOnly: opts.readOnly ?? false,
    forbidPullRequestCreation: false,
    fault(spec) {
      const afterRoute = spec.afterRoute ?? (spec.kind === 'node-not-found' ? 'POST /repos/{owner}/{repo}/pulls' : undefined);
      const f: Fault = { spec: { ...spec, afterRoute }, hits: 0, remaining: spec.times ?? 1, active: afterRoute === undefined };
      faults.push(f);
      return f;
    },
    tamper(route, edit) {
      if (edit) tampers.set(route, edit);
      else tampers.delete(route);
    },
    clearFaults() {
      faults = [];
    },
    count(route, status) {
      return log.filter((e) => e.route === route && (status === undefined || e.status === status)).length;
    },
    env() {
      return { GITHUB_API_URL: base, GITHUB_GRAPHQL_URL: `${base}/graphql`, GITHUB_SERVER_URL: base };
    },
    pulls: (repo) => structuredClone(repoOf(repo).pulls),
    releases: (repo) => structuredClone(repoOf(repo).releases),
    deployments: (repo) => structuredClone(repoOf(repo).deployments),
    comments: (repo, issue) => structuredClone(repoOf(repo).comments.filter((c) => issue === undefined || c.issue === issue)),
    labels: (repo, issue) => [...(repoOf(repo).issueLabels.get(issue) ?? [])],
    labelBy(repo, issue, label, by) {
      const r = repoOf(repo);
      if (!r.labels.has(label)) r.labels.set(label, { id: newId(), name: label, color: 'ededed', description: null });
      const current = r.issueLabels.get(issue) ?? [];
      if (!current.includes(label)) current.push(label);
      r.issueLabels.set(issue, current);
      r.issueEvents.push({ id: newId(), issue, event: 'labeled', label, actor: by, at: iso() });
    },
    seedPull(repo, p) {
      const r = repoOf(repo);
      const headSha = g.readRef(r.path, `refs/heads/${p.head}`);
      if (!headSha) throw new Error(`github-double: seedPull: branch ${p.head} does not exist in ${repo}`);
      const at = iso();
      const id = newId();
      const pull = openedPull(r, {
        id,
        title: p.title,
        body: p.body ?? null,
        draft: p.draft ?? false,
        head: p.head,
        headSha,
        base: p.base ?? r.defaultBranch,
        maintainerCanModify: false,
        at,
        user: login,
      });
      if (p.fork) pull.fork = p.fork;
      if (p.merged) {
        if (!g.resolveCommit(r.path, p.merged.sha))
          throw new Error(`github-double: seedPull: commit ${p.merged.sha} does not exist in ${repo}`);
        Object.assign(pull, {
          state: 'closed',
          merged: true,
          mergedAt: p.merged.at,
          closedAt: p.merged.at,
          updatedAt: p.merged.at,
          mergeCommitSha: p.merged.sha,
          mergedBy: login,
        });
      }
      r.pulls.push(pull);
      for (const l of p.labels ?? []) {
        if (!r.labels.has(l)) r.labels.set(l, { id: newId(), name: l, color: 'ededed', description: null });
      }
      if (p.labels?.length) r.issueLabels.set(pull.number, [...new Set(p.labels)]);
      return structuredClone(pull);
    },
    enqueue: (repo, numbers, method = 'merge') => enqueue(repoOf(repo), numbers, method, iso(), login),
    mergeGroupEvent: (repo, entries, entry) => mergeGroupEvent(repoOf(repo), entries, entry),
    landQueue: (repo, entries) => land(repoOf(repo), entries, iso(), login),
    dequeue: (repo, entry) => dequeue(repoOf(repo), entry),
    seedRelease: (repo, rel) => structuredClone(seedRelease(repoOf(repo), rel, { id: newId(), at: iso(), author: login })),
    deleteRelease: (repo, id) => deleteRelease(repoOf(repo), id),
    addReview(repo, number, review) {
      const p = repoOf(repo).pulls.find((x) => x.number === number);
      if (!p) throw new Error(`github-double: addReview: no pull request #${number} in ${repo}`);
      p.reviews.push({
        id: newId(),
        user: review.login,
        state: review.state,
        body: review.body ?? '',
        commitId: review.commitId ?? p.headSha,
        submittedAt: iso(),
      });
      p.requestedReviewers = p.requestedReviewers.filter((l) => l.toLowerCase() !== review.login.toLowerCase());
    },
    setCheckRuns(repo, ref, runs) {
      const r = repoOf(repo);
      const sha = g.resolveCommit(r.path, ref);
      if (!sha) throw new Error(`github-double: setCheckRuns: ${ref} does not resolve in ${repo}`);
      r.checkRuns.set(
        sha,
        runs.map((c) => ({ ...c, id: newId(), at: iso() })),
      );
    },
    setStatuses(repo, ref, statuses) {
      const r = repoOf(repo);
      const sha = g.resolveCommit(r.path, ref);
      if (!sha) throw new Error(`github-double: setStatuses: ${ref} does not resolve in ${repo}`);
      r.statuses.set(
        sha,
        statuses.map((s) => ({ ...s, id: newId(), at: iso() })),
      );
    },
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  return double;
}
