import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { forward, startServer, startTokenFront, type TokenFront } from '../harness/loopback.ts';
import { buildImage, buildIndex, type ImageContent, type IndexContent, LocalRegistry } from '../harness/registry.ts';
import { type ActionRun, runAction } from '../harness/run-action.ts';
import type { DigestsFile } from '../../packages/core/src/digests/file.ts';

// End-to-end: the committed bundle on Node 24 against Debian's docker-registry
// (distribution 2.8) on 127.0.0.1, anonymous, behind htpasswd Basic auth, and
// behind a Bearer-token front. Expected digests are sha256 of the bytes pushed.

const USER = 'ci-bot';
const PASSWORD = 'pw-Zq83-never-print-me';
let open: LocalRegistry;
let basic: LocalRegistry;
let front: TokenFront;
let privateFront: TokenFront;
let api: ImageContent;
let worker: ImageContent;
let multi: IndexContent;
let legacy: ImageContent;
let secret: ImageContent;
const workspaces: string[] = [];

beforeAll(async () => {
  [open, basic] = await Promise.all([LocalRegistry.start(), LocalRegistry.start({ basicAuth: { username: USER, password: PASSWORD } })]);
  api = buildImage('api');
  worker = buildImage('worker');
  multi = buildIndex('multi', ['linux/amd64', 'linux/arm64']);
  legacy = buildImage('legacy', { format: 'docker' });
  secret = buildImage('private');
  await open.push('acme/api', '1.7.3', api);
  await open.push('acme/worker', '1.7.3', worker);
  await open.push('acme/multi', '2.0.0', multi);
  await open.push('acme/legacy', '3.0', legacy);
  await basic.push('private/api', '1.0.0', secret);
  front = await startTokenFront({ upstream: open.url });
  privateFront = await startTokenFront({ upstream: open.url, credentials: { username: USER, password: PASSWORD } });
}, 60000);

afterAll(async () => {
  await Promise.all([open?.stop(), basic?.stop(), front?.stop(), privateFront?.stop()]);
  for (const w of workspaces) rmSync(w, { recursive: true, force: true });
});

function workspace(): string {
  const w = mkdtempSync(join(tmpdir(), 'lockstep-digests-'));
  workspaces.push(w);
  return w;
}

function run(ws: string, inputs: Record<string, string>, env: Record<string, string> = {}): Promise<ActionRun> {
  // A HOME without a Docker config unless a test provides one.
  return runAction('capture-digests', {
    workspace: ws,
    inputs,
    env: { HOME: ws, GITHUB_SHA: 'abc1234def5678abc1234def5678abc1234def56', ...env },
  });
}

function readJson(path: string): DigestsFile {
  return JSON.parse(readFileSync(path, 'utf8'));
}

test('single OCI manifest: exact file format, outputs and summary', async () => {
  const ws = workspace();
  const r = await run(ws, { images: `api=${open.host}/acme/api:1.7.3` });
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  const text = readFileSync(join(ws, 'image-digests.json'), 'utf8');
  expect(text).toBe(
    `{\n  "api": {\n    "digest": "${api.digest}",\n    "image": "${open.host}/acme/api",\n    "sha": "abc1234",\n    "tag": "1.7.3"\n  }\n}\n`,
  );
  expect(r.outputs.file).toBe('image-digests.json');
  expect(r.outputs.digests).toBe(JSON.stringify(JSON.parse(text)));
  expect(r.outputs.digests).not.toContain('\n');
  expect(r.summary).toContain('| name | image | tag | digest | platform / index |');
  expect(r.summary).toContain(`| api | ${open.host}/acme/api | 1.7.3 | ${api.digest} | manifest |`);
});

