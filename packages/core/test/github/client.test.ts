import { startServer } from '../../../../action-tests/harness/loopback.ts';
import { createGitHub, GitHubError, type GitHub } from '../../src/github/client.ts';
import { redact } from '../../src/text/secrets.ts';
import { harnessLoopback } from '../../src/http/test-switch.ts';
import { checkStates } from '../../src/github/checks.ts';
import { commentOnce, findOpenPulls, getPull, upsertPull } from '../../src/github/pulls.ts';
import { createRef, getRef } from '../../src/github/refs.ts';
import { getReleaseByTag } from '../../src/github/releases.ts';
import { FAKE_REPOSITORY, useFakeGitHub } from '../github-fake.ts';

const TOKEN = 'ghp_s3cr3t/Token+With=Odd&Chars_0123456789';

const hub = useFakeGitHub(TOKEN);
const { sleeps, lines, client } = hub;

const PR = { branch: 'chore/release-1.2.0', base: 'main', title: 'chore(release): 1.2.0', body: 'notes' };

describe('requests', () => {
  test('carry the token, user agent lockstep and go to the configured base URL', async () => {
    await findOpenPulls(client(), {});
    const seen = hub.fake.server.requests[0];
    expect(seen.url).toMatch(/^\/repos\/acme\/app\/pulls\?/);
    expect(seen.headers.authorization).toBe(`token ${TOKEN}`);
    expect(seen.headers['user-agent']).toMatch(/^lockstep /);
  });

  test('GITHUB_API_URL from env is the default base URL', async () => {
    const gh = createGitHub({
      token: TOKEN,
      repository: FAKE_REPOSITORY,
      env: { GITHUB_API_URL: `${hub.fake.url}/` },
      minMutationGapMs: 0,
    });
    expect(await findOpenPulls(gh, {})).toEqual([]);
    expect(hub.fake.log).toHaveLength(1);
  });

  test.each([
    ['github.com-like', '', '/graphql', '/graphql'],
    ['GHES (/api/v3) with its GITHUB_GRAPHQL_URL', '/api/v3', '/api/graphql', '/api/graphql'],
    ['GHES (/api/v3) without GITHUB_GRAPHQL_URL', '/api/v3', undefined, '/api/graphql'],
    ['GHES with a GITHUB_GRAPHQL_URL elsewhere', '/api/v3', '/custom/gql', '/custom/gql'],
  ])('GraphQL URL: %s', async (_n, apiPath, gqlPath, expected) => {
    const server = await startServer((req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ data: { viewer: { login: 'bot' } } }));
    });
    try {
      const env = { GITHUB_API_URL: `${server.url}${apiPath}`, ...(gqlPath ? { GITHUB_GRAPHQL_URL: `${server.url}${gqlPath}` } : {}) };
      const gh = createGitHub({ token: TOKEN, repository: FAKE_REPOSITORY, env });
      expect(await gh.octokit.graphql('query { viewer { login } }')).toEqual({ viewer: { login: 'bot' } });
      expect(server.requests.map((r) => `${r.method} ${r.url}`)).toEqual([`POST ${expected}`]);
    } finally {
      await server.stop();
    }
  });

  test('a repository not in owner/name form is refused before any request', () => {
    expect(() => createGitHub({ token: TOKEN, repository: 'acme', apiUrl: hub.fake.url })).toThrow(/not in the form owner\/name/);
  });
});

