import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Blob, ImageContent, PushContent } from './oci-content.ts';

export { buildImage, buildIndex, MT, sha256, tarWithFile } from './oci-content.ts';
export type { Blob, ImageContent, IndexContent, PushContent } from './oci-content.ts';
// The loopback helpers that usually go with a registry: a Bearer-token front, fake servers, a latency proxy.
export { forward, startDelayProxy, startServer, startTokenFront } from './loopback.ts';
export type { DelayProxy, LoopbackServer, TokenFront, TokenFrontOptions } from './loopback.ts';

/**
 * A real OCI registry for tests: Debian's `docker-registry` (distribution
 * 2.8) on a free 127.0.0.1 port with its own temp storage, optionally behind
 * htpasswd Basic auth. `stop()` kills its process group and removes its files.
 *
 *   const reg = await LocalRegistry.start({ basicAuth: { username: 'ci', password: 's3cret' } });
 *   await reg.push('acme/api', '1.0.0', buildImage('api'));
 *   …
 *   await reg.stop();
 */
export interface RegistryOptions {
  /** Require these credentials (htpasswd, bcrypt) for every request. */
  basicAuth?: { username: string; password: string };
}

const live = new Set<ChildProcess>();
let exitHook = false;

/** Where the harness looks for system tools: PATH, plus the sbin folders a non-login PATH may lack. */
export function toolSearchPath(): string {
  return [process.env.PATH ?? '', '/usr/bin', '/usr/sbin'].filter(Boolean).join(':');
}

/**
 * Path of the docker-registry binary. Tests never install system packages
 * (`npm test` does, before any test starts: scripts/test-prereqs.mjs): a
 * missing one fails at once, naming the package and the command that installs it.
 */
export function ensureDockerRegistry(searchPath = toolSearchPath()): string {
  const found = which('docker-registry', searchPath);
  if (found) return found;
  throw new Error(
    'docker-registry is not installed (Debian package docker-registry, distribution 2.8): run `apt-get install docker-registry` as root (npm test does it first: scripts/test-prereqs.mjs)',
  );
}

/** True when docker-registry is on PATH (the demo uses this to skip gracefully). */
export function hasDockerRegistry(): boolean {
  return which('docker-registry', toolSearchPath()) !== undefined;
}

function which(cmd: string, searchPath: string): string | undefined {
  for (const dir of searchPath.split(':')) {
    const p = join(dir, cmd);
    if (dir && existsSync(p)) return p;
  }
  return undefined;
}

/** A bcrypt htpasswd line via `htpasswd -Bbn` (apache2-utils); distribution accepts only bcrypt. */
export function htpasswdLine(username: string, password: string, searchPath = toolSearchPath()): string {
  const bin = which('htpasswd', searchPath);
  if (!bin)
    throw new Error(
      'htpasswd is not installed (Debian package apache2-utils): run `apt-get install apache2-utils` as root (npm test does it first: scripts/test-prereqs.mjs)',
    );
  const r = spawnSync(bin, ['-Bbn', username, password], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`htpasswd failed: ${r.stderr}`);
  return r.stdout.trim();
}

/** A free TCP port on 127.0.0.1 (closed again before returning; the caller binds it). */
export function freePort(host = '127.0.0.1'): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, host, () => {
      const port = (srv.address() as { port: number }).port;
      srv.close(() => resolve(port));
    });
  });
}

export class LocalRegistry {
  /** `127.0.0.1:<port>`, the host part of image references. */
  readonly host: string;
  /** `http://127.0.0.1:<port>`. */
  readonly url: string;
  readonly port: number;
  readonly dir: string;
  private readonly proc: ChildProcess;
  private readonly authHeader?: string;
  private stopped = false;

  private constructor(port: number, dir: string, proc: ChildProcess, authHeader?: string) {
    this.port = port;
    this.host = `127.0.0.1:${port}`;
    this.url = `http://${this.host}`;
    this.dir = dir;
    this.proc = proc;
    this.authHeader = authHeader;
  }

  /** Starts a registry and waits until `/v2/` answers. */
  static async start(opts: RegistryOptions = {}): Promise<LocalRegistry> {
    const bin = ensureDockerRegistry();
    let lastError: unknown;
    for (let attempt = 0; attempt < 3; attempt++) {
      const dir = mkdtempSync(join(tmpdir(), 'lockstep-registry-'));
      const port = await freePort();
      mkdirSync(join(dir, 'storage'));
      let auth = '';
      if (opts.basicAuth) {
        writeFileSync(join(dir, 'htpasswd'), `${htpasswdLine(opts.basicAuth.username, opts.basicAuth.password)}\n`);
        auth = `auth:\n  htpasswd:\n    realm: lockstep-test\n    path: ${join(dir, 'htpasswd')}\n`;
      }
      writeFileSync(
        join(dir, 'config.yml'),
        `version: 0.1\nlog:\n  level: error\n  accesslog:\n    disabled: true\nstorage:\n  filesystem:\n    rootdirectory: ${join(dir, 'storage')}\n  delete:\n    enabled: true\n  cache:\n    blobdescriptor: inmemory\nhttp:\n  addr: 127.0.0.1:${port}\n  secret: ${randomBytes(16).toString('hex')}\n${auth}`,
      );
      const proc = spawn(bin, ['serve', join(dir, 'config.yml')], { detached: true, stdio: ['ignore', 'ignore', 'pipe'] });
      let stderr = '';
      proc.stderr.setEncoding('utf8').on('data', (d: string) => (stderr = (stderr + d).slice(-4000)));
      live.add(proc);
      installExitHook();
      const authHeader = opts.basicAuth
        ? `Basic ${Buffer.from(`${opts.basicAuth.username}:${opts.basicAuth.password}`).toString('base64')}`
        : undefined;
      const reg = new LocalRegistry(port, dir, proc, authHeader);
      try {
        await reg.waitReady(10000);
        return reg;
      } catch (e) {
        lastError = new Error(`${(e as Error).message}; docker-registry said: ${stderr.trim() || '(nothing)'}`);
        await reg.stop();
      }
    }
    throw lastError;
  }

