import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import type { DependencyTree } from 'dpdm';
import { repoRoot } from '../../../action-tests/harness/run-action.ts';

/**
 * The floor table: what each folder of packages/core/src (and the CLI) may import besides itself,
 * type imports and dynamic imports included. A folder not listed here is refused, so a new folder is
 * written down before it is used. Read bottom up: the text and git floors import next to nothing, the
 * domain folders build on them, contract/ names what every operation is given, operations/ runs them,
 * and the faces (action/, the CLI) sit on top. docs/architecture.md draws the same table.
 */
const FLOORS: Record<string, readonly string[]> = {
  'errors.ts': [],
  async: [],
  text: ['errors.ts'],
  commits: ['errors.ts'],
  git: ['errors.ts'],
  http: [],
  fs: ['errors.ts', 'text'],
  yaml: ['errors.ts', 'text'],
  toml: ['errors.ts', 'text'],
  changelog: ['text'],
  records: ['git'],
  registry: ['async', 'errors.ts', 'fs', 'http', 'text'],
  config: ['errors.ts', 'fs', 'text', 'yaml'],
  edits: ['errors.ts', 'fs', 'text', 'toml', 'yaml'],
  charts: ['changelog', 'edits', 'errors.ts', 'git', 'text', 'yaml'],
  values: ['charts', 'errors.ts', 'text', 'yaml'],
  // Kustomize overlays' image pins (images: and Argo CD kustomize.images), read and edited: promote and check use them.
  kustomize: ['edits', 'errors.ts', 'registry', 'text', 'yaml'],
  // helm template bounded, objects, diffs, noise, masks, fitting: used by promote and check alike; a chart handed to Helm as
  // one archive it loads as the folder (charts/folder-archive.ts).
  render: ['async', 'charts', 'edits', 'text', 'yaml'],
  // Schema validation of rendered objects (Kubernetes' kinds, CRDs, removed APIs): used by promote and check alike;
  // text/pattern.ts compiles a CRD's patterns with RE2.
  validate: ['render', 'text'],
  // The settings tables, resolveSettings and the config checks: above config/, below every operation.
  settings: ['config', 'errors.ts', 'text'],
  report: ['edits', 'git', 'text'],
  github: ['async', 'errors.ts', 'git', 'http', 'text'],
  trail: ['github', 'text'],
  digests: ['async', 'config', 'edits', 'errors.ts', 'fs', 'http', 'registry', 'text'],
  checks: ['async', 'changelog', 'charts', 'errors.ts', 'kustomize', 'text', 'values'],
  // One module a deployer kind (deploy/kind.ts picks it): what an environment's deployer reads, where its chart
  // version and pins are, how it renders. promote/ and operations/ ask it; nothing below reads an environment's kind.
  deploy: ['async', 'charts', 'config', 'edits', 'errors.ts', 'kustomize', 'registry', 'render', 'text', 'values', 'yaml'],
  release: ['changelog', 'charts', 'commits', 'config', 'edits', 'errors.ts', 'fs', 'git', 'github', 'settings', 'text', 'toml', 'trail'],
  promote: [
    ...['async', 'changelog', 'charts', 'config', 'deploy', 'digests', 'edits', 'errors.ts', 'fs', 'git', 'github', 'http', 'kustomize'],
    ...['records', 'registry', 'render', 'settings', 'text', 'trail', 'validate', 'values', 'yaml'],
  ],
  // Types only, and two tiny helpers: what every operation is given (World, Services, Inputs, Operation);
  // generic services only, so no operation's folder (promote/, release/) is named here.
  contract: ['errors.ts', 'git', 'github', 'http', 'registry', 'report', 'text'],
  action: ['contract', 'errors.ts', 'registry', 'text'],
  operations: [
    ...['async', 'charts', 'checks', 'config', 'contract', 'deploy', 'digests', 'edits', 'errors.ts', 'fs', 'git', 'http', 'kustomize'],
    ...['github', 'promote', 'records', 'registry', 'release', 'render', 'report', 'settings', 'text', 'trail', 'validate', 'values'],
  ],
  cli: [
    // lockstep config checks the charts: entries against the folders (charts/selection.ts), as every action does.
    'charts',
    'config',
    'contract',
    'edits',
    'errors.ts',
    'fs',
    'git',
    'operations',
    'registry',
    'report',
    'settings',
    'text',
  ],
};

