import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node, type YAMLMap } from 'yaml';
import { readActionYml } from '../harness/action-yml.ts';
import { repoRoot } from '../harness/run-action.ts';

const validatorCli = join(repoRoot, 'node_modules', '@action-validator', 'cli', 'cli.mjs');

interface SchemaError {
  code?: string;
  path?: string;
  title?: string;
  detail?: string;
  states?: { errors: SchemaError[] }[];
}

/** Flattens @action-validator's nested oneOf errors into `path: detail` lines (deepest first, deduplicated). */
function flattenSchemaErrors(errors: SchemaError[]): string[] {
  const out = new Set<string>();
  const walk = (list: SchemaError[]) => {
    for (const e of list) {
      if (e.states?.length) for (const s of e.states) walk(s.errors);
      else out.add(`${e.path || '/'}: ${e.detail ?? e.title ?? e.code}`);
    }
  };
  walk(errors);
  return [...out];
}

/**
 * Validates one workflow file: the GitHub workflow schema (@action-validator/cli exits 1 and
 * prints `{errors: […]}` JSON on stderr), then every local `uses: ./actions/<x>` step against
 * that action's action.yml under `root`. `strict` (this repository's own .github/workflows)
 * also demands a top-level `permissions:` and every third-party `uses:` pinned by a full
 * 40-hex commit SHA, since a tag can be moved to other code. Returns `file:line: problem` lines.
 */
function checkWorkflow(file: string, root: string, opts: { strict?: boolean } = {}): string[] {
  const rel = relative(root, file) || file;
  const problems: string[] = [];
  const r = spawnSync(process.execPath, [validatorCli, file], { encoding: 'utf8' });
  if (r.status !== 0) {
    let detail: string[];
    try {
      detail = flattenSchemaErrors((JSON.parse(r.stderr) as { errors: SchemaError[] }).errors);
    } catch {
      detail = [(r.stderr || r.stdout).trim() || `exit ${r.status}`];
    }
    problems.push(`${rel}: workflow schema: ${detail.join('; ')}`);
  }

  const lc = new LineCounter();
  const doc = parseDocument(readFileSync(file, 'utf8'), { lineCounter: lc, uniqueKeys: true });
  const at = (node: unknown) => {
    const range = (node as Node | undefined)?.range;
    return range ? `${rel}:${lc.linePos(range[0]).line}` : rel;
  };
  if (doc.errors.length) return [...problems, ...doc.errors.map((e) => `${rel}:${e.linePos?.[0]?.line ?? '?'}: ${e.message.split('\n')[0]}`)];
  const get = (map: unknown, key: string): unknown => (isMap(map) ? (map as YAMLMap).items.find((p) => isScalar(p.key) && p.key.value === key)?.value : undefined);

  if (opts.strict && get(doc.contents, 'permissions') === undefined && !(isMap(doc.contents) && doc.contents.has('permissions')))
    problems.push(`${rel}: no top-level permissions: (set \`permissions: {}\` and grant each job what it needs)`);
  const jobs = get(doc.contents, 'jobs');
  for (const job of isMap(jobs) ? jobs.items : []) {
    // A job may call a reusable workflow instead of running steps: that `uses:` is pinned the same way.
    const jobUses = get(job.value, 'uses');
    const steps = get(job.value, 'steps');
    for (const usesNode of [jobUses, ...(isSeq(steps) ? steps.items.map((step) => get(step, 'uses')) : [])]) {
      const uses = isScalar(usesNode) ? String(usesNode.value) : undefined;
      if (opts.strict && uses !== undefined && !uses.startsWith('./') && !/^[^@\s]+@[0-9a-f]{40}$/.test(uses) && !/^docker:\/\/[^@\s]+@sha256:[0-9a-f]{64}$/.test(uses))
        problems.push(`${at(usesNode)}: ${uses} is not pinned by a full commit SHA (uses: owner/repo@<40 hex> # vX.Y.Z)`);
    }
    for (const step of isSeq(steps) ? steps.items : []) {
      const usesNode = get(step, 'uses');
      const uses = isScalar(usesNode) ? String(usesNode.value) : undefined;
      const m = uses ? /^\.\/actions\/([^/@]+)\/?$/.exec(uses) : null;
      if (!m) continue;
      const action = readActionYml(m[1], root);
      if (!action) {
        problems.push(`${at(usesNode)}: uses ${uses}, but actions/${m[1]}/action.yml does not exist`);
        continue;
      }
      const withNode = get(step, 'with');
      const given = new Set<string>();
      for (const pair of isMap(withNode) ? withNode.items : []) {
        const key = isScalar(pair.key) ? String(pair.key.value) : '';
        given.add(key);
        if (!action.inputs.has(key))
          problems.push(`${at(pair.key)}: ${m[1]} has no input '${key}' (inputs: ${[...action.inputs.keys()].join(', ')})`);
      }
      for (const input of action.inputs.values()) {
        if (input.required && input.default === undefined && !given.has(input.name))
          problems.push(`${at(usesNode)}: ${m[1]} needs input '${input.name}' (required, no default)`);
      }
    }
  }
  return problems;
}

/** The example workflows; a missing or empty folder is an error, so the check below can never pass by checking nothing. */
function exampleFiles(dir: string): string[] {
  if (!existsSync(dir)) throw new Error(`${dir} does not exist: the example workflows are missing`);
  const files = readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((f) => join(dir, f));
  if (files.length === 0) throw new Error(`${dir} holds no .yml workflow`);
  return files;
}