  private async waitReady(timeoutMs: number): Promise<void> {
    const until = Date.now() + timeoutMs;
    while (Date.now() < until) {
      if (this.proc.exitCode !== null) throw new Error(`docker-registry exited with ${this.proc.exitCode}`);
      try {
        const res = await fetch(`${this.url}/v2/`, { signal: AbortSignal.timeout(1000) });
        await res.arrayBuffer();
        if (res.status === 200 || res.status === 401) return;
      } catch {
        // not listening yet
      }
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`docker-registry did not answer on ${this.url}/v2/ within ${timeoutMs} ms`);
  }

  /** Uploads `content` (blobs, child manifests, then the manifest) and tags it. Returns the manifest digest. */
  async push(repository: string, tag: string, content: PushContent): Promise<string> {
    return pushContent(this.url, repository, tag, content, this.authHeader);
  }

  /** Kills the registry's process group and removes its storage. */
  async stop(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    await killGroup(this.proc);
    live.delete(this.proc);
    rmSync(this.dir, { recursive: true, force: true });
  }
}

async function killGroup(proc: ChildProcess): Promise<void> {
  if (proc.exitCode !== null || proc.signalCode !== null || proc.pid === undefined) return;
  const exited = new Promise<void>((resolve) => proc.once('exit', () => resolve()));
  try {
    process.kill(-proc.pid, 'SIGKILL');
  } catch {
    proc.kill('SIGKILL');
  }
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([exited, new Promise((r) => (timer = setTimeout(r, 3000)))]);
  clearTimeout(timer);
}

function installExitHook(): void {
  if (exitHook) return;
  exitHook = true;
  process.once('exit', () => {
    for (const p of live) {
      try {
        if (p.pid) process.kill(-p.pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }
  });
}

/**
 * Pushes content through the Distribution HTTP API: a monolithic blob upload
 * (POST, then PUT with `?digest=`) per missing blob, child manifests by
 * digest, then the manifest under `tag`. `authorization` is sent as is.
 */
export async function pushContent(
  baseUrl: string,
  repository: string,
  tag: string,
  content: PushContent,
  authorization?: string,
): Promise<string> {
  const headers: Record<string, string> = authorization ? { Authorization: authorization } : {};
  const images: ImageContent[] = content.kind === 'index' ? content.children : [content];
  for (const img of images) {
    for (const b of img.blobs) await uploadBlob(baseUrl, repository, b, headers);
    if (content.kind === 'index') await putManifest(baseUrl, repository, img.digest, img.mediaType, img.manifest, headers);
  }
  return putManifest(baseUrl, repository, tag, content.mediaType, content.manifest, headers);
}

async function uploadBlob(baseUrl: string, repository: string, b: Blob, headers: Record<string, string>): Promise<void> {
  const head = await fetch(`${baseUrl}/v2/${repository}/blobs/${b.digest}`, { method: 'HEAD', headers });
  if (head.status === 200) return;
  const start = await fetch(`${baseUrl}/v2/${repository}/blobs/uploads/`, { method: 'POST', headers });
  await start.arrayBuffer();
  if (start.status !== 202) throw new Error(`blob upload start for ${repository} answered ${start.status}`);
  const location = new URL(start.headers.get('location') ?? '', baseUrl);
  location.searchParams.set('digest', b.digest);
  const put = await fetch(location, {
    method: 'PUT',
    headers: { ...headers, 'Content-Type': 'application/octet-stream', 'Content-Length': String(b.bytes.length) },
    body: b.bytes,
  });
  const text = await put.text();
  if (put.status !== 201) throw new Error(`blob upload of ${b.digest} to ${repository} answered ${put.status}: ${text}`);
}

async function putManifest(
  baseUrl: string,
  repository: string,
  ref: string,
  mediaType: string,
  body: Buffer,
  headers: Record<string, string>,
): Promise<string> {
  const res = await fetch(`${baseUrl}/v2/${repository}/manifests/${ref}`, {
    method: 'PUT',
    headers: { ...headers, 'Content-Type': mediaType },
    body,
  });
  const text = await res.text();
  if (res.status !== 201) throw new Error(`manifest PUT ${repository}:${ref} answered ${res.status}: ${text}`);
  return res.headers.get('docker-content-digest') ?? '';
}
