import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node, type YAMLMap } from 'yaml';
import { repoRoot } from '../harness/run-action.ts';

// RELIABILITY.md case 40, the part that can be checked offline: every workflow of this repository and every
// example a user may copy pins third-party actions by a full commit SHA (with the version in a comment),
// declares least permissions at the top (nothing, or read scopes only; writes are granted per job) and
// checks out without persisting the token in .git/config.

const SHA_PIN = /^[^@\s]+@[0-9a-f]{40}$/;
const DOCKER_PIN = /^docker:\/\/[^@\s]+@sha256:[0-9a-f]{64}$/;

/** Every supply-chain problem of one workflow file, as `file:line: what`. */
function supplyChainProblems(text: string, file: string): string[] {
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc });
  const problems: string[] = [];
  const at = (node: Node | null | undefined) => `${file}:${node?.range ? lc.linePos(node.range[0]).line : 1}`;
  const lineText = (node: Node) => text.split('\n')[lc.linePos(node.range![0]).line - 1];
  if (doc.errors.length > 0) return [`${file}: ${doc.errors[0].message}`];
  const root = doc.contents;
  if (!isMap(root)) return [`${file}: not a mapping`];

  const top = root.get('permissions', true) as Node | undefined;
  if (top === undefined) problems.push(`${file}:1: no top-level permissions: (set permissions: {} and grant each job what it needs)`);
  else if (isScalar(top)) problems.push(`${at(top)}: top-level permissions: ${String(top.value)} (grant scopes per job instead)`);
  else if (isMap(top))
    for (const pair of top.items) {
      const value = isScalar(pair.value) ? String(pair.value.value) : '';
      if (value !== 'read' && value !== 'none')
        problems.push(
          `${at(pair.key as Node)}: top-level permission ${String((pair.key as { value?: unknown }).value)}: ${value} (writes belong on the job that needs them)`,
        );
    }

  const checkUses = (node: Node | undefined) => {
    if (!isScalar(node) || typeof node.value !== 'string') return;
    const uses = node.value;
    if (uses.startsWith('./')) return;
    if (!SHA_PIN.test(uses) && !DOCKER_PIN.test(uses)) problems.push(`${at(node)}: ${uses} is not pinned by a full commit SHA`);
    else if (!/#\s*v\d/.test(lineText(node)))
      problems.push(`${at(node)}: ${uses} has no "# vX.Y.Z" comment saying which release the SHA is`);
  };
  const jobs = root.get('jobs', true);
  if (isMap(jobs))
    for (const jobPair of (jobs as YAMLMap).items) {
      const job = jobPair.value;
      if (!isMap(job)) continue;
      const perms = job.get('permissions', true) as Node | undefined;
      if (isScalar(perms) && /-all$/.test(String(perms.value)))
        problems.push(`${at(perms)}: job permissions: ${String(perms.value)} (list the scopes the job needs)`);
      checkUses(job.get('uses', true));
      const steps = job.get('steps', true);
      if (!isSeq(steps)) continue;
      for (const step of steps.items) {
        if (!isMap(step)) continue;
        const usesNode = step.get('uses', true) as Node | undefined;
        checkUses(usesNode);
        if (!isScalar(usesNode) || !String(usesNode.value).startsWith('actions/checkout@')) continue;
        const withMap = step.get('with', true);
        const persist = isMap(withMap) ? (withMap.get('persist-credentials', true) as Node | undefined) : undefined;
        if (!isScalar(persist) || (persist.value !== false && persist.value !== 'false'))
          problems.push(
            `${at(usesNode)}: actions/checkout without persist-credentials: false (the token would stay in .git/config for every later step)`,
          );
      }
    }
  return problems;
}

const workflowFiles = (dir: string) =>
  readdirSync(join(repoRoot, dir))
    .filter((f) => /\.ya?ml$/.test(f))
    .map((f) => join(dir, f));

const files = [...workflowFiles('.github/workflows'), ...workflowFiles('workflows-examples')];

test('there are workflows to check in both folders', () => {
  expect(files.filter((f) => f.startsWith('.github/workflows/')).length).toBeGreaterThan(0);
  expect(files.filter((f) => f.startsWith('workflows-examples/')).length).toBeGreaterThanOrEqual(20);
});

test.each(files)('%s: third-party actions pinned by SHA, least permissions, checkout without persisted credentials', (file) => {
  expect(supplyChainProblems(readFileSync(join(repoRoot, file), 'utf8'), file)).toEqual([]);
});

const SHA = '11bd71901bbe5b1630ceea73d27597364c9af683';
const job = (steps: string, perms = '') =>
  `on: push\npermissions: {}\njobs:\n  a:\n    runs-on: ubuntu-latest\n${perms}    steps:\n${steps}`;
