import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseConfigText } from '../../src/config/config.ts';
import { captureDigests, type CaptureSettings, targetsFromServices } from '../../src/digests/capture.ts';
import { parseImagesInput, platformInput } from '../../src/digests/targets.ts';
import { digestsOneLine, formatDigests, mergeDigests, parseDigests } from '../../src/digests/file.ts';
import { UserError, UserErrors } from '../../src/errors.ts';
import { userError } from '../helpers.ts';
import type { HttpRequest, Transport } from '../../src/http/transport.ts';
import { TERMINAL } from '../../src/text/terminal-face.ts';

const d = (c: string) => `sha256:${c.repeat(64)}`;
const entry = (digest: string, image = 'ghcr.io/acme/api', tag = '1.0.0', sha = 'abc1234') => ({ digest, image, sha, tag });

describe('file format', () => {
  test('sorted keys at every level, 2-space indent, final newline; one-line output', () => {
    const file = {
      worker: { tag: '1', sha: 's', image: 'i', digest: d('b') },
      api: { platform: 'linux/amd64', tag: '1', image: 'i', sha: 's', digest: d('a') },
    };
    expect(formatDigests(file)).toMatchSnapshot();
    expect(digestsOneLine(file)).toBe(
      `{"api":{"digest":"${d('a')}","image":"i","platform":"linux/amd64","sha":"s","tag":"1"},"worker":{"digest":"${d('b')}","image":"i","sha":"s","tag":"1"}}`,
    );
  });

  test('round trip', async () => {
    const file = { api: entry(d('a')) };
    expect(await parseDigests(formatDigests(file), 'f.json')).toEqual(file);
  });

  test.each([
    ['{', 1, 'f.json is not valid JSON'],
    ['{\n  "api": {\n    "digest": "x",\n', 4, 'f.json is not valid JSON'],
    ['[]', 1, 'must hold a JSON object'],
    ['"text"', 1, 'must hold a JSON object'],
    ['{\n  "api": 3\n}', 2, "entry 'api' in f.json is not an object"],
    [
      '{\n  "a": {},\n  "api": {"digest": "sha256:1", "image": "i", "sha": "s", "tag": "t"}\n}',
      2,
      "entry 'a' in f.json has no string 'digest'",
    ],
    [
      `{\n  "api": {"digest": "sha256:1", "image": "i", "sha": "s", "tag": "t"}\n}`,
      2,
      "entry 'api' in f.json has a malformed digest 'sha256:1'",
    ],
    [`{\n\n  "api": {"digest": "${d('a')}", "image": "i", "sha": 5, "tag": "t"}\n}`, 3, "has no string 'sha'"],
    [`{"api": {"digest": "${d('a')}", "image": "i", "sha": "s", "tag": "t", "platform": 1}}`, 1, "non-string 'platform'"],
  ])('malformed file %#', async (text, line, message) => {
    try {
      await parseDigests(text, 'f.json');
      throw new Error('expected a UserError');
    } catch (e) {
      expect(e).toBeInstanceOf(UserError);
      expect((e as UserError).message).toContain(message);
      expect((e as UserError).file).toBe('f.json');
      expect((e as UserError).line).toBe(line);
    }
  });

  test('extra keys written by other tools are kept', async () => {
    const text = `{"api": {"digest": "${d('a')}", "image": "i", "sha": "s", "tag": "t", "builtBy": "x"}}`;
    expect((await parseDigests(text, 'f.json')).api.builtBy).toBe('x');
  });

  test("promote's reading needs only the digest (seed 002's component-tags.json has no image)", async () => {
    const text = `{\n  "api": {"tag": "1.4.0", "digest": "${d('a')}"},\n  "web": {"digest": "${d('b')}", "image": "ghcr.io/acme/web", "sha": "s"}\n}`;
    expect(await parseDigests(text, 'tags.json', 'promote')).toEqual({
      api: { tag: '1.4.0', digest: d('a') },
      web: { digest: d('b'), image: 'ghcr.io/acme/web', sha: 's' },
    });
    // The same file is not a whole capture-digests record: merging into it is refused.
    await expect(parseDigests(text, 'tags.json')).rejects.toThrow("entry 'api' in tags.json has no string 'image'");
  });

  test.each([
    ['{"api": ', 1, 'the digests file is not valid JSON'],
    ['["api"]', 1, 'the digests file must hold a JSON object'],
    ['{\n  "api": "sha256:1"\n}', 2, "entry 'api' is not an object"],
    ['{\n  "api": {"tag": "1"}\n}', 2, "entry 'api' has no string 'digest'"],
    ['{"api": {"digest": "sha256:1"}}', 1, "entry 'api' has a malformed digest 'sha256:1'"],
    [`{\n\n  "api": {"digest": "${d('a')}", "image": 3}\n}`, 3, "entry 'api' has a non-string 'image'"],
    [`{"api": {"digest": "${d('a')}", "tag": "1.0\\n::error::x"}}`, 1, "entry 'api' has an invalid tag '1.0\n::error::x'"],
  ])("promote's reading refuses %j", async (text, line, message) => {
    const e = await parseDigests(text, 'd.json', 'promote').catch((x) => x);
    expect(e).toBeInstanceOf(UserError);
    expect(e.message).toContain(message);
    expect([e.file, e.line]).toEqual(['d.json', line]);
  });
});

