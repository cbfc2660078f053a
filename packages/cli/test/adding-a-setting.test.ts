import { Command } from 'commander';
import { parseConfigText, unnamedKeys } from '@lockstep/core/config/config';
import { resolveSettings } from '@lockstep/core/settings/resolve';
import type { SettingsTable } from '@lockstep/core/settings/table';
import { addSettingFlags } from '../src/flags.ts';
import { ACTION_TABLES } from '@lockstep/core/settings/tables';
import { Ajv } from 'ajv';
import { renderInputsBlock, renderKeysTable } from '../../../scripts/write-settings.ts';
import { configSchemaOf, declaredKeys, renderConfigTypes } from '../../../scripts/config-schema.ts';

// docs/adding-a-setting.md: a config key with an input is one table entry plus the code that uses it.
// The entry below (from the page) reaches the action.yml inputs, the README and docs tables, the CLI
// flags, the precedence, and the config's JSON Schema, types and defaults without another file written by hand.

const TABLE: SettingsTable = {
  operation: 'promote',
  action: 'promote-env',
  settings: [
    {
      input: 'max-open',
      kind: 'string',
      config: { key: 'max-open', where: 'top', default: '3' },
      docs: 'How many promotion pull requests may be open at once (default config max-open, else 3).',
    },
    { input: 'token', kind: 'secret', docs: 'A secret: never a flag.' },
  ],
};

describe('adding a setting: one table entry flows everywhere', () => {
  test('to the action.yml inputs block the runner reads', () => {
    expect(renderInputsBlock(TABLE)).toContain(
      "  max-open:\n    description: 'How many promotion pull requests may be open at once (default config max-open, else 3).'\n    required: false\n    default: ''\n",
    );
  });

  test('to docs/configuration.md’s table of the keys inputs override', () => {
    expect(renderKeysTable([TABLE]).split('\n')).toEqual([
      '| Key | Where | Overridden by the input | Default |',
      '| --- | --- | --- | --- |',
      '| `max-open` | top level | `max-open` (promote-env) | `"3"` |',
    ]);
  });

  test('to the CLI: --max-open <value> with the docs line; the secret is no flag', () => {
    const cmd = new Command('promote');
    const read = addSettingFlags(cmd, TABLE.settings);
    expect(cmd.options.map((o) => [o.flags, o.description])).toEqual([
      ['--max-open <value>', 'How many promotion pull requests may be open at once (default config max-open, else 3).'],
    ]);
    cmd.parse(['--max-open', '5'], { from: 'user' });
    expect(read(cmd.opts())('max-open')).toBe('5');
  });

  test('to the config’s JSON Schema (editors, the loader’s validator), its types and its defaults', () => {
    const keys = declaredKeys([...ACTION_TABLES, TABLE]);
    const schema = configSchemaOf(keys);
    expect((schema.properties as Record<string, unknown>)['max-open']).toEqual({
      type: 'string',
      description: 'How many promotion pull requests may be open at once (default config max-open, else 3).',
      default: '3',
    });
    const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
    expect(validate({ 'max-open': '5' })).toBe(true);
    expect(validate({ 'max-open': 5 })).toBe(false);
    expect(validate({ 'max-opn': '5' })).toBe(false);
    const types = renderConfigTypes(keys, schema);
    expect(types).toContain(
      "  /** How many promotion pull requests may be open at once (default config max-open, else 3). */\n  'max-open'?: string;\n",
    );
    expect(types).toContain("  'max-open': '3',\n} as const;");
  });

  test('to the precedence: the input, else the file, else the default', () => {
    const file = parseConfigText('tag-prefix: v\n', undefined);
    expect(resolveSettings(TABLE, { 'max-open': '5' }, file)['max-open']).toEqual({ value: '5', from: 'input' });
    expect(resolveSettings(TABLE, {}, file)['max-open']).toEqual({ value: '3', from: 'default' });
  });

  test('to the Config without a field written for it: the loader carries a declared key it does not name', () => {
    // What parseConfigText does with the file's keys once the schema (made from the entry) let them through.
    const file = parseConfigText('tag-prefix: v\n', undefined);
    unnamedKeys({ 'tag-prefix': 'v', 'max-open': '5' }, file);
    expect(resolveSettings(TABLE, {}, file)['max-open']).toEqual({ value: '5', from: 'top' });
    expect(resolveSettings(TABLE, { 'max-open': '7' }, file)['max-open']).toEqual({ value: '7', from: 'input' });
    // A key the Config names keeps the loader's reading.
    expect(file.tagPrefix).toBe('v');
  });
});
