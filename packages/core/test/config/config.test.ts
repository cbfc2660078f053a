import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { configLine, loadConfig, parseConfigText } from '../../src/config/config.ts';
import { SPEC_CONFIG } from '../fixtures/spec-config.ts';
import { userError } from '../helpers.ts';

const BLOCK_CONFIG = `# lockstep settings
version-file: .version
services:
  api:
    image: ghcr.io/acme/api
    values-key: services.api.image
environments:
  - name: dev
    values: charts/myapp/values-dev.yaml
  - name: prod
    values: charts/myapp/values-prod.yaml
    protected: true
`;

describe('parseConfigText', () => {
  test('no file gives the defaults', () => {
    expect(parseConfigText('', undefined)).toEqual({
      file: undefined,
      versionFile: '.version',
      tagPrefix: 'v',
      charts: undefined,
      ignore: [],
      chartVersionPolicy: 'independent',
      changelog: 'auto',
      packages: [],
      pins: [],
      lockCommand: undefined,
      services: {},
      environments: [],
      render: { ignore: [], ignoreDefaults: true, summarize: [], apiVersions: [] },
      fixWindow: 259_200_000,
    });
  });

  test('a file of only comments gives the defaults', () => {
    expect(parseConfigText('# nothing yet\n', '.github/lockstep.yml').versionFile).toBe('.version');
  });

  test('the SPEC example parses in full', () => {
    expect(parseConfigText(SPEC_CONFIG, '.github/lockstep.yml')).toEqual({
      file: '.github/lockstep.yml',
      versionFile: '.version',
      tagPrefix: 'v',
      charts: ['charts/*'],
      ignore: [],
      chartVersionPolicy: 'independent',
      changelog: 'auto',
      packages: ['libs/*/pyproject.toml'],
      pins: [{ files: 'services/*/pyproject.toml', table: 'tool.poetry.group.prod.dependencies', names: ['liba', 'libb'] }],
      lockCommand: ['poetry', 'lock', '--no-update'],
      render: { ignore: [], ignoreDefaults: true, summarize: [], apiVersions: [] },
      fixWindow: 259_200_000,
      services: {
        api: { image: 'ghcr.io/acme/api', valuesKey: 'services.api.image' },
        worker: { image: 'ghcr.io/acme/worker', valuesKey: 'services.worker.image' },
      },
      environments: [
        { name: 'dev', values: 'charts/myapp/values-dev.yaml', application: undefined, autoMerge: true, protected: false },
        { name: 'staging', values: 'charts/myapp/values-staging.yaml', application: undefined, protected: false },
        { name: 'prod', values: 'charts/myapp/values-prod.yaml', application: 'apps/prod/myapp.yaml', protected: true },
      ],
    });
  });

  test('a byte order mark is ignored', () => {
    expect(parseConfigText(`\ufeff${BLOCK_CONFIG}`, '.github/lockstep.yml').environments.map((e) => e.name)).toEqual(['dev', 'prod']);
  });

  test('CRLF line endings parse the same', () => {
    expect(parseConfigText(BLOCK_CONFIG.replace(/\n/g, '\r\n'), 'x.yml')).toEqual(parseConfigText(BLOCK_CONFIG, 'x.yml'));
  });

  test.each([
    ['unknown top-level key', `${BLOCK_CONFIG}chart: [charts/*]\n`, 13, /unknown key 'chart'/],
    ['unknown key before others', `tag-prefx: v\n${BLOCK_CONFIG}`, 1, /unknown key 'tag-prefx'/],
    [
      'unknown nested service key',
      BLOCK_CONFIG.replace('    values-key: services.api.image\n', '    values-key: services.api.image\n    foo: 1\n'),
      7,
      /unknown key 'services\.api\.foo'/,
    ],
    [
      'unknown key in environments[1]',
      BLOCK_CONFIG.replace('    protected: true\n', '    protected: true\n    bogus: x\n'),
      13,
      /unknown key 'environments\.1\.bogus'/,
    ],
    [
      'unknown key in a flow mapping',
      SPEC_CONFIG.replace('values-key: services.worker.image', 'values-key: services.worker.image, tag: x'),
      14,
      /unknown key 'services\.worker\.tag'/,
    ],
    [
      'unknown key in a pin rule',
      SPEC_CONFIG.replace('    names: [liba, libb]\n', '    names: [liba, libb]\n    name: liba\n'),
      11,
      /unknown key 'pins\.0\.name'/,
    ],
    [
      'wrong enum',
      BLOCK_CONFIG.replace('version-file: .version\n', 'version-file: .version\nchangelog: sometimes\n'),
      3,
      /'changelog' is "sometimes", not one of auto, required, off/,
    ],
    ['wrong policy enum', `chart-version-policy: lockstep\n`, 1, /'chart-version-policy' is "lockstep", not one of independent, sync/],
    [
      'wrong type',
      BLOCK_CONFIG.replace('    protected: true', '    protected: maybe'),
      12,
      /^'environments\.1\.protected' is "maybe", which must be boolean: Digest-only images/,
    ],
    ['missing required key', BLOCK_CONFIG.replace('    image: ghcr.io/acme/api\n', ''), 5, /'services\.api' needs key 'image'/],
    ['a list where a mapping belongs', 'services: [api]\n', 1, /^'services' is \["api"\], which must be object: Image name -> repository/],
    ['duplicate key', `${BLOCK_CONFIG}version-file: VERSION\n`, 13, /duplicate key 'version-file'/],
    [
      'duplicate nested key',
      BLOCK_CONFIG.replace('    values-key: services.api.image\n', '    values-key: services.api.image\n    image: other\n'),
      7,
      /duplicate key 'image'/,
    ],
    ['invalid YAML', 'services:\n  api: {image: x\n', 3, /invalid YAML/],
    ['a scalar instead of a mapping', 'just text\n', 1, /must be a mapping/],
    ['a top-level list', '- a\n- b\n', 1, /must be a mapping/],
    // protected promotions are draft PRs merged by a person: a config that also asks auto-merge contradicts itself.
    [
      'auto-merge on a protected environment',
      BLOCK_CONFIG.replace('    protected: true\n', '    protected: true\n    auto-merge: true\n'),
      13,
      /^environment prod is protected and sets auto-merge: true$/,
    ],
    [
      'auto-merge on a protected environment, flow style',
      'environments:\n  - { name: dev, values: d.yaml }\n  - { name: prod, values: p.yaml, auto-merge: true, protected: true }\n',
      3,
      /^environment prod is protected and sets auto-merge: true$/,
    ],
  ])('%s → UserError at its line', (_what, text, line, message) => {
    const e = userError(() => parseConfigText(text, '.github/lockstep.yml'));
    expect({ file: e.file, line: e.line }).toEqual({ file: '.github/lockstep.yml', line });
    expect(e.message).toMatch(message);
    expect(e.hint).toBeTruthy();
  });
});

