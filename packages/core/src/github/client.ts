import { Octokit, type OctokitOptions } from '@octokit/core';
import { paginateRest } from '@octokit/plugin-paginate-rest';
import { retry } from '@octokit/plugin-retry';
import { type ThrottlingOptions, throttling } from '@octokit/plugin-throttling';
import type { EndpointDefaults } from '@octokit/types';
import { named, RUNNER, say, UserError, words, type Words } from '../errors.ts';
import { nodeTransport } from '../http/transport.ts';
import { escapeForLog } from '../text/log.ts';
import { redact } from '../text/secrets.ts';
import { defaultApiUrl, defaultGraphqlUrl } from './context.ts';
import { harnessLoopback } from '../http/test-switch.ts';
import { badReplyError, replyProblem, safeToRepeat } from './replies.ts';
import { transportFetch } from './transport-fetch.ts';

/** How lockstep talks to GitHub for one run. */
export interface GitHubOptions {
  /** Masked by the caller (setSecret) before the first request. */
  token: string;
  /** `owner/name`. */
  repository: string;
  /** Default: GITHUB_API_URL or https://api.github.com. */
  apiUrl?: string;
  /** Default: GITHUB_GRAPHQL_URL or `<apiUrl>/graphql` (GHES: …/api/graphql). */
  graphqlUrl?: string;
  /** For HTTPS_PROXY/HTTP_PROXY/NO_PROXY and the URL defaults (default process.env). */
  env?: NodeJS.ProcessEnv;
  /** Most HTTP requests this run may make, retries included (default 100). */
  budget?: number;
  /** Debug lines (retries, waits); never carry the token. */
  log?: (line: string) => void;
  /** Lines the user sees: each retry of a request GitHub did not answer (or answered 5xx to). Default: `log`. */
  notice?: (line: string) => void;
  /** Injected for tests; every wait goes through it. */
  sleep?: (ms: number) => Promise<void>;
  /** Clock for the mutation gap (default Date.now). */
  now?: () => number;
  /**
   * Mutations are serialised at least this far apart (default 1000, GitHub's guidance; tests pass 0). The test
   * harness's GitHub double on loopback (http/test-switch.ts) has no secondary rate limit: 0 there.
   */
  minMutationGapMs?: number;
  /** Longest secondary-rate-limit or rate-limit wait accepted, in seconds (default 120). */
  maxRateLimitWaitSeconds?: number;
  /** Time allowed for one HTTP exchange (default 30000). */
  timeoutMs?: number;
}

/** A GitHub client bound to one repository, with retry, throttling and pagination configured. */
export interface GitHub {
  readonly owner: string;
  readonly repo: string;
  readonly octokit: Octokit & ReturnType<typeof paginateRest>;
  /** HTTP requests made so far, retries included. */
  requestCount(): number;
  /**
   * Raises this run's request budget by `requests`: a run that writes its
   * commits through the Git Database API needs a request per changed file,
   * and knows how many only once its commits are built.
   */
  extendBudget(requests: number): void;
  /** The wait used for bounded re-tries above the HTTP layer (the client's `sleep` option, else real time). */
  readonly sleep: (ms: number) => Promise<void>;
  /** Debug lines (the client's `log` option, escaped and redacted; without one, dropped). */
  readonly log: (line: string) => void;
  /** Removes the token (every encoding) from text taken from GitHub's answers. */
  readonly redact: (text: string) => string;
}

/** A GitHub API failure with a message a user can act on; never carries the token. */
export class GitHubError extends Error {
  /** HTTP status, when GitHub answered. */
  status?: number;
  /** GitHub's own message (with the `errors` details), redacted. */
  apiMessage?: string;
  /**
   * 'budget' when the run's request budget stopped the request (nothing was sent);
   * 'bad-reply' when GitHub's answer was garbled (not JSON, cut off, missing a field lockstep reads).
   */
  code?: 'budget' | 'bad-reply';
  /** The message with the inputs it names kept as words, for each face to word them (a terminal says GITHUB_TOKEN); the message otherwise. */
  said: Words;
  constructor(message: Words, status?: number, apiMessage?: string, code?: 'budget' | 'bad-reply') {
    super(say(message, RUNNER));
    this.name = 'GitHubError';
    this.said = message;
    this.status = status;
    this.apiMessage = apiMessage;
    if (code) this.code = code;
  }
}

