import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parseMermaid } from '../../../../action-tests/harness/mermaid.ts';
import { repoOpener } from '../../src/git/auth.ts';
import { asRepo, type RepoOpener } from '../../src/git/repo.ts';
import { statusFlowchart } from '../../src/operations/status/mermaid.ts';
import { Inputs, mapInputs } from '../../src/contract/inputs.ts';
import { promoteRequest } from '../../src/operations/promote/request.ts';
import { runPromote } from '../../src/operations/promote/run.ts';
import { runStatus } from '../../src/operations/status/run.ts';
import { statusJson, statusView } from '../../src/operations/status/view.ts';
import { digest as d, GIT_ENV, runGit } from '../helpers.ts';
import { testWorld } from '../test-world.ts';

// `lockstep status` shows holds (issue 75) in promote's words, on a real repository with a bare origin: staging
// rolled back by a merged pull request (#12) holds the promotion into it and those from it (ab-a, ab-b), and prod,
// which fans in from ab-a and ab-b, is held while ab-b lacks what ab-a would bring. Every environment's last landing
// comes from one history walk (and one read of the merged side), however many environments there are.

const CONFIG = [
  'services:',
  '  api: { image: ghcr.io/acme/api, values-key: api.image }',
  'environments:',
  '  - { name: dev, values: envs/dev.yaml }',
  '  - { name: staging, values: envs/staging.yaml }',
  '  - { name: ab-a, values: envs/ab-a.yaml, after: [staging] }',
  '  - { name: ab-b, values: envs/ab-b.yaml, after: [staging] }',
  '  - { name: prod, values: envs/prod.yaml, after: [ab-a, ab-b] }',
  '',
].join('\n');
const pin = (tag: string, digest: string) => `api:\n  image:\n    tag: "${tag}"\n    digest: ${digest}\n`;
const ROLLBACK = [
  'promote staging: ref:v1.1.0',
  '',
  'Lockstep-Environment: staging',
  'Lockstep-From: ref:v1.1.0',
  'Lockstep-Rollback: true',
  'Lockstep-Service: api 1.1.0 ' + d('2'),
  'Lockstep-Generated: promote-env',
].join('\n');

let dir: string;
let origin: string;
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
  rmSync(origin, { recursive: true, force: true });
});

/** The repository: every environment (ab-b pinning `abB`), then staging's rollback merged as pull request #12 (when `rollback`); the merge's sha. */
function repository(rollback: boolean, abB = pin('1.1.0', d('2'))): string | undefined {
  dir = mkdtempSync(join(tmpdir(), 'lockstep-status-holds-'));
  origin = mkdtempSync(join(tmpdir(), 'lockstep-status-holds-origin-'));
  runGit(origin, 'init', '-q', '--bare', '-b', 'main');
  runGit(dir, 'init', '-q', '-b', 'main');
  const write = (files: Record<string, string>) => {
    for (const [p, text] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, p)), { recursive: true });
      writeFileSync(join(dir, p), text);
    }
  };
  write({
    '.github/lockstep.yml': CONFIG,
    'envs/dev.yaml': pin('1.2.0', d('1')),
    'envs/staging.yaml': pin('1.2.0', d('1')),
    'envs/ab-a.yaml': pin('1.2.0', d('1')),
    'envs/ab-b.yaml': abB,
    'envs/prod.yaml': pin('1.1.0', d('2')),
  });
  runGit(dir, 'add', '.');
  runGit(dir, 'commit', '-qm', 'environments');
  let merge: string | undefined;
  if (rollback) {
    runGit(dir, 'checkout', '-q', '-b', 'promote/staging');
    write({ 'envs/staging.yaml': pin('1.1.0', d('2')) });
    runGit(dir, 'commit', '-qam', ROLLBACK);
    runGit(dir, 'checkout', '-q', 'main');
    write({ 'README.md': 'fleet\n' });
    runGit(dir, 'add', '.');
    runGit(dir, 'commit', '-qm', 'docs: readme');
    runGit(dir, 'merge', '-q', '--no-ff', '-m', 'Merge pull request #12 from acme/promote/staging', 'promote/staging');
    merge = runGit(dir, 'rev-parse', 'HEAD');
  }
  runGit(dir, 'remote', 'add', 'origin', origin);
  runGit(dir, 'push', '-q', 'origin', 'main');
  return merge;
}

/** A World whose git runs are recorded by subcommand (`log` for each history read). */
function world() {
  const ran: string[] = [];
  const real = repoOpener(GIT_ENV);
  const repo: RepoOpener = (cwd, auth) => {
    const git = real(cwd, auth);
    return asRepo(async (args) => {
      ran.push(args.find((a) => !a.startsWith('-') && !a.includes('=')) ?? '');
      return git(args);
    });
  };
  return { w: testWorld(dir, { env: GIT_ENV, services: { repo } }), ran };
}

const status = (w: ReturnType<typeof world>['w']) => runStatus({ workingDirectory: '.', environments: [], services: [] }, w);