test('multi-arch OCI index records the index digest; platform selects the arm64 manifest', async () => {
  const ws = workspace();
  const r = await run(ws, { images: `multi=${open.host}/acme/multi:2.0.0`, sha: 'feedbee' });
  expect(r.code).toBe(0);
  expect(readJson(join(ws, 'image-digests.json'))).toEqual({
    multi: { digest: multi.digest, image: `${open.host}/acme/multi`, sha: 'feedbee', tag: '2.0.0' },
  });
  expect(r.summary).toContain('index (multi-platform)');

  const ws2 = workspace();
  const p = await run(ws2, { images: `multi=${open.host}/acme/multi:2.0.0`, platform: 'linux/arm64' });
  expect(p.code).toBe(0);
  const arm = multi.children.find((c) => c.platform.architecture === 'arm64')!;
  expect(arm.digest).not.toBe(multi.digest);
  expect(readJson(join(ws2, 'image-digests.json')).multi).toEqual({
    digest: arm.digest,
    image: `${open.host}/acme/multi`,
    platform: 'linux/arm64',
    sha: 'abc1234',
    tag: '2.0.0',
  });
  expect(p.summary).toContain(`linux/arm64 (from index ${multi.digest})`);
});

test('a platform the index lacks is an error naming the offered platforms', async () => {
  const ws = workspace();
  const r = await run(ws, { images: `multi=${open.host}/acme/multi:2.0.0`, platform: 'linux/s390x' });
  expect(r.code).toBe(1);
  expect(r.annotations).toHaveLength(1);
  expect(r.annotations[0].message).toContain(
    'linux/s390x is not in the index (it has linux/amd64, linux/arm64) — set platform to one of the platforms the image offers, or leave platform empty to record the digest the tag names',
  );
  expect(existsSync(join(ws, 'image-digests.json'))).toBe(false);
});

test('platform on a single-platform image: matched against its image config, the manifest digest recorded; another platform fails', async () => {
  const ws = workspace();
  const r = await run(ws, { images: `api=${open.host}/acme/api:1.7.3`, platform: 'linux/amd64' });
  expect(r.code).toBe(0);
  expect(readJson(join(ws, 'image-digests.json')).api).toEqual({
    digest: api.digest,
    image: `${open.host}/acme/api`,
    platform: 'linux/amd64',
    sha: 'abc1234',
    tag: '1.7.3',
  });
  expect(r.summary).toContain(`| api | ${open.host}/acme/api | 1.7.3 | ${api.digest} | linux/amd64 (single-platform manifest) |`);

  const ws2 = workspace();
  const bad = await run(ws2, { images: `api=${open.host}/acme/api:1.7.3`, platform: 'linux/arm64' });
  expect(bad.code).toBe(1);
  expect(bad.annotations.map((a) => a.message)).toEqual([
    `api: could not resolve ${open.host}/acme/api:1.7.3: 1.7.3 is a single-platform image built for linux/amd64, not linux/arm64 — set platform to one of the platforms the image offers, or leave platform empty to record the digest the tag names`,
  ]);
  expect(existsSync(join(ws2, 'image-digests.json'))).toBe(false);
});

test('neither images nor services: the error says what to give', async () => {
  const ws = workspace();
  mkdirSync(join(ws, '.github'));
  writeFileSync(join(ws, '.github/lockstep.yml'), `services:\n  api: { image: ${open.host}/acme/api }\n`);
  const r = await run(ws, {});
  expect(r.code).toBe(1);
  expect(r.annotations.map((a) => a.message)).toEqual([
    'nothing to capture: give images, or a tag for the services in the config — pass images as name=registry/repo:tag lines (e.g. images: api=ghcr.io/acme/api:1.7.3), or pass tag as the version the configured services (api) were pushed with',
  ]);
});

