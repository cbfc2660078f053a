import { parseConfigText } from '../../src/config/config.ts';
import { effective } from '../../src/settings/effective.ts';

const config = (prod: string) =>
  parseConfigText(
    `environments:\n  - { name: dev, values: dev.yaml }\n  - { name: prod, values: prod.yaml, protected: true${prod} }\n`,
    '.github/lockstep.yml',
  );

describe('environments[].values-drift', () => {
  test('read per environment; the effective config fills the default (error when protected, else warn)', () => {
    expect(config('').environments.map((e) => e.valuesDrift)).toEqual([undefined, undefined]);
    // lockstep config prints the default the table declares (settings/table-promote.ts), where the run reads it.
    const printed = effective(config(''));
    expect((printed.values.environments as Record<string, unknown>[]).map((e) => [e.name, e['values-drift']])).toEqual([
      ['dev', 'warn'],
      ['prod', 'error'],
    ]);
    expect(printed.sources.environments.map((e) => e['values-drift'])).toEqual(['default', 'default']);
    expect(config(', values-drift: warn').environments[1].valuesDrift).toBe('warn');
    const set = effective(config(', values-drift: warn'));
    expect((set.values.environments as Record<string, unknown>[])[1]['values-drift']).toBe('warn');
    expect(set.sources.environments[1]['values-drift']).toBe('config');
  });

  test('a value other than error, warn or off is refused at its line', () => {
    expect(() => config(', values-drift: strict')).toThrow(expect.objectContaining({ file: '.github/lockstep.yml', line: 3 }));
  });
});