describe('budget', () => {
  test('exceeding it throws a clear error and sends nothing more', async () => {
    hub.fake.perPage = 1;
    for (let i = 1; i <= 5; i++)
      hub.fake.pulls.push({
        number: i,
        title: 't',
        body: '',
        head: `b${i}`,
        base: 'main',
        draft: false,
        state: 'open',
        labels: [],
        requested: [],
      });
    const gh = client({ budget: 3 });
    const e = await findOpenPulls(gh, {}).catch((x) => x);
    expect(e).toBeInstanceOf(GitHubError);
    expect(e.message).toMatch(/already made 3 GitHub API requests, its budget/);
    expect(hub.fake.log).toHaveLength(3);
  });

  test('extendBudget raises it by what a run that writes through the Git Database API needs (commit-mode api)', async () => {
    hub.fake.perPage = 1;
    for (let i = 1; i <= 5; i++)
      hub.fake.pulls.push({
        number: i,
        title: 't',
        body: '',
        head: `b${i}`,
        base: 'main',
        draft: false,
        state: 'open',
        labels: [],
        requested: [],
      });
    const gh = client({ budget: 3 });
    gh.extendBudget(3);
    gh.extendBudget(-10);
    expect(await findOpenPulls(gh, {})).toHaveLength(5);
    expect(hub.fake.log).toHaveLength(5);
  });

  test('a persistent 502 is retried 3 times, not more, then reported', async () => {
    hub.fake.faults.push({ method: 'GET', path: /\/pulls$/, kind: '502-before', times: 10 });
    const gh = client();
    const e = await findOpenPulls(gh, {}).catch((x) => x);
    expect(e).toBeInstanceOf(GitHubError);
    expect(e.status).toBe(502);
    expect(hub.fake.log).toHaveLength(4);
    expect(gh.requestCount()).toBe(4);
    expect(sleeps).toEqual([1000, 4000, 9000]);
  });

  test('a 4xx is not retried', async () => {
    hub.fake.faults.push({ method: 'GET', path: /\/pulls$/, kind: 'status', status: 404, body: { message: 'Not Found' } });
    const e = await findOpenPulls(client(), {}).catch((x) => x);
    expect(e.message).toMatch(/404 to GET \/repos\/acme\/app\/pulls/);
    expect(hub.fake.log).toHaveLength(1);
  });
});

describe('mutations', () => {
  test('are serialised at least minMutationGapMs apart (injected clock), reads are not delayed', async () => {
    let now = 0;
    const waits: number[] = [];
    const gh = client({
      minMutationGapMs: 1000,
      now: () => now,
      sleep: async (ms) => {
        waits.push(ms);
        now += ms;
      },
    });
    await Promise.all([upsertPull(gh, { ...PR, branch: 'a', labels: ['x'] }), upsertPull(gh, { ...PR, branch: 'b', labels: ['y'] })]);
    // Four mutations (two creates, two label POSTs): the first goes at once, each later one waits the full gap.
    expect(waits).toEqual([1000, 1000, 1000]);
    expect(hub.fake.pulls).toHaveLength(2);
  });

  test.each([
    ['the default, GitHub on loopback without the harness switch', {}, [1000, 1000, 1000]],
    ['the harness switch on: its loopback double has no secondary limit', { LOCKSTEP_TEST_LOOPBACK_HTTP: '1' }, []],
    ['the switch set to anything but 1', { LOCKSTEP_TEST_LOOPBACK_HTTP: 'true' }, [1000, 1000, 1000]],
  ])('with no gap given: %s', async (_what, env, expected) => {
    let now = 0;
    const waits: number[] = [];
    const sleep = async (ms: number) => {
      waits.push(ms);
      now += ms;
    };
    const gh = client({ minMutationGapMs: undefined, env, now: () => now, sleep });
    await Promise.all([upsertPull(gh, { ...PR, branch: 'a', labels: ['x'] }), upsertPull(gh, { ...PR, branch: 'b', labels: ['y'] })]);
    expect(waits).toEqual(expected);
    expect(hub.fake.pulls).toHaveLength(2);
  });
});

