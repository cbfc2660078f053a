import { configSchema } from '../../src/config/schema.ts';
import { ACTION_TABLES } from '../../src/settings/tables.ts';

// The config's side of a setting is still written in config/schema.ts (docs/adding-a-setting.md,
// "What is not generated yet"): until it is generated, the two may not disagree.

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
      if (prop.default !== undefined)
        expect({ key: s.config!.key, default: s.config!.default }).toEqual({ key: s.config!.key, default: prop.default });
      if (s.kind === 'choice' && prop.enum) expect([...(s.choices ?? [])].sort()).toEqual([...prop.enum].map(String).sort());
    },
  );
});
