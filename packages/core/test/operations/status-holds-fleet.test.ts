import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Inputs, mapInputs } from '../../src/contract/inputs.ts';
import { promoteRequest } from '../../src/operations/promote/request.ts';
import { runPromote } from '../../src/operations/promote/run.ts';
import { runStatus } from '../../src/operations/status/run.ts';
import { statusJson, statusView } from '../../src/operations/status/view.ts';
import { digest as d, GIT_ENV, runGit } from '../helpers.ts';
import { testWorld } from '../test-world.ts';

// Issue 72 item 8: `lockstep status` says the holds of environments of many apps as promote's gates say them, app
// by app, on a real repository with a bare origin. Each environment names its apps with globs (a values file and a
// multi-source Application per app); fan-in judges each app of prod against the same app of each `after:`
// environment (its pins and its chart version), and a rollback landed in prod holds prod and what follows it.

const SERVICES = [
  'services:',
  '  api: { image: ghcr.io/acme/api, values-key: image }',
  '  web: { image: ghcr.io/acme/web, values-key: image }',
  '  proxy: { image: ghcr.io/acme/proxy, values-key: proxy.image }',
  'environments:',
];
const env = (name: string, more = '') =>
  `  - { name: ${name}, values: charts/*/values-${name}.yaml, application: apps/${name}/*.yaml, values-drift: off${more} }`;

const values = (app: string, tag: string, c: string, proxy: [string, string]) =>
  [
    `# ${app}`,
    'image:',
    `  repository: ghcr.io/acme/${app}`,
    `  tag: "${tag}"`,
    `  digest: ${d(c)}`,
    'proxy:',
    '  image:',
    '    repository: ghcr.io/acme/proxy',
    `    tag: "${proxy[0]}"`,
    `    digest: ${d(proxy[1])}`,
    '',
  ].join('\n');

const application = (env: string, app: string, version: string) =>
  [
    'apiVersion: argoproj.io/v1alpha1',
    'kind: Application',
    'metadata:',
    `  name: ${app}-${env}`,
    'spec:',
    '  sources:',
    '    - repoURL: ghcr.io/acme/charts',
    `      chart: ${app}`,
    `      targetRevision: ${version}`,
    '      helm:',
    `        valueFiles: [$values/charts/${app}/values-${env}.yaml]`,
    '    - { repoURL: https://github.com/acme/monorepo.git, targetRevision: main, ref: values }',
    '',
  ].join('\n');

const chart = (app: string, version: string) => ({
  [`charts/${app}/Chart.yaml`]: `apiVersion: v2\nname: ${app}\nversion: ${version}\n`,
  [`charts/${app}/values.yaml`]: `image: { repository: ghcr.io/acme/${app}, tag: "", digest: "" }\n`,
});

/** An app of an environment: its values file and its Application. */
const app = (name: string, id: string, version: string, image: [string, string], proxy: [string, string]) => ({
  [`charts/${id}/values-${name}.yaml`]: values(id, image[0], image[1], proxy),
  [`apps/${name}/${id}.yaml`]: application(name, id, version),
});

const CHARTS = { ...chart('api', '1.1.0'), ...chart('web', '2.0.0'), ...chart('jobs', '0.1.0') };
const NEW: [string, string] = ['2.0.0', 'e'];
const OLD: [string, string] = ['1.9.0', 'f'];

let dir: string;
let origin: string;
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
  rmSync(origin, { recursive: true, force: true });
});

/** The repository with `files`, then `rollback` (when given) merged into main as pull request #7; the merge's sha. */
function repository(files: Record<string, string>, rollback?: { message: string; files: Record<string, string> }): string {
  dir = mkdtempSync(join(tmpdir(), 'lockstep-status-fleet-'));
  origin = mkdtempSync(join(tmpdir(), 'lockstep-status-fleet-origin-'));
  runGit(origin, 'init', '-q', '--bare', '-b', 'main');
  runGit(dir, 'init', '-q', '-b', 'main');
  const write = (f: Record<string, string>) => {
    for (const [p, text] of Object.entries(f)) {
      mkdirSync(dirname(join(dir, p)), { recursive: true });
      writeFileSync(join(dir, p), text);
    }
  };
  write(files);
  runGit(dir, 'add', '.');
  runGit(dir, 'commit', '-qm', 'environments');
  // The chart versions promoted to were released (chart-version refuses any other): their tags.
  for (const t of ['api-1.1.0', 'web-2.0.0', 'jobs-0.1.0']) runGit(dir, 'tag', t);
  if (rollback) {
    runGit(dir, 'checkout', '-q', '-b', 'promote/prod');
    write(rollback.files);
    runGit(dir, 'commit', '-qam', rollback.message);
    runGit(dir, 'checkout', '-q', 'main');
    runGit(dir, 'merge', '-q', '--no-ff', '-m', 'Merge pull request #7 from acme/promote/prod', 'promote/prod');
  }
  runGit(dir, 'remote', 'add', 'origin', origin);
  runGit(dir, 'push', '-q', 'origin', 'main', '--tags');
  return runGit(dir, 'rev-parse', 'HEAD');
}

