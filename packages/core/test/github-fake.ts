import type { IncomingMessage } from 'node:http';
import { type LoopbackServer, startServer } from '../../../action-tests/harness/loopback.ts';
import { createGitHub, type GitHub } from '../src/github/client.ts';

/**
 * A small in-memory GitHub REST/GraphQL server on loopback for the client's
 * unit tests: pulls, labels, comments, releases, refs, checks, with one-shot
 * faults. (The OpenAPI-validated double in action-tests is the fuller one.)
 */
export interface Fault {
  method: string;
  path: RegExp;
  kind: '502-before' | '502-after' | 'secondary' | 'status';
  status?: number;
  body?: unknown;
  retryAfter?: number;
  headers?: Record<string, string>;
  times?: number;
}

/** A pull request as the fake keeps it (pullJson turns it into GitHub's shape). */
export interface FakePull {
  number: number;
  title: string;
  body: string | null;
  /** The head branch's name. */
  head: string;
  /** The base branch's name. */
  base: string;
  draft: boolean;
  state: string;
  /** Label names. */
  labels: string[];
  merged_at?: string | null;
  merge_commit_sha?: string;
  /** Logins of the requested reviewers. */
  requested: string[];
}

/** An issue comment as the fake keeps and answers it. */
export interface FakeComment {
  id: number;
  issue: number;
  body: string;
}

/** A release as the fake keeps and answers it. */
export interface FakeRelease {
  id: number;
  tag_name: string;
  name?: string;
  body: string;
  prerelease?: boolean;
  draft: boolean;
  html_url: string;
}

/** A check run as a test sets it up (GitHub's fields, those the client reads). */
export interface FakeCheckRun {
  id: number;
  head_sha: string;
  name: string;
  status: string;
  conclusion: string | null;
  started_at: string | null;
  html_url?: string;
}

/** A commit status as a test sets it up. */
export interface FakeStatus {
  sha: string;
  context: string;
  state: string;
  target_url?: string;
}

/**
 * The JSON a request sends: the fields the fake's REST routes and the GraphQL handler read, as the
 * client under test sends them on the routes that read them.
 */
export interface RequestBody {
  title: string;
  body: string;
  head: string;
  base: string;
  draft?: boolean;
  state?: string;
  reviewers?: string[];
  labels: string[];
  tag_name: string;
  name?: string;
  prerelease?: boolean;
  query?: string;
  variables?: Record<string, unknown>;
}

/** A GraphQL request's body. */
export type GraphqlBody = Pick<RequestBody, 'query' | 'variables'>;

export interface FakeGitHub {
  url: string;
  server: LoopbackServer;
  pulls: FakePull[];
  comments: FakeComment[];
  releases: FakeRelease[];
  refs: Set<string>;
  checkRuns: FakeCheckRun[];
  statuses: FakeStatus[];
  log: { method: string; path: string; status: number }[];
  faults: Fault[];
  graphql: (body: GraphqlBody) => { status?: number; json: unknown };
  perPage: number;
  stop(): Promise<void>;
}

const OWNER = 'acme';
const REPO = 'app';

async function readBody(req: IncomingMessage): Promise<RequestBody> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  // The client under test sends these bodies and the fake trusts their shape. A request without a
  // body (GET, DELETE) gives undefined, which only routes for requests that carry one would read.
  return (text ? JSON.parse(text) : undefined) as RequestBody;
}

