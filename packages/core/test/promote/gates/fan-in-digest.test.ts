import { LocalRegistry } from '../../../../../action-tests/harness/registry.ts';
import { statusJson, statusView } from '../../../src/operations/status/view.ts';
import { digest } from '../../helpers.ts';
import { dryRun, repo, status } from '../../operations/rendered-repo.ts';
import { helmPush, podinfoChartRef } from '../../deploy/same-answer-helpers.ts';

// Issue 72: prod fans in from staging-a and staging-b (after: [staging-a, staging-b]); each pins chart podinfo by
// an OCIRepository whose spec.ref holds one semver range and a digest, the artifact source-controller pulls whatever
// the range admits. Promoting staging-a into prod moves only the digest, so fan-in compares the digest: staging-b on
// the old one lacks what prod would run. podinfo 1.2.0 and 1.3.0 are pushed with the real Helm to the tests' registry.

const API = `ghcr.io/acme/api:6.14.0@${digest('0')}`;
const RANGE = '>=1.2.0 <1.4.0';

let registry: LocalRegistry;
let digest12: string;
let digest13: string;
beforeAll(async () => {
  registry = await LocalRegistry.start();
  const chart = (version: string) => ({
    'podinfo/Chart.yaml': `apiVersion: v2\nname: podinfo\nversion: ${version}\n`,
    'podinfo/values.yaml': 'image: none\n',
    'podinfo/templates/deployment.yaml': [
      'apiVersion: apps/v1',
      'kind: Deployment',
      'metadata: { name: {{ .Release.Name }} }',
      'spec:',
      '  selector: { matchLabels: { app: podinfo } }',
      '  template:',
      '    metadata: { labels: { app: podinfo } }',
      '    spec: { containers: [{ name: api, image: {{ .Values.image | quote }} }] }',
      '',
    ].join('\n'),
  });
  digest12 = await helmPush(chart('1.2.0'), 'podinfo', `oci://${registry.host}/charts`);
  digest13 = await helmPush(chart('1.3.0'), 'podinfo', `oci://${registry.host}/charts`);
}, 120_000);
afterAll(async () => {
  await registry?.stop();
});

/** Environment `env`'s OCIRepository (the range and `pinned`, its digest) and HelmRelease, in one file. */
const podinfo = (env: string, pinned: string) => podinfoChartRef(registry.host, env, RANGE, pinned, API);

const place = (env: string) => `apps/${env}/podinfo.yaml`;
/** The repository: staging-a on 1.3.0's digest, staging-b on `b`, prod on 1.2.0's; every environment runs one image. */
const files = (b: string): Record<string, string> => ({
  '.github/lockstep.yml': [
    'services:',
    '  api: { image: ghcr.io/acme/api, values-key: image }',
    'environments:',
    ...['staging-a', 'staging-b'].map((e) => `  - { name: ${e}, helmrelease: ${place(e)}#podinfo, ocirepository: ${place(e)}#podinfo }`),
    `  - { name: prod, helmrelease: ${place('prod')}#podinfo, ocirepository: ${place('prod')}#podinfo, after: [staging-a, staging-b] }`,
    '',
  ].join('\n'),
  [place('staging-a')]: podinfo('staging-a', digest13),
  [place('staging-b')]: podinfo('staging-b', b),
  [place('prod')]: podinfo('prod', digest12),
});

/** promote staging-a → prod, dry-run: its outcome, and what each gate holds it by. */
async function promoted(main: Record<string, string>) {
  const r = await dryRun(repo(main), 'staging-a', 'prod');
  return { outcome: r.outcome, holds: r.gate?.holds.map((h) => `${h.gate}: ${h.message}`) ?? [] };
}

/** What `lockstep status` says holds the next promotion staging-a → prod. */
async function statusHolds(main: Record<string, string>) {
  const s = statusJson(await status(repo(main))) as unknown as { next: { from: string; to: string; holds?: { message: string }[] }[] };
  return s.next.find((n) => n.from === 'staging-a' && n.to === 'prod')?.holds?.map((h) => h.message) ?? [];
}

test('staging-b on the old digest under the same range: held, naming staging-b and both digests; status says the same', async () => {
  const main = files(digest12);
  const hold = `prod is promoted only from pins its after: environments run: staging-b lacks chart digest ${digest13} (it runs ${digest12})`;
  expect(await promoted(main)).toEqual({ outcome: 'held', holds: [`fan-in: ${hold}`] });
  expect(await statusHolds(main)).toEqual([hold]);
});

test('staging-a and staging-b both on the new digest: the promotion passes fan-in, and status holds nothing', async () => {
  const main = files(digest13);
  expect(await promoted(main)).toEqual({ outcome: 'dry-run', holds: [] });
  expect(await statusHolds(main)).toEqual([]);
});

test("status says the version each environment's digest pulls, its range and digest beside it, and the digest a promotion moves to", async () => {
  const s = await status(repo(files(digest12)));
  const short = (d: string) => d.slice(0, 19);
  const view = statusView(s);
  expect(view.rows.find((r) => r[0] === 'chart version')).toEqual([
    'chart version',
    `1.3.0 (${RANGE}) ${short(digest13)}`,
    `1.2.0 (${RANGE}) ${short(digest12)}`,
    `1.2.0 (${RANGE}) ${short(digest12)}`,
  ]);
  expect(view.notes.filter((n) => n.startsWith('staging-a → prod'))).toEqual([
    `staging-a → prod: chart ${RANGE} → ${RANGE} (${short(digest13)}); held by fan-in: prod is promoted only from pins its after: environments run: staging-b lacks chart digest ${digest13} (it runs ${digest12})`,
  ]);
  const json = statusJson(s) as unknown as {
    environments: { name: string; 'chart-version'?: string; 'chart-digest'?: string; 'chart-pulled'?: string }[];
    next: { from: string; to: string; chart?: unknown }[];
  };
  expect(json.environments.map((e) => [e.name, e['chart-version'], e['chart-digest'], e['chart-pulled']])).toEqual([
    ['staging-a', RANGE, digest13, '1.3.0'],
    ['staging-b', RANGE, digest12, '1.2.0'],
    ['prod', RANGE, digest12, '1.2.0'],
  ]);
  expect(json.next.find((n) => n.from === 'staging-a' && n.to === 'prod')?.chart).toEqual({
    file: 'apps/prod/podinfo.yaml',
    line: 8,
    old: RANGE,
    new: RANGE,
    'old-digest': digest12,
    'new-digest': digest13,
  });
});
