import { parseConfigText } from '../../src/config/config.ts';
import { effective, renderEffective, withDeclared } from '../../src/settings/effective.ts';

// lockstep config's printout: every declared key (settings tables and config-keys.ts) with its value and
// where it came from — the file at its line, or the declared default.

const FILE = '.github/lockstep.yml';
const TEXT = [
  'tag-prefix: release-',
  'environments:',
  '  - name: dev',
  '    values: values-dev.yaml',
  '    auto-merge: true',
  '  - { name: prod, values: values-prod.yaml, protected: true, wait: draft }',
  'services:',
  '  api: { image: ghcr.io/acme/api }',
  '',
].join('\n');

describe('the effective configuration and its sources', () => {
  test('each key the file sets is config, each default is default, per environment and service too', () => {
    const { values, sources } = effective(parseConfigText(TEXT, FILE));
    expect(sources.top).toMatchObject({
      'tag-prefix': 'config',
      environments: 'config',
      services: 'config',
      'version-file': 'default',
      'notify-pulls': 'default',
      'commit-mode': 'default',
      changelog: 'default',
      charts: 'default',
    });
    expect(values).toMatchObject({ 'tag-prefix': 'release-', 'version-file': '.version', 'notify-pulls': false, 'commit-mode': 'git' });
    expect(sources.environments).toEqual([
      {
        name: 'config',
        values: 'config',
        'auto-merge': 'config',
        protected: 'default',
        validate: 'default',
        'values-contract': 'default',
        'values-drift': 'default',
        render: 'default',
        preview: 'default',
        wait: 'default',
      },
      {
        name: 'config',
        values: 'config',
        'auto-merge': 'default',
        protected: 'config',
        validate: 'default',
        'values-contract': 'default',
        'values-drift': 'default',
        render: 'default',
        wait: 'config',
        preview: 'default',
      },
    ]);
    expect((values.environments as Record<string, unknown>[]).map((e) => [e.wait, e.preview])).toEqual([
      ['refuse', false],
      ['draft', false],
    ]);
    expect(sources.services).toEqual({ api: { image: 'config' } });
  });

  test('the YAML printout says after each key where its value came from', () => {
    const lines = renderEffective(parseConfigText(TEXT, FILE)).split('\n');
    expect(lines[0]).toBe('# effective configuration: .github/lockstep.yml with defaults filled in');
    expect(lines).toEqual(
      expect.arrayContaining([
        'version-file: .version # default',
        'tag-prefix: release- # .github/lockstep.yml:1',
        'environments: # .github/lockstep.yml:3',
        'ignore: [] # default',
        '  - name: dev # .github/lockstep.yml:3',
        '    auto-merge: true # .github/lockstep.yml:5',
        '    protected: false # default',
        '    wait: refuse # default',
        '    wait: draft # .github/lockstep.yml:6',
        '    image: ghcr.io/acme/api # .github/lockstep.yml:8',
        'commit-mode: git # default',
      ]),
    );
  });

  test("an environment's keys an input overrides: the value the run resolves there, and where it came from", () => {
    const c = parseConfigText(
      [
        'environments:',
        '  - { name: staging, values: s.yaml, min-soak: 1h30m }',
        '  - { name: prod, values: p.yaml, protected: true, wait: draft }',
        '',
      ].join('\n'),
      FILE,
    );
    const { values, sources } = effective(c);
    const keys = ['auto-merge', 'values-drift', 'min-soak', 'wait'];
    const pick = (e: Record<string, unknown>) => Object.fromEntries(keys.filter((k) => k in e).map((k) => [k, e[k]]));
    expect((values.environments as Record<string, unknown>[]).map(pick)).toEqual([
      { 'auto-merge': false, 'values-drift': 'warn', 'min-soak': '1h30m', wait: 'refuse' },
      // values-drift's default is decided by protected, as the table declares it.
      { 'auto-merge': false, 'values-drift': 'error', wait: 'draft' },
    ]);
    expect(sources.environments.map(pick)).toEqual([
      { 'auto-merge': 'default', 'values-drift': 'default', 'min-soak': 'config', wait: 'default' },
      { 'auto-merge': 'default', 'values-drift': 'default', wait: 'config' },
    ]);
    expect(renderEffective(c).split('\n')).toEqual(
      expect.arrayContaining([
        '    min-soak: 1h30m # .github/lockstep.yml:2',
        '    values-drift: warn # default',
        '    values-drift: error # default',
        '    wait: draft # .github/lockstep.yml:3',
      ]),
    );
  });

  test('with no file every key is its default', () => {
    const { sources } = effective(parseConfigText('', undefined));
    expect(new Set(Object.values(sources.top))).toEqual(new Set(['default']));
    expect(renderEffective(parseConfigText('', undefined)).split('\n')[0]).toBe(
      '# effective configuration: no config file, every setting is its default',
    );
  });
});

describe('a declared key the loader’s view does not name', () => {
  test('is printed with the file’s value when the file sets it, else its default; a key with neither stays out', () => {
    const declared = { 'max-open': { default: '3' }, 'merge-queue': {} };
    expect(withDeclared({ 'tag-prefix': 'v' }, { 'max-open': '5' }, declared)).toEqual({ 'tag-prefix': 'v', 'max-open': '5' });
    expect(withDeclared({ 'tag-prefix': 'v' }, {}, declared)).toEqual({ 'tag-prefix': 'v', 'max-open': '3' });
    expect(withDeclared({ 'tag-prefix': 'v' }, undefined, declared)).toEqual({ 'tag-prefix': 'v', 'max-open': '3' });
    // The loader's view wins where it names the key (its normal form: chart-registry without oci://).
    expect(
      withDeclared({ 'chart-registry': 'ghcr.io/acme' }, { 'chart-registry': 'oci://ghcr.io/acme' }, { 'chart-registry': {} }),
    ).toEqual({
      'chart-registry': 'ghcr.io/acme',
    });
  });
});

describe('the loader carries a declared key its Config does not name', () => {
  test('an environment’s preview: false is read as written (it was dropped)', () => {
    const c = parseConfigText('environments:\n  - { name: dev, values: v.yaml, preview: false }\n', FILE);
    expect(c.environments[0].preview).toBe(false);
  });
});
