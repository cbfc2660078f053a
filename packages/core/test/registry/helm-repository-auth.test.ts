// A private classic Helm repository: index.yaml and archives served on 127.0.0.1 by a node:http server that
// requires Basic auth, the credentials taken from the repositories.yaml the real Helm writes (`helm repo add …
// --username … --password-stdin`, which itself reads the index through the same server). Attacked: no file, an
// entry for another URL, a wrong password, an archive on another loopback port (named by the index, or reached by a
// redirect) that must never see the Authorization header, a password with `::` and newlines that must never reach a
// message or the log, a repositories.yaml that is no YAML.

import { execFile, execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { nodeTransport, type NodeTransport } from '../../src/http/transport.ts';
import { RegistryClient, RegistryError } from '../../src/registry/client.ts';
import { pullRepositoryChart } from '../../src/registry/helm-repository.ts';
import { helmRepositoriesPath, helmRepositoriesSource, repositoryKey } from '../../src/registry/helm-repositories.ts';

let dir: string;
let helm: string;
let helmEnv: NodeJS.ProcessEnv;
let transport: NodeTransport;
/** The private repository (Basic auth required) and the other host (another port, anonymous). */
let privateServer: Server;
let otherServer: Server;
let repo: string;
let other: string;
/** The password the private server accepts (user `ci`); set per test. */
let password = 'hunter2-s3cret';
/** What each server saw: path and Authorization header. */
const seen: { server: 'private' | 'other'; path: string; auth?: string }[] = [];
/** Paths the private server answers with a redirect (to a full URL). */
const redirects = new Map<string, string>();
/** The index the private server serves (replaced by tests that point the archive elsewhere). */
let indexBody: Buffer;
let tgz: Buffer;

const record = (server: 'private' | 'other', req: IncomingMessage) =>
  seen.push({ server, path: req.url ?? '', ...(req.headers.authorization ? { auth: req.headers.authorization } : {}) });
const basic = (user: string, pass: string) => `Basic ${Buffer.from(`${user}:${pass}`).toString('base64')}`;

beforeAll(async () => {
  helm = process.env.LOCKSTEP_HELM ?? '';
  if (!helm) throw new Error('LOCKSTEP_HELM is not set (the jest global setup installs Helm)');
  dir = mkdtempSync(join(tmpdir(), 'lockstep-helm-auth-'));
  helmEnv = { ...process.env, HOME: dir, HELM_CONFIG_HOME: join(dir, 'config'), HELM_CACHE_HOME: join(dir, 'cache') };
  const src = join(dir, 'src', 'podinfo');
  mkdirSync(join(src, 'templates'), { recursive: true });
  writeFileSync(join(src, 'Chart.yaml'), 'apiVersion: v2\nname: podinfo\nversion: 6.5.4\n');
  writeFileSync(join(src, 'values.yaml'), 'replicaCount: 1\n');
  writeFileSync(join(src, 'templates', 'cm.yaml'), 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {{ .Release.Name }}\n');
  mkdirSync(join(dir, 'repo'));
  execFileSync(helm, ['package', src, '--destination', join(dir, 'repo')], { env: helmEnv, stdio: 'pipe' });
  tgz = readFileSync(join(dir, 'repo', 'podinfo-6.5.4.tgz'));
  privateServer = createServer((req, res) => {
    record('private', req);
    if (req.headers.authorization !== basic('ci', password)) {
      res.writeHead(401, { 'WWW-Authenticate': 'Basic realm="charts"' }).end('unauthorized');
      return;
    }
    const to = redirects.get(req.url ?? '');
    if (to) res.writeHead(302, { Location: to }).end();
    else if (req.url === '/charts/index.yaml') res.writeHead(200).end(indexBody);
    else if (req.url === '/charts/podinfo-6.5.4.tgz' || req.url === '/charts/moved/podinfo-6.5.4.tgz') res.writeHead(200).end(tgz);
    else res.writeHead(404).end('not found');
  });
  otherServer = createServer((req, res) => {
    record('other', req);
    if (req.url === '/elsewhere/podinfo-6.5.4.tgz') res.writeHead(200).end(tgz);
    else res.writeHead(404).end('not found');
  });
  await new Promise<void>((resolve) => privateServer.listen(0, '127.0.0.1', resolve));
  await new Promise<void>((resolve) => otherServer.listen(0, '127.0.0.1', resolve));
  repo = `http://127.0.0.1:${(privateServer.address() as AddressInfo).port}/charts`;
  other = `http://127.0.0.1:${(otherServer.address() as AddressInfo).port}`;
  execFileSync(helm, ['repo', 'index', join(dir, 'repo'), '--url', repo], { env: helmEnv, stdio: 'pipe' });
  transport = nodeTransport();
});

afterAll(async () => {
  transport.close();
  await new Promise<void>((resolve) => privateServer.close(() => resolve()));
  await new Promise<void>((resolve) => otherServer.close(() => resolve()));
  rmSync(dir, { recursive: true, force: true });
});

beforeEach(() => {
  seen.length = 0;
  redirects.clear();
  password = 'hunter2-s3cret';
  indexBody = readFileSync(join(dir, 'repo', 'index.yaml'));
});

const logs: string[] = [];
const client = () =>
  new RegistryClient({ transport, log: (l) => logs.push(l), retry: { attempts: 1, baseDelayMs: 1, maxDelayMs: 1, maxRetryAfterMs: 1 } });

/** A credentials source over the repositories.yaml at `file` (under the test's HOME), recording what it masks. */
function source(file: string, masked: string[] = []) {
  return helmRepositoriesSource({ env: { HOME: dir, HELM_REPOSITORY_CONFIG: file }, secret: (v) => masked.push(v) });
}

/** `helm repo add` of the private repository into `file`, the password on stdin as a workflow step gives it (run async: Helm reads the index from this process's server). */
async function helmRepoAdd(file: string, name: string, url: string, pass: string): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const child = execFile(
      helm,
      ['repo', 'add', name, url, '--username', 'ci', '--password-stdin', '--repository-config', file],
      { env: helmEnv },
      (err, _out, stderr) => (err ? reject(new Error(`helm repo add: ${stderr}`)) : resolve()),
    );
    child.stdin!.end(pass);
  });
}