/**
 * Where a dynamic import() may stand in packages/core/src: an operation's index.ts (its run and views,
 * the contract's one lazy-load point) and its lazy.ts (its heavy modules behind named getters, whose
 * values the domain functions take). The faces (actions' src/, the CLI) load their commands as they like.
 */
const LAZY_FILE = /^packages\/core\/src\/operations\/[^/]+\/(index|lazy)\.ts$/;

/**
 * The lazy loads still inside domain floors, each written down: a library or module only a rare input
 * or policy needs, loaded at the one call that needs it, below any operation's lazy file. A new one
 * fails the test until it moves to a lazy.ts or is listed here.
 */
const DEEP_LAZY: Record<string, readonly string[]> = {
  // jsonc-parser's exact position, only once a JSON file failed to parse.
  'packages/core/src/text/bytes.ts': ['jsonc-parser'],
  // SemVer's validator for a chart-version input, only when the input is given (operations/*/request.ts).
  'packages/core/src/charts/inputs.ts': ['semver/functions/valid.js'],
  // cron-parser, only when an environment has windows.
  'packages/core/src/settings/validate.ts': ['../config/window-crons.ts'],
  'packages/core/src/promote/gates/window.ts': ['../windows.ts'],
  // The signature and attestation verifiers, only on the first digest a verify: policy covers.
  'packages/core/src/digests/capture.ts': ['../registry/verify.ts'],
  'packages/core/src/promote/registry-port.ts': ['../registry/verify.ts'],
  'packages/core/src/registry/verify.ts': ['./sigstore.ts'],
  'packages/core/src/registry/cosign.ts': ['@noble/curves/ed25519.js'],
  // The renderer behind what a fan-in environment runs, only when the gate gathers (the config checks load every gate).
  'packages/core/src/promote/gates/fan-in.ts': ['../rendered-run.ts'],
  // …and behind the soak and approval gates' history of a pin the source's pin place does not define (a base's image).
  'packages/core/src/promote/rendered-history.ts': ['./rendered-run.ts'],
  // The records' readers of the rollback hold, only when it gathers (the config checks load every gate).
  'packages/core/src/promote/gates/rollback-hold.ts': ['../rollback-history.ts'],
  // The values contract's judge and ajv (values/environment-contract.ts), only for a promotion that moves a chart version.
  'packages/core/src/promote/values-contract.ts': ['../values/environment-contract.ts'],
  // ajv (three drafts), only for a chart that has a values.schema.json.
  'packages/core/src/values/schema-values.ts': ['./schema-compile.ts'],
  // The overlay reader of the chart-bump rules, only when a config names an overlay.
  'packages/core/src/checks/protected-files.ts': ['../kustomize/overlay.ts'],
  // The check's renders, only when the base's config names an environment (rendered.ts loads its renderers through lazy.ts).
  'packages/core/src/operations/check/run.ts': ['./rendered.ts'],
  // The kustomize renderer, only for a target that is a Kustomize overlay.
  'packages/core/src/promote/render.ts': ['./render-overlay.ts'],
  // …and for what an overlay environment runs, where its file pins nothing (status, the promotion's render proof).
  'packages/core/src/promote/rendered-run.ts': ['./render-overlay.ts'],
  // The schemas' validators (schemas-entry.ts: the table of the built-in kinds, 235 loaders, and Flux's models), only
  // when a run first validates: from the sources, the entry itself; from a bundle, the one copy every bundle shares
  // (packages/cli/schemas, a path Node resolves at run time, which the graph does not see).
  'packages/core/src/validate/schemas-load.ts': ['./schemas-entry.ts'],
  // Flux's kinds' schemas (@kubernetes-models/flux-cd, 2.2 MB), only on the first Flux object a run validates.
  'packages/core/src/validate/schemas-entry.ts': ['@kubernetes-models/flux-cd'],
  // Each Kubernetes kind's schema (a module of kubernetes-models each; the package is 3.5 MB of validators), only on
  // the first object of that kind a run validates: the file is written from the package (scripts/write-kube-kinds.ts).
  'packages/core/src/validate/kube-kinds.ts': [
    ...readFileSync(join(repoRoot, 'packages/core/src/validate/kube-kinds.ts'), 'utf8').matchAll(/import\('(kubernetes-models\/[^']+)'\)/g),
  ].map((m) => m[1]),
};

