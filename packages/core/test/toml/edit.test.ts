import { parseTomlOffsets, setPyprojectVersion, setTomlPins, splitDotted } from '../../src/toml/edit.ts';
import { ParseCache } from '../../src/text/parse-cache.ts';
import { pep508Pin, setConstraintVersion } from '../../src/toml/pins.ts';
import { setPackageJsonPins, setPackageJsonVersion } from '../../src/edits/json-edit.ts';
import { UserError } from '../../src/errors.ts';

/** Lines that differ between two texts (same line count expected: edits never add or remove lines). */
function changedLines(a: string, b: string): string[] {
  const x = a.split('\n');
  const y = b.split('\n');
  expect(y.length).toBe(x.length);
  return y.filter((l, i) => l !== x[i]);
}

const poetry = `# Service api
[tool.poetry]
name = "api"
version = "1.4.2"   # bumped by lockstep

[tool.poetry.dependencies]
python = "^3.12"

[tool.poetry.group.prod.dependencies]
liba = "1.4.2"
libb = "^1.4.2"
"libc" = { version = "~1.4.2", extras = ["fast", "s3"] }
libd = { path = "../../libs/libd", develop = true }
Lib_E = '1.4.2'
requests = "^2.31"
`;

const pep621 = `[project]
name = "worker"
version = '1.4.2'
dependencies = [
    "liba==1.4.2",
    "libb[extra] >= 1.4.2 ; python_version >= '3.11'",
    "libc",
    "requests>=2,<3",
]

[tool.other]
version = "9.9.9"
`;

describe('pyproject version', () => {
  test.each([
    ['[tool.poetry] version keeps the comment', poetry],
    ['[project] version keeps literal quotes', pep621],
    ['both tables', '[project]\nversion = "1.0.0"\n\n[tool.poetry]\nversion = "1.0.0"\n'],
    ['CRLF and BOM', '\ufeff[project]\r\nname = "x"\r\nversion = "0.1.0"\r\n'],
    ['dotted key at top level', 'project.name = "x"\nproject.version = "0.1.0"\n'],
  ])('%s', (_n, text) => {
    const out = setPyprojectVersion(text, 'pyproject.toml', '2.0.0');
    expect(out).toMatchSnapshot();
    for (const l of changedLines(text, out)) expect(l).toContain('2.0.0');
    expect(out.startsWith('\ufeff')).toBe(text.startsWith('\ufeff'));
    expect(setPyprojectVersion(out, 'pyproject.toml', '2.0.0')).toBe(out);
  });

  test('a file without a version is a user error at line 1', () => {
    expect(() => setPyprojectVersion('[project]\nname = "x"\ndynamic = ["version"]\n', 'libs/a/pyproject.toml', '1.0.0')).toThrow(
      /libs\/a\/pyproject.toml|no \[project\] version/,
    );
  });

  test('invalid TOML names the line', () => {
    try {
      setPyprojectVersion('[project]\nversion = "1.0.0"\nname = !\nother = 1\n', 'x.toml', '2.0.0');
      throw new Error('no error');
    } catch (e) {
      expect(e).toBeInstanceOf(UserError);
      expect((e as UserError).line).toBe(3);
    }
  });
});

