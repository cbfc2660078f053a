import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Inputs, mapInputs } from '../../src/contract/inputs.ts';
import { promoteRequest } from '../../src/operations/promote/request.ts';
import { runPromote } from '../../src/operations/promote/run.ts';
import { runStatus } from '../../src/operations/status/run.ts';
import { statusJson } from '../../src/operations/status/view.ts';
import { digest as d, GIT_ENV, runGit } from '../helpers.ts';
import { testWorld } from '../test-world.ts';

// Issue 72: the fan-in holds `lockstep status` shows on a promotion into an environment of many apps are the
// holds `lockstep promote` refuses it with (promote is the reference: gates/fan-in.ts app by app), on a real
// repository with a bare origin, where the `after:` environment is (a) an environment of many apps without one of
// the apps the plan changes, (b) an environment of one app, (c) an environment of many apps whose app is named as a
// service the target's apps all pin (a service named after an app is that app's alone only where it is an app).

/** A values file of `pins` by values key (`image`, or `api.image` under `api:`). */
const values = (pins: Record<string, [string, string]>) =>
  Object.entries(pins)
    .map(([key, [tag, c]]) => {
      const path = key.split('.');
      const pad = '  '.repeat(path.length);
      const heads = path.map((k, i) => `${'  '.repeat(i)}${k}:\n`).join('');
      return `${heads}${pad}repository: ghcr.io/acme/x\n${pad}tag: "${tag}"\n${pad}digest: ${d(c)}\n`;
    })
    .join('');

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

/** An app of an environment of many apps: its values file (`pins` by values key) and its Application. */
const app = (env: string, id: string, version: string, pins: Record<string, [string, string]>) => ({
  [`charts/${id}/values-${env}.yaml`]: values(pins),
  [`apps/${env}/${id}.yaml`]: application(env, id, version),
});
const chart = (id: string, version: string) => ({ [`charts/${id}/Chart.yaml`]: `apiVersion: v2\nname: ${id}\nversion: ${version}\n` });
const fleet = (name: string, more = '') =>
  `  - { name: ${name}, values: charts/*/values-${name}.yaml, application: apps/${name}/*.yaml, values-drift: off${more} }`;

let dir: string;
let origin: string;
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
  rmSync(origin, { recursive: true, force: true });
});

/** The repository of `files`, pushed to a bare origin, with the released chart versions' tags. */
function repository(files: Record<string, string>, tags: string[]): void {
  dir = mkdtempSync(join(tmpdir(), 'lockstep-fanin-fleet-'));
  origin = mkdtempSync(join(tmpdir(), 'lockstep-fanin-fleet-origin-'));
  runGit(origin, 'init', '-q', '--bare', '-b', 'main');
  runGit(dir, 'init', '-q', '-b', 'main');
  for (const [p, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, p)), { recursive: true });
    writeFileSync(join(dir, p), text);
  }
  runGit(dir, 'add', '.');
  runGit(dir, 'commit', '-qm', 'environments');
  for (const t of tags) runGit(dir, 'tag', t);
  runGit(dir, 'remote', 'add', 'origin', origin);
  runGit(dir, 'push', '-q', 'origin', 'main', '--tags');
}

const world = () => testWorld(dir, { env: GIT_ENV });
type Hold = { gate: string; message: string };
/** The holds status shows on the next promotion from staging into prod. */
async function statusHolds(): Promise<Hold[] | undefined> {
  const s = await runStatus({ workingDirectory: '.', environments: [], services: [] }, world());
  const next = (statusJson(s) as unknown as { next: { from: string; to: string; holds?: Hold[]; error?: string }[] }).next;
  const edge = next.find((n) => n.from === 'staging' && n.to === 'prod');
  if (edge?.error) throw new Error(edge.error);
  return edge?.holds;
}
/** The outcome and holds of `lockstep promote --from staging --to prod` (a dry run). */
async function promoteHolds(): Promise<[string, Hold[]]> {
  const w = world();
  const r = await runPromote(promoteRequest(new Inputs(mapInputs({ from: 'staging', to: 'prod', 'dry-run': 'true' })), w), w);
  return [r.outcome, r.gate?.holds ?? []];
}
const fanIn = (message: string) => ({ gate: 'fan-in', message: `prod/${message}` });

test('(a) the after: environment has no app api: prod/api is held by perf/api, which runs none', async () => {
  const services = [
    'services:',
    '  api: { image: ghcr.io/acme/api, values-key: image }',
    '  web: { image: ghcr.io/acme/web, values-key: image }',
  ];
  repository(
    {
      '.github/lockstep.yml': [
        ...services,
        'environments:',
        fleet('staging'),
        fleet('perf', ', after: [staging]'),
        fleet('prod', ', after: [staging, perf]'),
        'render: off',
        '',
      ].join('\n'),
      ...chart('api', '1.1.0'),
      ...chart('web', '2.0.0'),
      ...app('staging', 'api', '1.1.0', { image: ['1.1.0', 'b'] }),
      ...app('staging', 'web', '2.0.0', { image: ['3.1.0', 'c'] }),
      // perf runs web as staging does and no api at all.
      ...app('perf', 'web', '2.0.0', { image: ['3.1.0', 'c'] }),
      ...app('prod', 'api', '1.0.0', { image: ['1.0.0', 'a'] }),
      ...app('prod', 'web', '2.0.0', { image: ['3.0.0', '9'] }),
    },
    ['api-1.1.0', 'web-2.0.0'],
  );
  const holds = [
    fanIn(`api is promoted only from pins its after: environments run: perf/api lacks api ${d('b')} (it runs none)`),
    fanIn('api is promoted only from pins its after: environments run: perf/api lacks chart version 1.1.0 (it runs none)'),
  ];
  expect(await promoteHolds()).toEqual(['held', holds]);
  expect(await statusHolds()).toEqual(holds);
});

