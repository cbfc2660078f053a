import { createServer, type ServerResponse } from 'node:http';
import { startServer, type LoopbackServer } from '../../../../action-tests/harness/loopback.ts';
import { createGitHub, type GitHub } from '../../src/github/client.ts';
import { findOpenPulls } from '../../src/github/pulls.ts';
import { redirectHop } from '../../src/http/transport.ts';

// The GitHub client's requests go over node:http (not Node's fetch, whose
// WebAssembly parser costs ~15 MB and start-up time). These tests hold the
// exchange to what fetch did: redirects followed as fetch follows them,
// credentials kept to the origin asked, answers decoded as fetch decodes.

const TOKEN = 'ghp_transportTOKEN0123456789';

const servers: LoopbackServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.stop()));
});

async function serve(handler: Parameters<typeof startServer>[0], address?: string): Promise<LoopbackServer> {
  const s = await startServer(handler, address);
  servers.push(s);
  return s;
}

function client(apiUrl: string, extra: Partial<Parameters<typeof createGitHub>[0]> = {}): GitHub {
  return createGitHub({ token: TOKEN, repository: 'acme/app', apiUrl, env: {}, minMutationGapMs: 0, sleep: async () => {}, ...extra });
}

/** The error a request ended with (a request that succeeds fails the test). */
async function failure(request: Promise<unknown>): Promise<Error> {
  try {
    await request;
  } catch (e) {
    return e as Error;
  }
  throw new Error('the request succeeded');
}

/** Reads a request's body as text. */
async function bodyOf(req: NodeJS.ReadableStream): Promise<string> {
  let text = '';
  for await (const chunk of req) text += String(chunk);
  return text;
}

/** A pull request as GitHub's schema has it, enough for the client's reply checks. */
const pull = (number: number, title = 't') => ({
  number,
  html_url: `https://github.com/acme/app/pull/${number}`,
  node_id: `PR_${number}`,
  title,
  body: null,
  state: 'open',
  head: { ref: 'b', sha: 'a'.repeat(40) },
  base: { ref: 'main' },
  labels: [],
});

const json = (res: ServerResponse, status: number, value: unknown) => {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(value));
};

test('never calls Node’s global fetch', async () => {
  const api = await serve((_req, res) => json(res, 200, []));
  const original = globalThis.fetch;
  const calls: unknown[] = [];
  globalThis.fetch = (...args: unknown[]) => {
    calls.push(args);
    return Promise.reject(new Error('global fetch called'));
  };
  try {
    expect(await findOpenPulls(client(api.url), {})).toEqual([]);
  } finally {
    globalThis.fetch = original;
  }
  expect(calls).toEqual([]);
  expect(api.requests.map((r) => `${r.method} ${r.url}`)).toEqual(['GET /repos/acme/app/pulls?state=open&per_page=100']);
});

test('a 307 repeats the PATCH with its body and token at the new address on the same origin', async () => {
  const bodies: string[] = [];
  const api = await serve(async (req, res) => {
    bodies.push(await bodyOf(req));
    if (req.url === '/repos/acme/app/pulls/7') {
      res.writeHead(307, { location: '/repositories/42/pulls/7' });
      res.end();
    } else json(res, 200, pull(7, 'renamed'));
  });
  const gh = client(api.url);
  const { data } = await gh.octokit.request('PATCH /repos/{owner}/{repo}/pulls/{pull_number}', {
    owner: 'acme',
    repo: 'app',
    pull_number: 7,
    title: 'renamed',
  });
  expect(data).toEqual(pull(7, 'renamed'));
  expect(api.requests.map((r) => `${r.method} ${r.url} ${r.headers.authorization}`)).toEqual([
    `PATCH /repos/acme/app/pulls/7 token ${TOKEN}`,
    `PATCH /repositories/42/pulls/7 token ${TOKEN}`,
  ]);
  expect(bodies).toEqual(['{"title":"renamed"}', '{"title":"renamed"}']);
  expect(api.requests[1].headers['content-length']).toBe('19');
});

