import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer as createTlsServer, type Server as TlsServer } from 'node:tls';
import { GitFixture } from '../harness/git-fixture.ts';
import { startGitHttpServer, type GitHttpServer } from '../harness/git-http.ts';
import { type GitHubDouble, startGitHubDouble } from '../harness/github-double/index.ts';
import { runAction } from '../harness/run-action.ts';

// Issue 16, item 13, through the committed promote-env bundle: `repository: owner/name` clones another
// repository from GITHUB_SERVER_URL. Over https the token must travel in the header that git gets from
// its environment (GIT_CONFIG_*) only: never in any git argv (the process list shows it to every user
// of the machine), never in the remote URL written to the clone's config.

const REPO = 'acme/monorepo';
const GITOPS = 'acme/gitops-config';

let scratch: string;
let gitops: GitFixture;
let app: GitFixture;
let gitHttp: GitHttpServer;
let tls: TlsServer;
let double: GitHubDouble;
const sockets = new Set<Socket>();

/** A self-signed certificate for 127.0.0.1, made with openssl for this run. */
function certificate(dir: string): { key: string; cert: string; file: string } {
  const key = join(dir, 'key.pem');
  const file = join(dir, 'cert.pem');
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-keyout',
      key,
      '-out',
      file,
      '-days',
      '1',
      '-subj',
      '/CN=127.0.0.1',
      '-addext',
      'subjectAltName=IP:127.0.0.1',
    ],
    { stdio: 'ignore' },
  );
  return { key: readFileSync(key, 'utf8'), cert: readFileSync(file, 'utf8'), file };
}

beforeEach(async () => {
  scratch = mkdtempSync(join(tmpdir(), 'lockstep-https-'));
  gitops = GitFixture.create({
    'environments/staging/values.yaml': 'image:\n  repository: sample-app\n  tag: sha-abc1234\n',
    'environments/uat/values.yaml': 'image:\n  repository: sample-app\n  tag: v1.2.0-rc.1\n',
    'environments/prod/values.yaml': 'image:\n  repository: sample-app\n  tag: v1.1.0\n',
  });
  app = GitFixture.create({ 'README.md': 'app\n' });
  double = await startGitHubDouble({
    repositories: [
      { fullName: REPO, path: app.origin },
      { fullName: GITOPS, path: gitops.origin },
    ],
  });
  // git's smart HTTP on loopback (it answers only the one Basic header of the double's token) …
  const root = join(scratch, 'repos');
  mkdirSync(join(root, 'acme'), { recursive: true });
  symlinkSync(gitops.origin, join(root, 'acme', 'gitops-config.git'));
  gitHttp = await startGitHttpServer(root, double.token);
  // … behind TLS: an https server URL as on github.com or GHES.
  const { key, cert } = certificate(scratch);
  const plainPort = Number(new URL(gitHttp.url).port);
  tls = createTlsServer({ key, cert }, (client) => {
    const upstream = connect(plainPort, '127.0.0.1');
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on('close', () => sockets.delete(s));
      s.on('error', () => s.destroy());
    }
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((done) => tls.listen(0, '127.0.0.1', done));
});

afterEach(async () => {
  for (const s of sockets) s.destroy();
  await new Promise<void>((done) => tls.close(() => done()));
  await gitHttp.stop();
  await double.stop();
  gitops.cleanup();
  app.cleanup();
  rmSync(scratch, { recursive: true, force: true });
});

/**
 * A `git` first on PATH that records what every git process lockstep starts
 * was given (argv, one NUL-separated record per line; its GIT_CONFIG_*
 * environment; the repository config it leaves), then runs the real git.
 */
function recordingGit(): { bin: string; argv: string; env: string; config: string } {
  const bin = join(scratch, 'bin');
  mkdirSync(bin);
  const real = execFileSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).trim();
  const log = { argv: join(scratch, 'argv.log'), env: join(scratch, 'env.log'), config: join(scratch, 'config.log') };
  writeFileSync(
    join(bin, 'git'),
    [
      '#!/bin/sh',
      `for a in "$@"; do printf '%s\\0' "$a"; done >> '${log.argv}'`,
      `printf '\\n' >> '${log.argv}'`,
      `env | grep '^GIT_CONFIG_' >> '${log.env}'`,
      `'${real}' "$@"`,
      'rc=$?',
      `if [ -f config ]; then cat config >> '${log.config}'; fi`,
      `if [ -f .git/config ]; then cat .git/config >> '${log.config}'; fi`,
      'exit $rc',
      '',
    ].join('\n'),
  );
  chmodSync(join(bin, 'git'), 0o755);
  return { bin, ...log };
}