const DEFAULT_BUDGET = 100;
const DEFAULT_GAP_MS = 1000;
const DEFAULT_MAX_WAIT_S = 120;
const DEFAULT_TIMEOUT_MS = 30_000;
const RETRIES = 3;
/** Rate-limit waits accepted per request before giving up with a clear error. */
const RATE_LIMIT_RETRIES = 2;

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

interface Guard {
  budget: number;
  gapMs: number;
  sleep: (ms: number) => Promise<void>;
  now: () => number;
  log: (line: string) => void;
  notice: (line: string) => void;
  count: number;
  lastMutationEnd: number;
  queue: Promise<void>;
  attempts: WeakMap<object, { n: number; lastStatus?: number; lastError?: Failure }>;
  /** The API base URL's path (`/api/v3` on GHES, empty on github.com). */
  basePath: string;
}

/**
 * What lockstep reads from a thrown value: Octokit's RequestError (status, request, response), fetch's
 * network error (its code on `cause`), the guard's garbled-reply error. Any part may be missing or of
 * another type, so every read goes through `?.` and a type check.
 */
interface Failure {
  readonly message?: unknown;
  readonly code?: unknown;
  readonly status?: unknown;
  readonly badReply?: unknown;
  readonly cause?: Failure;
  readonly request?: { readonly method?: unknown; readonly url?: unknown };
  readonly response?: { readonly data?: ErrorBody | string | null; readonly headers?: Readonly<Record<string, unknown>> };
}

/** GitHub's error answer (`basic-error`, `validation-error` in its schema), read with care: `errors` may hold plain strings. */
interface ErrorBody {
  readonly message?: unknown;
  readonly errors?: readonly (
    | string
    | { readonly message?: unknown; readonly resource?: unknown; readonly field?: unknown; readonly code?: unknown }
    | null
    | undefined
  )[];
}

/** The request a failure belongs to, as the error hook sees it, with the guard's count of attempts. */
interface FailedRequest {
  readonly method?: unknown;
  readonly url?: unknown;
  readonly baseUrl?: unknown;
  readonly attempts?: number;
}

/** GraphQL's errors-as-data failure (@octokit/graphql's GraphqlResponseError), its list checked before it is read. */
interface GraphqlFailure<T> {
  readonly name?: unknown;
  readonly data?: T | null;
  readonly errors: readonly ({ readonly type?: string; readonly message?: unknown } | null | undefined)[];
}

/** Why a request got no usable answer, in a few words: a network error code (ECONNREFUSED), a status, or the message. */
function failureReason(e: Failure | undefined): string {
  if (e?.response && typeof e.status === 'number') return `answered ${e.status}`;
  const code = [e?.cause?.cause?.code, e?.cause?.code, e?.code].find((c): c is string => typeof c === 'string' && /^E[A-Z_]+$/.test(c));
  if (code) return code;
  const text = String(e?.message ?? e ?? '');
  return /\b(E[A-Z]{3,})\b/.exec(text)?.[1] ?? (text.slice(0, 200) || 'no answer');
}

/** The API's origin and base path for messages (no credentials, no query). */
function apiBase(url: unknown): string {
  try {
    const u = new URL(String(url));
    return `${u.protocol}//${u.host}${u.pathname.replace(/\/+$/, '')}`;
  } catch {
    return String(url);
  }
}

const isMutation = (opts: EndpointDefaults): boolean => {
  const method = String(opts.method ?? 'GET').toUpperCase();
  if (method === 'GET' || method === 'HEAD') return false;
  // GraphQL queries travel as POST too; only mutations count as writes.
  if (/\/graphql$/.test(pathOf(opts.url)))
    return /^\s*mutation\b/.test(String(opts.query ?? (opts.body as { query?: unknown } | undefined)?.query ?? ''));
  return true;
};

