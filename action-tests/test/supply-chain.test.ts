import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { auditVerdict } from '../../scripts/audit.mjs';
import { bundledPackageDirs, packageLicenses, renderLicenses } from '../../scripts/licenses.mjs';
import { repoRoot } from '../harness/run-action.ts';

// The suite's own supply chain (issue 11): the npm audit gate of .ci/run, every bundle's licenses.txt
// naming each third-party package in it, and no dependency declared that its package does not use.

describe('npm audit gate (scripts/audit.mjs, run by .ci/run)', () => {
  const report = (counts: Record<string, number>, vulnerabilities: Record<string, unknown> = {}) =>
    JSON.stringify({
      auditReportVersion: 2,
      vulnerabilities,
      metadata: { vulnerabilities: { info: 0, low: 0, moderate: 0, high: 0, critical: 0, ...counts, total: 0 } },
    });

  test('the endpoint answering 405 (as the registry here does) is "unavailable", not a pass or a failure', () => {
    const npmError = JSON.stringify({
      message: '405 Method Not Allowed - POST https://registry.example/-/npm/v1/security/advisories/bulk',
      method: 'POST',
      statusCode: 405,
      body: '',
      error: { summary: '', detail: '' },
    });
    expect(auditVerdict(npmError)).toEqual({ status: 'unavailable', reason: expect.stringContaining('405 Method Not Allowed') });
  });

  test.each([
    ['no output at all', ''],
    ['a plain-text error', 'npm error network request failed\n'],
    ['an npm error object', JSON.stringify({ error: { code: 'ENOTFOUND', summary: 'getaddrinfo ENOTFOUND' } })],
  ])('%s is "unavailable"', (_name, text) => {
    expect(auditVerdict(text).status).toBe('unavailable');
  });

  test('high and critical findings fail, naming the packages', () => {
    const v = auditVerdict(
      report(
        { high: 1, critical: 1, moderate: 1 },
        {
          'left-pad': { severity: 'critical', range: '<1.3.0', fixAvailable: true },
          'some-lib': { severity: 'high', range: '2.0.0 - 2.1.0', fixAvailable: false },
          'minor-lib': { severity: 'moderate', range: '*' },
        },
      ),
    );
    expect(v).toMatchObject({ status: 'fail', findings: ['left-pad (critical, <1.3.0, fix available)', 'some-lib (high, 2.0.0 - 2.1.0)'] });
  });

  test('only low and moderate findings pass, with the counts', () => {
    expect(auditVerdict(report({ low: 2, moderate: 1 }, { a: { severity: 'low' } }))).toMatchObject({
      status: 'ok',
      counts: { low: 2, moderate: 1 },
    });
    expect(auditVerdict(report({}))).toMatchObject({ status: 'ok' });
  });

  test('.ci/run runs the gate before the tests', () => {
    const run = readFileSync(join(repoRoot, '.ci/run'), 'utf8').split('\n');
    const gate = run.findIndex((l) => l.trim() === 'node scripts/audit.mjs');
    expect(gate).toBeGreaterThan(run.findIndex((l) => l.startsWith('npm ci --no-audit')));
    expect(gate).toBeLessThan(run.findIndex((l) => l.trim() === 'npm test'));
  });
});

/** The package names a bundle's licenses.txt lists (each entry starts with `name@version` then its license). */
function licensed(text: string): Map<string, string> {
  const out = new Map<string, string>();
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^((?:@[a-z0-9._-]+\/)?[a-z0-9._-]+)@(\d+\.\d+\.\d+\S*)$/.exec(lines[i]);
    if (m && (i === 0 || lines[i - 1] === '')) out.set(m[1], lines[i + 1] ?? '');
  }
  return out;
}

/**
 * The third-party packages a committed bundle holds, read from the bundle itself: webpack marks each
 * module it concatenated (`// CONCATENATED MODULE: ./node_modules/<pkg>/…`, kept as `//! …` through the bundle's
 * minification, scripts/bundle.mjs) and each module a
 * concatenated one imports (`// EXTERNAL MODULE: ./node_modules/<pkg>/…`). This is independent of how
 * licenses.txt was made.
 */
function packagesInBundle(dist: string): Set<string> {
  const found = new Set<string>();
  for (const f of readdirSync(dist).filter((f) => f.endsWith('.js'))) {
    for (const m of readFileSync(join(dist, f), 'utf8').matchAll(
      /\/\/!? (?:CONCATENATED|EXTERNAL) MODULE: \.\/(?:.*\/)?node_modules\/((?:@[^/]+\/)?[^/]+)\//gm,
    ))
      found.add(m[1]);
  }
  return found;
}

