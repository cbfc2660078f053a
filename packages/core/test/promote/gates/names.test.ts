import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { repoRoot } from '../../../../../action-tests/harness/run-action.ts';
import { GATES } from '../../../src/promote/gates/registry.ts';
import { ACTION_TABLES } from '../../../src/settings/tables.ts';
import { CONFIG_KEYS } from '../../../src/settings/config-keys.ts';

// The architecture of gates (issue 54): a gate's name is spelled in its own file of promote/gates/ and
// nowhere else in the sources — the verdict, the run, the views, the waves, the other operations and the
// CLI read the registry. A `'soak'` literal in promote/gates.ts (a branch per gate) fails here.

/** The .ts files under `dir`, by path from the repository root. */
function sources(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of readdirSync(join(repoRoot, dir), { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.ts')) continue;
    const path = relative(repoRoot, join(entry.parentPath, entry.name));
    out[path] = readFileSync(join(repoRoot, path), 'utf8');
  }
  return out;
}

/** The settings declarations: a gate's config key may bear its name (approval:), declared there once. */
const DECLARATIONS = /(^|\/)settings\/(config-keys|table(-\w+)?)\.ts$/;

/**
 * `file: 'name'` for each quoted gate name outside the one file that declares it (`const NAME = 'name'`), the
 * settings declarations, and a generated raw type's key (`RawEnvironment['approval']`: the key's own type).
 */
function misplaced(files: Record<string, string>, names: readonly string[]): string[] {
  const found: string[] = [];
  for (const name of names) {
    const literal = new RegExp(`['"\`]${name.replace(/[-]/g, '\\-')}['"\`]`);
    for (const [path, text] of Object.entries(files)) {
      if (text.includes(`const NAME = '${name}';`) || DECLARATIONS.test(path)) continue;
      if (literal.test(text.replace(/\bRaw\w*\['[^']*'\]/g, ''))) found.push(`${path}: '${name}'`);
    }
  }
  return found;
}

/** Every hand-written source: core's and the CLI's (a generated file is the declarations' own words). */
const SOURCES = ['packages/core/src', 'packages/cli/src'];

test('a gate name is spelled only in its gate file', () => {
  const all = Object.assign({}, ...SOURCES.map(sources)) as Record<string, string>;
  const files = Object.fromEntries(Object.entries(all).filter(([path]) => !/\.generated\./.test(path)));
  expect(Object.keys(files)).toEqual(expect.arrayContaining(['packages/core/src/promote/gates.ts', 'packages/cli/src/program.ts']));
  expect(Object.keys(files).length).toBeGreaterThan(300);
  expect(GATES.map((g) => g.name)).toEqual(['soak', 'window', 'fan-in', 'approval', 'rollback-hold']);
  expect(
    misplaced(
      files,
      GATES.map((g) => g.name),
    ),
  ).toEqual([]);
});

test('finds a branch on a gate name outside its file, and each gate file declares its own name only', () => {
  const files = {
    'promote/gates/soak.ts': "const NAME = 'soak';\nexport const soak = { name: NAME };",
    'promote/gates.ts': "if (h.gate === 'soak') return 'soak time';",
    'promote/view.ts': 'const title = h.gate === `fan-in` ? 1 : 2;',
    'promote/gates/window.ts': 'const NAME = \'window\';\nconst other = "soak";',
    'settings/config-keys.ts': "{ key: 'soak', where: 'environment' }",
    'config/config.ts': "type Rule = RawEnvironment['soak'];",
    'config/effective.ts': "out['soak'] = e.soak;",
  };
  expect(misplaced(files, ['soak', 'fan-in'])).toEqual([
    "promote/gates.ts: 'soak'",
    "promote/gates/window.ts: 'soak'",
    "config/effective.ts: 'soak'",
    "promote/view.ts: 'fan-in'",
  ]);
});

test("each gate's settings are keys the settings tables declare (so the faces, schema and docs carry them)", () => {
  const declared = new Set([
    ...ACTION_TABLES.flatMap((t) => t.settings.flatMap((s) => [s.input, ...(s.config ? [s.config.key] : [])])),
    ...CONFIG_KEYS.map((k) => k.key),
  ]);
  expect(Object.fromEntries(GATES.map((g) => [g.name, g.settings.filter((k) => !declared.has(k))]))).toEqual({
    soak: [],
    window: [],
    'fan-in': [],
    'rollback-hold': [],
    approval: [],
  });
  expect(GATES.map((g) => g.settings)).toEqual([
    ['min-soak', 'wait'],
    ['windows', 'break-glass-label'],
    ['after'],
    ['approval'],
    ['lift-hold'],
  ]);
});