test('without sha and GITHUB_SHA the short HEAD commit of working-directory is recorded; no git there is a user error', async () => {
  const ws = workspace();
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', '-c', 'commit.gpgsign=false', ...args], {
      cwd: ws,
      encoding: 'utf8',
    }).trim();
  git('init', '--quiet');
  git('commit', '--quiet', '--allow-empty', '-m', 'build');
  const r = await run(ws, { images: `api=${open.host}/acme/api:1.7.3` }, { GITHUB_SHA: '' });
  expect(r.code).toBe(0);
  const short = git('rev-parse', '--short', 'HEAD');
  expect(short).toMatch(/^[0-9a-f]{7,}$/);
  expect(readJson(join(ws, 'image-digests.json')).api.sha).toBe(short);

  const plain = workspace();
  const none = await run(plain, { images: `api=${open.host}/acme/api:1.7.3` }, { GITHUB_SHA: '' });
  expect(none.code).toBe(1);
  expect(none.annotations.map((a) => a.message)).toEqual([
    "working-directory '.' (the workspace) is not a git repository — check out the repository first (actions/checkout)",
  ]);
  // With a sha there is nothing to read from git: no repository needed.
  const given = await run(plain, { images: `api=${open.host}/acme/api:1.7.3`, sha: 'feedbee' }, { GITHUB_SHA: '' });
  expect(given.code).toBe(0);
  expect(readJson(join(plain, 'image-digests.json')).api.sha).toBe('feedbee');
});

test('a working-directory that does not exist is a user error naming it', async () => {
  const ws = workspace();
  const r = await run(ws, { images: `api=${open.host}/acme/api:1.7.3`, 'working-directory': 'mnoo' });
  expect(r.code).toBe(1);
  expect(r.annotations.map((a) => a.message)).toEqual([
    "working-directory 'mnoo' does not exist — set working-directory to a folder of the checked-out repository, relative to the workspace",
  ]);
  expect(r.stdout).not.toContain('internal error');
});

test('Docker v2 schema 2 manifest, several images at once, output in a subfolder of working-directory', async () => {
  const ws = workspace();
  mkdirSync(join(ws, 'deploy'));
  const r = await run(ws, {
    images: `legacy=${open.host}/acme/legacy:3.0\napi=${open.host}/acme/api:1.7.3\n# comment\nworker=${open.host}/acme/worker:1.7.3`,
    'working-directory': 'deploy',
    output: 'out/digests.json',
  });
  expect(r.code).toBe(0);
  expect(r.outputs.file).toBe('deploy/out/digests.json');
  const doc = readJson(join(ws, 'deploy/out/digests.json'));
  expect(Object.keys(doc)).toEqual(['api', 'legacy', 'worker']);
  expect(doc.legacy.digest).toBe(legacy.digest);
  expect(doc.worker.digest).toBe(worker.digest);
});

test('Basic auth with username/password inputs; the password is masked and printed nowhere', async () => {
  const ws = workspace();
  const r = await run(ws, { images: `api=${basic.host}/private/api:1.0.0`, username: USER, password: PASSWORD });
  expect(r.code).toBe(0);
  expect(readJson(join(ws, 'image-digests.json')).api.digest).toBe(secret.digest);
  expect(r.stdout).toContain(`::add-mask::${PASSWORD}`);
  expect(r.stdout.replace(`::add-mask::${PASSWORD}`, '')).not.toContain(PASSWORD);
});

test('Basic auth from $HOME/.docker/config.json as docker/login-action leaves it', async () => {
  const ws = workspace();
  const home = join(ws, 'home');
  mkdirSync(join(home, '.docker'), { recursive: true });
  const auth = Buffer.from(`${USER}:${PASSWORD}`).toString('base64');
  writeFileSync(join(home, '.docker', 'config.json'), JSON.stringify({ auths: { [basic.host]: { auth } } }));
  const r = await run(ws, { images: `api=${basic.host}/private/api:1.0.0` }, { HOME: home });
  expect(r.code).toBe(0);
  expect(readJson(join(ws, 'image-digests.json')).api.digest).toBe(secret.digest);
  expect(r.stdout).toContain(`::add-mask::${PASSWORD}`);

  // Without the config file the same registry is denied.
  const denied = await run(workspace(), { images: `api=${basic.host}/private/api:1.0.0` });
  expect(denied.code).toBe(1);
  // The advice comes once, and fits: nothing was given, so give credentials.
  expect(denied.annotations[0].message).toBe(
    `api: could not resolve ${basic.host}/private/api:1.0.0: ${basic.host} requires a username and password (Basic auth) and none were given — pass username and password, or log in with docker login first (docker/login-action in a workflow)`,
  );
});