/** Starts the fake; `url` is the API base URL (GraphQL at `<url>/graphql`). */
export async function startFakeGitHub(): Promise<FakeGitHub> {
  const fake = {
    pulls: [] as FakePull[],
    comments: [] as FakeComment[],
    releases: [] as FakeRelease[],
    refs: new Set<string>(['heads/main']),
    checkRuns: [] as FakeCheckRun[],
    statuses: [] as FakeStatus[],
    log: [] as { method: string; path: string; status: number }[],
    faults: [] as Fault[],
    graphql: (_body: GraphqlBody) => ({ json: { data: {} } }),
    perPage: 30,
  } as FakeGitHub;
  let nextId = 1000;
  const base = () => fake.url;

  const pullJson = (p: FakePull) => ({
    ...p,
    html_url: `https://github.example/${OWNER}/${REPO}/pull/${p.number}`,
    node_id: `PR_${p.number}`,
    labels: p.labels.map((name: string) => ({ name })),
    head: { ref: p.head, sha: 'a'.repeat(40), repo: { full_name: `${OWNER}/${REPO}` } },
    base: { ref: p.base, repo: { full_name: `${OWNER}/${REPO}` } },
  });

  const page = (url: URL, items: unknown[]) => {
    const perPage = Math.min(Number(url.searchParams.get('per_page') ?? fake.perPage), fake.perPage);
    const n = Number(url.searchParams.get('page') ?? 1);
    const slice = items.slice((n - 1) * perPage, n * perPage);
    const headers: Record<string, string> = {};
    if (n * perPage < items.length) {
      const next = new URL(url);
      next.searchParams.set('page', String(n + 1));
      headers.link = `<${base()}${next.pathname}${next.search}>; rel="next"`;
    }
    return { status: 200, json: slice, headers };
  };

  const route = async (
    method: string,
    url: URL,
    body: RequestBody,
  ): Promise<{ status: number; json?: unknown; headers?: Record<string, string> }> => {
    const p = url.pathname.replace(`/repos/${OWNER}/${REPO}`, '');
    let m: RegExpMatchArray | null;
    if (method === 'POST' && url.pathname === '/graphql') return { status: 200, ...fake.graphql(body) };
    if (method === 'GET' && p === '/pulls') {
      const head = url.searchParams.get('head');
      const b = url.searchParams.get('base');
      const state = url.searchParams.get('state') ?? 'open';
      const list = fake.pulls.filter(
        (x) => (state === 'all' || x.state === state) && (!head || `${OWNER}:${x.head}` === head) && (!b || x.base === b),
      );
      return page(url, list.map(pullJson));
    }
    if (method === 'POST' && p === '/pulls') {
      if (fake.pulls.some((x) => x.state === 'open' && x.head === body.head && x.base === body.base)) {
        return {
          status: 422,
          json: {
            message: 'Validation Failed',
            errors: [{ resource: 'PullRequest', code: 'custom', message: `A pull request already exists for ${OWNER}:${body.head}.` }],
          },
        };
      }
      const pr = {
        number: fake.pulls.length + 1,
        title: body.title,
        body: body.body ?? null,
        head: body.head,
        base: body.base,
        draft: Boolean(body.draft),
        state: 'open',
        labels: [] as string[],
        merged_at: null,
        requested: [] as string[],
      };
      fake.pulls.push(pr);
      return { status: 201, json: pullJson(pr) };
    }
    if ((m = p.match(/^\/pulls\/(\d+)$/))) {
      const pr = fake.pulls.find((x) => x.number === Number(m![1]));
      if (!pr) return { status: 404, json: { message: 'Not Found' } };
      if (method === 'PATCH')
        Object.assign(pr, Object.fromEntries(Object.entries(body).filter(([k]) => ['title', 'body', 'state'].includes(k))));
      return { status: 200, json: pullJson(pr) };
    }
    if ((m = p.match(/^\/pulls\/(\d+)\/requested_reviewers$/))) {
      const pr = fake.pulls.find((x) => x.number === Number(m![1]))!;
      if (method === 'POST') pr.requested.push(...(body.reviewers ?? []));
      return {
        status: method === 'POST' ? 201 : 200,
        json: method === 'POST' ? pullJson(pr) : { users: pr.requested.map((login: string) => ({ login })), teams: [] },
      };
    }
    if ((m = p.match(/^\/pulls\/(\d+)\/reviews$/))) return page(url, []);
    if ((m = p.match(/^\/issues\/(\d+)\/labels$/)) && method === 'POST') {
      const pr = fake.pulls.find((x) => x.number === Number(m![1]))!;
      for (const l of body.labels) if (!pr.labels.includes(l)) pr.labels.push(l);
      return { status: 200, json: pr.labels.map((name: string) => ({ name })) };
    }
    if ((m = p.match(/^\/issues\/(\d+)\/comments$/))) {
      const n = Number(m[1]);
      if (method === 'GET')
        return page(
          url,
          fake.comments.filter((c) => c.issue === n),
        );
      const c = { id: nextId++, issue: n, body: body.body };
      fake.comments.push(c);
      return { status: 201, json: c };
    }
    if ((m = p.match(/^\/issues\/comments\/(\d+)$/)) && method === 'PATCH') {
      const c = fake.comments.find((x) => x.id === Number(m![1]))!;
      c.body = body.body;
      return { status: 200, json: c };
    }
    if ((m = p.match(/^\/releases\/tags\/(.+)$/))) {
      // A draft is not found by its tag, as on GitHub.
      const r = fake.releases.find((x) => x.tag_name === decodeURIComponent(m![1]) && !x.draft);
      return r ? { status: 200, json: r } : { status: 404, json: { message: 'Not Found' } };
    }
    if (method === 'GET' && p === '/releases') return page(url, [...fake.releases].reverse());
    if (method === 'POST' && p === '/releases') {
      if (!body.draft && fake.releases.some((x) => x.tag_name === body.tag_name && !x.draft)) {
        return {
          status: 422,
          json: { message: 'Validation Failed', errors: [{ resource: 'Release', code: 'already_exists', field: 'tag_name' }] },
        };
      }
      const r = {
        id: nextId++,
        tag_name: body.tag_name,
        name: body.name,
        body: body.body,
        prerelease: body.prerelease,
        draft: Boolean(body.draft),
        html_url: `https://github.example/${OWNER}/${REPO}/releases/tag/${body.tag_name}`,
      };
      fake.releases.push(r);
      return { status: 201, json: r };
    }
    if ((m = p.match(/^\/releases\/(\d+)$/)) && method === 'PATCH') {
      const r = fake.releases.find((x) => x.id === Number(m![1]));
      if (!r) return { status: 404, json: { message: 'Not Found' } };
      Object.assign(r, Object.fromEntries(Object.entries(body).filter(([k]) => ['tag_name', 'draft', 'name', 'body'].includes(k))));
      return { status: 200, json: r };
    }
    if ((m = p.match(/^\/git\/refs\/(.+)$/)) && method === 'DELETE') {
      const ref = decodeURIComponent(m[1]);
      if (!fake.refs.delete(ref)) return { status: 422, json: { message: 'Reference does not exist' } };
      return { status: 204 };
    }
    if ((m = p.match(/^\/commits\/([0-9a-f]+)\/check-runs$/))) {
      const all = fake.checkRuns.filter((r) => r.head_sha === m![1]);
      const res = page(url, all);
      return { ...res, json: { total_count: all.length, check_runs: res.json } };
    }
    if ((m = p.match(/^\/commits\/([0-9a-f]+)\/status$/))) {
      return { status: 200, json: { state: 'pending', sha: m[1], url: 'x', statuses: fake.statuses.filter((s) => s.sha === m![1]) } };
    }
    if ((m = p.match(/^\/commits\/([0-9a-f]+)\/pulls$/)))
      return page(url, fake.pulls.filter((x) => x.merge_commit_sha === m![1]).map(pullJson));
    return { status: 404, json: { message: `fake has no route ${method} ${url.pathname}` } };
  };

  const server = await startServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const method = req.method ?? 'GET';
    const body = await readBody(req);
    const fault = fake.faults.find((f) => f.method === method && f.path.test(url.pathname));
    const send = (status: number, json?: unknown, headers: Record<string, string> = {}) => {
      fake.log.push({ method, path: url.pathname, status });
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
      res.end(json === undefined ? '' : JSON.stringify(json));
    };
    if (fault) {
      fault.times = (fault.times ?? 1) - 1;
      if (fault.times <= 0) fake.faults.splice(fake.faults.indexOf(fault), 1);
      if (fault.kind === '502-before') return send(502, { message: 'Server Error' });
      if (fault.kind === 'secondary') {
        return send(
          fault.status ?? 403,
          {
            message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
            documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api',
          },
          { 'retry-after': String(fault.retryAfter ?? 60) },
        );
      }
      if (fault.kind === 'status') return send(fault.status ?? 500, fault.body ?? { message: 'fault' }, fault.headers);
      await route(method, url, body);
      return send(502, { message: 'Server Error' });
    }
    const r = await route(method, url, body);
    send(r.status, r.json, r.headers);
  });
  fake.server = server;
  fake.url = server.url;
  fake.stop = () => server.stop();
  return fake;
}

