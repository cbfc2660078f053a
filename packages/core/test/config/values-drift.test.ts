import { parseConfigText } from '../../src/config/config.ts';
import { effectiveConfig } from '../../src/config/effective.ts';

const config = (prod: string) =>
  parseConfigText(
    `environments:\n  - { name: dev, values: dev.yaml }\n  - { name: prod, values: prod.yaml, protected: true${prod} }\n`,
    '.github/lockstep.yml',
  );

describe('environments[].values-drift', () => {
  test('read per environment; the effective config fills the default (error when protected, else warn)', () => {
    expect(config('').environments.map((e) => e.valuesDrift)).toEqual([undefined, undefined]);
    expect(effectiveConfig(config('')).environments).toEqual([
      { name: 'dev', values: 'dev.yaml', 'auto-merge': false, protected: false, 'values-drift': 'warn', render: 'auto' },
      { name: 'prod', values: 'prod.yaml', 'auto-merge': false, protected: true, 'values-drift': 'error', render: 'auto' },
    ]);
    expect(config(', values-drift: warn').environments[1].valuesDrift).toBe('warn');
  });

  test('a value other than error, warn or off is refused at its line', () => {
    expect(() => config(', values-drift: strict')).toThrow(expect.objectContaining({ file: '.github/lockstep.yml', line: 3 }));
  });
});
