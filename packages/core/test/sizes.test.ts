import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

/**
 * promote/ (issue 54) and deploy/, the floor every command reads environments
 * through (issue 72), are kept in rooms small enough to read at once: no file
 * over 400 lines, no function over 80. Functions are found by the TypeScript
 * compiler's own parse (declarations, methods, accessors, constructors, arrows
 * and function expressions, nested ones each on their own), measured from the
 * line they start on to the line they end on.
 */
const SRC = join(dirname(fileURLToPath(import.meta.url)), '..', 'src');
const ROOMS = ['promote', 'deploy'];
const MAX_FILE_LINES = 400;
const MAX_FUNCTION_LINES = 80;

/** Every .ts file under `dir`. */
function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

/** Each function of `text` (a name, else where it starts) and its length in lines. */
function functionLengths(file: string, text: string): { name: string; lines: number }[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const line = (pos: number) => source.getLineAndCharacterOfPosition(pos).line + 1;
  const out: { name: string; lines: number }[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body) {
      const start = line(node.getStart(source));
      const named = node.name && ts.isIdentifier(node.name) ? node.name.text : undefined;
      out.push({ name: `${named ?? 'function'} at line ${start}`, lines: line(node.getEnd()) - start + 1 });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}

describe.each(ROOMS)('the sizes of %s/', (room) => {
  const files = sources(join(SRC, room)).map((path) => ({ path: relative(SRC, path), text: readFileSync(path, 'utf8') }));

  test('reads the folder', () => {
    expect(files.length).toBeGreaterThan(20);
  });

  test(`no file over ${MAX_FILE_LINES} lines`, () => {
    const over = files
      .map((f) => ({ path: f.path, lines: f.text.split('\n').length - (f.text.endsWith('\n') ? 1 : 0) }))
      .filter((f) => f.lines > MAX_FILE_LINES)
      .map((f) => `${f.path}: ${f.lines} lines`);
    expect(over).toEqual([]);
  });

  test(`no function over ${MAX_FUNCTION_LINES} lines`, () => {
    const over = files.flatMap((f) =>
      functionLengths(f.path, f.text)
        .filter((fn) => fn.lines > MAX_FUNCTION_LINES)
        .map((fn) => `${f.path}: ${fn.name}, ${fn.lines} lines`),
    );
    expect(over).toEqual([]);
  });
});

describe('functionLengths', () => {
  test('measures a declaration, a method, an arrow and a nested function each from its first line to its last', () => {
    const text = [
      'export function outer(a: number) {', // 1
      '  const inner = (b: number) => {', // 2
      '    return b + 1;', // 3
      '  };', // 4
      '  return inner(a);', // 5
      '}', // 6
      'class K {', // 7
      '  get x() {', // 8
      '    return 1;', // 9
      '  }', // 10
      '  m(): void {}', // 11
      '}', // 12
      'type T = (a: number) => number;', // 13: a type, no body
      'const f = function named() {', // 14
      '  return 2;', // 15
      '};', // 16
      '',
    ].join('\n');
    expect(functionLengths('x.ts', text)).toEqual([
      { name: 'outer at line 1', lines: 6 },
      { name: 'function at line 2', lines: 3 },
      { name: 'x at line 8', lines: 3 },
      { name: 'm at line 11', lines: 1 },
      { name: 'named at line 14', lines: 3 },
    ]);
  });
});