describe('loadConfig', () => {
  let ws: string;
  beforeEach(() => {
    ws = mkdtempSync(join(tmpdir(), 'lockstep-config-'));
    mkdirSync(join(ws, '.github'));
  });
  afterEach(() => rmSync(ws, { recursive: true, force: true }));

  test('reads .github/lockstep.yml by default', () => {
    writeFileSync(join(ws, '.github', 'lockstep.yml'), 'tag-prefix: release-\n');
    expect(loadConfig(ws).tagPrefix).toBe('release-');
    expect(loadConfig(ws).file).toBe('.github/lockstep.yml');
  });

  test.each([[undefined], [''], ['.github/lockstep.yml'], ['  ']])('a missing default file (%j) gives the defaults', (path) => {
    expect(loadConfig(ws, path)).toMatchObject({ file: undefined, tagPrefix: 'v', environments: [] });
  });

  test('an explicit config path that does not exist is an error naming it', () => {
    const e = userError(() => loadConfig(ws, 'ci/lockstep.yml'));
    expect(e.format()).toMatch(/^config file ci\/lockstep\.yml does not exist — /);
  });

  test('a config path that is a folder is an error, not a crash', () => {
    expect(userError(() => loadConfig(ws, '.github')).format()).toBe(
      'config .github is not a file — name the YAML file, e.g. .github/lockstep.yml',
    );
  });

  test('an explicit config path is read', () => {
    mkdirSync(join(ws, 'ci'));
    writeFileSync(join(ws, 'ci', 'release.yml'), 'changelog: required\n');
    expect(loadConfig(ws, 'ci/release.yml')).toMatchObject({ file: 'ci/release.yml', changelog: 'required' });
  });

  test('a file with a BOM reads', () => {
    writeFileSync(join(ws, '.github', 'lockstep.yml'), `\ufeff${BLOCK_CONFIG}`);
    expect(loadConfig(ws).services.api.valuesKey).toBe('services.api.image');
  });

  test('errors name the file and line', () => {
    writeFileSync(join(ws, '.github', 'lockstep.yml'), '# settings\n\nbogus: 1\n');
    expect(userError(() => loadConfig(ws)).format()).toMatch(/^\.github\/lockstep\.yml:3: unknown key 'bogus' — /);
  });

  test.each([['../outside.yml'], ['/etc/passwd']])('a config path outside the workspace (%s) is refused', (path) => {
    expect(userError(() => loadConfig(ws, path)).message).toMatch(/outside the workspace/);
  });
});

