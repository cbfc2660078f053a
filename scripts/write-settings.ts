// Writes, from the settings tables in packages/core/src/settings/tables.ts:
//   actions/<name>/action.yml   its `inputs:` block (the rest of the file is left byte for byte)
//   actions/<name>/README.md    its inputs and outputs tables (scripts/readme-tables.mjs)
//   docs/configuration.md       the table of the inputs that override a config key
//   the config's JSON Schema, types and validator (scripts/write-schema.ts, with settings/config-keys.ts)
// so a setting is declared once. Runs on Node 24, which strips the types:
//   node scripts/node24.mjs scripts/write-settings.ts          (npm run settings)
//   node scripts/node24.mjs scripts/write-settings.ts --check  exit 1 naming each stale file
// packages/core/test/settings/generated.test.ts fails on drift too.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ACTION_TABLES } from '../packages/core/src/settings/tables.ts';
import type { SettingsTable } from '../packages/core/src/settings/table.ts';
import { escapeCell, renderReadme, replaceBetweenMarkers } from './readme-tables.mjs';
import { schemaOutputs } from './write-schema.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** A YAML single-quoted scalar: the only escape is a doubled quote. */
const quoted = (text: string) => `'${text.replace(/'/g, "''")}'`;

/** The `inputs:` block of an action.yml for `table`, one input per entry in the table's order. */
export function renderInputsBlock(table: SettingsTable): string {
  const lines = ['inputs:'];
  for (const s of table.settings) {
    lines.push(`  ${s.input}:`);
    lines.push(`    description: ${quoted(s.docs)}`);
    lines.push(`    required: ${s.required === true}`);
    lines.push(`    default: ${quoted(s.default ?? '')}`);
  }
  return `${lines.join('\n')}\n`;
}

/** `yml` with its top-level `inputs:` block (up to the next top-level key) replaced by the table's. */
export function withInputs(yml: string, table: SettingsTable): string {
  const lines = yml.split('\n');
  const start = lines.findIndex((l) => /^inputs:\s*$/.test(l));
  if (start < 0) throw new Error(`actions/${table.action}/action.yml has no top-level inputs: line`);
  let end = start + 1;
  while (end < lines.length && (lines[end] === '' || /^\s/.test(lines[end]))) end++;
  return `${lines.slice(0, start).join('\n')}${start > 0 ? '\n' : ''}${renderInputsBlock(table)}${lines.slice(end).join('\n')}`;
}

const SCOPES = { top: 'top level', environment: 'each environment', service: 'each service' } as const;

/**
 * docs/configuration.md's table: each config key an input overrides, where the key may appear, the inputs (and
 * the actions that read the key with no input of theirs), the default.
 */
export function renderKeysTable(tables: readonly SettingsTable[]): string {
  const keys = new Map<string, { where: string; inputs: string[]; readers: string[]; default: string }>();
  const code = (v: unknown) => `\`${escapeCell(JSON.stringify(v))}\``;
  for (const t of tables)
    for (const s of t.settings) {
      if (!s.config) continue;
      const w = s.config.defaultWhen;
      const fallback = w
        ? `${code(w.then)} when \`${w.key}\` is ${code(w.is)}, else ${code(w.otherwise)}`
        : s.config.default === undefined
          ? ''
          : code(s.config.default);
      const k = keys.get(s.config.key) ?? { where: SCOPES[s.config.where], inputs: [], readers: [], default: fallback };
      k.inputs.push(`\`${s.input}\` (${t.action})`);
      keys.set(s.config.key, k);
    }
  // A key read with no input is named in the row of the inputs that override it elsewhere.
  for (const t of tables) for (const r of t.reads ?? []) keys.get(r.key)?.readers.push(t.action);
  const rows = ['| Key | Where | Overridden by the input | Default |', '| --- | --- | --- | --- |'];
  for (const [key, k] of [...keys].sort(([a], [b]) => a.localeCompare(b))) {
    const readers = k.readers.length > 0 ? `; ${k.readers.join(', ')} ${k.readers.length === 1 ? 'reads' : 'read'} it with no input` : '';
    rows.push(`| \`${key}\` | ${k.where} | ${k.inputs.join(', ')}${readers} | ${k.default} |`);
  }
  return rows.join('\n');
}

/** Checks (or with `write`, rewrites) every generated file under `repoRoot`; returns one line per stale file. */
export function syncSettings(repoRoot = root, { write = false } = {}): { problems: string[]; written: string[] } {
  const problems: string[] = [];
  const written: string[] = [];
  const sync = (rel: string, render: (before: string) => string, source: string) => {
    const file = join(repoRoot, rel);
    const before = existsSync(file) ? readFileSync(file, 'utf8') : '';
    const after = render(before);
    if (after === before) return after;
    if (write) {
      writeFileSync(file, after);
      written.push(rel);
    } else problems.push(`${rel}: differs from ${source} — run \`npm run settings\``);
    return after;
  };
  for (const table of ACTION_TABLES) {
    const yml = sync(`actions/${table.action}/action.yml`, (text) => withInputs(text, table), 'packages/core/src/settings/tables.ts');
    // The README tables are made from the action.yml as generated, so a stale action.yml is one problem, not two.
    sync(`actions/${table.action}/README.md`, (text) => renderReadme(text, yml), `actions/${table.action}/action.yml`);
  }
  sync(
    'docs/configuration.md',
    (text) => replaceBetweenMarkers(text, 'settings', renderKeysTable(ACTION_TABLES)),
    'packages/core/src/settings/tables.ts',
  );
  for (const [rel, text] of schemaOutputs()) sync(rel, () => text, 'the settings declarations');
  return { problems, written };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const check = process.argv.includes('--check');
  const { problems, written } = syncSettings(root, { write: !check });
  for (const w of written) console.log(`wrote ${w}`);
  for (const p of problems) console.error(p);
  process.exitCode = problems.length > 0 ? 1 : 0;
}
