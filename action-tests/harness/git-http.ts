import { execFileSync, spawn } from 'node:child_process';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { dirname, join } from 'node:path';
import { startServer, type LoopbackServer } from './loopback.ts';

/** One request the git server saw: path and every Authorization header it carried (raw, in order). */
export interface GitHttpRequest {
  method: string;
  url: string;
  authorization: string[];
}

/** A smart-HTTP git server on loopback, serving the bare repositories under `root`. */
export interface GitHttpServer {
  /** `http://127.0.0.1:<port>`; a repository is `<url>/<name>.git`. */
  url: string;
  requests: GitHttpRequest[];
  /** Bytes of response bodies sent so far (what the clients fetched, packs included). */
  readonly bytesSent: number;
  stop(): Promise<void>;
}

const httpBackend = join(execFileSync('git', ['--exec-path'], { encoding: 'utf8' }).trim(), 'git-http-backend');

/**
 * Serves bare repositories under `root` over HTTP through git's own CGI
 * program (git http-backend), so fetch and push run the real smart-HTTP
 * protocol. Every request must carry exactly one `Authorization: Basic`
 * header equal to `base64(x-access-token:<token>)`; otherwise the answer is
 * 401 (two headers, or a wrong one, as a persisted checkout credential would
 * add, are refused too).
 */
export async function startGitHttpServer(root: string, token: string): Promise<GitHttpServer> {
  const expected = `basic ${Buffer.from(`x-access-token:${token}`).toString('base64')}`;
  const requests: GitHttpRequest[] = [];
  let sent = 0;
  const handler = (req: IncomingMessage, res: ServerResponse) => {
    const authorization: string[] = [];
    for (let i = 0; i < req.rawHeaders.length; i += 2)
      if (req.rawHeaders[i].toLowerCase() === 'authorization') authorization.push(req.rawHeaders[i + 1]);
    requests.push({ method: req.method ?? '', url: req.url ?? '', authorization });
    if (authorization.length !== 1 || authorization[0].toLowerCase() !== expected.toLowerCase()) {
      res.writeHead(401, { 'WWW-Authenticate': 'Basic realm="git"' });
      res.end('unauthorized\n');
      return;
    }
    const u = new URL(req.url ?? '/', 'http://127.0.0.1');
    const child = spawn(httpBackend, [], {
      env: {
        PATH: process.env.PATH ?? '',
        GIT_PROJECT_ROOT: root,
        GIT_HTTP_EXPORT_ALL: '1',
        REMOTE_USER: 'x-access-token',
        REMOTE_ADDR: '127.0.0.1',
        REQUEST_METHOD: req.method ?? 'GET',
        PATH_INFO: decodeURIComponent(u.pathname),
        QUERY_STRING: u.search.replace(/^\?/, ''),
        CONTENT_TYPE: req.headers['content-type'] ?? '',
        HTTP_CONTENT_ENCODING: req.headers['content-encoding'] ?? '',
        GIT_PROTOCOL: String(req.headers['git-protocol'] ?? ''),
        GIT_CONFIG_NOSYSTEM: '1',
        HOME: dirname(root),
      },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    req.pipe(child.stdin);
    const out: Buffer[] = [];
    child.stdout.on('data', (d: Buffer) => out.push(d));
    child.stderr.resume();
    child.on('close', () => {
      const all = Buffer.concat(out);
      const end = all.indexOf('\r\n\r\n');
      const headerText = all.subarray(0, end < 0 ? 0 : end).toString('latin1');
      const headers: Record<string, string> = {};
      let status = 200;
      for (const line of headerText.split('\r\n')) {
        const colon = line.indexOf(':');
        if (colon < 0) continue;
        const name = line.slice(0, colon).trim();
        const value = line.slice(colon + 1).trim();
        if (name.toLowerCase() === 'status') status = Number(value.split(' ')[0]);
        else headers[name] = value;
      }
      res.writeHead(status, headers);
      const body = all.subarray(end < 0 ? 0 : end + 4);
      sent += body.length;
      res.end(body);
    });
  };
  const server: LoopbackServer = await startServer(handler);
  return {
    url: server.url,
    requests,
    get bytesSent() {
      return sent;
    },
    stop: () => server.stop(),
  };
}
