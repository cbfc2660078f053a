import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { DependencyTree } from 'dpdm';
import { repoRoot } from '../../../action-tests/harness/run-action.ts';

/** The floors a lower floor must never import from: they build on it. */
const HIGHER_FLOORS = ['report', 'operations', 'action'].map((f) => `packages/core/src/${f}/`);
/** The floors that hold the outside world and the edits: model code every operation builds on. */
const LOWER_FLOORS = ['github', 'git', 'registry', 'edits', 'render'].map((f) => `packages/core/src/${f}/`);

/** What dpdm writes with `--output`: the import tree (paths relative to the context) and its cycles. */
interface Graph {
  tree: DependencyTree;
  circulars: string[][];
}

/**
 * Every import between the sources of `packages/core` and `packages/cli` under `root`, by dpdm's
 * command line: its library loads chalk, which is ESM only, with `require`, which jest's module
 * loader refuses, so dpdm runs in a process of its own.
 */
function importGraph(root: string): Graph {
  const out = join(mkdtempSync(join(tmpdir(), 'lockstep-dpdm-')), 'graph.json');
  try {
    // No --transform: type-only imports stay in the graph, since a cycle through types still ties
    // two modules together (checks/ had one through chart-bump.ts); dynamic imports stay too.
    const args = ['--no-tree', '--no-warning', '--no-circular', '--no-progress', '--context', root, '--cwd', root];
    args.push('--tsconfig', join(root, 'tsconfig.json'), '--output', out, 'packages/core/src/**/*.ts', 'packages/cli/src/**/*.ts');
    const run = spawnSync(process.execPath, [join(repoRoot, 'node_modules', 'dpdm', 'lib', 'bin', 'dpdm.js'), ...args], {
      encoding: 'utf8',
    });
    if (run.status !== 0) throw new Error(`dpdm exited ${run.status}: ${run.stderr}`);
    return JSON.parse(readFileSync(out, 'utf8')) as Graph;
  } finally {
    rmSync(dirname(out), { recursive: true, force: true });
  }
}

/** One cycle as `a.ts -> b.ts -> a.ts`, starting from its first file by name so the line is stable. */
function cycleLine(files: string[]): string {
  const first = files.indexOf([...files].sort()[0]);
  const ring = [...files.slice(first), ...files.slice(0, first)];
  return [...ring, ring[0]].join(' -> ');
}

/**
 * An installed npm package (not one of ours, `@lockstep/*`): it lies outside packages/, so no cycle
 * and no floor passes through it. dpdm leaves the packages that ship only types unresolved
 * (@octokit/openapi-types, @octokit/types: no JavaScript file to point at).
 */
function isInstalledPackage(request: string): boolean {
  if (request.startsWith('.') || request.startsWith('/') || request.startsWith('@lockstep/')) return false;
  const name = request.startsWith('@') ? request.split('/').slice(0, 2).join('/') : request.split('/')[0];
  return existsSync(join(repoRoot, 'node_modules', name, 'package.json'));
}

/**
 * What the graph breaks: every import cycle,
 * every import from a higher floor (or from the CLI) into a lower floor or the core, and every
 * import dpdm could not resolve (an edge it cannot see would hide a cycle).
 */
function problems({ tree, circulars }: Graph): { cycles: string[]; upward: string[]; unresolved: string[] } {
  const cycles = circulars.map(cycleLine).sort();
  const upward: string[] = [];
  const unresolved: string[] = [];
  for (const [file, deps] of Object.entries(tree)) {
    for (const dep of deps ?? []) {
      if (dep.id === null) {
        if (!isInstalledPackage(dep.request)) unresolved.push(`${file}: ${dep.request}`);
      } else if (LOWER_FLOORS.some((f) => file.startsWith(f)) && HIGHER_FLOORS.some((f) => dep.id!.startsWith(f)))
        upward.push(`${file} imports ${dep.id}`);
      else if (file.startsWith('packages/core/') && dep.id.startsWith('packages/cli/')) upward.push(`${file} imports ${dep.id}`);
    }
  }
  return { cycles, upward, unresolved };
}

describe('architecture of packages/', () => {
  test('no import cycle, no import from a higher floor into github/, git/, registry/, edits/, render/', () => {
    const graph = importGraph(repoRoot);
    expect(Object.keys(graph.tree).filter((f) => f.startsWith('packages/core/src/')).length).toBeGreaterThan(100);
    expect(problems(graph)).toEqual({ cycles: [], upward: [], unresolved: [] });
  });

  // The check itself, on a small tree made to break every rule: a green run above means nothing
  // if the tool stopped seeing the imports.
  test('finds a type-only cycle, a dynamic-import cycle, an upward import and an unresolved one', () => {
    const root = mkdtempSync(join(tmpdir(), 'lockstep-architecture-'));
    try {
      const files: Record<string, string> = {
        'tsconfig.json': '{ "compilerOptions": { "module": "ESNext", "moduleResolution": "Bundler", "allowImportingTsExtensions": true } }',
        'packages/core/src/checks/a.ts': "import type { B } from './b.ts';\nexport type A = { b?: B };\n",
        'packages/core/src/checks/b.ts': "import type { A } from './a.ts';\nexport type B = { a?: A };\n",
        'packages/core/src/operations/op.ts': "export const op = async () => (await import('./op-run.ts')).run;\n",
        'packages/core/src/operations/op-run.ts': "import { op } from './op.ts';\nexport const run = () => op;\n",
        'packages/core/src/report/log.ts': "export const log = 'x';\n",
        'packages/core/src/github/client.ts':
          "import { log } from '../report/log.ts';\nimport { gone } from './gone.ts';\nexport const c = [log, gone];\n",
        'packages/cli/src/main.ts': "import { c } from '../../core/src/github/client.ts';\nexport const m = c;\n",
      };
      for (const [path, text] of Object.entries(files)) {
        mkdirSync(dirname(join(root, path)), { recursive: true });
        writeFileSync(join(root, path), text);
      }
      const found = problems(importGraph(root));
      expect(found.cycles).toEqual([
        'packages/core/src/checks/a.ts -> packages/core/src/checks/b.ts -> packages/core/src/checks/a.ts',
        'packages/core/src/operations/op-run.ts -> packages/core/src/operations/op.ts -> packages/core/src/operations/op-run.ts',
      ]);
      expect(found.upward).toEqual(['packages/core/src/github/client.ts imports packages/core/src/report/log.ts']);
      expect(found.unresolved).toEqual(['packages/core/src/github/client.ts: ./gone.ts']);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