describe('merge', () => {
  const existing = { api: entry(d('a')), worker: entry(d('b'), 'ghcr.io/acme/worker') };
  test('adds new names and refreshes identical digests', () => {
    const out = mergeDigests(
      existing,
      { web: entry(d('c')), api: entry(d('a'), 'ghcr.io/acme/api', '1.0.0', 'newsha1') },
      { overwrite: false, file: 'f.json' },
    );
    expect(Object.keys(out).sort()).toEqual(['api', 'web', 'worker']);
    expect(out.api.sha).toBe('newsha1');
  });

  test('another digest under the same name is a conflict per name, with the line', () => {
    const text = formatDigests(existing);
    try {
      mergeDigests(existing, { api: entry(d('c')), worker: entry(d('d')) }, { overwrite: false, file: 'f.json', text });
      throw new Error('expected conflicts');
    } catch (e) {
      expect(e).toBeInstanceOf(UserErrors);
      const errs = (e as UserErrors).errors;
      expect(errs.map((x) => [x.line, x.message.split(' ')[0]])).toEqual([
        [2, "'api'"],
        [8, "'worker'"],
      ]);
      expect(errs[0].format()).toBe(
        `f.json:2: 'api' is already recorded as ghcr.io/acme/api:1.0.0@${d('a')}; this run resolved ghcr.io/acme/api:1.0.0@${d('c')} — give each matrix job its own service name, or set overwrite: true to replace it`,
      );
    }
  });

  test('overwrite replaces', () => {
    expect(mergeDigests(existing, { api: entry(d('c')) }, { overwrite: true, file: 'f.json' }).api.digest).toBe(d('c'));
  });
});