/** Whether dpdm saw an import() (its DependencyKind enum lives in the library jest cannot load, see importGraph). */
const isDynamic = (dep: { kind: string }) => dep.kind === 'DynamicImport';

/** Every dynamic import() in packages/core/src outside the lazy files and DEEP_LAZY, as `file: import('request')`. */
function lazyLeaks({ tree }: Graph): string[] {
  const leaks: string[] = [];
  for (const [file, deps] of Object.entries(tree)) {
    if (!file.startsWith('packages/core/src/') || LAZY_FILE.test(file)) continue;
    for (const dep of deps ?? [])
      if (isDynamic(dep) && !(DEEP_LAZY[file] ?? []).includes(dep.request)) leaks.push(`${file}: import('${dep.request}')`);
  }
  return leaks.sort();
}

/** The floor a source file stands on: its folder of packages/core/src (or the file at its top), or `cli`; undefined elsewhere. */
function floorOf(file: string): string | undefined {
  if (file.startsWith('packages/cli/src/')) return 'cli';
  if (!file.startsWith('packages/core/src/')) return undefined;
  const rest = file.slice('packages/core/src/'.length);
  return rest.includes('/') ? rest.slice(0, rest.indexOf('/')) : rest;
}

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
 * What the graph breaks: every import cycle, every import the floor table does not allow (or from a
 * folder it does not know), and every import dpdm could not resolve (an edge it cannot see would hide
 * a cycle or a leak).
 */
function problems({ tree, circulars }: Graph): { cycles: string[]; floors: string[]; unresolved: string[] } {
  const cycles = circulars.map(cycleLine).sort();
  const floors: string[] = [];
  const unresolved: string[] = [];
  for (const [file, deps] of Object.entries(tree)) {
    const from = floorOf(file);
    for (const dep of deps ?? []) {
      if (dep.id === null) {
        if (!isInstalledPackage(dep.request)) unresolved.push(`${file}: ${dep.request}`);
        continue;
      }
      const to = floorOf(dep.id);
      if (from === undefined || to === undefined || to === from) continue;
      const allowed = FLOORS[from];
      if (!allowed) floors.push(`${file} is in ${from}, a folder the floor table does not list`);
      else if (!allowed.includes(to)) floors.push(`${file} imports ${dep.id} (${from} may not import ${to})`);
    }
  }
  return { cycles, floors: floors.sort(), unresolved };
}