const world = () => testWorld(dir, { env: GIT_ENV });
const status = () => runStatus({ workingDirectory: '.', environments: [], services: [] }, world());
const promote = async (from: string, to: string, more: Record<string, string> = {}) => {
  const w = world();
  return runPromote(promoteRequest(new Inputs(mapInputs({ from, to, 'dry-run': 'true', ...more })), w), w);
};
type Next = { from: string; to: string; holds?: { gate: string; message: string }[] };
const nextHolds = (s: Awaited<ReturnType<typeof status>>) =>
  (statusJson(s) as unknown as { next: Next[] }).next.map((n) => [`${n.from} → ${n.to}`, n.holds]);

test('fan-in app by app: status holds prod/api and prod/jobs by what perf/api and perf/jobs lack, as promote refuses them', async () => {
  repository({
    '.github/lockstep.yml': [
      ...SERVICES,
      env('staging'),
      env('perf', ', after: [staging]'),
      env('prod', ', after: [staging, perf]'),
      'render: off',
      '',
    ].join('\n'),
    ...CHARTS,
    ...app('staging', 'api', '1.1.0', ['1.1.0', 'b'], NEW),
    ...app('staging', 'web', '2.0.0', ['3.1.0', 'c'], NEW),
    ...app('staging', 'jobs', '0.1.0', ['0.1.0', '1'], NEW),
    // perf runs web as staging does, an older api (image and chart), and no jobs at all.
    ...app('perf', 'api', '1.0.0', ['1.0.0', 'a'], NEW),
    ...app('perf', 'web', '2.0.0', ['3.1.0', 'c'], NEW),
    ...app('prod', 'api', '1.0.0', ['1.0.0', 'a'], OLD),
    ...app('prod', 'web', '2.0.0', ['3.1.0', 'c'], OLD),
    ...app('prod', 'jobs', '0.1.0', ['0.1.0', '1'], OLD),
  });
  const lacks = [
    `prod/api is promoted only from pins its after: environments run: perf/api lacks api ${d('b')} (it runs ${d('a')})`,
    'prod/api is promoted only from pins its after: environments run: perf/api lacks chart version 1.1.0 (it runs 1.0.0)',
    `prod/jobs is promoted only from pins its after: environments run: perf/jobs lacks proxy ${d('e')} (it runs none)`,
  ];
  const s = await status();
  // Before: every app's wants against perf's and staging's whole-environment pins (which hold no service), named
  // `prod`: `prod is promoted only from pins its after: environments run: staging lacks api sha256:… (it runs none)`
  // on every edge into perf and prod, where promote holds only staging → prod.
  expect(statusView(s).notes).toEqual([
    'staging → perf: api/api 1.0.0 → 1.1.0 (sha256:bbbbbbbbbbbb), api/chart 1.0.0 → 1.1.0',
    'staging → prod: api/api 1.0.0 → 1.1.0 (sha256:bbbbbbbbbbbb), api/proxy 1.9.0 → 2.0.0 (sha256:eeeeeeeeeeee), ' +
      'jobs/proxy 1.9.0 → 2.0.0 (sha256:eeeeeeeeeeee), web/proxy 1.9.0 → 2.0.0 (sha256:eeeeeeeeeeee), api/chart 1.0.0 → 1.1.0' +
      lacks.map((m) => `; held by fan-in: ${m}`).join(''),
    'perf → prod: api/proxy 1.9.0 → 2.0.0 (sha256:eeeeeeeeeeee), web/proxy 1.9.0 → 2.0.0 (sha256:eeeeeeeeeeee)',
  ]);
  expect(nextHolds(s)).toEqual([
    ['staging → perf', undefined],
    ['staging → prod', lacks.map((message) => ({ gate: 'fan-in', message }))],
    ['perf → prod', undefined],
  ]);
  // promote refuses staging → prod in the same words, and holds neither edge status holds nothing on.
  const held = await promote('staging', 'prod');
  expect(held.outcome).toBe('held');
  expect(held.gate?.holds).toEqual(lacks.map((message) => ({ gate: 'fan-in', message })));
  for (const [from, to] of [
    ['staging', 'perf'],
    ['perf', 'prod'],
  ]) {
    const r = await promote(from, to);
    expect([from, to, r.outcome, r.gate?.holds ?? []]).toEqual([from, to, 'dry-run', []]);
  }
});