describe('config errors suggest the nearest valid key or value and point at the docs', () => {
  test.each<[string, string, string]>([
    [
      'chart-version-polcy: sync\n',
      'unknown key',
      ".github/lockstep.yml:1: unknown key 'chart-version-polcy' — did you mean chart-version-policy? (docs/configuration.md lists every key)",
    ],
    [
      'changelogs: auto\n',
      'unknown key',
      ".github/lockstep.yml:1: unknown key 'changelogs' — did you mean changelog? (docs/configuration.md lists every key)",
    ],
    [
      'environments:\n  - name: dev\n    value: x.yaml\n',
      'nested unknown key',
      ".github/lockstep.yml:3: unknown key 'environments.0.value' — did you mean values? (docs/configuration.md lists every key)",
    ],
    [
      'services:\n  api:\n    image: x\n    valueskey: a.b\n',
      'key under a named entry',
      ".github/lockstep.yml:4: unknown key 'services.api.valueskey' — did you mean values-key? (docs/configuration.md lists every key)",
    ],
    [
      'zzzzzz: 1\n',
      'nothing close',
      ".github/lockstep.yml:1: unknown key 'zzzzzz' — remove it or fix its spelling (docs/configuration.md lists every key)",
    ],
    [
      'changelog: requird\n',
      'enum value',
      `.github/lockstep.yml:1: 'changelog' is "requird", not one of auto, required, off — did you mean required? (see docs/configuration.md)`,
    ],
    [
      'chart-version-policy: indepedent\n',
      'enum value',
      `.github/lockstep.yml:1: 'chart-version-policy' is "indepedent", not one of independent, sync — did you mean independent? (see docs/configuration.md)`,
    ],
    [
      'changelog: 5\n',
      'enum value, nothing close',
      `.github/lockstep.yml:1: 'changelog' is 5, not one of auto, required, off — use one of auto, required, off (see docs/configuration.md)`,
    ],
  ])('%j (%s)', (text, _what, expected) => {
    const e = userError(() => parseConfigText(text, '.github/lockstep.yml'));
    expect(e.format()).toBe(expected);
    expect(e.format()).not.toContain('packages/core/schema');
  });

  test('a type error points at the docs, not at a path the user does not have', () => {
    expect(userError(() => parseConfigText('tag-prefix: [v]\n', '.github/lockstep.yml')).hint).toBe(
      'write it as the schema says (see docs/configuration.md)',
    );
  });
});

