import { randomBytes } from 'node:crypto';
import {
  createServer as createHttpServer,
  type IncomingHttpHeaders,
  type IncomingMessage,
  request as httpRequest,
  type Server,
  type ServerResponse,
} from 'node:http';
import { connect, createServer as createTcpServer, type Socket } from 'node:net';

/**
 * Loopback servers for registry tests: a scriptable fake HTTP server (fault
 * injection), a Bearer-token front for a real registry, and a TCP proxy that
 * adds latency. All listen on 127.0.0.x only and close every connection on stop.
 */

/** One request a loopback server saw. */
export interface SeenRequest {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
}

export interface LoopbackServer {
  /** `http://host:port`. */
  url: string;
  /** `host:port`. */
  host: string;
  port: number;
  requests: SeenRequest[];
  stop(): Promise<void>;
}

/** Handles one request; `n` counts requests from 1. Return nothing to leave the request hanging. */
export type Handler = (req: IncomingMessage, res: ServerResponse, n: number) => void | Promise<void>;

async function listen(server: Server, address: string): Promise<number> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, address, () => resolve());
  });
  return (server.address() as { port: number }).port;
}

/**
 * A fake HTTP server on `address` (127.0.0.1 by default; 127.0.0.2 gives a
 * second "host" for redirect tests). Every request is recorded before the handler runs.
 */
export async function startServer(handler: Handler, address = '127.0.0.1'): Promise<LoopbackServer> {
  const requests: SeenRequest[] = [];
  const server = createHttpServer((req, res) => {
    requests.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers });
    Promise.resolve(handler(req, res, requests.length)).catch((e) => {
      if (!res.headersSent) res.writeHead(500);
      res.end(String(e));
    });
  });
  const port = await listen(server, address);
  return {
    url: `http://${address}:${port}`,
    host: `${address}:${port}`,
    port,
    requests,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export interface TokenFrontOptions {
  /** The registry to forward authorised requests to, e.g. `http://127.0.0.1:5000`. */
  upstream: string;
  /** When set, the token endpoint demands these (Basic) credentials; otherwise tokens are anonymous. */
  credentials?: { username: string; password: string };
  /** Realm advertised in challenges (default: this server's /token). */
  realm?: string;
  service?: string;
  /** Token lifetime in seconds (default 300). */
  expiresIn?: number;
  /** A token stops working after this many registry requests (simulates expiry mid-run). */
  maxUses?: number;
}

export interface TokenFront extends LoopbackServer {
  /** Tokens issued, with the scope each was issued for. */
  issued: { token: string; scope: string; authorization?: string }[];
  /** Forget every issued token (simulates expiry: the next use gets a 401). */
  revokeAll(): void;
}

/**
 * A Bearer-token front for a real registry: `/token` issues tokens (checking
 * Basic credentials when configured); `/v2/…` demands `Authorization: Bearer`
 * with a token whose scope covers the repository, answering 401 with a
 * `WWW-Authenticate: Bearer realm=…,service=…,scope=…` challenge otherwise,
 * and forwards authorised requests to the registry.
 */
export async function startTokenFront(opts: TokenFrontOptions): Promise<TokenFront> {
  const valid = new Map<string, string>();
  const uses = new Map<string, number>();
  const issued: TokenFront['issued'] = [];
  const service = opts.service ?? 'lockstep-test-registry';
  let realm = opts.realm;
  const want = opts.credentials
    ? `Basic ${Buffer.from(`${opts.credentials.username}:${opts.credentials.password}`).toString('base64')}`
    : undefined;
  const front = await startServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://front');
    if (url.pathname === '/token') {
      const scope = url.searchParams.get('scope') ?? '';
      if (want && req.headers.authorization !== want) {
        res.writeHead(401, { 'Content-Type': 'application/json' });
        res.end(JSON.stringify({ errors: [{ code: 'UNAUTHORIZED', message: 'bad credentials' }] }));
        return;
      }
      const token = randomBytes(16).toString('hex');
      valid.set(token, scope);
      issued.push({ token, scope, authorization: req.headers.authorization });
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify({ token, expires_in: opts.expiresIn ?? 300 }));
      return;
    }
    const m = /^\/v2\/(.+?)\/(manifests|blobs|tags)\//.exec(url.pathname);
    const scope = m ? `repository:${m[1]}:pull` : '';
    const auth = req.headers.authorization ?? '';
    const token = auth.startsWith('Bearer ') ? auth.slice(7) : undefined;
    let granted = token !== undefined && valid.has(token) && (scope === '' || valid.get(token) === scope);
    if (granted && opts.maxUses !== undefined) {
      const n = (uses.get(token!) ?? 0) + 1;
      uses.set(token!, n);
      if (n > opts.maxUses) granted = false;
    }
    if (!granted) {
      res.writeHead(401, {
        'Content-Type': 'application/json',
        'WWW-Authenticate': `Bearer realm="${realm}",service="${service}"${scope ? `,scope="${scope}"` : ''}`,
      });
      res.end(JSON.stringify({ errors: [{ code: 'UNAUTHORIZED', message: 'authentication required' }] }));
      return;
    }
    forward(opts.upstream, req, res);
  });
  realm ??= `${front.url}/token`;
  return { ...front, issued, revokeAll: () => valid.clear() };
}

/** Proxies one request to `upstream` without the Authorization header. */
export function forward(upstream: string, req: IncomingMessage, res: ServerResponse): void {
  const { authorization: _a, host: _h, ...headers } = req.headers;
  const up = httpRequest(new URL(req.url ?? '/', upstream), { method: req.method, headers }, (r) => {
    res.writeHead(r.statusCode ?? 502, r.headers);
    r.pipe(res);
  });
  up.on('error', () => {
    if (!res.headersSent) res.writeHead(502);
    res.end();
  });
  req.pipe(up);
}

export interface DelayProxy {
  /** `127.0.0.1:port`, to use as the registry host in references. */
  host: string;
  port: number;
  stop(): Promise<void>;
}

/**
 * A TCP proxy that delays every chunk by `delayMs` in each direction, so a
 * request/response exchange costs 2 × delayMs of round-trip time. Order is
 * kept (equal delays fire in order).
 */
export async function startDelayProxy(target: { host: string; port: number }, delayMs: number): Promise<DelayProxy> {
  const sockets = new Set<Socket>();
  const track = (s: Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  };
  const server = createTcpServer((client) => {
    track(client);
    const upstream = connect(target.port, target.host);
    track(upstream);
    client.setNoDelay(true);
    upstream.setNoDelay(true);
    const pipeDelayed = (from: Socket, to: Socket) => {
      from.on('data', (chunk) => setTimeout(() => to.writable && to.write(chunk), delayMs));
      from.on('end', () => setTimeout(() => to.end(), delayMs));
      from.on('error', () => to.destroy());
    };
    pipeDelayed(client, upstream);
    pipeDelayed(upstream, client);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const port = (server.address() as { port: number }).port;
  return {
    host: `127.0.0.1:${port}`,
    port,
    stop: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