/** The request's path with its parameters filled in (hooks see the route template). */
function expandedPath(octokit: Octokit, opts: EndpointDefaults): string {
  try {
    return pathOf(octokit.request.endpoint.parse(opts).url);
  } catch {
    return pathOf(opts.url);
  }
}

function pathOf(url: unknown): string {
  try {
    return new URL(String(url), 'http://github.invalid').pathname;
  } catch {
    return String(url);
  }
}

/**
 * The innermost layer (just outside authentication), so every HTTP attempt,
 * retries included, passes it: counts against the budget, waits out the
 * backoff after a 5xx/network failure (the retry plugin itself is told to
 * retry at once, so the wait goes through the injected sleep), and serialises
 * mutations at least `gapMs` apart.
 */
function guardPlugin(octokit: Octokit, options: OctokitOptions & { lockstepGuard?: Guard }) {
  const g = options.lockstepGuard;
  if (!g) return {};
  octokit.hook.wrap('request', async (request, opts) => {
    const seen = g.attempts.get(opts) ?? { n: 0 };
    g.attempts.set(opts, seen);
    seen.n += 1;
    const method = String(opts.method).toUpperCase();
    const path = expandedPath(octokit, opts);
    if (seen.n > 1 && (seen.lastStatus === undefined || seen.lastStatus >= 500)) {
      const wait = 1000 * (seen.n - 1) ** 2;
      const reason = failureReason(seen.lastError);
      const answered = reason.startsWith('answered') || reason.startsWith('sent ');
      const said = answered ? `${reason} to` : `did not answer`;
      const detail = answered ? '' : ` (${reason})`;
      g.notice(
        `GitHub API at ${apiBase(opts.baseUrl)} ${said} ${method} ${path}${detail}; retrying in ${wait / 1000}s (attempt ${seen.n} of ${RETRIES + 1})`,
      );
      await g.sleep(wait);
    }
    g.count += 1;
    if (g.count > g.budget) {
      throw new GitHubError(
        `stopped before ${method} ${path}: this run already made ${g.budget} GitHub API requests, its budget — something is retrying or paging far more than expected; rerun, and report it if it happens again`,
        undefined,
        undefined,
        'budget',
      );
    }
    const send = async () => {
      let response;
      try {
        response = await request(opts);
      } catch (e) {
        seen.lastStatus = typeof (e as Failure)?.status === 'number' ? (e as { status: number }).status : undefined;
        seen.lastError = e as Failure;
        throw e;
      }
      // A 2xx whose body is not what GitHub sends (HTML, cut-off JSON, `{}`) is a failed request, not a success.
      const below = path.startsWith(g.basePath) ? path.slice(g.basePath.length) : path;
      const problem = replyProblem(method, below, response);
      if (problem === undefined) return response;
      seen.lastStatus = 502;
      seen.lastError = { message: `sent an unusable reply (${problem})` };
      throw badReplyError(method, path, problem, safeToRepeat(method, below, isMutation(opts)) ? { ...opts } : undefined);
    };
    if (!isMutation(opts)) return send();
    const previous = g.queue;
    let release!: () => void;
    g.queue = new Promise<void>((resolve) => (release = resolve));
    await previous;
    try {
      const wait = g.lastMutationEnd + g.gapMs - g.now();
      if (g.gapMs > 0 && wait > 0) await g.sleep(wait);
      return await send();
    } finally {
      g.lastMutationEnd = g.now();
      release();
    }
  });
  return {};
}

/**
 * Bottleneck groups for the throttling plugin's write and notification lanes
 * that run jobs at once: mutations are already serialised by the guard (with
 * the injected clock), and the plugin's own lanes would sleep on real timers.
 * The plugin only calls `key(id).schedule(…)`, so this stand-in has just that.
 */