describe('inputs', () => {
  test('images lines', () => {
    const targets = parseImagesInput(
      'api=ghcr.io/acme/api:1.0.0\n\n  # a comment\nworker = ghcr.io/acme/worker:1.0.0 # trailing\r\nhub=nginx:1.25',
    );
    expect(targets.map((t) => [t.name, t.ref.registry, t.ref.repository, t.ref.tag])).toEqual([
      ['api', 'ghcr.io', 'acme/api', '1.0.0'],
      ['worker', 'ghcr.io', 'acme/worker', '1.0.0'],
      ['hub', 'registry-1.docker.io', 'library/nginx', '1.25'],
    ]);
  });

  test('images: comma-separated items too (the one list language), numbered by their line', () => {
    expect(
      parseImagesInput('api=ghcr.io/acme/api:1.0.0, worker=ghcr.io/acme/worker:1.0.0\nweb=ghcr.io/acme/web:2').map((t) => t.name),
    ).toEqual(['api', 'worker', 'web']);
    expect(() => parseImagesInput('api=ghcr.io/acme/api:1.0.0\nworker=x:1, api=y:1')).toThrow("images line 2: name 'api' appears twice");
  });

  test.each([
    ['ghcr.io/acme/api:1', "images line 1: 'ghcr.io/acme/api:1' is not name=reference"],
    ['=ghcr.io/acme/api:1', "images line 1: '=ghcr.io/acme/api:1' is not name=reference"],
    ['a b=ghcr.io/acme/api:1', "images line 1: name 'a b' is invalid"],
    ['api=x/y:1\napi=x/z:1', "images line 2: name 'api' appears twice"],
    ['api=ghcr.io/acme/api', "images line 1: api: 'ghcr.io/acme/api' has no tag; lockstep does not assume ':latest'"],
    ['api=ghcr.io/ACME/api:1', "images line 1: api: repository 'ACME/api' must be lowercase"],
  ])('bad images input %#', (text, message) => {
    expect(() => parseImagesInput(text)).toThrow(message);
  });

  test('every bad line is reported at once', () => {
    try {
      parseImagesInput('a=x:1\nb\nc=x/Y:1\nd');
      throw new Error('expected errors');
    } catch (e) {
      expect((e as UserErrors).errors.map((x) => x.message.split(':')[0])).toEqual(['images line 2', 'images line 3', 'images line 4']);
    }
  });

  const config = parseConfigText(
    'services:\n  api: { image: ghcr.io/acme/api }\n  worker: { image: ghcr.io/acme/worker }\n',
    '.github/lockstep.yml',
  );
  test.each([
    [['all'], ['api', 'worker']],
    [[], ['api', 'worker']],
    [['worker'], ['worker']],
  ])('services %p', (services, names) => {
    const targets = targetsFromServices(config, services, '2.0.0');
    expect(targets.map((t) => t.name)).toEqual(names);
    expect(targets.every((t) => t.ref.tag === '2.0.0')).toBe(true);
  });

  test('services errors', () => {
    expect(() => targetsFromServices(config, ['all'], undefined)).toThrow("input 'tag' is required with services");
    // Neither images nor services nor tag: say what to give, not that tag goes with services.
    const none = userError(() => targetsFromServices(config, [], undefined));
    expect(none.format()).toBe(
      'nothing to capture: give images, or a tag for the services in the config — pass images as name=registry/repo:tag lines (e.g. images: api=ghcr.io/acme/api:1.7.3), or pass tag as the version the configured services (api, worker) were pushed with',
    );
    // The same error in a terminal: each input named as its flag.
    expect(none.format(TERMINAL)).toBe(
      'nothing to capture: give --images, or a --tag for the services in the config — pass --images as name=registry/repo:tag lines (e.g. --images api=ghcr.io/acme/api:1.7.3), or pass --tag as the version the configured services (api, worker) were pushed with',
    );
    expect(() => targetsFromServices(config, ['api', 'web'], '1')).toThrow("service 'web' is not in the config");
    expect(() => targetsFromServices(parseConfigText('', undefined), [], '1')).toThrow('no images to capture');
  });

  test.each([
    ['linux/amd64', { os: 'linux', architecture: 'amd64', variant: undefined }],
    ['linux/arm/v7', { os: 'linux', architecture: 'arm', variant: 'v7' }],
  ])('platform %s', (text, platform) => {
    expect(platformInput(text)).toEqual(platform);
  });
  test('bad platform', () => {
    expect(() => platformInput('amd64')).toThrow("input 'platform' is 'amd64'");
    expect(platformInput(undefined)).toBeUndefined();
  });
});

