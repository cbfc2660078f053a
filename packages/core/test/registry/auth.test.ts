import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkRealm, chooseChallenge, parseChallenges } from '../../src/registry/challenge.ts';
import { isForbiddenHost } from '../../src/http/hosts.ts';
import { UserError } from '../../src/errors.ts';
import { TERMINAL } from '../../src/text/terminal-face.ts';
import {
  authKeyHost,
  type CredentialHelperRunner,
  dockerConfigPath,
  dockerCredentialSource,
  type HelperOutput,
  lookupDockerCredentials,
  readDockerConfig,
  spawnCredentialHelper,
} from '../../src/registry/docker-config.ts';

describe('WWW-Authenticate parsing', () => {
  test.each([
    [
      'Bearer realm="https://ghcr.io/token",service="ghcr.io",scope="repository:acme/api:pull"',
      [{ scheme: 'bearer', params: { realm: 'https://ghcr.io/token', service: 'ghcr.io', scope: 'repository:acme/api:pull' } }],
    ],
    [
      // Docker Hub asks for two actions in one quoted scope: the comma is data.
      'Bearer realm="https://auth.docker.io/token",service="registry.docker.io",scope="repository:library/nginx:pull,push"',
      [
        {
          scheme: 'bearer',
          params: { realm: 'https://auth.docker.io/token', service: 'registry.docker.io', scope: 'repository:library/nginx:pull,push' },
        },
      ],
    ],
    ['Basic realm="Registry Realm"', [{ scheme: 'basic', params: { realm: 'Registry Realm' } }]],
    ['basic realm=plain', [{ scheme: 'basic', params: { realm: 'plain' } }]],
    ['Basic', [{ scheme: 'basic', params: {} }]],
    ['Bearer realm = "https://x/t" , service = "s"', [{ scheme: 'bearer', params: { realm: 'https://x/t', service: 's' } }]],
    [
      'Bearer realm="https://x/t\\"q",error="invalid_token",error_description="The access token expired, renew it"',
      [
        {
          scheme: 'bearer',
          params: { realm: 'https://x/t"q', error: 'invalid_token', error_description: 'The access token expired, renew it' },
        },
      ],
    ],
    [
      'Negotiate abc==, Basic realm="x, y", Bearer realm="https://t",service="s"',
      [
        { scheme: 'negotiate', params: { token68: 'abc==' } },
        { scheme: 'basic', params: { realm: 'x, y' } },
        { scheme: 'bearer', params: { realm: 'https://t', service: 's' } },
      ],
    ],
    ['REALM="x"', []],
    ['', []],
  ])('%s', (header, expected) => {
    expect(parseChallenges(header)).toEqual(expected);
  });

  test('several headers are read as one list; Bearer is preferred', () => {
    const ch = parseChallenges(['Basic realm="b"', 'Bearer realm="https://t"']);
    expect(ch.map((c) => c.scheme)).toEqual(['basic', 'bearer']);
    expect(chooseChallenge(ch)?.scheme).toBe('bearer');
    expect(chooseChallenge(parseChallenges('Digest realm="x"'))).toBeUndefined();
  });
});

