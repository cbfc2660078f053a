import { parseConfigText } from '../../src/config/config.ts';
import { resolveSettings } from '../../src/settings/resolve.ts';
import type { SettingsTable } from '../../src/settings/table.ts';
import { BUMP, CHECK, DIGESTS, PROMOTE, PUBLISH, RELEASE } from '../../src/settings/tables.ts';

const TABLE: SettingsTable = {
  operation: 'demo',
  action: 'demo',
  settings: [
    { input: 'tag-prefix', kind: 'string', config: { key: 'tag-prefix', where: 'top', default: 'v' }, docs: 'Prefix.' },
    {
      input: 'wait',
      kind: 'choice',
      choices: ['refuse', 'draft'],
      config: { key: 'wait', where: 'environment', default: 'refuse' },
      docs: 'Wait.',
    },
    { input: 'level', kind: 'string', default: 'patch', docs: 'No config key: not resolved here.' },
  ],
};

const config = parseConfigText(
  'tag-prefix: rel-\nenvironments:\n  - { name: dev, values: d.yaml }\n  - { name: prod, values: p.yaml, wait: draft }\n',
  '.github/lockstep.yml',
);

describe('resolveSettings: input > environment config > top config > default, for every table', () => {
  test('the input given wins, also an empty one (the CLI’s --tag-prefix "")', () => {
    expect(resolveSettings(TABLE, { 'tag-prefix': 'x', wait: 'refuse' }, config, { environment: 'prod' })).toEqual({
      'tag-prefix': { value: 'x', from: 'input' },
      wait: { value: 'refuse', from: 'input' },
    });
    expect(resolveSettings(TABLE, { 'tag-prefix': '' }, config)['tag-prefix']).toEqual({ value: '', from: 'input' });
  });

  test('no input: the environment the run is about, then the top of the file, then the default', () => {
    expect(resolveSettings(TABLE, {}, config, { environment: 'prod' })).toEqual({
      'tag-prefix': { value: 'rel-', from: 'top' },
      wait: { value: 'draft', from: 'environment' },
    });
    expect(resolveSettings(TABLE, {}, config, { environment: 'dev' }).wait).toEqual({ value: 'refuse', from: 'default' });
  });

  test('commit-mode is git by default in release and in promote alike', () => {
    const none = parseConfigText('', undefined);
    expect(resolveSettings(RELEASE, {}, none)['commit-mode']).toEqual({ value: 'git', from: 'default' });
    expect(resolveSettings(PROMOTE, {}, none)['commit-mode']).toEqual({ value: 'git', from: 'default' });
    const api = parseConfigText('commit-mode: api\n', '.github/lockstep.yml');
    expect(resolveSettings(PROMOTE, {}, api)['commit-mode']).toEqual({ value: 'api', from: 'top' });
    expect(resolveSettings(RELEASE, { 'commit-mode': 'git' }, api)['commit-mode']).toEqual({ value: 'git', from: 'input' });
  });
});