test('an https server URL: the token is in the GIT_CONFIG_* header only, never in git argv or the clone remote URL', async () => {
  const rec = recordingGit();
  const { port } = tls.address() as { port: number };
  const server = `https://127.0.0.1:${port}`;
  const r = await runAction('promote-env', {
    workspace: app.dir,
    inputs: {
      'github-token': double.token,
      from: 'uat',
      to: 'prod',
      environments: 'staging,uat,prod',
      'values-file': 'environments/{env}/values.yaml',
      'values-key': 'image',
      services: 'sample-app',
      repository: GITOPS,
    },
    env: {
      ...double.env(),
      HOME: app.dir,
      GITHUB_SERVER_URL: server,
      GIT_SSL_CAINFO: join(scratch, 'cert.pem'),
      PATH: `${rec.bin}:${process.env.PATH}`,
    },
    timeoutMs: 90000,
  });
  expect(r.annotations.filter((a) => a.level === 'error')).toEqual([]);
  expect(r.code).toBe(0);
  // It went over https with the token: the server only answers the one right Authorization header.
  expect(
    execFileSync('git', ['--git-dir', gitops.origin, 'show', 'promote/prod:environments/prod/values.yaml'], { encoding: 'utf8' }),
  ).toBe('image:\n  repository: sample-app\n  tag: v1.2.0-rc.1\n');
  expect(gitHttp.requests.some((q) => q.url.includes('git-receive-pack') && q.authorization.length === 1)).toBe(true);

  const basic = Buffer.from(`x-access-token:${double.token}`).toString('base64');
  const forms = [double.token, basic, encodeURIComponent(double.token)];
  const argv = readFileSync(rec.argv, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => l.split('\0').filter(Boolean));
  expect(argv.length).toBeGreaterThan(3);
  for (const args of argv) for (const f of forms) expect([args.join(' '), args.join(' ').includes(f)]).toEqual([args.join(' '), false]);
  expect(argv.flat().filter((a) => /x-access-token|@127\.0\.0\.1/i.test(a))).toEqual([]);
  // The remote is added as the plain server URL, and that is what the clone's config holds.
  const remoteAdd = argv.find((a) => a.includes('remote') && a.includes('add'));
  expect(remoteAdd?.slice(remoteAdd.indexOf('add'))).toEqual(['add', '--', 'origin', `${server}/${GITOPS}.git`]);
  const config = readFileSync(rec.config, 'utf8');
  expect(config).toContain(`url = ${server}/${GITOPS}.git\n`);
  for (const f of forms) expect(config).not.toContain(f);
  expect(config).not.toMatch(/extraheader|x-access-token/i);
  // The header reached git through its environment, scoped to the server.
  const env = readFileSync(rec.env, 'utf8');
  expect(env).toMatch(new RegExp(`^GIT_CONFIG_KEY_\\d+=http\\.${server.replace(/[.]/g, '\\.')}/\\.extraheader$`, 'm'));
  expect(env).toContain(`=AUTHORIZATION: basic ${basic}\n`);
});

test('a GITHUB_SERVER_URL carrying a user name and password is refused before git adds it as a remote', async () => {
  const rec = recordingGit();
  const { port } = tls.address() as { port: number };
  const r = await runAction('promote-env', {
    workspace: app.dir,
    inputs: {
      'github-token': double.token,
      from: 'uat',
      to: 'prod',
      environments: 'staging,uat,prod',
      'values-file': 'environments/{env}/values.yaml',
      'values-key': 'image',
      services: 'sample-app',
      repository: GITOPS,
    },
    env: {
      ...double.env(),
      HOME: app.dir,
      GITHUB_SERVER_URL: `https://someone:hunter2-url-secret@127.0.0.1:${port}`,
      GIT_SSL_CAINFO: join(scratch, 'cert.pem'),
      PATH: `${rec.bin}:${process.env.PATH}`,
    },
    timeoutMs: 90000,
  });
  expect(r.code).toBe(1);
  const errors = r.annotations.filter((a) => a.level === 'error');
  expect(errors).toHaveLength(1);
  expect(errors[0].message).toMatch(/^GITHUB_SERVER_URL holds a user name or password/);
  let argv = '';
  try {
    argv = readFileSync(rec.argv, 'utf8');
  } catch {
    // no git process at all
  }
  expect(argv).not.toContain('hunter2-url-secret');
  expect(gitHttp.requests).toEqual([]);
  expect(double.pulls(GITOPS)).toEqual([]);
});