describe('realm and destination safety', () => {
  test.each([
    ['https://ghcr.io/token', undefined],
    ['https://auth.docker.io/token?x=1', undefined],
    ['http://127.0.0.1:5001/token', undefined],
    ['http://localhost:5001/token', undefined],
    ['http://auth.example.com/token', 'is not https'],
    ['ftp://auth.example.com/token', 'is not https'],
    ['https://169.254.169.254/latest/api/token', 'link-local or metadata'],
    ['http://169.254.169.254/', 'link-local or metadata'],
    ['https://[fe80::1]/token', 'link-local or metadata'],
    ['https://[::ffff:169.254.169.254]/token', 'link-local or metadata'],
    ['https://metadata.google.internal/computeMetadata/v1/', 'link-local or metadata'],
    ['https://METADATA.google.internal./x', 'link-local or metadata'],
    ['https://100.100.100.200/latest', 'link-local or metadata'],
    ['/relative/token', 'not an absolute URL'],
    [undefined, 'has no realm'],
  ])('%s', (realm, problem) => {
    const r = checkRealm(realm, 'localhost:5000');
    if (problem === undefined) expect('url' in r).toBe(true);
    else expect('problem' in r && r.problem).toContain(problem);
  });

  test('plain http to a loopback realm only for a loopback registry', () => {
    expect('url' in checkRealm('http://127.0.0.1:5001/token', '127.0.0.1:5000')).toBe(true);
    const r = checkRealm('http://127.0.0.1:5001/token', 'ghcr.io');
    expect('problem' in r && r.problem).toBe('token realm http://127.0.0.1:5001 is not https; refusing to send credentials over http');
  });

  test.each([
    ['169.254.0.1', true],
    ['169.253.0.1', false],
    ['[fe80::abcd]:443', true],
    ['[febf::1]', true],
    ['[fec0::1]', false],
    ['0.0.0.0', true],
    ['10.1.2.3', false],
    ['ghcr.io', false],
    ['metadata', true],
  ])('isForbiddenHost(%s) = %s', (host, forbidden) => {
    expect(isForbiddenHost(host)).toBe(forbidden);
  });
});