test('a 303 after a POST continues as a GET without the body', async () => {
  const bodies: string[] = [];
  const api = await serve(async (req, res) => {
    bodies.push(await bodyOf(req));
    if (req.method === 'POST') {
      res.writeHead(303, { location: `/repos/acme/app/issues/comments/5` });
      res.end();
    } else json(res, 200, { id: 5 });
  });
  const { data } = await client(api.url).octokit.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
    owner: 'acme',
    repo: 'app',
    issue_number: 3,
    body: 'hello',
  });
  expect(data).toEqual({ id: 5 });
  expect(api.requests.map((r) => `${r.method} ${r.url}`)).toEqual([
    'POST /repos/acme/app/issues/3/comments',
    'GET /repos/acme/app/issues/comments/5',
  ]);
  expect(bodies).toEqual(['{"body":"hello"}', '']);
  expect(api.requests[1].headers['content-type']).toBeUndefined();
  expect(api.requests[1].headers['content-length']).toBeUndefined();
});

test('a redirect to another host does not take the token along', async () => {
  const other = await serve((_req, res) => json(res, 200, []), '127.0.0.2');
  const api = await serve((req, res) => {
    res.writeHead(301, { location: `${other.url}${req.url}` });
    res.end();
  });
  expect(await findOpenPulls(client(api.url), {})).toEqual([]);
  expect(api.requests[0].headers.authorization).toBe(`token ${TOKEN}`);
  expect(other.requests.map((r) => `${r.method} ${r.url}`)).toEqual(['GET /repos/acme/app/pulls?state=open&per_page=100']);
  expect(other.requests[0].headers.authorization).toBeUndefined();
  expect(JSON.stringify(other.requests[0].headers)).not.toContain(TOKEN);
});

test('an endless redirect stops after five hops with a message that says so', async () => {
  const api = await serve((req, res) => {
    res.writeHead(302, { location: `/loop${req.url}` });
    res.end();
  });
  const e = await failure(findOpenPulls(client(api.url), {}));
  expect(e.message).toMatch(
    /^could not reach the GitHub API at http:\/\/127\.0\.0\.1:\d+ \(GITHUB_API_URL\) for GET \/repos\/acme\/app\/pulls after 4 attempts \(127\.0\.0\.1:\d+ redirected more than 5 times\)/,
  );
  // Six requests per attempt (the first and five hops), four attempts.
  expect(api.requests).toHaveLength(24);
});

test('the redirect step shared with the registry client: no downgrade, no other scheme, no token to another origin', () => {
  expect(() => redirectHop(new URL('https://api.example.com/x'), 'http://evil.example/x', 'https://api.example.com', {}, 0)).toThrow(
    'api.example.com redirected to insecure http://evil.example; refusing',
  );
  expect(() => redirectHop(new URL('http://127.0.0.1:8080/x'), 'file:///etc/passwd', 'http://127.0.0.1:8080', {}, 0)).toThrow(
    '127.0.0.1:8080 redirected to a file: URL; refusing',
  );
  expect(
    redirectHop(
      new URL('https://api.example.com/x'),
      'https://objects.example.com/y',
      'https://api.example.com',
      { Authorization: 'a', accept: 'b' },
      0,
    ),
  ).toEqual({ next: new URL('https://objects.example.com/y'), headers: { accept: 'b' } });
  expect(redirectHop(new URL('https://api.example.com/x'), '/y', 'https://api.example.com', { authorization: 'a' }, 4)).toEqual({
    next: new URL('https://api.example.com/y'),
    headers: { authorization: 'a' },
  });
});

test('an answer with a byte-order mark and a charset parses as fetch parsed it', async () => {
  const api = await serve((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
    res.end(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('[]')]));
  });
  expect(await findOpenPulls(client(api.url), {})).toEqual([]);
});

test('an answer cut off after its head is a cut-off reply (GitHub answered), not a network failure', async () => {
  const api = await serve((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': '100' });
    res.write('[{"number":');
    setTimeout(() => res.destroy(), 10);
  });
  const e = await failure(findOpenPulls(client(api.url), {}));
  expect(e.message).toMatch(/^GitHub's answer was unusable: GET \/repos\/acme\/app\/pulls: the reply was empty or cut off/);
  expect(e.message).not.toContain('EABORTED');
});

test('a declared body over 64 MiB is refused without reading it', async () => {
  const api = await serve((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(100 * 1024 * 1024) });
    res.write('[');
    // Never ends: only the declared length can end the request.
  });
  const e = await failure(findOpenPulls(client(api.url), {}));
  expect(e.message).toContain('(response too large from 127.0.0.1:');
  expect(e.message).toContain('a 104857600-byte body; the limit is 67108864 bytes)');
});