describe('TOML pins', () => {
  test('Poetry table: plain, caret, inline table, quoted key, normalised name; path dependency untouched', () => {
    const { text, changes } = setTomlPins(
      poetry,
      'services/api/pyproject.toml',
      'tool.poetry.group.prod.dependencies',
      ['liba', 'libb', 'libc', 'libd', 'lib-e'],
      '1.5.0',
    );
    expect(text).toMatchSnapshot();
    expect(changes).toEqual([
      { name: 'liba', from: '1.4.2', to: '1.5.0' },
      { name: 'libb', from: '^1.4.2', to: '^1.5.0' },
      { name: 'libc', from: '~1.4.2', to: '~1.5.0' },
      { name: 'Lib_E', from: '1.4.2', to: '1.5.0' },
    ]);
    expect(changedLines(poetry, text)).toEqual([
      'liba = "1.5.0"',
      'libb = "^1.5.0"',
      '"libc" = { version = "~1.5.0", extras = ["fast", "s3"] }',
      "Lib_E = '1.5.0'",
    ]);
  });

  test('PEP 621 dependency strings keep operator, extras and markers', () => {
    const { text, changes } = setTomlPins(
      pep621,
      'services/worker/pyproject.toml',
      'project.dependencies',
      ['liba', 'libb', 'libc', 'requests'],
      '1.5.0',
    );
    expect(text).toMatchSnapshot();
    expect(changes.map((c) => c.name)).toEqual(['liba', 'libb']);
    expect(changedLines(pep621, text)).toEqual(['    "liba==1.5.0",', `    "libb[extra] >= 1.5.0 ; python_version >= '3.11'",`]);
  });

  test('already pinned: unchanged text', () => {
    const once = setTomlPins(poetry, 'p', 'tool.poetry.group.prod.dependencies', ['liba'], '1.5.0').text;
    expect(setTomlPins(once, 'p', 'tool.poetry.group.prod.dependencies', ['liba'], '1.5.0').text).toBe(once);
  });

  test('a pin table that does not exist is a user error naming the table', () => {
    expect(() =>
      setTomlPins(poetry, 'services/api/pyproject.toml', 'tool.poetry.group.main.dependencies', ['liba'], '1.5.0', {
        file: '.github/lockstep.yml',
        line: 7,
      }),
    ).toThrow(/pin table 'tool.poetry.group.main.dependencies' does not exist in services\/api\/pyproject.toml/);
  });

  test('a range is refused with the line', () => {
    try {
      setTomlPins('[deps]\nliba = ">=1,<2"\n', 'p.toml', 'deps', ['liba'], '2.0.0');
      throw new Error('no error');
    } catch (e) {
      expect((e as UserError).line).toBe(2);
    }
  });

  test.each([
    ['tool.poetry.dependencies', ['tool', 'poetry', 'dependencies']],
    ['tool."my.key".deps', ['tool', 'my.key', 'deps']],
  ])('splitDotted %s', (s, parts) => expect(splitDotted(s)).toEqual(parts));

  test.each<[string, string | undefined]>([
    ['1.4.2', '2.0.0'],
    ['^1.4.2', '^2.0.0'],
    ['~1.4', '~2.0.0'],
    ['==1.4.2', '==2.0.0'],
    ['>= 1.4.2', '>= 2.0.0'],
    ['v1.4.2', 'v2.0.0'],
    ['>=1,<2', undefined],
    ['*', undefined],
    ['1.x || 2.x', undefined],
  ])('setConstraintVersion(%s)', (from, to) => expect(setConstraintVersion(from, '2.0.0')).toBe(to));

  test.each<[string, string | undefined]>([
    ['liba==1.4.2', 'liba==2.0.0'],
    ['liba (==1.4.2)', 'liba (==2.0.0)'],
    ['liba[x,y]~=1.4.2;python_version<"4"', 'liba[x,y]~=2.0.0;python_version<"4"'],
    ['liba', undefined],
    ['liba @ https://example.com/liba.whl', undefined],
  ])('pep508Pin(%s)', (req, text) => expect(pep508Pin(req, '2.0.0')?.text).toBe(text));
});

describe('package.json', () => {
  const pkg = `{
  "name": "@acme/web",
  "version": "1.4.2",
  "dependencies": {
    "@acme/liba": "^1.4.2",
    "@acme/libb": "workspace:*",
    "@acme/libc": "file:../libc",
    "react": "^18.2.0"
  },
  "devDependencies": {
    "@acme/liba": "1.4.2",
    "@acme/tools": "~1.4.2"
  }
}
`;
  test('version', () => {
    const out = setPackageJsonVersion(pkg, 'package.json', '1.5.0');
    expect(changedLines(pkg, out)).toEqual(['  "version": "1.5.0",']);
    expect(setPackageJsonVersion(out, 'package.json', '1.5.0')).toBe(out);
  });

  test('pins: ranges keep their operator; workspace: and file: specifiers left alone', () => {
    const { text, changes } = setPackageJsonPins(pkg, 'package.json', ['@acme/liba', '@acme/libb', '@acme/libc', '@acme/tools'], '1.5.0');
    expect(text).toMatchSnapshot();
    expect(changedLines(pkg, text)).toEqual(['    "@acme/liba": "^1.5.0",', '    "@acme/liba": "1.5.0",', '    "@acme/tools": "~1.5.0"']);
    expect(changes).toHaveLength(3);
  });

  test('CRLF, BOM and tab indentation survive', () => {
    const t = '\ufeff{\r\n\t"version": "0.1.0",\r\n\t"name": "x"\r\n}';
    expect(setPackageJsonVersion(t, 'package.json', '0.2.0')).toBe('\ufeff{\r\n\t"version": "0.2.0",\r\n\t"name": "x"\r\n}');
  });

  test('invalid JSON and a missing version are user errors with a line', () => {
    expect(() => setPackageJsonVersion('{\n  "name": "x",\n}\n', 'package.json', '1.0.0')).toThrow(UserError);
    expect(() => setPackageJsonVersion('{\n  "name": "x"\n}\n', 'package.json', '1.0.0')).toThrow(/no "version"/);
  });
});

// A release reads the same file text several times; the kept parse must still be the one of the file asked for.
test('parseTomlOffsets: one text read for two files names each file', () => {
  const text = '[tool.poetry]\nname = "x"\nversion = "1.0.0"\n';
  const cache = new ParseCache();
  expect(parseTomlOffsets(text, 'libs/a/pyproject.toml', cache).file).toBe('libs/a/pyproject.toml');
  expect(parseTomlOffsets(text, 'libs/b/pyproject.toml', cache).file).toBe('libs/b/pyproject.toml');
  expect(parseTomlOffsets(text, 'libs/b/pyproject.toml', cache)).toBe(parseTomlOffsets(text, 'libs/b/pyproject.toml', cache));
  expect(setPyprojectVersion(text, 'libs/a/pyproject.toml', '2.0.0', cache)).toBe(text.replace('1.0.0', '2.0.0'));
});