test('Docker credential helpers (credHelpers, credsStore) run by argv with the host on stdin; the secret is masked; a missing helper is named', async () => {
  const ws = workspace();
  const home = join(ws, 'home');
  const bin = join(ws, 'bin');
  mkdirSync(join(home, '.docker'), { recursive: true });
  mkdirSync(bin);
  const calls = join(ws, 'calls.txt');
  // A helper as docker-credential-* programs behave: `get`, the server URL on stdin, JSON on stdout.
  writeFileSync(
    join(bin, 'docker-credential-fake'),
    `#!/bin/sh\nread -r host\nprintf '%s %s\\n' "$*" "$host" >> '${calls}'\nif [ "$host" = '${basic.host}' ]; then printf '{"ServerURL":"%s","Username":"${USER}","Secret":"${PASSWORD}"}' "$host"; else echo 'credentials not found in native keychain'; exit 1; fi\n`,
    { mode: 0o755 },
  );
  const env = { HOME: home, PATH: `${bin}:${process.env.PATH}` };
  const configFile = join(home, '.docker', 'config.json');
  const images = { images: `api=${basic.host}/private/api:1.0.0` };

  for (const config of [{ credHelpers: { [basic.host]: 'fake' } }, { credsStore: 'fake', auths: { [basic.host]: {} } }]) {
    writeFileSync(configFile, JSON.stringify(config));
    const r = await run(ws, images, env);
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(readJson(join(ws, 'image-digests.json')).api.digest).toBe(secret.digest);
    expect(r.stdout).toContain(`::add-mask::${PASSWORD}`);
    expect(`${r.stdout.replace(`::add-mask::${PASSWORD}`, '')}${r.summary}`).not.toContain(PASSWORD);
    rmSync(join(ws, 'image-digests.json'));
  }
  expect(readFileSync(calls, 'utf8')).toBe(`get ${basic.host}\nget ${basic.host}\n`);

  writeFileSync(configFile, JSON.stringify({ credsStore: 'not-installed' }));
  const missing = await run(ws, images, env);
  expect(missing.code).toBe(1);
  expect(missing.annotations.map((a) => a.message)).toEqual([
    `${configFile}: credsStore sends ${basic.host} to docker-credential-not-installed, which is not installed (not found on PATH) — install docker-credential-not-installed on the runner, remove credsStore from the Docker config, or pass username and password`,
  ]);
  expect(existsSync(join(ws, 'image-digests.json'))).toBe(false);
});

test('wrong password: denied, named, and the password appears in no output, summary or log', async () => {
  const ws = workspace();
  const wrong = 'Wr0ng-pa55-Xy9';
  const r = await run(ws, { images: `api=${basic.host}/private/api:1.0.0`, username: USER, password: wrong });
  expect(r.code).toBe(1);
  expect(r.stdout).toContain(`::add-mask::${wrong}`);
  const everything = [r.stdout.replace(`::add-mask::${wrong}`, ''), r.stderr, JSON.stringify(r.outputs), r.summary].join('\n');
  expect(everything).not.toContain(wrong);
  expect(everything).not.toContain(Buffer.from(`${USER}:${wrong}`).toString('base64'));
  expect(r.annotations).toHaveLength(1);
  expect(r.annotations[0].message).toContain(`api: could not resolve ${basic.host}/private/api:1.0.0`);
  expect(r.annotations[0].message).toContain('rejected the credentials');
  // The advice once, in the runner's words: the inputs by their with: names.
  expect(r.annotations[0].message).toContain(
    '— check username and password (or the docker login) for this registry, and that they may read this repository',
  );
  expect(r.annotations[0].message.split('docker login')).toHaveLength(2);
  expect(existsSync(join(ws, 'image-digests.json'))).toBe(false);
});