const ROLLBACK = [
  'promote prod: ref:v1',
  '',
  'Lockstep-Environment: prod',
  'Lockstep-From: ref:v1',
  'Lockstep-Rollback: true',
  'Lockstep-Generated: promote-env',
].join('\n');

test('a rollback landed in one app of prod holds prod and dr, in status as in promote, each hold said once', async () => {
  const merge = repository(
    {
      '.github/lockstep.yml': [...SERVICES, env('staging'), env('prod'), env('dr'), 'render: off', ''].join('\n'),
      ...CHARTS,
      ...app('staging', 'api', '1.1.0', ['1.1.0', 'b'], NEW),
      ...app('staging', 'web', '2.0.0', ['3.1.0', 'c'], NEW),
      ...app('prod', 'api', '1.1.0', ['1.1.0', 'b'], NEW),
      ...app('prod', 'web', '2.0.0', ['3.1.0', 'c'], NEW),
      ...app('dr', 'api', '1.1.0', ['1.0.0', 'a'], OLD),
      ...app('dr', 'web', '2.0.0', ['3.0.0', '9'], OLD),
    },
    { message: ROLLBACK, files: app('prod', 'api', '1.1.0', ['1.0.0', 'a'], NEW) },
  );
  const at = `#7 (${merge.slice(0, 12)})`;
  const into = `prod was rolled back to ref:v1 by ${at}: promotions into it wait until the hold is lifted (lift-hold: true on the promotion that ends it)`;
  const after = `prod, before dr, was rolled back to ref:v1 by ${at}: promotions after it wait until its hold is lifted (a promotion into prod with lift-hold: true)`;
  const s = await status();
  // Before: no hold at all, in status or promote (a glob's files never matched a landing's paths), so the next
  // promotion from staging would undo the rollback of prod/api.
  expect(statusView(s).notes).toEqual([
    `prod: held by a rollback: ${into}`,
    `staging → prod: api/api 1.0.0 → 1.1.0 (sha256:bbbbbbbbbbbb); held by a rollback: ${into}`,
    'prod → dr: api/proxy 1.9.0 → 2.0.0 (sha256:eeeeeeeeeeee), ' +
      `web/web 3.0.0 → 3.1.0 (sha256:cccccccccccc), web/proxy 1.9.0 → 2.0.0 (sha256:eeeeeeeeeeee); held by a rollback: ${after}`,
  ]);
  expect(nextHolds(s)).toEqual([
    ['staging → prod', [{ gate: 'rollback-hold', message: into }]],
    ['prod → dr', [{ gate: 'rollback-hold', message: after }]],
  ]);
  // promote: every app of prod is held by the one rollback of prod, said once.
  for (const [from, to, message] of [
    ['staging', 'prod', into],
    ['prod', 'dr', after],
  ]) {
    const r = await promote(from, to);
    expect([from, to, r.outcome, r.gate?.holds]).toEqual([from, to, 'held', [{ gate: 'rollback-hold', message }]]);
  }
  // lift-hold lifts the hold of prod, for every app of it.
  const lift = await promote('staging', 'prod', { 'lift-hold': 'true' });
  expect([lift.outcome, lift.gate?.holds, lift.gate?.notes]).toEqual([
    'dry-run',
    [],
    [`Lifts the rollback hold of prod (rolled back to ref:v1 by ${at}): once this lands, promotions into prod go on.`],
  ]);
});
