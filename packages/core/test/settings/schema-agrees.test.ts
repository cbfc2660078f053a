import { configSchema } from '../../src/config/raw.generated.ts';
import { ACTION_TABLES } from '../../src/settings/tables.ts';
import type { SettingsTable } from '../../src/settings/table.ts';
import { configSchemaOf, declaredKeys, tsType } from '../../../../scripts/config-schema.ts';

// The config's JSON Schema is made from the settings declarations (scripts/config-schema.ts): each
// table key lands where its entry says, and a key declared twice must say the same both times.

interface Prop {
  default?: unknown;
  enum?: readonly unknown[];
}
const top = configSchema.properties as unknown as Record<string, Prop>;
const perEnvironment = configSchema.properties.environments.items.properties as unknown as Record<string, Prop>;

const keyed = ACTION_TABLES.flatMap((t) => t.settings.filter((s) => s.config).map((s) => ({ action: t.action, s })));

describe('the settings tables and the config schema agree', () => {
  test.each(keyed.map(({ action, s }) => [`${action} ${s.input}`, s] as const))(
    '%s: its key exists where it says, with the same default and choices',
    (_name, s) => {
      const props = s.config!.where === 'environment' ? perEnvironment : top;
      const prop = props[s.config!.key];
      expect({ key: s.config!.key, found: prop !== undefined }).toEqual({ key: s.config!.key, found: true });
      expect({ key: s.config!.key, default: prop.default }).toEqual({ key: s.config!.key, default: s.config!.default });
      if (s.kind === 'choice') expect([...(s.choices ?? [])].sort()).toEqual([...prop.enum!].map(String).sort());
    },
  );
});

/** Two tables that both declare `key` at the top level, the second with `second`. */
const twice = (second: Record<string, unknown>, kind: 'string' | 'bool' = 'string'): SettingsTable[] => [
  {
    operation: 'a',
    action: 'act-a',
    settings: [{ input: 'x', kind: 'string', config: { key: 'max-open', where: 'top', default: '3' }, docs: 'A.' }],
  },
  { operation: 'b', action: 'act-b', settings: [{ input: 'y', kind, config: { key: 'max-open', where: 'top', ...second }, docs: 'B.' }] },
];

describe('a config key declared in several places', () => {
  test('the same key in two tables with the same default and shape is one key, its docs line from the entry that gives one', () => {
    const tables = twice({ default: '3', docs: 'How many may be open at once.' });
    const keys = declaredKeys(tables, []);
    expect(keys).toEqual([
      {
        key: 'max-open',
        where: 'top',
        schema: { type: 'string' },
        docs: 'How many may be open at once.',
        default: '3',
        required: false,
        from: 'act-a input x',
      },
    ]);
    expect((configSchemaOf(keys).properties as Record<string, unknown>)['max-open']).toEqual({
      type: 'string',
      description: 'How many may be open at once.',
      default: '3',
    });
  });

  test('another default or another kind is refused, naming both declarations', () => {
    expect(() => declaredKeys(twice({ default: '5' }), [])).toThrow(
      'config key max-open (top): act-b input y declares another default or shape than act-a input x',
    );
    expect(() => declaredKeys(twice({ default: '3' }, 'bool'), [])).toThrow(
      'config key max-open (top): act-b input y declares another default or shape than act-a input x',
    );
  });

  test('a key both an input overrides and settings/config-keys.ts declares is refused', () => {
    expect(() =>
      declaredKeys(twice({ default: '3' }).slice(0, 1), [{ key: 'max-open', where: 'top', kind: 'string', docs: 'Again.' }]),
    ).toThrow('config key max-open (top) is declared by act-a input x and in settings/config-keys.ts max-open (top): declare it once');
  });

  test('a yaml key must give its schema', () => {
    expect(() => declaredKeys([], [{ key: 'hooks', where: 'top', kind: 'yaml', docs: 'Hooks.' }])).toThrow(
      'settings/config-keys.ts hooks (top): a yaml key needs its schema',
    );
  });
});

describe('the types made from a key’s schema', () => {
  test.each([
    [{ type: 'string' }, 'string'],
    [{ type: 'boolean' }, 'boolean'],
    [{ enum: ['git', 'api'] }, "'git' | 'api'"],
    [{ type: 'array', items: { type: 'string', minLength: 1 } }, 'string[]'],
    [{ type: 'array', items: { enum: ['a', 'b'] } }, "('a' | 'b')[]"],
    [{ type: 'object', additionalProperties: { type: 'array', items: { type: 'string' } } }, 'Record<string, string[]>'],
    [
      { type: 'object', required: ['files'], properties: { files: { type: 'string', description: 'Glob.' }, table: { type: 'string' } } },
      '{\n  /** Glob. */\n  files: string;\n  table?: string;\n}',
    ],
    [
      { oneOf: [{ enum: ['on', 'off'] }, { type: 'object', properties: { mode: { enum: ['on'] } } }] },
      "'on' | 'off' | {\n  mode?: 'on';\n}",
    ],
  ] as const)('%j is %s', (schema, type) => {
    expect(tsType(schema as never)).toBe(type);
  });
});