test('Bearer challenge answered anonymously, one token per repository', async () => {
  const ws = workspace();
  const before = front.issued.length;
  const r = await run(ws, { images: `api=${front.host}/acme/api:1.7.3\nmulti=${front.host}/acme/multi:2.0.0` });
  expect(r.code).toBe(0);
  const doc = readJson(join(ws, 'image-digests.json'));
  expect(doc.api.digest).toBe(api.digest);
  expect(doc.multi.digest).toBe(multi.digest);
  const issued = front.issued.slice(before);
  expect(issued.map((t) => t.scope).sort()).toEqual(['repository:acme/api:pull', 'repository:acme/multi:pull']);
  expect(issued.every((t) => t.authorization === undefined)).toBe(true);
});

test('Bearer with credentials: the token endpoint gets Basic, a wrong password is denied', async () => {
  const ws = workspace();
  const ok = await run(ws, { images: `api=${privateFront.host}/acme/api:1.7.3`, username: USER, password: PASSWORD });
  expect(ok.code).toBe(0);
  expect(readJson(join(ws, 'image-digests.json')).api.digest).toBe(api.digest);
  expect(privateFront.issued.at(-1)!.authorization).toBe(`Basic ${Buffer.from(`${USER}:${PASSWORD}`).toString('base64')}`);

  const bad = await run(workspace(), { images: `api=${privateFront.host}/acme/api:1.7.3`, username: USER, password: 'nope-nope-123' });
  expect(bad.code).toBe(1);
  expect(bad.annotations[0].message).toContain('refused the credentials');
  expect(bad.annotations[0].message).toContain('repository:acme/api:pull');
});

test('one HEAD per image on a registry that sends Docker-Content-Digest', async () => {
  const counter = await startServer((req, res) => forward(open.url, req, res));
  try {
    const ws = workspace();
    const r = await run(ws, {
      images: ['api', 'worker', 'multi', 'legacy']
        .map((n) => `${n}=${counter.host}/acme/${n}:${{ api: '1.7.3', worker: '1.7.3', multi: '2.0.0', legacy: '3.0' }[n]}`)
        .join('\n'),
    });
    expect(r.code).toBe(0);
    expect(counter.requests.map((q) => `${q.method} ${q.url}`).sort()).toEqual([
      'HEAD /v2/acme/api/manifests/1.7.3',
      'HEAD /v2/acme/legacy/manifests/3.0',
      'HEAD /v2/acme/multi/manifests/2.0.0',
      'HEAD /v2/acme/worker/manifests/1.7.3',
    ]);
    expect(readJson(join(ws, 'image-digests.json')).legacy.digest).toBe(legacy.digest);
  } finally {
    await counter.stop();
  }
});

test('an expired Bearer token is renewed once mid-run', async () => {
  const expiring = await startTokenFront({ upstream: open.url, maxUses: 1 });
  try {
    const ws = workspace();
    const r = await run(ws, { images: `a=${expiring.host}/acme/api:1.7.3\nb=${expiring.host}/acme/api:1.7.3` });
    expect(r.code).toBe(0);
    const doc = readJson(join(ws, 'image-digests.json'));
    expect([doc.a.digest, doc.b.digest]).toEqual([api.digest, api.digest]);
    // One token for the scope, used up by the first HEAD; the second image renews it once.
    expect(expiring.issued.map((t) => t.scope)).toEqual(['repository:acme/api:pull', 'repository:acme/api:pull']);
  } finally {
    await expiring.stop();
  }
});