test('a rollback holds its environment and the promotions into and from it; fan-in holds prod naming what ab-b lacks', async () => {
  const merge = repository(true)!;
  const at = merge.slice(0, 12);
  const { w, ran } = world();
  const s = await status(w);
  const into = `staging was rolled back to ref:v1.1.0 by #12 (${at}): promotions into it wait until the hold is lifted (lift-hold: true on the promotion that ends it)`;
  const after = (env: string) =>
    `staging, before ${env}, was rolled back to ref:v1.1.0 by #12 (${at}): promotions after it wait until its hold is lifted (a promotion into staging with lift-hold: true)`;
  const fanIn = `prod is promoted only from pins its after: environments run: ab-b lacks api ${d('1')} (it runs ${d('2')})`;
  expect(statusView(s).notes).toEqual([
    `staging: held by a rollback: ${into}`,
    `dev → staging: api 1.1.0 → 1.2.0 (sha256:111111111111); held by a rollback: ${into}`,
    `staging → ab-a: api 1.2.0 → 1.1.0 (sha256:222222222222); held by a rollback: ${after('ab-a')}`,
    `staging → ab-b: nothing to promote; held by a rollback: ${after('ab-b')}`,
    `ab-a → prod: api 1.1.0 → 1.2.0 (sha256:111111111111); held by fan-in: ${fanIn}`,
    'ab-b → prod: nothing to promote',
  ]);
  const json = statusJson(s) as unknown as {
    environments: { name: string; hold?: unknown }[];
    next: { from: string; to: string; holds?: unknown }[];
  };
  expect(json.environments.map((e) => [e.name, e.hold])).toEqual([
    ['dev', undefined],
    ['staging', { gate: 'rollback-hold', message: into, commit: merge, pull: 12, to: 'ref:v1.1.0' }],
    ['ab-a', undefined],
    ['ab-b', undefined],
    ['prod', undefined],
  ]);
  expect(json.next.map((n) => [`${n.from} → ${n.to}`, n.holds])).toEqual([
    ['dev → staging', [{ gate: 'rollback-hold', message: into }]],
    ['staging → ab-a', [{ gate: 'rollback-hold', message: after('ab-a') }]],
    ['staging → ab-b', [{ gate: 'rollback-hold', message: after('ab-b') }]],
    ['ab-a → prod', [{ gate: 'fan-in', message: fanIn }]],
    ['ab-b → prod', undefined],
  ]);
  // Five environments' landings: one walk of the history and one read of the merge's merged side, no more.
  expect(ran.filter((c) => c === 'log')).toEqual(['log', 'log']);
  const chart = statusFlowchart(s).split('\n');
  expect(chart).toContain('  classDef held fill:#24292f,stroke:#9a6700,stroke-width:3px,stroke-dasharray:6 4,color:#ffffff');
  expect(chart.filter((l) => l.includes('-->'))).toEqual([
    '  e0 -- "api 1.1.0 → 1.2.0<br/>held by a rollback" --> e1',
    '  e1 -- "api 1.2.0 → 1.1.0<br/>held by a rollback" --> e2',
    '  e1 -- "held by a rollback" --> e3',
    '  e2 -- "api 1.1.0 → 1.2.0<br/>held by fan-in" --> e4',
    '  e3 --> e4',
  ]);
  expect(chart.filter((l) => l.includes(':::')).map((l) => l.replace(/<br\/>.*"/, '"'))).toEqual([
    '  e0["<b>dev</b>"]:::env',
    '  e1["<b>staging</b> (behind, held)"]:::held',
    '  e2["<b>ab-a</b> (behind, held)"]:::held',
    '  e3["<b>ab-b</b> (held)"]:::held',
    '  e4["<b>prod</b> (behind, held)"]:::held',
  ]);
  // The held class and the labels are diagrams mermaid parses (as GitHub renders them).
  expect(await parseMermaid([statusFlowchart(s)])).toEqual([{ type: 'flowchart-v2' }]);
});

test('no rollback landed and the after: environments agree: nothing is held, and the document has no hold keys', async () => {
  repository(false, pin('1.2.0', d('1')));
  const { w } = world();
  const s = await status(w);
  expect(s.held).toBeUndefined();
  expect(statusView(s).notes).toEqual([
    'dev → staging: nothing to promote',
    'staging → ab-a: nothing to promote',
    'staging → ab-b: nothing to promote',
    'ab-a → prod: api 1.1.0 → 1.2.0 (sha256:111111111111)',
    'ab-b → prod: api 1.1.0 → 1.2.0 (sha256:111111111111)',
  ]);
  expect(JSON.stringify(statusJson(s))).not.toContain('"hold');
});

test('promote refuses the promotion into staging in the words status shows, from the same one walk of the history', async () => {
  const merge = repository(true)!;
  const { w, ran } = world();
  const r = await runPromote(promoteRequest(new Inputs(mapInputs({ from: 'dev', to: 'staging', 'dry-run': 'true' })), w), w);
  expect(r.outcome).toBe('held');
  expect(r.gate?.holds).toEqual([
    {
      gate: 'rollback-hold',
      message: `staging was rolled back to ref:v1.1.0 by #12 (${merge.slice(0, 12)}): promotions into it wait until the hold is lifted (lift-hold: true on the promotion that ends it)`,
    },
  ]);
  // staging's and dev's last landings (the target and the environment it is promoted from): one walk, one merged side.
  expect(ran.filter((c) => c === 'log' || c === 'show')).toEqual(['log', 'log']);
});