describe('captureDigests with a fake registry', () => {
  let ws: string;
  beforeEach(() => {
    ws = mkdtempSync(join(tmpdir(), 'lockstep-capture-'));
  });
  afterEach(() => rmSync(ws, { recursive: true, force: true }));

  const known: Record<string, string> = { 'acme/api/manifests/1.0.0': d('a'), 'acme/worker/manifests/1.0.0': d('b') };
  const transport: Transport = async (req: HttpRequest) => {
    const key = req.url.split('/v2/')[1];
    const digest = known[key];
    return digest
      ? { status: 200, headers: { 'docker-content-digest': digest }, body: Buffer.alloc(0) }
      : { status: 404, headers: {}, body: Buffer.alloc(0) };
  };
  const settings = (images: string, extra: Partial<CaptureSettings> = {}): CaptureSettings => ({
    workspace: ws,
    workdir: ws,
    targets: parseImagesInput(images),
    output: 'image-digests.json',
    merge: false,
    overwrite: false,
    sha: 'abc1234',
    home: ws,
    ...extra,
  });

  test('writes the file, then reports unchanged on a second run', async () => {
    const r = await captureDigests(settings('api=reg.example.com/acme/api:1.0.0\nworker=reg.example.com/acme/worker:1.0.0'), {
      transport,
      secret: () => {},
    });
    expect(r.changed).toBe(true);
    expect(r.rows.map((x) => x.digest)).toEqual([d('a'), d('b')]);
    expect(readFileSync(join(ws, 'image-digests.json'), 'utf8')).toBe(
      [
        '{',
        '  "api": {',
        `    "digest": "${d('a')}",`,
        '    "image": "reg.example.com/acme/api",',
        '    "sha": "abc1234",',
        '    "tag": "1.0.0"',
        '  },',
        '  "worker": {',
        `    "digest": "${d('b')}",`,
        '    "image": "reg.example.com/acme/worker",',
        '    "sha": "abc1234",',
        '    "tag": "1.0.0"',
        '  }',
        '}',
        '',
      ].join('\n'),
    );
    const again = await captureDigests(settings('api=reg.example.com/acme/api:1.0.0\nworker=reg.example.com/acme/worker:1.0.0'), {
      transport,
      secret: () => {},
    });
    expect(again.changed).toBe(false);
  });

  test('every failure is reported and nothing is written', async () => {
    writeFileSync(join(ws, 'image-digests.json'), 'previous');
    const err = await captureDigests(
      // replace: a file that is not JSON is replaced (without it, it is refused before any request).
      settings('api=reg.example.com/acme/api:9\nworker=reg.example.com/acme/worker:1.0.0\nweb=reg.example.com/acme/web:1', {
        replace: true,
      }),
      {
        transport,
        secret: () => {},
      },
    ).catch((e) => e);
    expect(err).toBeInstanceOf(UserErrors);
    expect(err.errors.map((e: UserError) => e.message)).toEqual([
      'api: could not resolve reg.example.com/acme/api:9: reg.example.com/acme/api:9 not found',
      'web: could not resolve reg.example.com/acme/web:1: reg.example.com/acme/web:1 not found',
    ]);
    expect(readFileSync(join(ws, 'image-digests.json'), 'utf8')).toBe('previous');
    expect(existsSync(join(ws, 'image-digests.json.tmp'))).toBe(false);
  });

  test.each([
    [
      'Basic, no credentials',
      'Basic realm="x"',
      undefined,
      'reg.example.com requires a username and password (Basic auth) and none were given — pass username and password, or log in with docker login first (docker/login-action in a workflow)',
      'reg.example.com requires a username and password (Basic auth) and none were given — pass --username and --password-stdin, or log in with docker login first (docker/login-action in a workflow)',
    ],
    [
      'Basic, wrong credentials',
      'Basic realm="x"',
      { username: 'u', password: 'bad-pw' },
      'reg.example.com rejected the credentials for acme/api (Basic auth) — check username and password (or the docker login) for this registry, and that they may read this repository',
      'reg.example.com rejected the credentials for acme/api (Basic auth) — check --username and --password-stdin (or the docker login) for this registry, and that they may read this repository',
    ],
  ])(
    '%s: the advice is given once, fits the case, and names flags in a terminal',
    async (_name, challenge, credentials, tail, terminalTail) => {
      const denying: Transport = async () => ({ status: 401, headers: { 'www-authenticate': challenge }, body: Buffer.alloc(0) });
      const err = await captureDigests(settings('api=reg.example.com/acme/api:1.0.0', { credentials }), {
        transport: denying,
        secret: () => {},
      }).catch((e) => e);
      expect(err).toBeInstanceOf(UserError);
      expect(err.format()).toBe(`api: could not resolve reg.example.com/acme/api:1.0.0: ${tail}`);
      expect(err.format(TERMINAL)).toBe(`api: could not resolve reg.example.com/acme/api:1.0.0: ${terminalTail}`);
      expect(err.format().split('docker login')).toHaveLength(2);
    },
  );

  test('a platform the index lacks gets the platform hint, not the "was it pushed" one', async () => {
    const index = Buffer.from(
      JSON.stringify({
        schemaVersion: 2,
        mediaType: 'application/vnd.oci.image.index.v1+json',
        manifests: [{ digest: d('c'), platform: { os: 'linux', architecture: 'amd64' } }],
      }),
    );
    const t: Transport = async () => ({ status: 200, headers: { 'content-type': 'application/vnd.oci.image.index.v1+json' }, body: index });
    const err = await captureDigests(settings('api=reg.example.com/acme/api:1.0.0', { platform: platformInput('linux/arm64') }), {
      transport: t,
      secret: () => {},
    }).catch((e) => e);
    expect(err.format()).toBe(
      'api: could not resolve reg.example.com/acme/api:1.0.0: platform linux/arm64 is not in the index (it has linux/amd64) — set platform to one of the platforms the image offers, or leave platform empty to record the digest the tag names',
    );
  });

  test('Docker config credentials are masked when used', async () => {
    const masked: string[] = [];
    const basicOnly: Transport = async (req) =>
      req.headers.Authorization
        ? { status: 200, headers: { 'docker-content-digest': d('a') }, body: Buffer.alloc(0) }
        : { status: 401, headers: { 'www-authenticate': 'Basic realm="x"' }, body: Buffer.alloc(0) };
    const dc = join(ws, 'dc');
    mkdirSync(dc);
    writeFileSync(
      join(dc, 'config.json'),
      JSON.stringify({ auths: { 'reg.example.com': { auth: Buffer.from('u:from-config-pw').toString('base64') } } }),
    );
    await captureDigests(settings('api=reg.example.com/acme/api:1.0.0', { dockerConfigDir: dc }), {
      transport: basicOnly,
      secret: (v) => masked.push(v),
    });
    expect(masked).toContain('from-config-pw');
  });
});