test('an error answer over 4 MiB is cut off, not read whole', async () => {
  const api = await serve((_req, res) => {
    res.writeHead(500, { 'content-type': 'text/plain' });
    const mib = Buffer.alloc(1024 * 1024, 'x');
    for (let i = 0; i < 6; i++) res.write(mib);
    res.end();
  });
  const e = await failure(findOpenPulls(client(api.url), {}));
  expect(e.message).toContain('more than 4194304 bytes; the limit is 4194304 bytes');
});

test('a server that never answers times out with ETIMEDOUT', async () => {
  const api = await serve(() => {});
  const e = await failure(findOpenPulls(client(api.url, { timeoutMs: 100 }), {}));
  expect(e.message).toMatch(/for GET \/repos\/acme\/app\/pulls after 4 attempts \(ETIMEDOUT\) — /);
});

test('repeated header fields read as fetch joins them, and Link pagination still works', async () => {
  const api = await serve((req, res) => {
    const page = new URL(req.url ?? '', 'http://x').searchParams.get('page') ?? '1';
    const headers: [string, string][] = [
      ['content-type', 'application/json'],
      ['x-note', 'a'],
      ['x-note', 'b'],
    ];
    if (page === '1') headers.push(['link', `<${api.url}/repos/acme/app/pulls?state=open&per_page=100&page=2>; rel="next"`]);
    res.writeHead(200, headers.flat());
    res.end(JSON.stringify([pull(Number(page))]));
  });
  const gh = client(api.url);
  const first = await gh.octokit.request('GET /repos/{owner}/{repo}/pulls', { owner: 'acme', repo: 'app', state: 'open', per_page: 100 });
  expect(first.headers['x-note']).toBe('a, b');
  expect(first.status).toBe(200);
  const all = await gh.octokit.paginate('GET /repos/{owner}/{repo}/pulls', { owner: 'acme', repo: 'app', state: 'open', per_page: 100 });
  expect(all).toEqual([pull(1), pull(2)]);
});

test('HTTPS_PROXY: an https API is reached through a CONNECT tunnel; NO_PROXY names a host that is not', async () => {
  const seen: string[] = [];
  // startServer's handler sees requests only; a tunnel request arrives as a 'connect' event.
  const tunnel = createServer();
  tunnel.on('connect', (req, socket) => {
    seen.push(`CONNECT ${req.url}`);
    if (JSON.stringify(req.headers).includes(TOKEN)) seen.push('the token in the CONNECT request');
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  await new Promise<void>((resolve) => tunnel.listen(0, '127.0.0.1', resolve));
  const at = `http://127.0.0.1:${(tunnel.address() as { port: number }).port}`;
  try {
    const e = await failure(
      findOpenPulls(
        createGitHub({
          token: TOKEN,
          repository: 'acme/app',
          apiUrl: 'https://api.github.invalid',
          env: { HTTPS_PROXY: at },
          sleep: async () => {},
        }),
        {},
      ),
    );
    expect(e.message).toMatch(
      /^could not reach the GitHub API at https:\/\/api\.github\.invalid \(GITHUB_API_URL\) for GET \/repos\/acme\/app\/pulls after 4 attempts \(ERR_PROXY_TUNNEL\)/,
    );
    // The token never goes to the proxy: inside the tunnel only, which the proxy refused.
    expect(seen).toEqual(Array(4).fill('CONNECT api.github.invalid:443'));
    seen.length = 0;
    const direct = await failure(
      findOpenPulls(
        createGitHub({
          token: TOKEN,
          repository: 'acme/app',
          apiUrl: 'https://api.github.invalid',
          env: { HTTPS_PROXY: at, NO_PROXY: '.github.invalid' },
          sleep: async () => {},
        }),
        {},
      ),
    );
    // The name does not resolve (.invalid never does): asked directly, not through the proxy.
    expect(direct.message).toMatch(/\((ENOTFOUND|EAI_AGAIN)\)/);
    expect(seen).toEqual([]);
  } finally {
    tunnel.closeAllConnections();
    await new Promise((resolve) => tunnel.close(resolve));
  }
});