describe('workflows-examples', () => {
  test('every example passes the workflow schema and uses only existing actions with declared inputs', () => {
    const files = exampleFiles(join(repoRoot, 'workflows-examples'));
    // The step checks below must have something to check: the examples use the actions by path.
    expect(files.filter((f) => /^\s*-?\s*uses: \.\/actions\//m.test(readFileSync(f, 'utf8')))).not.toEqual([]);
    const problems = files.flatMap((f) => checkWorkflow(f, repoRoot));
    expect(problems).toEqual([]);
  });

  test("this repository's own .github/workflows pass the same checks, pinned by SHA, with top-level permissions", () => {
    const files = exampleFiles(join(repoRoot, '.github', 'workflows'));
    const names = files.map((f) => f.slice(f.lastIndexOf('/') + 1));
    expect(names).toEqual(expect.arrayContaining(['ci.yml', 'release.yml']));
    // The suite releases itself with its own action, by path, so the strict checks see a local step.
    expect(readFileSync(join(repoRoot, '.github', 'workflows', 'release.yml'), 'utf8')).toMatch(/^\s*- uses: \.\/actions\/prepare-release$/m);
    const problems = files.flatMap((f) => checkWorkflow(f, repoRoot, { strict: true }));
    expect(problems).toEqual([]);
  });

  test('a missing or empty examples folder fails instead of passing vacuously', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lockstep-no-examples-'));
    try {
      expect(() => exampleFiles(join(dir, 'workflows-examples'))).toThrow('does not exist');
      expect(() => exampleFiles(dir)).toThrow('holds no .yml workflow');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the workflow checker', () => {
  let root: string;
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'lockstep-workflows-'));
    mkdirSync(join(root, 'actions', 'demo'), { recursive: true });
    writeFileSync(
      join(root, 'actions', 'demo', 'action.yml'),
      `name: demo
description: Demo
inputs:
  chart:
    description: Chart folder
    required: true
  level:
    description: Bump level
    required: true
    default: 'patch'
  dry-run:
    description: Print only
    default: 'false'
runs:
  using: node24
  main: dist/index.js
`,
    );
    mkdirSync(join(root, 'workflows'));
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  const workflow = (steps: string) => `name: example
on:
  pull_request:
permissions:
  contents: read
jobs:
  check:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
${steps}`;

  test.each([
    ['a valid step', '      - uses: ./actions/demo\n        with:\n          chart: charts/myapp\n          dry-run: true\n', []],
    ['a trailing slash', '      - uses: ./actions/demo/\n        with:\n          chart: charts/myapp\n', []],
    [
      'an unknown with: key',
      '      - uses: ./actions/demo\n        with:\n          chart: charts/myapp\n          bump: minor\n',
      ["workflows/example.yml:14: demo has no input 'bump' (inputs: chart, level, dry-run)"],
    ],
    ['a missing action', '      - uses: ./actions/nope\n        with:\n          chart: x\n', ['workflows/example.yml:11: uses ./actions/nope, but actions/nope/action.yml does not exist']],
    ['a missing required input', '      - uses: ./actions/demo\n', ["workflows/example.yml:11: demo needs input 'chart' (required, no default)"]],
    ['a schema error', '      - uses: ./actions/demo\n        with:\n          chart: x\n        timeout: 5\n', [expect.stringMatching(/^workflows\/example\.yml: workflow schema: .*'timeout'/)]],
  ])('%s', (_what, steps, expected) => {
    const file = join(root, 'workflows', 'example.yml');
    writeFileSync(file, workflow(steps));
    expect(checkWorkflow(file, root)).toEqual(expected);
  });

  const sha = '08c6903cd8c0fde910a37f88322edcfb5dd907a8';
  test.each([
    ['pinned by SHA with permissions', `permissions: {}\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@${sha} # v5\n      - uses: ./actions/demo\n        with:\n          chart: x\n`, []],
    [
      'a tag instead of a SHA',
      `permissions: {}\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v5\n`,
      ['workflows/strict.yml:9: actions/checkout@v5 is not pinned by a full commit SHA (uses: owner/repo@<40 hex> # vX.Y.Z)'],
    ],
    [
      'a short SHA',
      `permissions: {}\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@${sha.slice(0, 7)}\n`,
      [`workflows/strict.yml:9: actions/checkout@${sha.slice(0, 7)} is not pinned by a full commit SHA (uses: owner/repo@<40 hex> # vX.Y.Z)`],
    ],
    [
      'a reusable workflow by branch',
      `permissions: {}\njobs:\n  a:\n    uses: acme/workflows/.github/workflows/x.yml@main\n`,
      ['workflows/strict.yml:7: acme/workflows/.github/workflows/x.yml@main is not pinned by a full commit SHA (uses: owner/repo@<40 hex> # vX.Y.Z)'],
    ],
    [
      'no top-level permissions',
      `jobs:\n  a:\n    runs-on: ubuntu-latest\n    permissions:\n      contents: read\n    steps:\n      - uses: actions/checkout@${sha}\n`,
      ['workflows/strict.yml: no top-level permissions: (set `permissions: {}` and grant each job what it needs)'],
    ],
  ])('strict: %s', (_what, body, expected) => {
    const file = join(root, 'workflows', 'strict.yml');
    writeFileSync(file, `name: strict\non:\n  push:\n${body}`);
    expect(checkWorkflow(file, root, { strict: true })).toEqual(expected);
    // The example checks stay as they were: tags are fine in copy-paste examples.
    expect(checkWorkflow(file, root)).toEqual([]);
  });
});
