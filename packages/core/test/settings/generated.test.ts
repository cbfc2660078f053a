import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { repoRoot } from '../../../../action-tests/harness/run-action.ts';
import { renderInputsBlock, syncSettings, withInputs } from '../../../../scripts/write-settings.ts';

/** The config's schema, types and validator, made from the same declarations. */
const GENERATED_CONFIG_FILES = [
  'packages/core/schema/lockstep.schema.json',
  'packages/core/src/config/raw.generated.ts',
  'packages/core/src/config/validate.generated.js',
];

describe('files generated from the settings tables', () => {
  test('every action.yml inputs block and README table, the config schema, types and validator are current (npm run settings)', () => {
    expect(syncSettings(repoRoot).problems).toEqual([]);
  });

  test('a stale action.yml is named, and writing it restores it', () => {
    const root = mkdtempSync(join(tmpdir(), 'lockstep-settings-'));
    try {
      cpSync(join(repoRoot, 'actions'), join(root, 'actions'), {
        recursive: true,
        filter: (p) => !p.includes('node_modules') && !p.includes('dist'),
      });
      cpSync(join(repoRoot, 'docs', 'configuration.md'), join(root, 'docs', 'configuration.md'));
      for (const rel of GENERATED_CONFIG_FILES) cpSync(join(repoRoot, rel), join(root, rel));
      const yml = join(root, 'actions', 'bump-chart', 'action.yml');
      const good = readFileSync(yml, 'utf8');
      writeFileSync(yml, good.replace("default: 'patch'", "default: 'minor'"));
      expect(syncSettings(root).problems).toEqual([
        'actions/bump-chart/action.yml: differs from packages/core/src/settings/tables.ts — run `npm run settings`',
      ]);
      expect(syncSettings(root, { write: true }).written).toEqual(['actions/bump-chart/action.yml']);
      expect(readFileSync(yml, 'utf8')).toBe(good);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  test('a stale config schema or types file is named, and writing restores it', () => {
    const root = mkdtempSync(join(tmpdir(), 'lockstep-settings-'));
    try {
      cpSync(join(repoRoot, 'actions'), join(root, 'actions'), {
        recursive: true,
        filter: (p) => !p.includes('node_modules') && !p.includes('dist'),
      });
      cpSync(join(repoRoot, 'docs', 'configuration.md'), join(root, 'docs', 'configuration.md'));
      for (const rel of GENERATED_CONFIG_FILES) cpSync(join(repoRoot, rel), join(root, rel));
      const types = join(root, 'packages/core/src/config/raw.generated.ts');
      const schema = join(root, 'packages/core/schema/lockstep.schema.json');
      const good = [readFileSync(types, 'utf8'), readFileSync(schema, 'utf8')];
      // A key written by hand into the generated files, as the old hand-written schema took it.
      writeFileSync(types, good[0].replace("  'tag-prefix'?: string;\n", "  'tag-prefix'?: string;\n  'max-open'?: string;\n"));
      writeFileSync(schema, good[1].replace('"properties": {', '"properties": {\n    "max-open": { "type": "string" },'));
      expect(syncSettings(root).problems).toEqual([
        'packages/core/schema/lockstep.schema.json: differs from the settings declarations — run `npm run settings`',
        'packages/core/src/config/raw.generated.ts: differs from the settings declarations — run `npm run settings`',
      ]);
      expect(syncSettings(root, { write: true }).written).toEqual([
        'packages/core/schema/lockstep.schema.json',
        'packages/core/src/config/raw.generated.ts',
      ]);
      expect([readFileSync(types, 'utf8'), readFileSync(schema, 'utf8')]).toEqual(good);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  test('an entry becomes an input the runner reads: description, default, required; the rest of the file stays', () => {
    const table = {
      operation: 'demo',
      action: 'demo',
      settings: [
        { input: 'level', kind: 'choice' as const, choices: ['a', 'b'], default: 'a', docs: "How far it goes (it's a choice)." },
        { input: 'token', kind: 'secret' as const, required: true, docs: 'A token.' },
      ],
    };
    expect(renderInputsBlock(table)).toBe(
      [
        'inputs:',
        '  level:',
        "    description: 'How far it goes (it''s a choice).'",
        '    required: false',
        "    default: 'a'",
        '  token:',
        "    description: 'A token.'",
        '    required: true',
        "    default: ''",
        '',
      ].join('\n'),
    );
    const before = 'name: demo\ninputs:\n  old:\n    description: Old.\n\noutputs:\n  x:\n    description: X.\nruns:\n  using: node24\n';
    const after = withInputs(before, table);
    expect(parse(after)).toEqual({
      name: 'demo',
      inputs: {
        level: { description: "How far it goes (it's a choice).", required: false, default: 'a' },
        token: { description: 'A token.', required: true, default: '' },
      },
      outputs: { x: { description: 'X.' } },
      runs: { using: 'node24' },
    });
  });
});
