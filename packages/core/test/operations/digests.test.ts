import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GitFixture } from '../../../../action-tests/harness/git-fixture.ts';
import { Inputs, mapInputs } from '../../src/contract/inputs.ts';
import { UserError } from '../../src/errors.ts';
import type { GitSpawner } from '../../src/git/spawn.ts';
import { asRepo } from '../../src/git/repo.ts';
import { digestsRequest } from '../../src/operations/digests/request.ts';
import { runDigests } from '../../src/operations/digests/run.ts';
import type { Services, World } from '../../src/contract/world.ts';
import type { HttpRequest } from '../../src/http/transport.ts';
import { testWorld } from '../test-world.ts';

const inputs = (values: Record<string, string>) => new Inputs(mapInputs(values));
const fixtures: GitFixture[] = [];
afterAll(() => fixtures.forEach((f) => f.cleanup()));

describe('digests operation with a plain fake registry', () => {
  const digest = (c: string) => `sha256:${c.repeat(64)}`;
  let ws: string;
  beforeEach(() => (ws = mkdtempSync(join(tmpdir(), 'lockstep-op-digests-'))));
  afterEach(() => rmSync(ws, { recursive: true, force: true }));
  const fakeTransport = (requests: string[]) => () =>
    Object.assign(
      async (req: HttpRequest) => {
        requests.push(`${req.method} ${req.url}`);
        return req.url.endsWith('/acme/api/manifests/1.2.3')
          ? {
              status: 200,
              headers: { 'docker-content-digest': digest('a'), 'content-type': 'application/vnd.oci.image.manifest.v1+json' },
              body: Buffer.alloc(0),
            }
          : { status: 404, headers: {}, body: Buffer.alloc(0) };
      },
      { close: () => requests.push('closed') },
    );
  /** A runner's world in `workspace` (HOME in the temporary folder: no real Docker config is read), GITHUB_SHA when given. */
  const world = (workspace: string, services: Partial<Services>, githubSha?: string) =>
    testWorld(workspace, { env: { HOME: ws, ...(githubSha ? { GITHUB_SHA: githubSha } : {}) }, services });
  /** Request and run, as the runner does them: a refused request rejects too. */
  const capture = async (values: Record<string, string>, w: World) => runDigests(digestsRequest(inputs(values), w), w);

  test.each([
    [{ username: 'u' }, "input 'password' is missing"],
    [{ images: 'api=r.example/acme/api:1', services: 'api' }, 'the images input and the services input were both given'],
    [{ images: 'api' }, "images line 1: 'api' is not name=reference"],
    [{ platform: 'amd64' }, "input 'platform' is 'amd64'"],
  ])('digestsRequest refuses %j', (values, message) => {
    expect(() => digestsRequest(inputs(values), world(ws, {}))).toThrow(message);
  });

  test('the default sha comes from the face; the sha input wins', () => {
    const sha = `abc1234${'0'.repeat(33)}`;
    expect(digestsRequest(inputs({ images: 'api=r.example/a:1' }), world(ws, {}, sha)).sha).toBe('abc1234');
    expect(digestsRequest(inputs({ images: 'api=r.example/a:1', sha: 'fff0000' }), world(ws, {}, sha)).sha).toBe('fff0000');
  });

  test('resolves, writes, returns outputs and the change; the transport is closed', async () => {
    const requests: string[] = [];
    const w = world(ws, { http: fakeTransport(requests) }, 'abc1234');
    const reporter = w.reporter;
    const r = await capture({ images: 'api=reg.example.com/acme/api:1.2.3' }, w);
    const file = readFileSync(join(ws, 'image-digests.json'), 'utf8');
    expect(JSON.parse(file)).toEqual({ api: { digest: digest('a'), image: 'reg.example.com/acme/api', sha: 'abc1234', tag: '1.2.3' } });
    expect(r.outputs).toEqual({ digests: JSON.stringify(JSON.parse(file)), file: 'image-digests.json' });
    expect(r.changes).toEqual([{ path: 'image-digests.json', before: undefined, after: file }]);
    expect(requests).toEqual(['HEAD https://reg.example.com/v2/acme/api/manifests/1.2.3', 'closed']);
    expect(reporter.lines).toEqual(['[Resolving 1 image digest]']);
    // Progress is counted, never drawn: how it shows is the face's business.
    expect(reporter.steps).toEqual([{ what: 'image digests resolved', done: 1, total: 1 }]);
  });

  test('dry run writes nothing and still returns the change', async () => {
    writeFileSync(join(ws, 'image-digests.json'), '{}\n');
    const r = await capture(
      { images: 'api=reg.example.com/acme/api:1.2.3', 'dry-run': 'true' },
      world(ws, { http: fakeTransport([]) }, 'abc1234'),
    );
    expect(r.written).toBe(false);
    expect(r.changes[0].before).toBe('{}\n');
    expect(readFileSync(join(ws, 'image-digests.json'), 'utf8')).toBe('{}\n');
  });

  test('without a sha, HEAD is read through the injected git; no repository is a user error', async () => {
    const err = await capture({ images: 'api=reg.example.com/acme/api:1.2.3' }, world(ws, { http: fakeTransport([]) })).catch((e) => e);
    expect(err).toBeInstanceOf(UserError);
    expect(err.message).toContain('is not a git repository');
    const headOnly: GitSpawner = async () => ({ code: 0, stdout: Buffer.from('1234abc\n'), stderr: '' });
    const f = GitFixture.create({ 'README.md': 'x\n' });
    fixtures.push(f);
    const r = await capture(
      { images: 'api=reg.example.com/acme/api:1.2.3' },
      world(f.dir, { repo: () => asRepo(headOnly), http: fakeTransport([]) }),
    );
    expect(r.file.api.sha).toBe('1234abc');
  });
});
