import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// action-tests/RELIABILITY.md maps the 40 cases of the reliability plan to tests. This keeps it honest:
// every case has a row with at least one citation, and every cited test (or describe block) exists.

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const TABLE = readFileSync(join(ROOT, 'action-tests', 'RELIABILITY.md'), 'utf8');
const CITATION = /`([^`\s]+\.test\.ts)` › `([^`]+)`/g;

/** Rows of the case tables: case number → the row's text. */
function caseRows(): Map<number, string> {
  const rows = new Map<number, string>();
  for (const line of TABLE.split('\n')) {
    const m = /^\| (\d+) \|/.exec(line);
    if (m) {
      if (rows.has(Number(m[1]))) throw new Error(`case ${m[1]} has two rows`);
      rows.set(Number(m[1]), line);
    }
  }
  return rows;
}

/** True when `name` begins the title of a test, test.each or describe block in `source`. */
function titleExists(source: string, name: string): boolean {
  for (let at = source.indexOf(name); at !== -1; at = source.indexOf(name, at + 1)) {
    const before = source.slice(Math.max(0, at - 40), at);
    if (/(?:\b(?:test|it|describe)|\))\(\s*['"`]$/.test(before)) return true;
  }
  return false;
}

test('every case 1–40 has exactly one row, in order, citing at least one test', () => {
  const rows = caseRows();
  expect([...rows.keys()]).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
  for (const [n, row] of rows) expect({ n, cites: [...row.matchAll(CITATION)].length > 0 }).toEqual({ n, cites: true });
});

test('every cited test exists in the cited file', () => {
  const citations = [...TABLE.matchAll(CITATION)].map((m) => ({ file: m[1], name: m[2] }));
  expect(citations.length).toBeGreaterThan(100);
  const missing = citations.filter(({ file, name }) => {
    let source: string;
    try {
      source = readFileSync(join(ROOT, file), 'utf8');
    } catch {
      return true;
    }
    return !titleExists(source, name);
  });
  expect(missing).toEqual([]);
});

test('the title check itself tells a test title from other text', () => {
  const source =
    "test('a real title', () => {});\ndescribe(\"a block\", () => {});\ntest.each([1])('%s each', () => {});\nconst s = 'a real title elsewhere';";
  expect(titleExists(source, 'a real title')).toBe(true);
  expect(titleExists(source, 'a block')).toBe(true);
  expect(titleExists(source, '%s each')).toBe(true);
  expect(titleExists(source, 'real title')).toBe(false);
  expect(titleExists(source, 'elsewhere')).toBe(false);
});
