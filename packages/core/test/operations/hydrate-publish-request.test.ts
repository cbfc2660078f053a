import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Inputs, mapInputs } from '../../src/contract/inputs.ts';
import { hydrateRequest } from '../../src/operations/hydrate/request.ts';
import { publishRequest } from '../../src/operations/publish/request.ts';
import type { Setting } from '../../src/settings/table.ts';
import { HYDRATE } from '../../src/settings/table-hydrate.ts';
import { PUBLISH } from '../../src/settings/table-publish.ts';
import { testWorld } from '../test-world.ts';

// hydrate's and publish's requests read each input by its declaration (settings/table-*.ts through
// settings/read.ts): a default or a choice is written in the table only, so the request reads what the
// action.yml and the CLI's flags say, and each refusal names its input before the working directory is looked at.

const inputs = (values: Record<string, string>) => new Inputs(mapInputs(values));
let ws: string;
beforeAll(() => {
  ws = mkdtempSync(join(tmpdir(), 'lockstep-requests-'));
  mkdirSync(join(ws, 'charts'));
});
afterAll(() => rmSync(ws, { recursive: true, force: true }));

/** Runs `fn` with the table entry of `input` given another default, then puts the table back. */
function withDefault<T>(settings: readonly Setting[], input: string, value: string, fn: () => T): T {
  const entry = settings.find((s) => s.input === input) as { default?: string };
  const was = entry.default;
  entry.default = value;
  try {
    return fn();
  } finally {
    entry.default = was;
  }
}

describe('hydrateRequest: each input read by its declaration', () => {
  test('nothing given: the table’s defaults', () => {
    expect(hydrateRequest(inputs({}), testWorld(ws))).toEqual({
      workdir: ws,
      config: '.github/lockstep.yml',
      environments: [],
      dryRun: false,
      mode: 'hydrate',
    });
  });

  test('every input given is read, the key and the shard as well', () => {
    const given = {
      env: 'dev, prod',
      'dry-run': 'true',
      mode: 'check',
      commit: 'abc1234',
      shard: '2/8',
      'signing-key-file': 'key',
      'signing-key': 'KEY',
      config: 'lockstep.yml',
      'working-directory': 'charts',
    };
    expect(hydrateRequest(inputs(given), testWorld(ws))).toEqual({
      workdir: join(ws, 'charts'),
      config: 'lockstep.yml',
      environments: ['dev', 'prod'],
      dryRun: true,
      mode: 'check',
      commit: 'abc1234',
      signingKeyFile: 'key',
      signingKey: 'KEY',
      shard: { index: 2, count: 8 },
    });
  });

  test('a default changed in the table is what the request reads: none is spelled again in the request', () => {
    const read = withDefault(HYDRATE.settings, 'mode', 'check', () =>
      withDefault(HYDRATE.settings, 'dry-run', 'true', () => hydrateRequest(inputs({}), testWorld(ws))),
    );
    expect(read).toMatchObject({ mode: 'check', dryRun: true });
    expect(hydrateRequest(inputs({}), testWorld(ws))).toMatchObject({ mode: 'hydrate', dryRun: false });
  });

  test.each([
    [{ mode: 'chek' }, "input 'mode' is 'chek'"],
    [{ 'dry-run': 'maybe' }, "input 'dry-run' is 'maybe', not a boolean"],
    [{ shard: '9/8', 'working-directory': 'nowhere' }, "input 'shard' is '9/8', not i/n"],
    [{ 'working-directory': 'nowhere' }, "working-directory 'nowhere' does not exist"],
  ])('%j is refused, naming its input', (values, message) => {
    expect(() => hydrateRequest(inputs(values), testWorld(ws))).toThrow(message);
  });

  test('a bad mode names the table’s choices', () => {
    expect(() => hydrateRequest(inputs({ mode: 'write' }), testWorld(ws))).toThrow(
      expect.objectContaining({ hint: 'use one of hydrate, check' }) as Error,
    );
  });
});

describe('publishRequest: each input read by its declaration', () => {
  test('nothing given: the table’s defaults, the runner’s commit as sha', () => {
    const world = testWorld(ws, { runCommit: 'f00dfacecafe' });
    expect(publishRequest(inputs({}), world)).toEqual({
      workingDirectory: '.',
      workdir: ws,
      config: '.github/lockstep.yml',
      charts: [],
      dryRun: false,
      registry: undefined,
      sha: 'f00dfac',
      credentials: undefined,
      signingKey: undefined,
    });
  });

  test('every input given is read: the registry bare, the credentials together', () => {
    const given = {
      registry: 'oci://ghcr.io/acme/charts/',
      charts: 'charts/a\ncharts/b',
      'digests-file': 'digests.yaml',
      sha: 'abc1234',
      username: 'bot',
      password: 'secret',
      'dry-run': 'true',
      'working-directory': 'charts',
      config: 'lockstep.yml',
    };
    expect(publishRequest(inputs(given), testWorld(ws))).toEqual({
      workingDirectory: 'charts',
      workdir: join(ws, 'charts'),
      config: 'lockstep.yml',
      registry: 'ghcr.io/acme/charts',
      charts: ['charts/a', 'charts/b'],
      digestsFile: 'digests.yaml',
      sha: 'abc1234',
      credentials: { username: 'bot', password: 'secret' },
      signingKey: undefined,
      dryRun: true,
    });
  });

  test('a default changed in the table is what the request reads', () => {
    const read = withDefault(PUBLISH.settings, 'dry-run', 'true', () => publishRequest(inputs({}), testWorld(ws)));
    expect(read.dryRun).toBe(true);
    expect(publishRequest(inputs({}), testWorld(ws)).dryRun).toBe(false);
  });

  test.each([
    [{ username: 'bot' }, "input 'password' is missing"],
    [{ password: 'p' }, "input 'username' is missing"],
    [{ registry: 'https://ghcr.io/Acme' }, "input 'registry' is 'https://ghcr.io/Acme', not an OCI registry path"],
    [{ 'signing-key': 'not a key' }, "input 'signing-key' is not a PEM private key"],
    [{ 'dry-run': 'maybe' }, "input 'dry-run' is 'maybe', not a boolean"],
    [{ 'working-directory': 'nowhere' }, "working-directory 'nowhere' does not exist"],
  ])('%j is refused, naming its input', (values, message) => {
    expect(() => publishRequest(inputs(values), testWorld(ws))).toThrow(message);
  });
});
