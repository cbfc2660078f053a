// What lockstep reads from GitHub's 2xx answers, checked before anything reads it: a captive portal's
// HTML page with status 200, JSON cut off by a dropped connection or an empty object is a failed
// request, never an object whose fields are `undefined`.

/**
 * What is wrong with a value: undefined when it is fine, else a short phrase naming the field.
 * `T` is what a value it finds nothing wrong with is (a type only: nothing carries it at run time),
 * so the types the rest of github/ reads replies as are the shapes checked here.
 */
type Check<T = unknown> = ((v: unknown, at: string) => string | undefined) & { readonly proves?: T };

/** What a value is once check `C` found nothing wrong with it. */
type Proven<C> = C extends Check<infer T> ? T : never;

/** The object checked field by field: a field whose check lets `undefined` through may be absent. */
type Fields<F extends Record<string, Check>> = { [K in keyof F as undefined extends Proven<F[K]> ? K : never]?: Proven<F[K]> } & {
  [K in keyof F as undefined extends Proven<F[K]> ? never : K]: Proven<F[K]>;
};

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof ArrayBuffer);
const join = (at: string, key: string) => (at ? `${at}.${key}` : key);

const int: Check<number> = (v, at) => (typeof v === 'number' && Number.isInteger(v) ? undefined : `missing numeric ${at}`);
const str: Check<string> = (v, at) => (typeof v === 'string' ? undefined : `missing string ${at}`);
const bool: Check<boolean> = (v, at) => (typeof v === 'boolean' ? undefined : `missing boolean ${at}`);
const optStr: Check<string | null | undefined> = (v, at) =>
  v === undefined || v === null || typeof v === 'string' ? undefined : `${at} is not a string`;

function obj<F extends Record<string, Check>>(fields: F): Check<Fields<F>> {
  return (v, at) => {
    if (!isObject(v)) return at ? `${at} is not an object` : 'the reply is not a JSON object';
    for (const [key, check] of Object.entries(fields)) {
      const problem = check(v[key], join(at, key));
      if (problem) return problem;
    }
    return undefined;
  };
}

function list<T>(item: Check<T>): Check<T[]> {
  return (v, at) => {
    if (!Array.isArray(v)) return at ? `${at} is not a list` : 'the reply is not a JSON list';
    for (let i = 0; i < v.length; i++) {
      const problem = item(v[i], `${at}[${i}]`);
      if (problem) return problem;
    }
    return undefined;
  };
}

const optional =
  <T>(check: Check<T>): Check<T | null | undefined> =>
  (v, at) =>
    v === undefined || v === null ? undefined : check(v, at);

const label: Check<string | { name: string }> = (v, at) => (typeof v === 'string' ? undefined : obj({ name: str })(v, at));
const pull = obj({
  number: int,
  html_url: str,
  node_id: str,
  title: str,
  body: optStr,
  state: str,
  // head.repo is null once a fork is deleted; absent in no GitHub answer, but kept optional so a reply without it
  // reads as "not known to be this repository".
  head: obj({ ref: str, sha: str, repo: optional(obj({ full_name: str })) }),
  base: obj({ ref: str, repo: optional(obj({ full_name: str })) }),
  labels: optional(list(label)),
});
const checkRun = obj({ id: int, name: str, status: str, conclusion: optStr });
const comment = obj({ id: int, body: optStr });
const issueEvent = obj({ event: str, created_at: str, actor: optional(obj({ login: str })), label: optional(obj({ name: str })) });
// `draft` is read: a rerun finds the draft an earlier run left by it, and a reply without it must not read as "no draft".
const release = obj({ id: int, tag_name: str, html_url: str, name: optStr, body: optStr, draft: bool, upload_url: optStr });
// A draft's assets are compared by name and size (release-assets.ts): a reply without them must not read as "missing".
const asset = obj({ id: int, name: str, size: int, state: str });
const deployment = obj({ id: int, sha: str, environment: str, created_at: str });
const anyJson: Check<object> = (v) =>
  typeof v === 'object' && v !== null && !(v instanceof ArrayBuffer) ? undefined : 'the reply is not a JSON object or list';

/** A pull request as lockstep reads it (the answers to GET/POST/PATCH pulls and to commits/{sha}/pulls), checked. */
export type PullReply = Proven<typeof pull>;
/** A release as lockstep reads it (the answers to GET releases, releases/tags/{tag}, POST releases and PATCH releases/{id}), checked. */
export type ReleaseReply = Proven<typeof release>;
/** A release asset as lockstep reads it (GET releases/{id}/assets, the upload's answer), checked. */
export type AssetReply = Proven<typeof asset>;
/** A check run as lockstep reads it (one entry of commits/{ref}/check-runs), checked. */
export type CheckRunReply = Proven<typeof checkRun>;
/** One event of an issue's (or pull request's) event list as lockstep reads it (`labeled`: who added which label, when), checked. */
export type IssueEventReply = Proven<typeof issueEvent>;
/** An issue or pull request comment as lockstep reads it (one entry of issues/{n}/comments), checked. */
export type CommentReply = Proven<typeof comment>;

