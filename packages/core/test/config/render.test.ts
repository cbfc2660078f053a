import { parseConfigText } from '../../src/config/config.ts';
import { effective } from '../../src/settings/effective.ts';

const parse = (text: string) => parseConfigText(text, '.github/lockstep.yml');

describe('render: (rendered manifest diffs)', () => {
  test('a mode alone, or a mapping with the settings; per environment a mode', () => {
    expect(parse('render: off\n').render).toEqual({ mode: 'off', ignore: [], ignoreDefaults: true, summarize: [], apiVersions: [] });
    // No mode written: none carried, the render setting's resolution defaults it (auto).
    expect(parse('render: {summarize: [Secret]}\n').render).toEqual({
      ignore: [],
      ignoreDefaults: true,
      summarize: ['Secret'],
      apiVersions: [],
    });
    expect(effective(parse('render: {summarize: [Secret]}\n')).values.render).toMatchObject({ mode: 'auto' });
    const c = parse(
      [
        'render:',
        '  mode: on',
        '  ignore: ["^\\\\s*generation:"]',
        '  ignore-defaults: false',
        '  summarize: [CustomResourceDefinition]',
        '  kube-version: "1.31.0"',
        '  api-versions: [monitoring.coreos.com/v1]',
        'environments:',
        '  - { name: dev, values: dev.yaml, render: off }',
        '  - { name: prod, values: prod.yaml }',
        '',
      ].join('\n'),
    );
    expect(c.render).toEqual({
      mode: 'on',
      ignore: ['^\\s*generation:'],
      ignoreDefaults: false,
      summarize: ['CustomResourceDefinition'],
      kubeVersion: '1.31.0',
      apiVersions: ['monitoring.coreos.com/v1'],
    });
    expect(c.environments.map((e) => e.render)).toEqual(['off', undefined]);
    expect(effective(c).values.environments).toEqual([
      expect.objectContaining({ name: 'dev', render: 'off' }),
      expect.objectContaining({ name: 'prod', render: 'on' }),
    ]);
    expect(effective(c).values.render).toEqual({
      mode: 'on',
      ignore: ['^\\s*generation:'],
      'ignore-defaults': false,
      summarize: ['CustomResourceDefinition'],
      'kube-version': '1.31.0',
      'api-versions': ['monitoring.coreos.com/v1'],
    });
  });

  test('an ignore pattern that is no regular expression is refused at its line', () => {
    expect(() => parse('render:\n  ignore:\n    - "^ok"\n    - "(unclosed"\n')).toThrow(
      expect.objectContaining({
        file: '.github/lockstep.yml',
        line: 4,
        message: expect.stringContaining('render.ignore: "(unclosed" is no regular expression'),
      }),
    );
  });

  test('a mode other than auto, on or off is refused at its line', () => {
    expect(() => parse('render: sometimes\n')).toThrow(expect.objectContaining({ file: '.github/lockstep.yml', line: 1 }));
    expect(() => parse('environments:\n  - { name: dev, values: dev.yaml, render: yes }\n')).toThrow(
      expect.objectContaining({ file: '.github/lockstep.yml', line: 2 }),
    );
  });
});
