import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ACTION_TABLES } from '../../src/settings/tables.ts';
import { repoRoot } from '../../../../action-tests/harness/run-action.ts';

// A config-backed setting is declared once (settings/table-*.ts) and read through settings/read.ts, which
// names it by its field (`minSoak`): its key string spelled again where the code reads settings is a second
// declaration in waiting (a default, a precedence or a type of its own). Naming it to the user in an error's
// words (named, setting, theInput, `input:`) is its use, and stays.

const SRC = join(repoRoot, 'packages/core/src');
/** Where settings are read: every operation, promote's steps, and the CLI (its flags come from the tables too). */
const READERS = ['operations', 'promote', '../../cli/src'];

/**
 * The config-backed keys (and their inputs) whose spelling is theirs alone: a word such as `charts` or `pins`
 * also names a folder, a JSON field or a file in the code, and is left out.
 */
const keys = [...new Set(ACTION_TABLES.flatMap((t) => t.settings.flatMap((s) => (s.config ? [s.input, s.config.key] : []))))].filter(
  (k) => k.includes('-') || k === 'wait' || k === 'validate',
);

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

/** Each quoted key string in `text` that no error word names, as `file:line 'key'`. */
function spelled(file: string, text: string): string[] {
  const out: string[] = [];
  text.split('\n').forEach((line, i) => {
    if (/^\s*(\/\/|\*|\/\*)/.test(line)) return;
    for (const key of keys)
      for (const m of line.matchAll(new RegExp(`(['"])${key}\\1`, 'g'))) {
        const before = line.slice(0, m.index);
        const after = line.slice(m.index + m[0].length);
        // An error's words naming it, or a field of the --json output (a contract of its own).
        // A gate's `settings:` list (promote/gates/*.ts) names the table keys it reads, for its docs; names.test.ts
        // holds each of them to a table entry.
        if (/(named|setting|theInput)\(\s*$|input:\s*$|^\s*settings: \[[^\]]*$/.test(before) || /^\s*:/.test(after)) continue;
        out.push(`${relative(SRC, file)}:${i + 1} '${key}'`);
      }
  });
  return out;
}

describe('a config-backed setting is spelled in its declaration and read by its field', () => {
  test('the keys this test guards are the tables’ own (min-soak, auto-merge, commit-mode, tag-prefix …)', () => {
    expect(keys).toEqual(
      expect.arrayContaining(['min-soak', 'auto-merge', 'values-drift', 'wait', 'commit-mode', 'tag-prefix', 'chart-registry']),
    );
  });

  test('no reader of settings spells a config-backed key as a string', () => {
    const found = READERS.flatMap((d) => files(join(SRC, d))).flatMap((f) => spelled(f, readFileSync(f, 'utf8')));
    expect(found).toEqual([]);
  });

  test('the guard sees a raw key: a valueOf-style lookup in promote/ is found', () => {
    expect(spelled(join(SRC, 'promote/x.ts'), "const soak = valueOf<number>(r, 'min-soak');")).toEqual(["promote/x.ts:1 'min-soak'"]);
    expect(spelled(join(SRC, 'promote/x.ts'), "hint: words`${setting('min-soak', '1h')}`")).toEqual([]);
  });
});