describe('harnessLoopback: the test harness switch reaches only loopback', () => {
  test.each([
    [{ LOCKSTEP_TEST_LOOPBACK_HTTP: '1' }, 'http://127.0.0.1:9', true],
    [{ LOCKSTEP_TEST_LOOPBACK_HTTP: '1' }, 'http://localhost:8080/api/v3', true],
    [{ LOCKSTEP_TEST_LOOPBACK_HTTP: '1' }, 'http://[::1]:9', true],
    [{ LOCKSTEP_TEST_LOOPBACK_HTTP: '1' }, 'https://api.github.com', false],
    [{ LOCKSTEP_TEST_LOOPBACK_HTTP: '1' }, 'https://127.0.0.1.example.com', false],
    [{ LOCKSTEP_TEST_LOOPBACK_HTTP: '1' }, 'not a url', false],
    [{}, 'http://127.0.0.1:9', false],
  ])('%j, %s: %s', (env, url, expected) => {
    expect(harnessLoopback(env, url)).toBe(expected);
  });
});

describe('rate limits', () => {
  test('the primary rate limit used up: waits until the reset when that is within the cap, then succeeds', async () => {
    const reset = Math.floor(Date.now() / 1000) + 30;
    hub.fake.faults.push({
      method: 'GET',
      path: /\/pulls$/,
      kind: 'status',
      status: 403,
      body: { message: 'API rate limit exceeded for installation ID 1.' },
      headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(reset) },
    });
    const gh = client();
    expect(await findOpenPulls(gh, {})).toEqual([]);
    expect(sleeps).toHaveLength(1);
    expect(sleeps[0]).toBeGreaterThanOrEqual(29_000);
    expect(sleeps[0]).toBeLessThanOrEqual(32_000);
    expect(gh.requestCount()).toBe(2);
  });

  test('a reset beyond the cap fails at once, saying until when', async () => {
    const reset = Math.floor(Date.now() / 1000) + 3000;
    hub.fake.faults.push({
      method: 'GET',
      path: /\/pulls$/,
      kind: 'status',
      status: 403,
      body: { message: 'API rate limit exceeded' },
      headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(reset) },
    });
    const e = await findOpenPulls(client(), {}).catch((x) => x);
    expect(e.message).toContain(
      `rate limit for this token is used up on GET /repos/acme/app/pulls until ${new Date(reset * 1000).toISOString()}`,
    );
    expect(sleeps).toEqual([]);
    expect(hub.fake.log).toHaveLength(1);
  });

  test.each([403, 429])('a secondary rate limit (%i) that persists is waited out twice, then reported', async (status) => {
    hub.fake.faults.push({ method: 'GET', path: /\/pulls$/, kind: 'secondary', status, retryAfter: 5, times: 10 });
    const gh = client();
    const e = await findOpenPulls(gh, {}).catch((x) => x);
    expect(e.message).toMatch(/secondary rate limit kept refusing GET \/repos\/acme\/app\/pulls \(retry-after 5 s\)/);
    expect(sleeps).toEqual([5000, 5000]);
    expect(gh.requestCount()).toBe(3);
  });
});