/** The shape lockstep needs, by method and path below the repository (`/repos/o/r` or `/repositories/id`). */
const RULES: [method: string, path: RegExp, check: Check][] = [
  ['GET', /^\/git\/ref\/.+$/, obj({ object: obj({ sha: str }) })],
  ['POST', /^\/git\/refs$/, obj({ ref: str, object: obj({ sha: str }) })],
  ['GET', /^\/pulls$/, list(pull)],
  ['GET', /^\/commits\/[^/]+\/pulls$/, list(pull)],
  ['POST', /^\/pulls$/, pull],
  ['GET', /^\/pulls\/\d+$/, pull],
  ['PATCH', /^\/pulls\/\d+$/, pull],
  ['GET', /^\/pulls\/\d+\/requested_reviewers$/, obj({ users: list(obj({ login: str })), teams: list(obj({ slug: str })) })],
  ['POST', /^\/pulls\/\d+\/requested_reviewers$/, obj({ number: int })],
  ['POST', /^\/issues\/\d+\/labels$/, list(obj({ name: str }))],
  ['GET', /^\/issues\/\d+\/comments$/, list(comment)],
  ['GET', /^\/issues\/\d+\/events$/, list(issueEvent)],
  ['POST', /^\/issues\/\d+\/comments$/, obj({ id: int })],
  ['PATCH', /^\/issues\/comments\/\d+$/, obj({ id: int })],
  ['GET', /^\/releases\/tags\/.+$/, release],
  ['GET', /^\/releases$/, list(release)],
  ['POST', /^\/releases$/, release],
  ['PATCH', /^\/releases\/\d+$/, release],
  ['GET', /^\/releases\/\d+\/assets$/, list(asset)],
  ['POST', /^\/releases\/\d+\/assets$/, asset],
  ['GET', /^\/commits\/[^/]+\/check-runs$/, obj({ total_count: int, check_runs: list(checkRun) })],
  ['GET', /^\/commits\/[^/]+\/status$/, obj({ state: str, statuses: list(obj({ context: str, state: str })) })],
  ['GET', /^\/deployments$/, list(deployment)],
  ['POST', /^\/deployments$/, deployment],
  ['GET', /^\/deployments\/\d+\/statuses$/, list(obj({ id: int, state: str, environment_url: optStr }))],
  ['POST', /^\/deployments\/\d+\/statuses$/, obj({ id: int, state: str })],
];

/** Writes GitHub does the same way however often they are sent: a garbled answer to one may be repeated. */
const REPEATABLE_POSTS = [/^\/pulls\/\d+\/requested_reviewers$/, /^\/issues\/\d+\/labels$/];

/** `path` (the API base's path removed) split into the repository prefix and what follows it. */
function belowRepository(path: string): string | undefined {
  // An upload goes to upload_url: GitHub Enterprise Server's is under /api/uploads on the API's host.
  return /^(?:\/(?:api\/)?uploads)?\/(?:repos\/[^/]+\/[^/]+|repositories\/\d+)(\/.*)$/.exec(path)?.[1];
}

/**
 * What is wrong with a successful answer, or undefined when it has the
 * shape lockstep reads. `path` is the request's path below the API base.
 */
export function replyProblem(
  method: string,
  path: string,
  response: { status: number; headers?: Record<string, unknown>; data?: unknown },
): string | undefined {
  if (method === 'HEAD' || response.status === 204 || response.status === 205 || response.status < 200 || response.status >= 300)
    return undefined;
  const { data } = response;
  if (typeof data === 'string' || data === undefined || data === null || data instanceof ArrayBuffer) {
    const type = String(response.headers?.['content-type'] ?? '')
      .split(';')[0]
      .trim()
      .toLowerCase();
    const length = typeof data === 'string' ? Buffer.byteLength(data) : data instanceof ArrayBuffer ? data.byteLength : 0;
    if (/^application\/([a-z.+-]+\+)?json$/.test(type))
      return length === 0
        ? `the reply was empty or cut off (${type})`
        : `the reply was cut off or is not valid JSON (${length} bytes of ${type})`;
    return length === 0 ? `the reply was empty${type ? ` (${type})` : ''}` : `the reply was not JSON (${type || 'no content type'})`;
  }
  const below = belowRepository(path);
  const rule = below === undefined ? undefined : RULES.find(([m, re]) => m === method && re.test(below));
  return (rule?.[2] ?? anyJson)(data, '');
}

/** Whether a request whose answer was garbled may be sent again as is: reads, and writes that are the same however often made. */
export function safeToRepeat(method: string, path: string, graphqlMutation: boolean): boolean {
  if (method === 'GET' || method === 'HEAD' || method === 'PUT' || method === 'PATCH' || method === 'DELETE') return true;
  if (/\/graphql$/.test(path)) return !graphqlMutation;
  const below = belowRepository(path);
  return below !== undefined && REPEATABLE_POSTS.some((re) => re.test(below));
}

/**
 * The failure a garbled answer becomes inside the client. It carries status
 * 502 (the gateway's answer was bad), so the retry plugin repeats it when
 * `request` (a copy of the request options) is given — only for requests safe
 * to repeat; a create is looked up instead (createOrFind). The client's error
 * hook turns it into a GitHubError with code 'bad-reply'.
 */
export function badReplyError(
  method: string,
  path: string,
  problem: string,
  request: object | undefined,
): Error & { status: number; badReply: string } {
  const e = new Error(`${method} ${path}: ${problem}`) as Error & { status: number; badReply: string; request?: object };
  e.name = 'BadReply';
  e.status = 502;
  e.badReply = problem;
  if (request) e.request = request;
  return e;
}