const passThroughGroup = {
  key: () => ({
    schedule: (...args: unknown[]) => {
      const fnAt = typeof args[0] === 'function' ? 0 : 1;
      return Promise.resolve().then(() => (args[fnAt] as (...jobArgs: unknown[]) => unknown)(...args.slice(fnAt + 1)));
    },
  }),
} as unknown as NonNullable<ThrottlingOptions['write']>;

const LockstepOctokit = Octokit.plugin(guardPlugin, paginateRest, retry, throttling);

/** What a caller sets of its client: where its lines go (`log`, and `notice` for the retries the user sees) and its request budget. */
export type GitHubUse = Pick<GitHubOptions, 'log' | 'notice' | 'budget'>;

/**
 * Opens the client of `repository` (owner/name) with a run's token: the
 * World's `services.github`; `gitHubOpener` is the real one.
 */
export type GitHubOpener = (repository: string, use?: GitHubUse) => GitHub;

/** The real GitHubOpener: createGitHub with `token`, in `env` (proxy, GITHUB_API_URL). */
export function gitHubOpener(token: string, env: NodeJS.ProcessEnv = process.env): GitHubOpener {
  return (repository, use) => createGitHub({ token, repository, env, ...use });
}

/** Creates the client: base URLs from GITHUB_API_URL/GITHUB_GRAPHQL_URL, proxy from the environment, bounded retries and waits. */
export function createGitHub(opts: GitHubOptions): GitHub {
  const env = opts.env ?? process.env;
  const [owner, repo, ...rest] = opts.repository.split('/');
  if (!owner || !repo || rest.length) throw new GitHubError(`repository '${opts.repository}' is not in the form owner/name`);
  const apiUrl = (opts.apiUrl ?? defaultApiUrl(env)).replace(/\/+$/, '');
  const graphqlUrl = opts.graphqlUrl ?? env.GITHUB_GRAPHQL_URL ?? defaultGraphqlUrl(apiUrl);
  const secrets = [opts.token];
  // Log lines carry branch names and GitHub's messages: untrusted text, kept from reading as workflow commands.
  const log = (line: string) => opts.log?.(escapeForLog(redact(line, secrets)));
  const notice = opts.notice ? (line: string) => opts.notice!(escapeForLog(redact(line, secrets))) : log;
  const sleep = opts.sleep ?? realSleep;
  const maxWait = opts.maxRateLimitWaitSeconds ?? DEFAULT_MAX_WAIT_S;
  const guard: Guard = {
    budget: opts.budget ?? DEFAULT_BUDGET,
    gapMs: opts.minMutationGapMs ?? (harnessLoopback(env, apiUrl) ? 0 : DEFAULT_GAP_MS),
    sleep,
    now: opts.now ?? Date.now,
    log,
    notice,
    count: 0,
    lastMutationEnd: -Infinity,
    queue: Promise.resolve(),
    attempts: new WeakMap(),
    basePath: pathOf(apiUrl).replace(/\/+$/, ''),
  };
  const onLimit = (kind: string) => async (retryAfter: number, options: Required<EndpointDefaults>, _o: unknown, retryCount: number) => {
    const what = `${String(options.method).toUpperCase()} ${expandedPath(octokit, options)}`;
    if (retryCount >= RATE_LIMIT_RETRIES || retryAfter > maxWait) {
      log(`${kind} on ${what}: not waiting ${retryAfter} s (after ${retryCount} waits; the cap is ${maxWait} s)`);
      return false;
    }
    log(`${kind} on ${what}: waiting ${retryAfter} s as GitHub asked`);
    await sleep(retryAfter * 1000);
    return true;
  };
  const octokit = new LockstepOctokit({
    auth: opts.token,
    baseUrl: apiUrl,
    userAgent: 'lockstep',
    request: { fetch: transportFetch(nodeTransport(undefined, env), opts.timeoutMs ?? DEFAULT_TIMEOUT_MS) },
    log: { debug: () => {}, info: () => {}, warn: log, error: log },
    lockstepGuard: guard,
    // Retries happen at once here; the guard sleeps the backoff through the injected clock.
    // 429 is left to the throttling plugin, which honours retry-after.
    retry: { retries: RETRIES, retryAfterBaseValue: 0, doNotRetry: [400, 401, 403, 404, 409, 410, 422, 429, 451] },
    throttle: {
      retryAfterBaseValue: 0,
      fallbackSecondaryRateRetryAfter: 60,
      write: passThroughGroup,
      notifications: passThroughGroup,
      // plugin-throttling awaits these handlers (Bottleneck's event trigger) and retries when they resolve true;
      // its LimitHandler type says `void`, so the rule sees a promise where none is read, which is not the case.
      // eslint-disable-next-line @typescript-eslint/no-misused-promises -- the plugin awaits the handler's promise (see above)
      onSecondaryRateLimit: onLimit('secondary rate limit'),
      // eslint-disable-next-line @typescript-eslint/no-misused-promises -- the plugin awaits the handler's promise (see above)
      onRateLimit: onLimit('rate limit'),
    },
  });
  // baseUrl too: @octokit/graphql swaps in /api/graphql for every base ending in /api/v3, which would ignore GITHUB_GRAPHQL_URL.
  octokit.graphql = octokit.graphql.defaults({ baseUrl: graphqlUrl, url: graphqlUrl });
  // The outermost layer: every failure leaves as a GitHubError whose message says what to do.
  octokit.hook.error('request', (error, options) => {
    throw toGitHubError(error as Failure, { ...options, attempts: guard.attempts.get(options)?.n }, secrets, maxWait);
  });
  const extendBudget = (requests: number) => {
    if (Number.isInteger(requests) && requests > 0) guard.budget += requests;
  };
  return { owner, repo, octokit: octokit, requestCount: () => guard.count, extendBudget, sleep, log, redact: (t) => redact(t, secrets) };
}