describe('errors', () => {
  test('401 says the token was refused', async () => {
    hub.fake.faults.push({ method: 'GET', path: /\/pulls$/, kind: 'status', status: 401, body: { message: 'Bad credentials' } });
    const e = await findOpenPulls(client(), {}).catch((x) => x);
    expect(e.message).toMatch(/^the token was refused \(401\)/);
  });

  test('network failure: retried, then "could not reach GitHub"', async () => {
    const dead = await startServer(() => {});
    const url = dead.url;
    await dead.stop();
    const notices: string[] = [];
    const gh = createGitHub({
      token: TOKEN,
      repository: FAKE_REPOSITORY,
      apiUrl: url,
      env: {},
      sleep: async (ms) => void sleeps.push(ms),
      notice: (l) => notices.push(l),
    });
    const e = await findOpenPulls(gh, {}).catch((x) => x);
    const at = url.replace(/\/+$/, '');
    expect(
      e.message.startsWith(
        `could not reach the GitHub API at ${at} (GITHUB_API_URL) for GET /repos/acme/app/pulls after 4 attempts (ECONNREFUSED) — `,
      ),
    ).toBe(true);
    expect(notices).toEqual(
      [1, 4, 9].map(
        (s, i) => `GitHub API at ${at} did not answer GET /repos/acme/app/pulls (ECONNREFUSED); retrying in ${s}s (attempt ${i + 2} of 4)`,
      ),
    );
    expect(gh.requestCount()).toBe(4);
  });

  test('a hanging server times out and counts as a network failure', async () => {
    const hang = await startServer(() => {});
    try {
      const gh = createGitHub({
        token: TOKEN,
        repository: FAKE_REPOSITORY,
        apiUrl: hang.url,
        env: {},
        timeoutMs: 50,
        budget: 2,
        sleep: async () => {},
      });
      const e = await findOpenPulls(gh, {}).catch((x) => x);
      expect(e).toBeInstanceOf(GitHubError);
      expect(hang.requests.length).toBe(2);
    } finally {
      await hang.stop();
    }
  });

  // TOKEN's forms written out by hand (not computed by the code under test).
  const echoForms = [
    ['raw', 'ghp_s3cr3t/Token+With=Odd&Chars_0123456789'],
    ['base64', 'Z2hwX3MzY3IzdC9Ub2tlbitXaXRoPU9kZCZDaGFyc18wMTIzNDU2Nzg5'],
    ['basic credentials', 'eC1hY2Nlc3MtdG9rZW46Z2hwX3MzY3IzdC9Ub2tlbitXaXRoPU9kZCZDaGFyc18wMTIzNDU2Nzg5'],
    ['URL-encoded', 'ghp_s3cr3t%2FToken%2BWith%3DOdd%26Chars_0123456789'],
  ] as const;
  test.each(echoForms)('the token echoed %s in an error body never reaches the error or the log', async (_name, form) => {
    for (const status of [401, 403, 422, 500]) {
      hub.fake.faults.push({
        method: 'GET',
        path: /\/pulls$/,
        kind: 'status',
        status,
        body: { message: `bad token ${form} here`, errors: [{ message: form }] },
        times: 4,
      });
      const e = await findOpenPulls(client(), {}).catch((x) => x);
      hub.fake.faults.length = 0;
      const text = `${e.message}\n${e.apiMessage}\n${e.stack}\n${JSON.stringify(e)}\n${lines.join('\n')}`;
      for (const f of echoForms) expect(text).not.toContain(f[1]);
      expect(text).toContain('***');
    }
  });
});

test('GitHub’s message echoing untrusted text cannot start a workflow command in the error or the log', async () => {
  hub.fake.faults.push({
    method: 'POST',
    path: /\/pulls$/,
    kind: 'status',
    status: 422,
    body: { message: 'Validation Failed', errors: [{ message: 'head\n::add-mask::x\n::stop-commands::t' }] },
  });
  const e = await upsertPull(client(), PR).catch((x) => x);
  expect(e.message).toMatch(
    /^GitHub answered 422 to POST \/repos\/acme\/app\/pulls: Validation Failed: head ⏎ ::add-mask::x ⏎ ::stop-commands::t$/,
  );
  // One line: a `::` can only start a command at the start of a line.
  expect(e.message).not.toMatch(/[\r\n]/);
});