test('a missing tag and a missing repository are each reported; nothing is written', async () => {
  const ws = workspace();
  writeFileSync(join(ws, 'image-digests.json'), '{}\n');
  const r = await run(ws, {
    images: `api=${open.host}/acme/api:9.9.9\nworker=${open.host}/acme/worker:1.7.3\nghost=${open.host}/acme/ghost:1.0`,
  });
  expect(r.code).toBe(1);
  expect(r.annotations.map((a) => a.message.split(':')[0]).sort()).toEqual(['api', 'ghost']);
  const apiErr = r.annotations.find((a) => a.message.startsWith('api'))!.message;
  expect(apiErr).toContain(`${open.host}/acme/api:9.9.9 not found`);
  expect(readFileSync(join(ws, 'image-digests.json'), 'utf8')).toBe('{}\n');
});

test('an unreachable registry fails in bounded time after retries', async () => {
  const ws = workspace();
  const r = await run(ws, { images: 'api=127.0.0.1:9/acme/api:1.0.0' });
  expect(r.code).toBe(1);
  expect(r.durationMs).toBeLessThan(20000);
  expect(r.annotations[0].message).toMatch(
    /api: could not resolve 127\.0\.0\.1:9\/acme\/api:1\.0\.0: 127\.0\.0\.1:9 unreachable after 4 attempts \(.*ECONNREFUSED\)/,
  );
});

test('invalid references are reported per line before any request', async () => {
  const ws = workspace();
  const r = await run(ws, { images: `api=${open.host}/Acme/api:1.0\nworker=${open.host}/acme/worker\nbad line` });
  expect(r.code).toBe(1);
  expect(r.annotations.map((a) => a.message)).toEqual([
    `images line 1: api: repository 'Acme/api' must be lowercase ('Acme' is not) — use registry/repository:tag, e.g. ghcr.io/acme/api:1.2.3`,
    `images line 2: worker: '${open.host}/acme/worker' has no tag; lockstep does not assume ':latest' — use registry/repository:tag, e.g. ghcr.io/acme/api:1.2.3`,
    `images line 3: 'bad line' is not name=reference — write one image per line as name=registry/repo:tag, e.g. api=ghcr.io/acme/api:1.2.3`,
  ]);
});

test('merge: two matrix fragments combine; a conflicting digest fails unless overwrite', async () => {
  const ws = workspace();
  const a = await run(ws, { images: `api=${open.host}/acme/api:1.7.3`, merge: 'true' });
  expect(a.code).toBe(0);
  const b = await run(ws, { images: `worker=${open.host}/acme/worker:1.7.3`, merge: 'true' });
  expect(b.code).toBe(0);
  const merged = readJson(join(ws, 'image-digests.json'));
  expect(Object.keys(merged)).toEqual(['api', 'worker']);
  expect(merged.api.digest).toBe(api.digest);
  expect(merged.worker.digest).toBe(worker.digest);
  expect(b.summary).toContain('kept 1 other entry');

  // Same inputs again: nothing changes.
  const again = await run(ws, { images: `worker=${open.host}/acme/worker:1.7.3`, merge: 'true' });
  expect(again.code).toBe(0);
  expect(again.summary).toContain('already holds these digests; nothing changed');

  const before = readFileSync(join(ws, 'image-digests.json'), 'utf8');
  const conflict = await run(ws, { images: `api=${open.host}/acme/worker:1.7.3`, merge: 'true' });
  expect(conflict.code).toBe(1);
  expect(conflict.annotations[0].file).toBe('image-digests.json');
  expect(conflict.annotations[0].line).toBe(2);
  expect(conflict.annotations[0].message).toContain(`'api' is already recorded as ${open.host}/acme/api:1.7.3@${api.digest}`);
  expect(readFileSync(join(ws, 'image-digests.json'), 'utf8')).toBe(before);

  const forced = await run(ws, { images: `api=${open.host}/acme/worker:1.7.3`, merge: 'true', overwrite: 'true' });
  expect(forced.code).toBe(0);
  expect(readJson(join(ws, 'image-digests.json')).api.digest).toBe(worker.digest);
});