/** Which `permissions:` entry a request needs, judged by its path. */
export function permissionFor(method: string, path: string): string {
  if (/\/graphql$/.test(path) || /\/(pulls|issues)(\/|$)/.test(path)) return 'pull-requests: write';
  if (/\/deployments(\/|$)/.test(path)) return method === 'GET' ? 'deployments: read' : 'deployments: write';
  if (/\/(statuses|check-runs|check-suites|status)(\/|$)/.test(path))
    return method === 'GET' ? 'checks: read / statuses: read' : 'statuses: write';
  return 'contents: write';
}

/** Turns an Octokit failure into a GitHubError a user can act on (redacted). */
export function toGitHubError(
  error: Failure,
  options: FailedRequest | undefined,
  secrets: readonly string[],
  maxWaitSeconds = DEFAULT_MAX_WAIT_S,
): Error {
  if (error instanceof GitHubError) {
    error.message = redact(error.message, secrets);
    if (typeof error.said === 'string') error.said = error.message;
    return error;
  }
  if (typeof error?.badReply === 'string') {
    // The message names the endpoint and what was wrong, never the body (a proxy's page may echo the request's headers).
    const message = `GitHub's answer was unusable: ${String(error.message)} — a proxy, captive portal or GitHub outage answered instead of the API, or the connection dropped; rerun the job, and check GITHUB_API_URL and HTTPS_PROXY/NO_PROXY if it persists`;
    return new GitHubError(redact(escapeForLog(message), secrets), undefined, undefined, 'bad-reply');
  }
  const method = String(error?.request?.method ?? options?.method ?? 'GET').toUpperCase();
  const path = pathOf(error?.request?.url ?? options?.url ?? '');
  const status: number | undefined = typeof error?.status === 'number' ? error.status : undefined;
  // GitHub's message may echo a title or branch name: one line, no workflow command.
  const raw = escapeForLog(redact(apiMessageOf(error), secrets));
  const what = `${method} ${path}`;
  let message: string;
  if (status === undefined || (status === 500 && !error?.response)) {
    const base = options?.baseUrl ?? error?.request?.url;
    const tries = typeof options?.attempts === 'number' && options.attempts > 1 ? ` after ${options.attempts} attempts` : '';
    message = base
      ? `could not reach the GitHub API at ${apiBase(base)} (GITHUB_API_URL) for ${what}${tries} (${escapeForLog(redact(failureReason(error), secrets))}) — check the network, GITHUB_API_URL and HTTPS_PROXY/NO_PROXY`
      : `could not reach GitHub for ${what}: ${raw || 'network error'} — check the network, GITHUB_API_URL and HTTPS_PROXY/NO_PROXY`;
    return new GitHubError(redact(message, secrets), undefined, raw);
  }
  const lower = raw.toLowerCase();
  if (status === 401) {
    return new GitHubError(
      words`the token was refused (401) on ${redact(what, secrets)} — pass a valid ${named('github-token')} (it may be expired, revoked or meant for another GitHub host)`,
      status,
      raw,
    );
  } else if ((status === 403 || status === 429) && /secondary rate limit|abuse/.test(lower)) {
    const after = Number(error?.response?.headers?.['retry-after']);
    message = `GitHub's secondary rate limit kept refusing ${what}${Number.isFinite(after) ? ` (retry-after ${after} s)` : ''} after the waits allowed (at most ${maxWaitSeconds} s each) — rerun the job later`;
  } else if ((status === 403 || status === 429) && error?.response?.headers?.['x-ratelimit-remaining'] === '0') {
    const reset = Number(error?.response?.headers?.['x-ratelimit-reset']);
    message = `GitHub's API rate limit for this token is used up on ${what}${Number.isFinite(reset) && reset > 0 ? ` until ${new Date(reset * 1000).toISOString()}` : ''} — rerun after the reset or use a token with its own quota`;
  } else if (status === 403 && /not permitted to create or approve pull requests/.test(lower)) {
    message = `GitHub Actions is not permitted to create or approve pull requests in this repository (${what}) — enable Settings → Actions → General → Workflow permissions → "Allow GitHub Actions to create and approve pull requests" (for an organization, its Actions settings too), or pass a GitHub App or PAT token as github-token`;
  } else if (status === 403 && /resource not accessible by (integration|personal access token)/.test(lower)) {
    message = `the token lacks permission for ${what} — give the job \`permissions: ${permissionFor(method, path)}\` (lockstep's writes need contents: write and pull-requests: write); the token is read-only in fork/Dependabot PRs, where write steps cannot run`;
  } else if (status === 404) {
    message = `GitHub answered 404 to ${what} — the repository or object does not exist, or the token cannot see it (a private repository needs a token with access)`;
  } else {
    message = `GitHub answered ${status} to ${what}: ${raw}`;
  }
  return new GitHubError(redact(message, secrets), status, raw);
}