describe('redact', () => {
  // Every encoding written out by hand (not computed by the code under test). This token's base64 has a `/`,
  // so its base64url form (`_`) is a different string.
  const SECRET = 'ghs_a?b>c~d0123456789xyz';
  test.each([
    ['plain', 'x ghs_a?b>c~d0123456789xyz y', 'x *** y'],
    ['URL-encoded', 'https://h/?t=ghs_a%3Fb%3Ec~d0123456789xyz&u=1', 'https://h/?t=***&u=1'],
    ['base64', 'token Z2hzX2E/Yj5jfmQwMTIzNDU2Nzg5eHl6 end', 'token *** end'],
    ['base64url', 'jwt.Z2hzX2E_Yj5jfmQwMTIzNDU2Nzg5eHl6.sig', 'jwt.***.sig'],
    [
      'basic credentials (x-access-token:…)',
      'AUTHORIZATION: basic eC1hY2Nlc3MtdG9rZW46Z2hzX2E/Yj5jfmQwMTIzNDU2Nzg5eHl6',
      'AUTHORIZATION: basic ***',
    ],
  ])('%s', (_n, text, redacted) => {
    expect(redact(text, [SECRET])).toBe(redacted);
  });
  test('the forms of the file-wide token, written out', () => {
    const forms = [
      'ghp_s3cr3t/Token+With=Odd&Chars_0123456789',
      'ghp_s3cr3t%2FToken%2BWith%3DOdd%26Chars_0123456789',
      'Z2hwX3MzY3IzdC9Ub2tlbitXaXRoPU9kZCZDaGFyc18wMTIzNDU2Nzg5',
      'eC1hY2Nlc3MtdG9rZW46Z2hwX3MzY3IzdC9Ub2tlbitXaXRoPU9kZCZDaGFyc18wMTIzNDU2Nzg5',
    ];
    expect(redact(forms.join(' | '), [TOKEN])).toBe('*** | *** | *** | ***');
  });
  test('an empty secret changes nothing', () => {
    expect(redact('abc', [''])).toBe('abc');
  });
});

describe('proxy', () => {
  test('HTTP_PROXY routes requests through the proxy; NO_PROXY bypasses it', async () => {
    const proxied: string[] = [];
    const proxy = await startServer((req, res) => {
      proxied.push(`${req.method} ${req.url}`);
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('[]');
    });
    try {
      const gh = createGitHub({
        token: TOKEN,
        repository: FAKE_REPOSITORY,
        apiUrl: 'http://api.github.invalid',
        env: { HTTP_PROXY: proxy.url },
      });
      expect(await findOpenPulls(gh, {})).toEqual([]);
      expect(proxied).toEqual(['GET http://api.github.invalid/repos/acme/app/pulls?state=open&per_page=100']);
      const direct = createGitHub({
        token: TOKEN,
        repository: FAKE_REPOSITORY,
        apiUrl: hub.fake.url,
        env: { HTTP_PROXY: proxy.url, NO_PROXY: '127.0.0.1' },
      });
      expect(await findOpenPulls(direct, {})).toEqual([]);
      expect(proxied).toHaveLength(1);
      expect(hub.fake.log).toHaveLength(1);
    } finally {
      await proxy.stop();
    }
  });
});

