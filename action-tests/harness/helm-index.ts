// A classic Helm repository on 127.0.0.1, as chart-releaser publishes one: chart myapp's versions packaged by
// the real Helm (helm package), indexed by it (helm repo index --url), and served with index.yaml by a small
// node:http server. An archive can be replaced after indexing (`replace`), to attack the digest check. Given
// `auth`, the server is a private repository: any request without that Basic user:password answers 401.

import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chartFiles, type ChartShape } from './chart-repo.ts';
import { GitFixture } from './git-fixture.ts';

export class HelmIndex {
  private readonly files: Map<string, Buffer>;
  /** The paths requested, in order. */
  readonly served: string[];
  /** The Authorization header of each request, in order ('' when none was sent). */
  readonly authorizations: string[] = [];
  private readonly server: Server;
  /** `http://127.0.0.1:<port>/charts`: the repoURL an Application or HelmRepository names. */
  readonly url: string;
  private constructor(server: Server, url: string, files: Map<string, Buffer>, served: string[]) {
    this.server = server;
    this.url = url;
    this.files = files;
    this.served = served;
  }

  /** Packages chart myapp at each version (with its shape) and serves them with the index Helm wrote. */
  static async start(versions: [string, ChartShape][], name = 'myapp', auth?: { username: string; password: string }): Promise<HelmIndex> {
    const helm = process.env.LOCKSTEP_HELM;
    if (!helm) throw new Error('LOCKSTEP_HELM is not set (the jest global setup installs Helm)');
    const dir = mkdtempSync(join(tmpdir(), 'lockstep-helm-index-'));
    const out = join(dir, 'repo');
    mkdirSync(out);
    const env = { ...process.env, HOME: dir, HELM_CONFIG_HOME: join(dir, 'config'), HELM_CACHE_HOME: join(dir, 'cache') };
    const files = new Map<string, Buffer>();
    const served: string[] = [];
    const wanted = auth ? `Basic ${Buffer.from(`${auth.username}:${auth.password}`).toString('base64')}` : undefined;
    const server = createServer((req, res) => {
      served.push(req.url ?? '');
      index.authorizations.push(req.headers.authorization ?? '');
      if (wanted !== undefined && req.headers.authorization !== wanted) {
        res.writeHead(401, { 'WWW-Authenticate': 'Basic realm="charts"' }).end('unauthorized');
        return;
      }
      const body = files.get(req.url ?? '');
      if (body === undefined) res.writeHead(404).end('not found');
      else res.writeHead(200).end(body);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/charts`;
    const index = new HelmIndex(server, url, files, served);
    try {
      for (const [version, shape] of versions) {
        const fx = GitFixture.create(chartFiles(version, shape, name));
        try {
          execFileSync(helm, ['package', join(fx.dir, name), '--destination', out], { env, stdio: 'pipe' });
        } finally {
          fx.cleanup();
        }
      }
      execFileSync(helm, ['repo', 'index', out, '--url', url], { env, stdio: 'pipe' });
      for (const f of readdirSync(out)) index.files.set(`/charts/${f}`, readFileSync(join(out, f)));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    return index;
  }

  /** Serves `from`'s archive bytes at `to`'s archive path (the index still lists `to`'s digest). */
  replace(to: string, from: string): void {
    this.files.set(`/charts/${to}`, this.files.get(`/charts/${from}`)!);
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