/** Array.isArray narrowed to a readonly list that keeps its element type (Array.isArray's own guard says `any[]`). */
function isList<T>(value: readonly T[] | undefined): value is readonly T[] {
  return Array.isArray(value);
}

function apiMessageOf(error: Failure): string {
  const data = error?.response?.data;
  if (data && typeof data === 'object' && typeof data.message === 'string') {
    const details = isList(data.errors)
      ? data.errors
          .map((e) => (typeof e === 'string' ? e : (e?.message ?? [e?.resource, e?.field, e?.code].filter(Boolean).join(' '))))
          .filter(Boolean)
      : [];
    return details.length ? `${data.message}: ${details.join('; ')}` : data.message;
  }
  if (typeof data === 'string' && data) return data.slice(0, 500);
  return String(error?.message ?? error ?? '');
}

/**
 * The one rule for which GitHub failures are the user's to fix, for every
 * operation: a refusal (a 4xx: a missing permission, a repository setting,
 * a branch protection) and an API that never answered (GITHUB_API_URL, a
 * proxy) become one UserError line — `what` before GitHub's message, `hint`
 * naming the permission the caller needs. Undefined for the rest (a 5xx, a
 * stop by the run's request budget, a garbled reply), which stay errors.
 */
export function gitHubUserError(e: unknown, o: { what?: string; hint?: string } = {}): UserError | undefined {
  if (!(e instanceof GitHubError)) return undefined;
  const refused = e.status !== undefined && e.status >= 400 && e.status < 500;
  const unanswered = e.status === undefined && e.code === undefined;
  if (!refused && !unanswered) return undefined;
  return new UserError(o.what ? words`${o.what}: ${e.said}` : e.said, o.hint ? { hint: o.hint } : {});
}