async function failure(p: Promise<unknown>): Promise<{ kind: string; message: string }> {
  try {
    await p;
  } catch (e) {
    if (e instanceof RegistryError) return { kind: e.kind, message: e.message };
    throw e;
  }
  throw new Error('expected a RegistryError');
}

test('no repositories.yaml: the 401 is one line naming the host, the repository and where credentials are read from', async () => {
  const host = repo.slice('http://'.length, repo.indexOf('/charts'));
  expect(await failure(pullRepositoryChart(client(), repo, 'podinfo', '6.5.4', source(join(dir, 'absent.yaml'))))).toEqual({
    kind: 'unauthenticated',
    message: `${repo}/: 401 Unauthorized: no credentials for ${host} in ~/absent.yaml (helm repo add <name> ${repo}/ --username <user> --password-stdin in a step before this one)`,
  });
  expect(seen).toEqual([{ server: 'private', path: '/charts/index.yaml' }]);
});

test('the entry helm repo add wrote (URL with a trailing slash) is sent to the repository, index and archive, and masked', async () => {
  const file = join(dir, 'added.yaml');
  await helmRepoAdd(file, 'private', `${repo}/`, 'hunter2-s3cret\n');
  seen.length = 0;
  const masked: string[] = [];
  const got = await pullRepositoryChart(client(), repo, 'podinfo', '6.5.4', source(file, masked));
  expect(Buffer.compare(got.tgz, tgz)).toBe(0);
  expect(seen).toEqual([
    { server: 'private', path: '/charts/index.yaml', auth: 'Basic Y2k6aHVudGVyMi1zM2NyZXQ=' },
    { server: 'private', path: '/charts/podinfo-6.5.4.tgz', auth: 'Basic Y2k6aHVudGVyMi1zM2NyZXQ=' },
  ]);
  expect(masked).toEqual(['hunter2-s3cret', 'Y2k6aHVudGVyMi1zM2NyZXQ=']);
});

test('a wrong password: the refusal names the entry and the file, never the password', async () => {
  const file = join(dir, 'wrong.yaml');
  await helmRepoAdd(file, 'private', repo, 'hunter2-s3cret');
  password = 'rotated-since';
  const host = repo.slice('http://'.length, repo.indexOf('/charts'));
  const f = await failure(pullRepositoryChart(client(), repo, 'podinfo', '6.5.4', source(file)));
  expect(f).toEqual({
    kind: 'unauthenticated',
    message: `${repo}/: 401 Unauthorized: ${host} refused the credentials of entry private in ~/wrong.yaml (check the username and password given to helm repo add)`,
  });
});

test('an entry for another URL of the same host is not used: nothing is sent', async () => {
  const file = join(dir, 'another.yaml');
  writeFileSync(file, stringify({ apiVersion: '', repositories: [{ name: 'x', url: `${repo}-staging`, username: 'ci', password }] }));
  const f = await failure(pullRepositoryChart(client(), repo, 'podinfo', '6.5.4', source(file)));
  expect(f.message).toMatch(/: 401 Unauthorized: no credentials for 127\.0\.0\.1:\d+ in ~\/another\.yaml /);
  expect(seen).toEqual([{ server: 'private', path: '/charts/index.yaml' }]);
});