export const FAKE_REPOSITORY = `${OWNER}/${REPO}`;

/** A fresh fake per test, and a client for it whose waits and log lines the test reads. */
export interface FakeGitHubSession {
  /** The fake of the running test (a new one each test). */
  fake: FakeGitHub;
  /** The waits the client asked for, in milliseconds (no real sleeping). */
  readonly sleeps: number[];
  /** The client's log lines. */
  readonly lines: string[];
  /** A client for `fake` with `token`; `extra` overrides any option. */
  client(extra?: Partial<Parameters<typeof createGitHub>[0]>): GitHub;
}

/**
 * Registers beforeEach/afterEach hooks that start a fake for every test and
 * stop it after, and returns the session they fill in (the set-up the client
 * and pulls tests share).
 */
export function useFakeGitHub(token: string): FakeGitHubSession {
  const session: FakeGitHubSession = {
    fake: undefined as unknown as FakeGitHub,
    sleeps: [],
    lines: [],
    client: (extra = {}) =>
      createGitHub({
        token,
        repository: FAKE_REPOSITORY,
        apiUrl: session.fake.url,
        env: {},
        minMutationGapMs: 0,
        sleep: async (ms) => {
          session.sleeps.push(ms);
        },
        log: (l) => session.lines.push(l),
        ...extra,
      }),
  };
  beforeEach(async () => {
    session.fake = await startFakeGitHub();
    session.sleeps.length = 0;
    session.lines.length = 0;
  });
  afterEach(() => session.fake.stop());
  return session;
}