// Each operation's table through the one precedence: what check, bump, publish and promote now read
// their config-backed settings with (digests has none: its inputs are the whole of its settings).
describe('every operation resolves its config keys the same way', () => {
  const file = parseConfigText(
    [
      'charts: [charts/*]',
      'ignore: [README.md]',
      'changelog: required',
      'chart-registry: oci://ghcr.io/acme/charts',
      'commit-mode: api',
      'environments:',
      '  - { name: dev, values: d.yaml }',
      '  - { name: prod, values: p.yaml, wait: draft, min-soak: 2h, values-drift: warn }',
      '',
    ].join('\n'),
    '.github/lockstep.yml',
  );
  const value = (t: SettingsTable, given: Record<string, unknown>, input: string, environment?: string) =>
    resolveSettings(t, given, file, { environment })[input];

  test('check: ignore and changelog, the input over the file over the default', () => {
    expect(value(CHECK, {}, 'ignore')).toEqual({ value: ['README.md'], from: 'top' });
    expect(value(CHECK, { ignore: ['NOTES.md'] }, 'ignore')).toEqual({ value: ['NOTES.md'], from: 'input' });
    expect(value(CHECK, {}, 'changelog')).toEqual({ value: 'required', from: 'top' });
    expect(value(CHECK, { changelog: 'off' }, 'changelog')).toEqual({ value: 'off', from: 'input' });
    // No config file at the commit: the table's defaults.
    expect(resolveSettings(CHECK, {}, undefined)).toEqual({
      charts: { value: undefined, from: 'default' },
      ignore: { value: [], from: 'default' },
      changelog: { value: 'auto', from: 'default' },
      render: { value: 'auto', from: 'default' },
      validate: { value: 'warn', from: 'default' },
      'values-contract': { value: 'warn', from: 'default' },
    });
  });

  test('values-contract: the input over the environment over the top over error where protected, warn elsewhere', () => {
    const config = parseConfigText(
      'values-contract: off\nenvironments:\n  - { name: dev, values: dev.yaml }\n  - { name: prod, values: prod.yaml, protected: true, values-contract: warn }\n',
      '.github/lockstep.yml',
    );
    expect(resolveSettings(CHECK, {}, config, { environment: 'dev' })['values-contract']).toEqual({ value: 'off', from: 'top' });
    expect(resolveSettings(CHECK, {}, config, { environment: 'prod' })['values-contract']).toEqual({ value: 'warn', from: 'environment' });
    expect(resolveSettings(CHECK, { 'values-contract': 'error' }, config, { environment: 'dev' })['values-contract']).toEqual({
      value: 'error',
      from: 'input',
    });
    const bare = parseConfigText(
      'environments:\n  - { name: dev, values: dev.yaml }\n  - { name: prod, values: prod.yaml, protected: true }\n',
      'x.yml',
    );
    expect(resolveSettings(CHECK, {}, bare, { environment: 'dev' })['values-contract']).toEqual({ value: 'warn', from: 'default' });
    expect(resolveSettings(CHECK, {}, bare, { environment: 'prod' })['values-contract']).toEqual({ value: 'error', from: 'default' });
  });

  test("render: the input over the environment's mode over the top level's (a mode, or a mapping's mode) over auto", () => {
    const config = parseConfigText(
      'render: {mode: off, summarize: [Secret]}\nenvironments:\n  - { name: dev, values: dev.yaml, render: on }\n  - { name: prod, values: prod.yaml }\n',
      '.github/lockstep.yml',
    );
    expect(resolveSettings(CHECK, {}, config).render).toEqual({ value: 'off', from: 'top' });
    expect(resolveSettings(PROMOTE, {}, config, { environment: 'dev' }).render).toEqual({ value: 'on', from: 'environment' });
    expect(resolveSettings(PROMOTE, {}, config, { environment: 'prod' }).render).toEqual({ value: 'off', from: 'top' });
    expect(resolveSettings(PROMOTE, { render: 'auto' }, config, { environment: 'dev' }).render).toEqual({ value: 'auto', from: 'input' });
    const modeOnly = parseConfigText('render: on\nenvironments:\n  - { name: dev, values: dev.yaml }\n', '.github/lockstep.yml');
    expect(resolveSettings(PROMOTE, {}, modeOnly, { environment: 'dev' }).render).toEqual({ value: 'on', from: 'top' });
    const none = parseConfigText('render: {summarize: [Secret]}\n', '.github/lockstep.yml');
    expect(resolveSettings(CHECK, {}, none).render).toEqual({ value: 'auto', from: 'default' });
  });

  test('bump: charts, the input over the file', () => {
    expect(value(BUMP, {}, 'charts')).toEqual({ value: ['charts/*'], from: 'top' });
    expect(value(BUMP, { charts: ['charts/web'] }, 'charts')).toEqual({ value: ['charts/web'], from: 'input' });
  });

  test("publish: the registry input over the file's chart-registry, else none", () => {
    // The config holds the registry without oci://, as the input is read.
    expect(value(PUBLISH, {}, 'registry')).toEqual({ value: 'ghcr.io/acme/charts', from: 'top' });
    expect(value(PUBLISH, { registry: 'localhost:5000/charts' }, 'registry')).toEqual({ value: 'localhost:5000/charts', from: 'input' });
    expect(resolveSettings(PUBLISH, {}, parseConfigText('', undefined)).registry).toEqual({ value: undefined, from: 'default' });
  });

  test('promote: the environment promoted into over the top of the file over the default; an input over all', () => {
    expect(value(PROMOTE, {}, 'wait', 'prod')).toEqual({ value: 'draft', from: 'environment' });
    expect(value(PROMOTE, {}, 'wait', 'dev')).toEqual({ value: 'refuse', from: 'default' });
    expect(value(PROMOTE, { wait: 'refuse' }, 'wait', 'prod')).toEqual({ value: 'refuse', from: 'input' });
    expect(value(PROMOTE, {}, 'values-drift', 'prod')).toEqual({ value: 'warn', from: 'environment' });
    expect(value(PROMOTE, {}, 'commit-mode', 'prod')).toEqual({ value: 'api', from: 'top' });
  });

  test('a key an environment may set falls back to the top of the file when that environment does not', () => {
    const table: SettingsTable = {
      operation: 'demo',
      action: 'demo',
      settings: [
        {
          input: 'commit-mode',
          kind: 'choice',
          choices: ['git', 'api'],
          config: { key: 'commit-mode', where: 'environment', default: 'git' },
          docs: 'Per environment, else the top.',
        },
      ],
    };
    expect(resolveSettings(table, {}, file, { environment: 'dev' })['commit-mode']).toEqual({ value: 'api', from: 'top' });
    expect(resolveSettings(table, { 'commit-mode': 'git' }, file, { environment: 'dev' })['commit-mode']).toEqual({
      value: 'git',
      from: 'input',
    });
  });

  test('a default another key decides, declared once in the table: values-drift is error where protected, else warn', () => {
    const envs = parseConfigText(
      [
        'environments:',
        '  - { name: dev, values: d.yaml }',
        '  - { name: prod, values: p.yaml, protected: true }',
        '  - { name: eu, values: e.yaml, protected: true, values-drift: warn }',
        '',
      ].join('\n'),
      '.github/lockstep.yml',
    );
    const drift = (given: Record<string, unknown>, environment?: string) =>
      resolveSettings(PROMOTE, given, envs, { environment })['values-drift'];
    expect(drift({}, 'dev')).toEqual({ value: 'warn', from: 'default' });
    expect(drift({}, 'prod')).toEqual({ value: 'error', from: 'default' });
    expect(drift({}, 'eu')).toEqual({ value: 'warn', from: 'environment' });
    expect(drift({ 'values-drift': 'off' }, 'prod')).toEqual({ value: 'off', from: 'input' });
    // No environment (or one the file does not list, a values-file template's): not protected.
    expect(drift({})).toEqual({ value: 'warn', from: 'default' });
    expect(drift({}, 'qa')).toEqual({ value: 'warn', from: 'default' });
  });

  test('digests declares no config key: nothing of its own to resolve', () => {
    expect(resolveSettings(DIGESTS, {}, file)).toEqual({});
  });
});