test('without merge the other services stay in the file; replace drops them and names each one', async () => {
  const ws = workspace();
  expect((await run(ws, { images: `api=${open.host}/acme/api:1.7.3\nworker=${open.host}/acme/worker:1.7.3` })).code).toBe(0);
  // A later run for api alone (another tag's digest) keeps worker and updates api.
  const one = await run(ws, { images: `api=${open.host}/acme/legacy:3.0` });
  expect(one.code).toBe(0);
  const kept = readJson(join(ws, 'image-digests.json'));
  expect(Object.keys(kept)).toEqual(['api', 'worker']);
  expect(kept.api.digest).toBe(legacy.digest);
  expect(kept.worker.digest).toBe(worker.digest);
  expect(one.stdout).toContain('Wrote image-digests.json; kept 1 other entry from the existing file');

  // A broken file is not silently thrown away either.
  writeFileSync(join(ws, 'broken.json'), '{"api": ');
  const broken = await run(ws, { images: `api=${open.host}/acme/api:1.7.3`, output: 'broken.json' });
  expect(broken.code).toBe(1);
  expect(broken.annotations[0].file).toBe('broken.json');
  expect(readFileSync(join(ws, 'broken.json'), 'utf8')).toBe('{"api": ');

  const both = await run(ws, { images: `api=${open.host}/acme/api:1.7.3`, merge: 'true', replace: 'true' });
  expect(both.code).toBe(1);
  expect(both.stdout).toContain('the merge input and the replace input were both given');

  writeFileSync(
    join(ws, 'image-digests.json'),
    JSON.stringify({ ...kept, billing: { ...kept.worker, image: 'r.example/acme/billing' } }, null, 2) + '\n',
  );
  const dry = await run(ws, { images: `api=${open.host}/acme/api:1.7.3`, replace: 'true', 'dry-run': 'true' });
  expect(dry.code).toBe(0);
  expect(dry.stdout).toContain('replace would drop 2 entries of the existing file: billing, worker');
  expect(Object.keys(readJson(join(ws, 'image-digests.json')))).toEqual(['api', 'worker', 'billing']);
  const replaced = await run(ws, { images: `api=${open.host}/acme/api:1.7.3`, replace: 'true' });
  expect(replaced.code).toBe(0);
  expect(replaced.stdout).toContain('Wrote image-digests.json; replace dropped 2 entries of the existing file: billing, worker');
  expect(replaced.summary).toContain('replace dropped 2 entries of the existing file: billing, worker');
  expect(Object.keys(readJson(join(ws, 'image-digests.json')))).toEqual(['api']);
});

test('dry-run prints the diff and writes nothing', async () => {
  const ws = workspace();
  const first = await run(ws, { images: `api=${open.host}/acme/api:1.7.3` });
  expect(first.code).toBe(0);
  const before = readFileSync(join(ws, 'image-digests.json'), 'utf8');
  const r = await run(ws, { images: `worker=${open.host}/acme/worker:1.7.3`, merge: 'true', 'dry-run': 'true' });
  expect(r.code).toBe(0);
  expect(readFileSync(join(ws, 'image-digests.json'), 'utf8')).toBe(before);
  expect(r.stdout).toContain('::group::dry run: image-digests.json would change');
  expect(r.stdout).toContain(`  +    "digest": "${worker.digest}",`);
  expect(r.summary).toContain('Dry run: image-digests.json would change');
  expect(JSON.parse(r.outputs.digests).worker.digest).toBe(worker.digest);
});

test('merge into a malformed file is an error with its line', async () => {
  const ws = workspace();
  writeFileSync(join(ws, 'image-digests.json'), '{\n  "api": {\n    "digest": 12\n  }\n}\n');
  const r = await run(ws, { images: `worker=${open.host}/acme/worker:1.7.3`, merge: 'true' });
  expect(r.code).toBe(1);
  expect(r.annotations[0]).toMatchObject({ file: 'image-digests.json', line: 2 });
  expect(r.annotations[0].message).toContain("entry 'api' in image-digests.json has no string 'digest'");
});