const checkout = `      - uses: actions/checkout@${SHA} # v4.2.2\n        with:\n          persist-credentials: false\n`;

test.each([
  ['clean', job(checkout), []],
  [
    'a tag instead of a SHA',
    job(`${checkout}      - uses: docker/login-action@v3\n`),
    ['w.yml:10: docker/login-action@v3 is not pinned by a full commit SHA'],
  ],
  [
    'a short SHA',
    job(`${checkout}      - uses: docker/login-action@74a5d14\n`),
    ['w.yml:10: docker/login-action@74a5d14 is not pinned by a full commit SHA'],
  ],
  [
    'a SHA without its version',
    job(`${checkout}      - uses: docker/login-action@74a5d142397b4f367a81961eba4e8cd7edddf772\n`),
    ['w.yml:10: docker/login-action@74a5d142397b4f367a81961eba4e8cd7edddf772 has no "# vX.Y.Z" comment saying which release the SHA is'],
  ],
  [
    'a reusable workflow by branch',
    `on: push\npermissions: {}\njobs:\n  a:\n    uses: acme/wf/.github/workflows/x.yml@main\n`,
    ['w.yml:5: acme/wf/.github/workflows/x.yml@main is not pinned by a full commit SHA'],
  ],
  ['a local action', job(`${checkout}      - uses: ./actions/bump-chart\n`), []],
  [
    'checkout persisting the token',
    job(`      - uses: actions/checkout@${SHA} # v4.2.2\n`),
    ['w.yml:7: actions/checkout without persist-credentials: false (the token would stay in .git/config for every later step)'],
  ],
  [
    'checkout with persist-credentials: true',
    job(`      - uses: actions/checkout@${SHA} # v4.2.2\n        with:\n          persist-credentials: true\n`),
    ['w.yml:7: actions/checkout without persist-credentials: false (the token would stay in .git/config for every later step)'],
  ],
  [
    'no top-level permissions',
    job(checkout).replace('permissions: {}\n', ''),
    ['w.yml:1: no top-level permissions: (set permissions: {} and grant each job what it needs)'],
  ],
  [
    'write at the top',
    job(checkout).replace('permissions: {}', 'permissions:\n  contents: write'),
    ['w.yml:3: top-level permission contents: write (writes belong on the job that needs them)'],
  ],
  [
    'write-all at the top',
    job(checkout).replace('permissions: {}', 'permissions: write-all'),
    ['w.yml:2: top-level permissions: write-all (grant scopes per job instead)'],
  ],
  [
    'read-all on a job',
    job(checkout, '    permissions: read-all\n'),
    ['w.yml:6: job permissions: read-all (list the scopes the job needs)'],
  ],
  [
    'read scopes at the top, writes on the job',
    job(checkout, '    permissions:\n      contents: write\n').replace('permissions: {}', 'permissions:\n  contents: read'),
    [],
  ],
])('the checker: %s', (_name, text, want) => {
  expect(supplyChainProblems(text, 'w.yml')).toEqual(want);
});

// The snippets in the READMEs and docs are what users copy first: they keep the same pins as the examples.
const markdownFiles = ['README.md', 'docs', 'actions']
  .flatMap((p) => (p.endsWith('.md') ? [p] : readdirSync(join(repoRoot, p), { recursive: true, encoding: 'utf8' }).map((f) => join(p, f))))
  .filter((f) => f.endsWith('.md') && !f.includes('node_modules') && !f.includes('/dist/'));

/** Third-party `uses:` lines in a Markdown file that name a tag or branch instead of a full SHA. */
function unpinnedSnippetUses(text: string, file: string): string[] {
  return text.split('\n').flatMap((line, i) => {
    const m = /^\s*(?:-\s+)?uses:\s+([^\s#]+)/.exec(line);
    if (!m || m[1].startsWith('./') || m[1].startsWith('<owner>/lockstep/')) return [];
    return SHA_PIN.test(m[1]) || DOCKER_PIN.test(m[1]) ? [] : [`${file}:${i + 1}: ${m[1]} is not pinned by a full commit SHA`];
  });
}

test('README and docs snippets pin third-party actions by SHA too', () => {
  expect(markdownFiles.length).toBeGreaterThanOrEqual(7);
  expect(markdownFiles.flatMap((f) => unpinnedSnippetUses(readFileSync(join(repoRoot, f), 'utf8'), f))).toEqual([]);
  expect(unpinnedSnippetUses('steps:\n  - uses: actions/checkout@v4\n', 'x.md')).toEqual([
    'x.md:2: actions/checkout@v4 is not pinned by a full commit SHA',
  ]);
});