test('an archive on another loopback port, named by the index or reached by a redirect, never receives the Authorization header', async () => {
  const file = join(dir, 'elsewhere.yaml');
  await helmRepoAdd(file, 'private', repo, password);
  const digest = readFileSync(join(dir, 'repo', 'index.yaml'), 'utf8').match(/digest: ([0-9a-f]{64})/)![1];
  indexBody = Buffer.from(
    `apiVersion: v1\nentries:\n  podinfo:\n    - name: podinfo\n      version: 6.5.4\n      digest: ${digest}\n      urls:\n        - ${other}/elsewhere/podinfo-6.5.4.tgz\n`,
  );
  seen.length = 0;
  await pullRepositoryChart(client(), repo, 'podinfo', '6.5.4', source(file));
  expect(seen).toEqual([
    { server: 'private', path: '/charts/index.yaml', auth: basic('ci', password) },
    { server: 'other', path: '/elsewhere/podinfo-6.5.4.tgz' },
  ]);
  indexBody = readFileSync(join(dir, 'repo', 'index.yaml'));
  redirects.set('/charts/podinfo-6.5.4.tgz', `${other}/elsewhere/podinfo-6.5.4.tgz`);
  seen.length = 0;
  await pullRepositoryChart(client(), repo, 'podinfo', '6.5.4', source(file));
  expect(seen).toEqual([
    { server: 'private', path: '/charts/index.yaml', auth: basic('ci', password) },
    { server: 'private', path: '/charts/podinfo-6.5.4.tgz', auth: basic('ci', password) },
    { server: 'other', path: '/elsewhere/podinfo-6.5.4.tgz' },
  ]);
  // A same-origin redirect keeps them.
  redirects.set('/charts/podinfo-6.5.4.tgz', `${repo}/moved/podinfo-6.5.4.tgz`);
  seen.length = 0;
  await pullRepositoryChart(client(), repo, 'podinfo', '6.5.4', source(file));
  expect(seen).toEqual([
    { server: 'private', path: '/charts/index.yaml', auth: basic('ci', password) },
    { server: 'private', path: '/charts/podinfo-6.5.4.tgz', auth: basic('ci', password) },
    { server: 'private', path: '/charts/moved/podinfo-6.5.4.tgz', auth: basic('ci', password) },
  ]);
});

test('a password with "::" and newlines is masked whole and line by line, and reaches no message and no log line', async () => {
  const secret = '::add-mask::x\n::error::gotcha\nlast-line';
  const file = join(dir, 'colons.yaml');
  writeFileSync(file, stringify({ apiVersion: 'v1', repositories: [{ name: 'private', url: repo, username: 'ci', password: secret }] }));
  password = 'something-else';
  logs.length = 0;
  const masked: string[] = [];
  const f = await failure(pullRepositoryChart(client(), repo, 'podinfo', '6.5.4', source(file, masked)));
  expect(f.message).toMatch(/refused the credentials of entry private in ~\/colons\.yaml/);
  expect(masked).toEqual([secret, '::add-mask::x', '::error::gotcha', 'last-line', basic('ci', secret).slice('Basic '.length)]);
  for (const text of [f.message, ...logs]) {
    expect(text).not.toContain('gotcha');
    expect(text).not.toContain('add-mask');
    expect(text).not.toContain(basic('ci', secret).slice('Basic '.length));
  }
  password = secret;
  const got = await pullRepositoryChart(client(), repo, 'podinfo', '6.5.4', source(file));
  expect(Buffer.compare(got.tgz, tgz)).toBe(0);
});

test('a repositories.yaml that is no YAML fails the read (never anonymously), naming the file', async () => {
  const file = join(dir, 'broken.yaml');
  writeFileSync(file, 'repositories: [\n');
  expect((await failure(pullRepositoryChart(client(), repo, 'podinfo', '6.5.4', source(file)))).message).toMatch(
    /^~\/broken\.yaml is not YAML/,
  );
  writeFileSync(file, 'repositories: {a: 1}\n');
  expect((await failure(pullRepositoryChart(client(), repo, 'podinfo', '6.5.4', source(file)))).message).toBe(
    '~/broken.yaml: repositories is not a list',
  );
  expect(seen).toEqual([]);
});

test('Helm’s path for repositories.yaml, and the URL key entries are matched by', () => {
  expect(helmRepositoriesPath({ HOME: '/home/runner' })).toEqual({
    path: '/home/runner/.config/helm/repositories.yaml',
    shown: '~/.config/helm/repositories.yaml',
  });
  expect(helmRepositoriesPath({ HOME: '/home/runner', XDG_CONFIG_HOME: '/xdg' }).path).toBe('/xdg/helm/repositories.yaml');
  expect(helmRepositoriesPath({ HOME: '/h', HELM_CONFIG_HOME: '/h/helm' })).toEqual({
    path: '/h/helm/repositories.yaml',
    shown: '~/helm/repositories.yaml',
  });
  expect(helmRepositoriesPath({ HOME: '/h', HELM_CONFIG_HOME: '/c', HELM_REPOSITORY_CONFIG: '/r.yaml' }).path).toBe('/r.yaml');
  expect(
    ['https://Charts.Example.COM/', 'HTTPS://charts.example.com:443/a//', 'https://charts.example.com/a', 'nope'].map(repositoryKey),
  ).toEqual(['https://charts.example.com', 'https://charts.example.com/a', 'https://charts.example.com/a', undefined]);
});
