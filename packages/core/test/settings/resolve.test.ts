import { parseConfigText } from '../../src/config/config.ts';
import { resolveSettings } from '../../src/settings/resolve.ts';
import type { SettingsTable } from '../../src/settings/table.ts';
import { PROMOTE, RELEASE } from '../../src/settings/tables.ts';

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