/** True when a failure is GitHub's "already exists" validation answer (422). */
export function isAlreadyExists(e: unknown): boolean {
  return e instanceof GitHubError && e.status === 422 && /already exists|already_exists/i.test(e.apiMessage ?? e.message);
}

/** True when the answer to a create may have been lost (5xx, no answer, a garbled answer): the object may exist anyway. */
export function mayHaveLanded(e: unknown): boolean {
  return e instanceof GitHubError && (e.status === undefined || e.status >= 500) && e.code !== 'budget';
}

/** `get`'s answer, or undefined when GitHub answers 404 (the object does not exist). */
export async function orNotFound<T>(get: () => Promise<T>): Promise<T | undefined> {
  try {
    return await get();
  } catch (e) {
    if (e instanceof GitHubError && e.status === 404) return undefined;
    throw e;
  }
}

/**
 * Runs `create`, idempotently: when its answer was lost (5xx, no answer) or
 * GitHub answers 422 "already exists", `find` looks the object up instead
 * (told whether GitHub said it exists), so a retried or raced create neither
 * fails nor duplicates. The create's own error is thrown when nothing is
 * found. `found` says the object came from `find`: it was not there when the
 * caller looked before creating, so the create that landed was this run's (or
 * a twin run's). A create whose answer was garbled (not JSON, cut off) and
 * that `find` does not see did not land: it is made again, at most
 * BAD_REPLY_CREATES times in all.
 */
export async function createOrFind<T>(
  gh: GitHub,
  what: string,
  create: () => Promise<T>,
  find: (alreadyExists: boolean) => Promise<T | undefined>,
): Promise<{ value: T; found: boolean }> {
  for (let attempt = 1; ; attempt++) {
    try {
      return { value: await create(), found: false };
    } catch (e) {
      const exists = isAlreadyExists(e);
      if (!exists && !mayHaveLanded(e)) throw e;
      const value = await find(exists);
      if (value !== undefined) {
        gh.log(`${what} found after the create failed (${(e as Error).message})`);
        return { value, found: true };
      }
      // A garbled answer to a create that did not land is a failed request like every other: made again, bounded.
      if (!isBadReply(e) || attempt >= BAD_REPLY_CREATES) throw e;
      gh.log(
        `${what}: GitHub's answer to the create was unusable and nothing was created; creating again (${attempt}/${BAD_REPLY_CREATES - 1})`,
      );
      await gh.sleep(1000 * attempt);
    }
  }
}

/** Creates tried when each answer is garbled and nothing landed. */
const BAD_REPLY_CREATES = 3;

/** True when GitHub's answer was garbled (not JSON, cut off, missing a field lockstep reads). */
export function isBadReply(e: unknown): boolean {
  return e instanceof GitHubError && e.code === 'bad-reply';
}

/** A GraphQL call through the client (its retries, budget and waits); GraphQL errors come back as data, not thrown. */
export async function graphql<T>(
  gh: GitHub,
  query: string,
  variables: Record<string, unknown>,
): Promise<{ data?: T; errors?: { type?: string; message: string }[] }> {
  try {
    return { data: await gh.octokit.graphql<T>(query, variables) };
  } catch (e) {
    if ((e as GraphqlFailure<T>)?.name === 'GraphqlResponseError' && Array.isArray((e as GraphqlFailure<T>).errors)) {
      return {
        data: (e as GraphqlFailure<T>).data ?? undefined,
        errors: (e as GraphqlFailure<T>).errors.map((x) => ({ type: x?.type, message: String(x?.message ?? '') })),
      };
    }
    throw e;
  }
}