const bundles = [
  ...readdirSync(join(repoRoot, 'actions'))
    .filter((a) => existsSync(join(repoRoot, 'actions', a, 'dist', 'index.js')))
    .map((a) => `actions/${a}/dist`),
  'packages/cli/dist',
  'packages/cli/schemas',
];

describe('licenses.txt of every bundle', () => {
  test.each(bundles)('%s lists every third-party package the bundle holds, each with a license', (dist) => {
    const listed = licensed(readFileSync(join(repoRoot, dist, 'licenses.txt'), 'utf8'));
    const inBundle = [...packagesInBundle(join(repoRoot, dist))];
    expect(inBundle.length).toBeGreaterThan(0);
    expect(inBundle.filter((p) => !listed.has(p))).toEqual([]);
    expect([...listed].filter(([, license]) => !/^[A-Za-z0-9.+() -]+$/.test(license) || license === 'UNKNOWN')).toEqual([]);
    expect([...listed.keys()].filter((p) => p.startsWith('@lockstep/'))).toEqual([]);
  });

  test('bundledPackageDirs reads concatenated, loader-prefixed and nested modules from webpack stats', () => {
    const stats = {
      modules: [
        {
          name: './packages/core/src/a.ts + 3 modules',
          modules: [
            { name: './packages/core/src/a.ts' },
            { name: './node_modules/diff/libesm/index.js' },
            { name: './node_modules/@octokit/core/dist-src/index.js' },
          ],
        },
        { name: './node_modules/@vercel/ncc/dist/ncc/loaders/ts-loader.js!./node_modules/yaml/dist/index.js' },
        { name: './node_modules/a/node_modules/b/lib/x.js' },
        { name: 'external "node:fs"' },
      ],
      chunks: [{ modules: [{ name: './node_modules/semver/index.js' }] }],
    };
    expect(bundledPackageDirs(stats).sort()).toEqual([
      'node_modules/@octokit/core',
      'node_modules/a/node_modules/b',
      'node_modules/diff',
      'node_modules/semver',
      'node_modules/yaml',
    ]);
  });

  test('renderLicenses gives name@version, the license and its text for a real package', () => {
    const [entry] = packageLicenses(repoRoot, ['node_modules/semver']);
    expect(entry).toMatchObject({ name: 'semver', license: 'ISC' });
    expect(renderLicenses([entry])).toMatch(/^semver@\d+\.\d+\.\d+\nISC\nThe ISC License/);
  });
});

/**
 * Every module specifier a source parsed by TypeScript imports, re-exports, requires, resolves
 * (`require.resolve`) or loads with `import()`.
 */
function specifiersIn(text: string, fileName = 'x.ts'): string[] {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, false);
  const out: string[] = [];
  const visit = (node: ts.Node): void => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier))
      out.push(node.moduleSpecifier.text);
    else if (
      ts.isImportEqualsDeclaration(node) &&
      ts.isExternalModuleReference(node.moduleReference) &&
      ts.isStringLiteral(node.moduleReference.expression)
    )
      out.push(node.moduleReference.expression.text);
    else if (ts.isCallExpression(node) && node.arguments.length > 0 && ts.isStringLiteralLike(node.arguments[0])) {
      const callee = node.expression;
      const named =
        callee.kind === ts.SyntaxKind.ImportKeyword ||
        (ts.isIdentifier(callee) && callee.text === 'require') ||
        (ts.isPropertyAccessExpression(callee) &&
          ts.isIdentifier(callee.expression) &&
          callee.expression.text === 'require' &&
          callee.name.text === 'resolve');
      if (named) out.push(node.arguments[0].text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out.filter((s) => !s.startsWith('.') && !s.startsWith('node:') && !s.startsWith('/'));
}

const specifiers = (file: string) => specifiersIn(readFileSync(file, 'utf8'), file);

function sourceFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (name === 'node_modules' || name === 'dist' || name.startsWith('.')) return [];
    if (statSync(p).isDirectory()) return sourceFiles(p);
    return /\.(ts|mts|cts|js|mjs|cjs)$/.test(name) && !name.endsWith('.d.ts') ? [p] : [];
  });
}

const packageOf = (specifier: string) => (specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0]);

interface Manifest {
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  scripts?: Record<string, string>;
  workspaces?: string[];
  bin?: string | Record<string, string>;
}
const manifest = (dir: string): Manifest => JSON.parse(readFileSync(join(repoRoot, dir, 'package.json'), 'utf8'));
const workspaces = manifest('.').workspaces ?? [];