describe('docker config lookup', () => {
  const auth = (u: string, p: string) => Buffer.from(`${u}:${p}`).toString('base64');
  const config = {
    auths: {
      'https://index.docker.io/v1/': { auth: auth('hubuser', 'hub:pass:with:colons') },
      'ghcr.io': { auth: auth('octo', 'ghp_token') },
      'https://registry.example.com/v2/': { auth: auth('ex', 'expass') },
      'empty.io': {},
      'fields.io': { username: 'f', password: 'fp' },
    },
    credHelpers: { 'gcr.io': 'gcloud' },
  };

  test.each([
    ['registry-1.docker.io', { username: 'hubuser', password: 'hub:pass:with:colons' }, 'https://index.docker.io/v1/'],
    ['ghcr.io', { username: 'octo', password: 'ghp_token' }, 'ghcr.io'],
    ['GHCR.io', { username: 'octo', password: 'ghp_token' }, 'ghcr.io'],
    ['registry.example.com', { username: 'ex', password: 'expass' }, 'https://registry.example.com/v2/'],
    ['fields.io', { username: 'f', password: 'fp' }, 'fields.io'],
    ['quay.io', undefined, undefined],
  ])('%s', (registry, credentials, key) => {
    const r = lookupDockerCredentials(config, registry);
    expect(r.credentials).toEqual(credentials);
    expect(r.key).toBe(key);
  });

  test("entries without auth explain themselves; credential helpers are named, in the Docker client's order", () => {
    expect(lookupDockerCredentials(config, 'empty.io').note).toContain("the entry 'empty.io' in the Docker config holds no usable auth");
    expect(lookupDockerCredentials(config, 'gcr.io').helper).toEqual({ name: 'gcloud', serverUrl: 'gcr.io', from: 'credHelpers' });
    expect(lookupDockerCredentials({ credsStore: 'desktop' }, 'ghcr.io').helper).toEqual({
      name: 'desktop',
      serverUrl: 'ghcr.io',
      from: 'credsStore',
    });
    // A credsStore leaves empty placeholders in auths: the key as written goes to the helper.
    expect(
      lookupDockerCredentials({ credsStore: 'pass', auths: { 'https://index.docker.io/v1/': {} } }, 'registry-1.docker.io').helper,
    ).toEqual({ name: 'pass', serverUrl: 'https://index.docker.io/v1/', from: 'credsStore' });
    // credHelpers wins over an auths entry, as in the Docker client; a usable auths entry wins over credsStore.
    expect(lookupDockerCredentials({ ...config, credHelpers: { 'ghcr.io': 'gh' } }, 'ghcr.io').helper?.name).toBe('gh');
    expect(lookupDockerCredentials({ ...config, credsStore: 'desktop' }, 'ghcr.io').credentials).toEqual({
      username: 'octo',
      password: 'ghp_token',
    });
    expect(lookupDockerCredentials(undefined, 'ghcr.io')).toEqual({});
  });

  describe('dockerCredentialSource runs helpers', () => {
    let dir: string;
    beforeAll(() => {
      dir = mkdtempSync(join(tmpdir(), 'lockstep-credhelper-'));
    });
    afterAll(() => rmSync(dir, { recursive: true, force: true }));
    const source = (cfg: unknown, run: CredentialHelperRunner, secrets: string[] = [], log: string[] = []) => {
      const path = join(dir, `config-${Math.random().toString(36).slice(2)}.json`);
      writeFileSync(path, JSON.stringify(cfg));
      return {
        path,
        get: dockerCredentialSource({ configPath: path, run, secret: (v) => secrets.push(v), log: (l) => log.push(l), timeoutMs: 50 }),
      };
    };
    const answer = (out: Partial<HelperOutput>): { calls: [string, string][]; run: CredentialHelperRunner } => {
      const calls: [string, string][] = [];
      return { calls, run: async (program, input) => (calls.push([program, input]), { code: 0, stdout: '', stderr: '', ...out }) };
    };

    test('a helper answer becomes credentials, masked first, asked once per registry', async () => {
      const fake = answer({ stdout: JSON.stringify({ ServerURL: 'gcr.io', Username: 'oauth2accesstoken', Secret: 's3cret' }) });
      const secrets: string[] = [];
      const { get } = source({ credHelpers: { 'gcr.io': 'gcloud' } }, fake.run, secrets);
      const [a, b] = await Promise.all([get('gcr.io'), get('GCR.io')]);
      expect(a).toEqual({ username: 'oauth2accesstoken', password: 's3cret' });
      expect(b).toBe(a);
      expect(fake.calls).toEqual([['docker-credential-gcloud', 'gcr.io']]);
      expect(secrets).toEqual(['s3cret']);
      expect(await get('quay.io')).toBeUndefined();
      expect(fake.calls).toHaveLength(1);
    });

    test.each<[string, Partial<HelperOutput>, RegExp]>([
      [
        'not installed',
        { notFound: true, code: -1 },
        /: credHelpers\["gcr\.io"\] sends gcr\.io to docker-credential-gcloud, which is not installed \(not found on PATH\) — install docker-credential-gcloud on the runner/,
      ],
      ['timed out', { timedOut: true, code: -1 }, /docker-credential-gcloud get did not answer for gcr\.io within 0s/],
      [
        'failing',
        { code: 3, stderr: 'keychain locked\nmore' },
        /docker-credential-gcloud get failed for gcr\.io \(exit 3: keychain locked\)/,
      ],
      ['printing no JSON', { stdout: 'user:s3cret' }, /docker-credential-gcloud get printed something other than JSON for gcr\.io/],
    ])('a helper %s is a UserError naming it and the config file', async (_n, out, message) => {
      const { path, get } = source({ credHelpers: { 'gcr.io': 'gcloud' } }, answer(out).run);
      const e = await get('gcr.io').then(
        () => undefined,
        (err: unknown) => err,
      );
      expect(e).toBeInstanceOf(UserError);
      expect((e as UserError).format()).toMatch(message);
      expect((e as UserError).format()).toContain(path);
      expect((e as UserError).format()).not.toContain('s3cret');
    });

    test('a helper not installed: the way out is the step’s own credentials where it takes them, else a plain docker login', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'lockstep-dockercfg-'));
      const path = join(dir, 'config.json');
      writeFileSync(path, JSON.stringify({ credsStore: 'desktop' }));
      const missing: CredentialHelperRunner = async () => ({ code: -1, stdout: '', stderr: '', notFound: true });
      const failure = (ownCredentials: boolean) =>
        dockerCredentialSource({ configPath: path, run: missing, secret: () => {}, ownCredentials })('ghcr.io').then(
          () => undefined,
          (err: unknown) => err as UserError,
        );
      const own = await failure(true);
      const none = await failure(false);
      const at = `${path}: credsStore sends ghcr.io to docker-credential-desktop, which is not installed (not found on PATH)`;
      expect(own?.format()).toBe(
        `${at} — install docker-credential-desktop on the runner, remove credsStore from the Docker config, or pass username and password`,
      );
      expect(own?.format(TERMINAL)).toBe(
        `${at} — install docker-credential-desktop on the runner, remove credsStore from the Docker config, or pass --username and --password-stdin`,
      );
      // promote-env and the check's chart registry take no username or password.
      expect(none?.format()).toBe(
        `${at} — install docker-credential-desktop on the runner, remove credsStore from the Docker config, or log in with docker login (docker/login-action in a workflow) with no credential helper configured`,
      );
      rmSync(dir, { recursive: true, force: true });
    });

    test('"credentials not found" from the helper means anonymous access, logged', async () => {
      const log: string[] = [];
      const { get } = source(
        { credsStore: 'desktop' },
        answer({ code: 1, stdout: 'credentials not found in native keychain\n' }).run,
        [],
        log,
      );
      expect(await get('ghcr.io')).toBeUndefined();
      expect(log).toEqual(['docker-credential-desktop has no credentials for ghcr.io; continuing anonymously']);
    });

    test('a helper name that is not a plain name is refused before anything runs', async () => {
      const fake = answer({});
      const { get } = source({ credsStore: '../../bin/sh' }, fake.run);
      await expect(get('ghcr.io')).rejects.toThrow(/names '\.\.\/\.\.\/bin\/sh', which is not a credential helper name/);
      expect(fake.calls).toEqual([]);
    });

    test('spawnCredentialHelper: argv, host on stdin, missing program, timeout', async () => {
      const bin = join(dir, 'bin');
      mkdirSync(bin, { recursive: true });
      writeFileSync(
        join(bin, 'docker-credential-echo'),
        '#!/bin/sh\nread host\nprintf \'{"Username":"%s","Secret":"%s"}\' "$1" "$host"\n',
        { mode: 0o755 },
      );
      writeFileSync(join(bin, 'docker-credential-slow'), '#!/bin/sh\nsleep 5\n', { mode: 0o755 });
      const run = spawnCredentialHelper({ PATH: `${bin}:/usr/bin:/bin` });
      const ok = await run('docker-credential-echo', 'ghcr.io; rm -rf /', 2000);
      expect([ok.code, JSON.parse(ok.stdout)]).toEqual([0, { Username: 'get', Secret: 'ghcr.io; rm -rf /' }]);
      expect((await run('docker-credential-nope', 'x', 2000)).notFound).toBe(true);
      const started = Date.now();
      expect((await run('docker-credential-slow', 'x', 100)).timedOut).toBe(true);
      expect(Date.now() - started).toBeLessThan(3000);
    });
  });

  test('Docker Hub also matches a plain docker.io key', () => {
    expect(lookupDockerCredentials({ auths: { 'docker.io': { auth: auth('a', 'b') } } }, 'registry-1.docker.io').credentials).toEqual({
      username: 'a',
      password: 'b',
    });
  });

  test.each([
    ['https://ghcr.io', 'ghcr.io'],
    ['https://index.docker.io/v1/', 'index.docker.io'],
    ['localhost:5000', 'localhost:5000'],
    ['http://LOCALHOST:5000/v2/', 'localhost:5000'],
  ])('authKeyHost(%s) = %s', (key, host) => {
    expect(authKeyHost(key)).toBe(host);
  });

  test('config path honours DOCKER_CONFIG; a broken file reads as absent', () => {
    expect(dockerConfigPath({ DOCKER_CONFIG: '/etc/dc' }, '/home/u')).toBe('/etc/dc/config.json');
    expect(dockerConfigPath({}, '/home/u')).toBe('/home/u/.docker/config.json');
    const dir = mkdtempSync(join(tmpdir(), 'lockstep-dc-'));
    try {
      mkdirSync(join(dir, '.docker'));
      writeFileSync(join(dir, '.docker', 'config.json'), '{not json');
      expect(readDockerConfig(join(dir, '.docker', 'config.json'))).toBeUndefined();
      writeFileSync(join(dir, '.docker', 'config.json'), JSON.stringify({ auths: { 'ghcr.io': { auth: auth('x', 'y') } } }));
      expect(lookupDockerCredentials(readDockerConfig(join(dir, '.docker', 'config.json')), 'ghcr.io').credentials).toEqual({
        username: 'x',
        password: 'y',
      });
      expect(readDockerConfig(join(dir, 'missing.json'))).toBeUndefined();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