describe('configLine', () => {
  test.each<[(string | number)[], number | undefined]>([
    [['environments', 1, 'values'], 11],
    [['environments', 0, 'name'], 8],
    [['services', 'api', 'image'], 5],
    [['environments', 5, 'values'], undefined],
  ])('%j is at line %s', (path, line) => {
    expect(configLine(parseConfigText(BLOCK_CONFIG, '.github/lockstep.yml'), path)).toBe(line);
  });

  test('a config without a file has no lines', () => {
    expect(configLine(parseConfigText('', undefined), ['charts'])).toBeUndefined();
  });

  // Read by js-yaml (its events place most nodes); what they cannot place is asked of the yaml package's tree.
  const PLACED_AND_NOT = [
    'services:',
    '  api: { image: ghcr.io/acme/api, values-key: services.api.image }',
    'environments:',
    '  - name: dev',
    '    values: >-',
    '      envs/dev.yaml',
    '  - name: dev',
    '    values: envs/dev2.yaml',
    '',
  ].join('\n');

  test('lines of a block scalar come from the yaml package, the rest from the events, each as before', () => {
    const text = PLACED_AND_NOT.replace('  - name: dev\n    values: envs/dev2.yaml\n', '  - { name: prod, values: "envs/prod.yaml" }\n');
    const config = parseConfigText(text, '.github/lockstep.yml');
    expect(config.environments.map((e) => e.values)).toEqual(['envs/dev.yaml', 'envs/prod.yaml']);
    // `>-` is on line 5, its text on line 6: the yaml package's range starts at the indicator.
    expect(configLine(config, ['environments', 0, 'values'])).toBe(5);
    expect(configLine(config, ['environments', 1, 'values'])).toBe(7);
    expect(configLine(config, ['services', 'api', 'values-key'])).toBe(2);
    expect(configLine(config, ['environments', 2])).toBeUndefined();
  });

  test('a config refused after the schema passed is said at the line the yaml package gives (read again by it)', () => {
    expect(() => parseConfigText(PLACED_AND_NOT, '.github/lockstep.yml')).toThrow(
      expect.objectContaining({ message: "environment 'dev' appears twice (first on line 4)", line: 7 }),
    );
  });
});

describe('environments as Kustomize overlays (kustomization:)', () => {
  test('kustomization: instead of values:, services with an image only, printed as the file says', () => {
    const text = [
      'services:',
      '  api: { image: ghcr.io/acme/api }',
      'environments:',
      '  - { name: dev, kustomization: deploy/overlays/dev }',
      '  - { name: prod, kustomization: apps/prod.yaml, protected: true }',
      '',
    ].join('\n');
    const config = parseConfigText(text, '.github/lockstep.yml');
    expect(config.environments.map((e) => [e.name, e.values, e.kustomization])).toEqual([
      ['dev', undefined, 'deploy/overlays/dev'],
      ['prod', undefined, 'apps/prod.yaml'],
    ]);
    expect(config.services.api).toEqual({ image: 'ghcr.io/acme/api', valuesKey: undefined });
    expect(configLine(config, ['environments', 1, 'kustomization'])).toBe(5);
  });

  test('an environment with none of values:, kustomization:, helmrelease: or flux-kustomization: is refused at its line', () => {
    const text = ['environments:', '  - name: dev', '    values: a.yaml', '  - name: prod', '    protected: true', ''].join('\n');
    expect(() => parseConfigText(text, '.github/lockstep.yml')).toThrow(
      expect.objectContaining({
        message: 'environment prod names none of values:, kustomization:, helmrelease: or flux-kustomization:',
        file: '.github/lockstep.yml',
        line: 4,
      }),
    );
  });
});