describe('architecture of packages/', () => {
  test('no import cycle, every import as the floor table allows', () => {
    const graph = importGraph(repoRoot);
    expect(Object.keys(graph.tree).filter((f) => f.startsWith('packages/core/src/')).length).toBeGreaterThan(100);
    expect(problems(graph)).toEqual({ cycles: [], floors: [], unresolved: [] });
  });

  test("dynamic import() only in an operation's index.ts and lazy.ts (and the written-down deep lazy loads)", () => {
    const graph = importGraph(repoRoot);
    expect(lazyLeaks(graph)).toEqual([]);
    // Each written-down deep lazy load is still there: the list never keeps a stale entry.
    const dynamic = Object.entries(graph.tree).flatMap(([file, deps]) =>
      (deps ?? []).filter(isDynamic).map((d) => `${file}: import('${d.request}')`),
    );
    for (const [file, requests] of Object.entries(DEEP_LAZY))
      for (const r of requests) expect(dynamic).toContain(`${file}: import('${r}')`);
  });

  test('every folder of packages/core/src has a row in the floor table', () => {
    const src = join(repoRoot, 'packages/core/src');
    const folders = readdirSync(src);
    expect(folders.filter((f) => !(f in FLOORS)).sort()).toEqual([]);
  });

  // Each rule broken once: for every folder, an import of the first folder its row does not allow.
  test('a tree that breaks each row of the floor table is refused, row by row', () => {
    const root = mkdtempSync(join(tmpdir(), 'lockstep-floors-'));
    try {
      const place = (floor: string) =>
        floor === 'cli'
          ? 'packages/cli/src/x.ts'
          : floor.endsWith('.ts')
            ? `packages/core/src/${floor}`
            : `packages/core/src/${floor}/x.ts`;
      const files: Record<string, string> = {
        'tsconfig.json': '{ "compilerOptions": { "module": "ESNext", "moduleResolution": "Bundler", "allowImportingTsExtensions": true } }',
      };
      const expected: string[] = [];
      for (const floor of Object.keys(FLOORS)) files[place(floor)] = 'export const x = 1;\n';
      for (const [floor, allowed] of Object.entries(FLOORS)) {
        const banned = Object.keys(FLOORS).find((f) => f !== floor && f !== 'cli' && !allowed.includes(f))!;
        const from = place(floor).replace(/x\.ts$|errors\.ts$/, (m) => (m === 'x.ts' ? 'leak.ts' : 'errors.ts'));
        const target = place(banned);
        const rel = relative(dirname(from), target);
        const spec = rel.startsWith('.') ? rel : `./${rel}`;
        // A type-only import for half of the rows, a value import for the others: both are seen.
        const line =
          expected.length % 2 === 0
            ? `import type { X } from '${spec}';\nexport type L = X;\n`
            : `import { x } from '${spec}';\nexport const l = x;\n`;
        files[from] = floor === 'errors.ts' ? `${line}export const x = 1;\n` : line;
        expected.push(`${from} imports ${target} (${floor} may not import ${banned})`);
      }
      files['packages/core/src/newfolder/y.ts'] = "import { x } from '../text/x.ts';\nexport const y = x;\n";
      expected.push('packages/core/src/newfolder/y.ts is in newfolder, a folder the floor table does not list');
      for (const [path, text] of Object.entries(files)) {
        mkdirSync(dirname(join(root, path)), { recursive: true });
        writeFileSync(join(root, path), text);
      }
      const found = problems(importGraph(root));
      expect(found.floors).toEqual(expected.sort());
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  // The check itself, on a small tree made to break every rule: a green run above means nothing
  // if the tool stopped seeing the imports.
  test('finds a type-only cycle, a dynamic-import cycle, imports off the floor table, a lazy load outside a lazy file and an unresolved one', () => {
    const root = mkdtempSync(join(tmpdir(), 'lockstep-architecture-'));
    try {
      const files: Record<string, string> = {
        'tsconfig.json': '{ "compilerOptions": { "module": "ESNext", "moduleResolution": "Bundler", "allowImportingTsExtensions": true } }',
        'packages/core/src/checks/a.ts': "import type { B } from './b.ts';\nexport type A = { b?: B };\n",
        'packages/core/src/checks/b.ts': "import type { A } from './a.ts';\nexport type B = { a?: A };\n",
        'packages/core/src/operations/op.ts': "export const op = async () => (await import('./op-run.ts')).run;\n",
        'packages/core/src/operations/op-run.ts': "import { op } from './op.ts';\nexport const run = () => op;\n",
        'packages/core/src/report/log.ts': "export const log = 'x';\n",
        // A lazy load in a domain floor, and one in an operation's lazy.ts (allowed).
        'packages/core/src/promote/load.ts': "export const load = () => import('../report/log.ts');\n",
        'packages/core/src/operations/x/lazy.ts': "export const log = () => import('../../report/log.ts');\n",
        'packages/core/src/github/client.ts':
          "import { log } from '../report/log.ts';\nimport { gone } from './gone.ts';\nexport const c = [log, gone];\n",
        'packages/cli/src/main.ts': "import { c } from '../../core/src/github/client.ts';\nexport const m = c;\n",
      };
      for (const [path, text] of Object.entries(files)) {
        mkdirSync(dirname(join(root, path)), { recursive: true });
        writeFileSync(join(root, path), text);
      }
      const graph = importGraph(root);
      const found = problems(graph);
      expect(lazyLeaks(graph)).toEqual([
        "packages/core/src/operations/op.ts: import('./op-run.ts')",
        "packages/core/src/promote/load.ts: import('../report/log.ts')",
      ]);
      expect(found.cycles).toEqual([
        'packages/core/src/checks/a.ts -> packages/core/src/checks/b.ts -> packages/core/src/checks/a.ts',
        'packages/core/src/operations/op-run.ts -> packages/core/src/operations/op.ts -> packages/core/src/operations/op-run.ts',
      ]);
      expect(found.floors).toEqual([
        'packages/cli/src/main.ts imports packages/core/src/github/client.ts (cli may not import github)',
        'packages/core/src/github/client.ts imports packages/core/src/report/log.ts (github may not import report)',
        'packages/core/src/promote/load.ts imports packages/core/src/report/log.ts (promote may not import report)',
      ]);
      expect(found.unresolved).toEqual(['packages/core/src/github/client.ts: ./gone.ts']);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