test('services from the config with a tag', async () => {
  const ws = workspace();
  mkdirSync(join(ws, '.github'));
  writeFileSync(
    join(ws, '.github', 'lockstep.yml'),
    `services:\n  api: { image: ${open.host}/acme/api }\n  worker: { image: ${open.host}/acme/worker }\n`,
  );
  const r = await run(ws, { services: 'all', tag: '1.7.3' });
  expect(r.code).toBe(0);
  const doc = readJson(join(ws, 'image-digests.json'));
  expect(doc).toEqual({
    api: { digest: api.digest, image: `${open.host}/acme/api`, sha: 'abc1234', tag: '1.7.3' },
    worker: { digest: worker.digest, image: `${open.host}/acme/worker`, sha: 'abc1234', tag: '1.7.3' },
  });
  const one = await run(ws, { services: 'worker', tag: '1.7.3', output: 'w.json' });
  expect(Object.keys(readJson(join(ws, 'w.json')))).toEqual(['worker']);
  expect(one.code).toBe(0);
  const unknown = await run(ws, { services: 'web', tag: '1.7.3' });
  expect(unknown.code).toBe(1);
  expect(unknown.annotations[0]).toMatchObject({ file: '.github/lockstep.yml' });
  expect(unknown.annotations[0].message).toContain("service 'web' is not in the config — configured services: api, worker");
});

test('a pinned name:tag@digest records the pinned digest and warns when the tag moved', async () => {
  const ws = workspace();
  const r = await run(ws, { images: `api=${open.host}/acme/worker:1.7.3@${api.digest}` });
  // The api manifest is not in acme/worker: the pinned digest must exist in that repository.
  expect(r.code).toBe(1);
  expect(r.annotations[0].message).toContain('not found');

  const ok = await run(ws, { images: `api=${open.host}/acme/api:1.0.0-old@${api.digest}` });
  expect(ok.code).toBe(0);
  expect(readJson(join(ws, 'image-digests.json')).api).toMatchObject({ digest: api.digest, tag: '1.0.0-old' });
  expect(ok.annotations.filter((a) => a.level === 'warning').map((a) => a.message)).toEqual([
    `api: tag '1.0.0-old' no longer exists; recording the pinned digest ${api.digest}`,
  ]);
});

test('no images at all is an error, not an empty file', async () => {
  const ws = workspace();
  const r = await run(ws, { images: '# nothing yet\n' });
  expect(r.code).toBe(1);
  expect(r.annotations[0].message).toContain('no images to capture');
  expect(existsSync(join(ws, 'image-digests.json'))).toBe(false);
});

test('output outside the workspace is refused', async () => {
  const ws = workspace();
  const r = await run(ws, { images: `api=${open.host}/acme/api:1.7.3`, output: '../escape.json' });
  expect(r.code).toBe(1);
  expect(r.annotations[0].message).toContain('output: ../escape.json is outside the workspace');
});

test('a digests file that is not JSON is refused at its line and left as it was (the default keeps the other entries, so it must read them)', async () => {
  const ws = workspace();
  const broken = '{\n  "api": {\n    "digest": "sha256:0000"\n  },\n  oops\n}\n';
  writeFileSync(join(ws, 'image-digests.json'), broken);
  const r = await run(ws, { images: `worker=${open.host}/acme/worker:1.7.3` });
  expect(r.code).toBe(1);
  expect(r.annotations.filter((a) => a.level === 'error').map((a) => [a.file, a.line])).toEqual([['image-digests.json', 5]]);
  expect(r.annotations[0].message).toContain('image-digests.json is not valid JSON');
  expect(readFileSync(join(ws, 'image-digests.json'), 'utf8')).toBe(broken);
});