describe('garbled answers (issue 16): every answer lockstep reads is checked before it is read', () => {
  const SHA = 'a'.repeat(40);
  const goodPull = {
    number: 1,
    html_url: 'https://github.com/acme/app/pull/1',
    node_id: 'PR_1',
    title: 't',
    body: null,
    state: 'open',
    head: { ref: 'b', sha: SHA },
    base: { ref: 'main' },
    labels: [],
  };

  /** A server answering 200 with `reply` (JSON, or text with its content type) on paths matching `bad`, 404 on `missing`, else `good` (default []). */
  async function garbled(
    bad: RegExp,
    reply: { json?: unknown; text?: string; type?: string },
    good: Record<string, unknown> = {},
    missing?: RegExp,
  ) {
    return startServer((req, res) => {
      const path = new URL(req.url ?? '/', 'http://x').pathname;
      if (missing?.test(path)) {
        res.writeHead(404, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ message: 'Not Found' }));
        return;
      }
      if (bad.test(path)) {
        res.writeHead(200, { 'content-type': reply.type ?? 'application/json; charset=utf-8' });
        res.end(reply.text ?? JSON.stringify(reply.json));
        return;
      }
      const key = Object.keys(good).find((k) => new RegExp(k).test(path));
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(key ? good[key] : []));
    });
  }

  test.each([
    [
      'check runs without ids',
      /check-runs$/,
      { json: { total_count: 1, check_runs: [{ name: 'ci', status: 'completed', conclusion: 'success' }] } },
      (gh: GitHub) => checkStates(gh, SHA, ['ci']),
      /GET \/repos\/acme\/app\/commits\/a{40}\/check-runs: missing numeric check_runs\[0\]\.id/,
    ],
    [
      'a combined status that is a list',
      /\/status$/,
      { json: [] },
      (gh: GitHub) => checkStates(gh, SHA, ['ci']),
      /GET \/repos\/acme\/app\/commits\/a{40}\/status: the reply is not a JSON object/,
    ],
    [
      'a ref without its object',
      /git\/ref\//,
      { json: { ref: 'refs/heads/x' } },
      (gh: GitHub) => getRef(gh, 'refs/heads/x'),
      /GET \/repos\/acme\/app\/git\/ref\/heads%2Fx: object is not an object/,
    ],
    [
      'a release as plain text',
      /releases\/tags\//,
      { text: 'OK', type: 'text/plain' },
      (gh: GitHub) => getReleaseByTag(gh, 'v1.0.0'),
      /GET \/repos\/acme\/app\/releases\/tags\/v1\.0\.0: the reply was not JSON \(text\/plain\)/,
    ],
    [
      'a pull without head.sha',
      /pulls\/1$/,
      { json: { ...goodPull, head: { ref: 'b' } } },
      (gh: GitHub) => getPull(gh, 1),
      /GET \/repos\/acme\/app\/pulls\/1: missing string head\.sha/,
    ],
    [
      'comments with string ids',
      /issues\/1\/comments$/,
      { json: [{ id: '7', body: 'x' }] },
      (gh: GitHub) => commentOnce(gh, 1, 'hello', 'note'),
      /GET \/repos\/acme\/app\/issues\/1\/comments: missing numeric \[0\]\.id/,
    ],
    [
      'JSON cut off',
      /pulls$/,
      { text: '[{"number": 1, "ti' },
      (gh: GitHub) => findOpenPulls(gh, {}),
      /GET \/repos\/acme\/app\/pulls: the reply was cut off or is not valid JSON \(18 bytes of application\/json\)/,
    ],
  ])('%s: a read is tried 4 times, then a GitHubError naming the endpoint and the field', async (_name, bad, reply, call, message) => {
    const server = await garbled(bad, reply, { 'check-runs$': { total_count: 0, check_runs: [] } });
    try {
      const gh = createGitHub({
        token: TOKEN,
        repository: FAKE_REPOSITORY,
        apiUrl: server.url,
        env: {},
        sleep: async () => {},
        minMutationGapMs: 0,
      });
      const e = (await call(gh).then(
        () => undefined,
        (x: unknown) => x,
      )) as GitHubError;
      expect(e).toBeInstanceOf(GitHubError);
      expect(e.code).toBe('bad-reply');
      expect(e.message).toMatch(message);
      expect(e.message).not.toContain(TOKEN);
      expect(server.requests.filter((r) => bad.test(new URL(r.url, 'http://x').pathname))).toHaveLength(4);
    } finally {
      await server.stop();
    }
  });

  test('a create answered with HTML is not repeated blindly: looked up, made again only when absent (3 creates at most)', async () => {
    const server = await garbled(/git\/refs$/, { text: '<html>proxy</html>', type: 'text/html' }, {}, /git\/ref\//);
    try {
      const gh = createGitHub({
        token: TOKEN,
        repository: FAKE_REPOSITORY,
        apiUrl: server.url,
        env: {},
        sleep: async () => {},
        minMutationGapMs: 0,
      });
      const e = await createRef(gh, 'refs/tags/v1', SHA).then(
        () => undefined,
        (x: unknown) => x,
      );
      expect(e).toBeInstanceOf(GitHubError);
      expect((e as Error).message).toMatch(/POST \/repos\/acme\/app\/git\/refs: the reply was not JSON \(text\/html\)/);
      expect(server.requests.filter((r) => r.method === 'POST')).toHaveLength(3);
    } finally {
      await server.stop();
    }
  });
});
