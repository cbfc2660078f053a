// Renders each action's inputs and outputs tables from its action.yml into
// actions/<name>/README.md, between the markers
//   <!-- inputs:start --> … <!-- inputs:end -->   and   <!-- outputs:start --> … <!-- outputs:end -->
// Only the bytes between the markers change.
//   node scripts/readme-tables.mjs           rewrite the tables
//   node scripts/readme-tables.mjs --check   exit 1 listing every README that differs
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Escapes text for one Markdown table cell: `|` and line breaks would end the cell or the row. */
export function escapeCell(text) {
  return String(text).trim().replace(/\r\n?/g, '\n').replace(/\|/g, '\\|').replace(/\n/g, '<br>');
}

/** A value shown as inline code, escaped for a table cell; `""` for the empty string. */
function codeCell(value) {
  if (value === '') return '`""`';
  const text = escapeCell(value);
  // A backtick inside needs a longer fence, padded so a leading/trailing backtick stays code.
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  return longest ? `${fence} ${text} ${fence}` : `${fence}${text}${fence}`;
}

/** The inputs table of a parsed action.yml object. */
export function renderInputsTable(action) {
  const rows = ['| Input | Description | Default | Required |', '| --- | --- | --- | --- |'];
  for (const [name, spec] of Object.entries(action?.inputs ?? {})) {
    const s = spec ?? {};
    const def = s.default === undefined || s.default === null ? '' : codeCell(String(s.default));
    rows.push(`| \`${escapeCell(name)}\` | ${escapeCell(s.description ?? '')} | ${def} | ${s.required === true ? 'yes' : 'no'} |`);
  }
  return rows.join('\n');
}

/** The outputs table of a parsed action.yml object. */
export function renderOutputsTable(action) {
  const rows = ['| Output | Description |', '| --- | --- |'];
  for (const [name, spec] of Object.entries(action?.outputs ?? {})) {
    rows.push(`| \`${escapeCell(name)}\` | ${escapeCell(spec?.description ?? '')} |`);
  }
  return rows.join('\n');
}

/**
 * Puts `table` between `<!-- <section>:start -->` and `<!-- <section>:end -->`,
 * keeping the README's line endings. Throws when a marker is missing or out of order.
 */
export function replaceBetweenMarkers(readme, section, table) {
  const start = `<!-- ${section}:start -->`;
  const end = `<!-- ${section}:end -->`;
  const a = readme.indexOf(start);
  const b = readme.indexOf(end);
  if (a < 0 || b < 0 || b < a) throw new Error(`missing or misordered markers ${start} / ${end}`);
  if (readme.indexOf(start, a + 1) >= 0 || readme.indexOf(end, b + 1) >= 0)
    throw new Error(`markers ${start} / ${end} appear more than once`);
  const eol = readme.includes('\r\n') ? '\r\n' : '\n';
  const body = table.split('\n').join(eol);
  return `${readme.slice(0, a + start.length)}${eol}${body}${eol}${readme.slice(b)}`;
}

/** The README text with both tables rendered from the action.yml text. */
export function renderReadme(readme, actionYmlText) {
  const action = parse(actionYmlText) ?? {};
  const withInputs = replaceBetweenMarkers(readme, 'inputs', renderInputsTable(action));
  return replaceBetweenMarkers(withInputs, 'outputs', renderOutputsTable(action));
}

/** Action folders (under `<repoRoot>/actions`) that have an action.yml. */
export function actionNames(repoRoot = root) {
  const dir = join(repoRoot, 'actions');
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(dir, d.name, 'action.yml')))
    .map((d) => d.name)
    .sort();
}

/**
 * Checks (or with `write`, fixes) every action's README. Returns one problem
 * string per README that differs or cannot be rendered; fixed ones are listed in `written`.
 */
export function syncReadmes(repoRoot = root, { write = false } = {}) {
  const problems = [];
  const written = [];
  for (const name of actionNames(repoRoot)) {
    const rel = `actions/${name}/README.md`;
    const readmePath = join(repoRoot, rel);
    if (!existsSync(readmePath)) {
      problems.push(`${rel}: missing — write it with the inputs/outputs markers`);
      continue;
    }
    const before = readFileSync(readmePath, 'utf8');
    let after;
    try {
      after = renderReadme(before, readFileSync(join(repoRoot, 'actions', name, 'action.yml'), 'utf8'));
    } catch (e) {
      problems.push(`${rel}: ${e instanceof Error ? e.message : String(e)}`);
      continue;
    }
    if (after === before) continue;
    if (write) {
      writeFileSync(readmePath, after);
      written.push(rel);
    } else {
      problems.push(`${rel}: tables differ from actions/${name}/action.yml — run \`node scripts/readme-tables.mjs\``);
    }
  }
  return { problems, written };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const check = process.argv.includes('--check');
  const { problems, written } = syncReadmes(root, { write: !check });
  for (const w of written) console.log(`updated ${w}`);
  for (const p of problems) console.error(p);
  if (problems.length === 0 && check) console.log('README tables match action.yml');
  process.exitCode = problems.length ? 1 : 0;
}
