import { readFileSync } from 'node:fs';

/**
 * The parts of the event payload read here and by the promotion (a webhook payload, unchecked: every part
 * may be missing). A deleted fork leaves a pull request's `head.repo` null.
 */
export interface RunEventPayload {
  pull_request?: { head?: { repo?: { full_name?: string } | null }; base?: { repo?: { full_name?: string } | null } };
  repository?: { default_branch?: string };
}

/** What the runner tells an action about the run, read once from GITHUB_* and the event file. */
export interface RunContext {
  repository?: string;
  eventName?: string;
  event?: RunEventPayload;
  sha?: string;
  ref?: string;
  serverUrl: string;
  apiUrl: string;
  graphqlUrl: string;
  /** A pull_request run whose head lives in another repository (or a deleted fork): the token is read-only. */
  isForkPull: boolean;
  /** Triggered by Dependabot: the token is read-only and secrets are empty. */
  isDependabot: boolean;
  /** Why the event payload could not be read (missing, unreadable or not JSON), when it matters. */
  eventFileProblem?: string;
}

const PULL_EVENTS = new Set(['pull_request', 'pull_request_target', 'pull_request_review', 'pull_request_review_comment']);
const DEPENDABOT = 'dependabot[bot]';

/** GITHUB_API_URL, or github.com's API. */
export function defaultApiUrl(env: NodeJS.ProcessEnv): string {
  return (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, '');
}

/** The GraphQL endpoint next to a REST base URL: GHES serves it at /api/graphql beside /api/v3. */
export function defaultGraphqlUrl(apiUrl: string): string {
  const base = apiUrl.replace(/\/+$/, '');
  return /\/api\/v3$/.test(base) ? base.replace(/\/api\/v3$/, '/api/graphql') : `${base}/graphql`;
}

/** Reads GITHUB_* variables and the event file once; a pull_request run without a readable event file says why. */
export function readRunContext(env: NodeJS.ProcessEnv): RunContext {
  const apiUrl = defaultApiUrl(env);
  const eventName = env.GITHUB_EVENT_NAME || undefined;
  const isPullEvent = eventName !== undefined && PULL_EVENTS.has(eventName);
  let event: RunEventPayload | undefined;
  let eventFileProblem: string | undefined;
  const path = env.GITHUB_EVENT_PATH;
  if (path) {
    let text: string | undefined;
    try {
      text = readFileSync(path, 'utf8');
    } catch (e) {
      eventFileProblem = `the event file GITHUB_EVENT_PATH=${path} could not be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`;
    }
    if (text !== undefined) {
      let parsed: unknown;
      try {
        parsed = JSON.parse(text);
      } catch {
        eventFileProblem = `the event file GITHUB_EVENT_PATH=${path} is not valid JSON`;
      }
      if (parsed !== undefined) {
        // Only the payload's being an object is checked here; its fields are read with `?.` and type checks below.
        if (parsed === null || typeof parsed !== 'object')
          eventFileProblem = `the event file GITHUB_EVENT_PATH=${path} does not hold a JSON object`;
        else event = parsed;
      }
    }
  } else if (isPullEvent) {
    eventFileProblem = `GITHUB_EVENT_PATH is not set on a ${eventName} run`;
  }
  if (isPullEvent && event && !event.pull_request && !eventFileProblem) {
    eventFileProblem = `the ${eventName} event file GITHUB_EVENT_PATH=${path} has no pull_request object`;
  }
  const pr = isPullEvent ? event?.pull_request : undefined;
  const headRepo = pr?.head?.repo?.full_name;
  const baseRepo = pr?.base?.repo?.full_name ?? env.GITHUB_REPOSITORY;
  // A deleted fork leaves head.repo null: still a fork pull with a read-only token.
  const isForkPull =
    Boolean(pr) &&
    (pr!.head?.repo === null ||
      (typeof headRepo === 'string' && typeof baseRepo === 'string' && headRepo.toLowerCase() !== baseRepo.toLowerCase()));
  const isDependabot = env.GITHUB_ACTOR === DEPENDABOT || env.GITHUB_TRIGGERING_ACTOR === DEPENDABOT;
  return {
    repository: env.GITHUB_REPOSITORY || undefined,
    eventName,
    event,
    sha: env.GITHUB_SHA || undefined,
    ref: env.GITHUB_REF || undefined,
    serverUrl: (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, ''),
    apiUrl,
    graphqlUrl: (env.GITHUB_GRAPHQL_URL || defaultGraphqlUrl(apiUrl)).replace(/\/+$/, ''),
    isForkPull,
    isDependabot,
    ...(eventFileProblem ? { eventFileProblem } : {}),
  };
}

/** Why the token is read-only on this run (fork or Dependabot pull request), or undefined. */
export function readOnlyTokenReason(ctx: RunContext): string | undefined {
  // pull_request_target runs in the base repository's context with its token, fork or not.
  if (ctx.isForkPull && ctx.eventName !== 'pull_request_target')
    return 'the token is read-only in fork/Dependabot PRs: this pull request comes from a fork';
  if (ctx.isDependabot) return 'the token is read-only in fork/Dependabot PRs: this run was triggered by Dependabot';
  return undefined;
}