describe('no unused dependency', () => {
  // Runtime dependencies must be imported by the package's own src (what its bundle is built from).
  test.each(workspaces.filter((w) => Object.keys(manifest(w).dependencies ?? {}).length > 0))(
    '%s: every dependency is imported by its src',
    (ws) => {
      const imported = new Set(
        sourceFiles(join(repoRoot, ws, 'src'))
          .flatMap(specifiers)
          .map(packageOf),
      );
      expect(Object.keys(manifest(ws).dependencies ?? {}).filter((d) => !imported.has(d))).toEqual([]);
    },
  );

  test.each(workspaces.filter((w) => Object.keys(manifest(w).devDependencies ?? {}).length > 0))(
    '%s: every devDependency is imported by its sources or tests',
    (ws) => {
      const imported = new Set(sourceFiles(join(repoRoot, ws)).flatMap(specifiers).map(packageOf));
      expect(Object.keys(manifest(ws).devDependencies ?? {}).filter((d) => !imported.has(d))).toEqual([]);
    },
  );

  test("the root's devDependencies are each imported, run (a bin in a script) or named by the tooling that loads them", () => {
    const root = manifest('.');
    const toolFiles = [
      ...sourceFiles(join(repoRoot, 'scripts')),
      ...sourceFiles(join(repoRoot, 'action-tests')),
      ...sourceFiles(join(repoRoot, 'packages')),
      join(repoRoot, 'jest.config.js'),
      join(repoRoot, 'eslint.config.js'),
    ];
    const imported = new Set(toolFiles.flatMap(specifiers).map(packageOf));
    const toolingText = [JSON.stringify(root.scripts ?? {}), ...toolFiles.map((f) => readFileSync(f, 'utf8'))].join('\n');
    const declaredAnywhere = new Set(
      workspaces.flatMap((w) => Object.keys({ ...manifest(w).dependencies, ...manifest(w).devDependencies })),
    );
    const unused = Object.keys(root.devDependencies ?? {}).filter((dep) => {
      if (imported.has(dep)) return false;
      // @types/x serves x, or the ambient globals of node and jest.
      if (dep.startsWith('@types/')) {
        const typed = dep.slice('@types/'.length);
        return !(typed === 'node' || typed === 'jest' || declaredAnywhere.has(typed) || imported.has(typed));
      }
      const pkg = JSON.parse(readFileSync(join(repoRoot, 'node_modules', dep, 'package.json'), 'utf8')) as Manifest & { name: string };
      const bins = typeof pkg.bin === 'string' ? [pkg.name.split('/').pop()!] : Object.keys(pkg.bin ?? {});
      const names = [dep, join('node_modules', ...dep.split('/')), `'${dep.split('/').join("', '")}'`, ...bins.map((b) => `${b} `)];
      return !names.some((n) => toolingText.includes(n));
    });
    expect(unused).toEqual([]);
  });

  test('tools/node24 pins the Node 24 that scripts/node24.mjs runs', () => {
    const deps = Object.keys(manifest('tools/node24').dependencies ?? {});
    const script = readFileSync(join(repoRoot, 'scripts/node24.mjs'), 'utf8');
    expect(deps.filter((d) => !script.includes(`'${d}'`))).toEqual([]);
  });

  test('the scan sees imports, re-exports, requires, require.resolve and dynamic imports, not strings', () => {
    const text = [
      "import a from 'pkg-a';",
      "export { b } from '@scope/pkg-b/sub';",
      "const c = require('pkg-c');",
      "const d = await import('pkg-d');",
      "const e = require.resolve('pkg-e/package.json');",
      "import './local.ts';",
      "import { readFileSync } from 'node:fs';",
      "const f = 'pkg-f'; // a string is not an import",
    ].join('\n');
    expect(specifiersIn(text).map(packageOf)).toEqual(['pkg-a', '@scope/pkg-b', 'pkg-c', 'pkg-d', 'pkg-e']);
  });
});

describe('security note', () => {
  const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## Security\n'), readme.indexOf('\n## ', readme.indexOf('## Security\n') + 1));

  test.each(readdirSync(join(repoRoot, 'actions')).filter((a) => existsSync(join(repoRoot, 'actions', a, 'action.yml'))))(
    "the README's Security section says what %s can write and which token it needs",
    (action) => {
      expect(section).toMatch(new RegExp(`^\\| ${action} \\| [^|]+ \\| [^|]+ \\|$`, 'm'));
    },
  );

  test('it covers untrusted text, secrets and reporting, and SECURITY.md gives the private reporting policy', () => {
    for (const topic of ['**Untrusted text.**', '**Secrets.**', '**Reporting a vulnerability.**', '(SECURITY.md)'])
      expect(section).toContain(topic);
    const policy = readFileSync(join(repoRoot, 'SECURITY.md'), 'utf8');
    expect(policy).toMatch(/^## Reporting a vulnerability$/m);
    expect(policy).toContain('Report privately');
  });
});