test('(b) the after: environment is one app: each app of prod is judged against its pins and its chart version', async () => {
  const services = [
    'services:',
    '  api: { image: ghcr.io/acme/api, values-key: api.image }',
    '  web: { image: ghcr.io/acme/web, values-key: web.image }',
  ];
  const both = (api: [string, string], web: [string, string]) => ({ 'api.image': api, 'web.image': web });
  repository(
    {
      '.github/lockstep.yml': [
        ...services,
        'environments:',
        fleet('staging'),
        '  - { name: perf, values: envs/perf.yaml, application: apps/perf.yaml, after: [staging], values-drift: off }',
        fleet('prod', ', after: [staging, perf]'),
        'render: off',
        '',
      ].join('\n'),
      ...chart('api', '1.1.0'),
      ...chart('web', '2.0.0'),
      ...app('staging', 'api', '1.1.0', both(['1.1.0', 'b'], ['3.1.0', 'c'])),
      ...app('staging', 'web', '2.0.0', both(['1.1.0', 'b'], ['3.1.0', 'c'])),
      // perf, one app: api as staging runs it, an older web, the api chart at 1.0.0.
      'envs/perf.yaml': values(both(['1.1.0', 'b'], ['3.0.0', '9'])),
      'apps/perf.yaml': application('perf', 'api', '1.0.0'),
      ...app('prod', 'api', '1.0.0', both(['1.0.0', 'a'], ['3.1.0', 'c'])),
      ...app('prod', 'web', '2.0.0', both(['1.1.0', 'b'], ['3.0.0', '9'])),
    },
    ['api-1.1.0', 'web-2.0.0'],
  );
  const holds = [
    fanIn('api is promoted only from pins its after: environments run: perf lacks chart version 1.1.0 (it runs 1.0.0)'),
    fanIn(`web is promoted only from pins its after: environments run: perf lacks web ${d('c')} (it runs ${d('9')})`),
  ];
  expect(await promoteHolds()).toEqual(['held', holds]);
  expect(await statusHolds()).toEqual(holds);
});

test("(c) web is an app of perf but not of prod, where it is every app's service: perf/api's web pin is what prod/api is judged by", async () => {
  const services = [
    'services:',
    '  api: { image: ghcr.io/acme/api, values-key: api.image }',
    '  web: { image: ghcr.io/acme/web, values-key: web.image }',
  ];
  const both = (api: [string, string], web: [string, string]) => ({ 'api.image': api, 'web.image': web });
  const config = (after: string) =>
    [
      ...services,
      'environments:',
      fleet('staging'),
      fleet('perf', ', after: [staging]'),
      fleet('prod', `, after: [${after}]`),
      'render: off',
      '',
    ].join('\n');
  const files = {
    ...chart('api', '1.1.0'),
    ...chart('web', '2.0.0'),
    // prod's one app, api, runs web beside it (a sidecar: web is no app of prod), as staging's does.
    ...app('staging', 'api', '1.1.0', both(['1.1.0', 'b'], ['3.1.0', 'c'])),
    ...app('prod', 'api', '1.1.0', both(['1.1.0', 'b'], ['3.0.0', '9'])),
    // perf runs web twice: as its own app, and beside api in api's values file, both at staging's.
    ...app('perf', 'api', '1.1.0', both(['1.1.0', 'b'], ['3.1.0', 'c'])),
    ...app('perf', 'web', '2.0.0', { 'web.image': ['3.1.0', 'c'] }),
  };
  repository({ ...files, '.github/lockstep.yml': config('staging, perf') }, ['api-1.1.0', 'web-2.0.0']);
  // Before: status held prod/api by `perf/api lacks web sha256:c… (it runs none)`, having read perf/api without
  // web (an app of perf), where promote reads perf/api's web pin and holds nothing.
  expect(await promoteHolds()).toEqual(['dry-run', []]);
  expect(await statusHolds()).toBeUndefined();
}, 30_000);

test("(c) perf/api's web pin older than staging's: status and promote hold prod/api by it alike", async () => {
  const services = [
    'services:',
    '  api: { image: ghcr.io/acme/api, values-key: api.image }',
    '  web: { image: ghcr.io/acme/web, values-key: web.image }',
  ];
  const both = (api: [string, string], web: [string, string]) => ({ 'api.image': api, 'web.image': web });
  repository(
    {
      '.github/lockstep.yml': [
        ...services,
        'environments:',
        fleet('staging'),
        fleet('perf', ', after: [staging]'),
        fleet('prod', ', after: [staging, perf]'),
        'render: off',
        '',
      ].join('\n'),
      ...chart('api', '1.1.0'),
      ...chart('web', '2.0.0'),
      ...app('staging', 'api', '1.1.0', both(['1.1.0', 'b'], ['3.1.0', 'c'])),
      ...app('prod', 'api', '1.1.0', both(['1.1.0', 'b'], ['3.0.0', '9'])),
      // perf's web app runs staging's web; its api app's web beside it is prod's older one.
      ...app('perf', 'api', '1.1.0', both(['1.1.0', 'b'], ['3.0.0', '9'])),
      ...app('perf', 'web', '2.0.0', { 'web.image': ['3.1.0', 'c'] }),
    },
    ['api-1.1.0', 'web-2.0.0'],
  );
  const holds = [fanIn(`api is promoted only from pins its after: environments run: perf/api lacks web ${d('c')} (it runs ${d('9')})`)];
  expect(await promoteHolds()).toEqual(['held', holds]);
  expect(await statusHolds()).toEqual(holds);
}, 30_000);
