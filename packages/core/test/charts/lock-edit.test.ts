import { parseDocument } from 'yaml';
import { helmLockDigest, updateChartLock } from '../../src/charts/lock-edit.ts';
import { planChartBumps, type BumpOptions } from '../../src/charts/bump.ts';

// Digests that `helm dependency update` wrote into public charts' Chart.lock
// files, with the Chart.yaml dependencies and lock entries they were computed from.
const BITNAMI = 'oci://registry-1.docker.io/bitnamicharts';
const HELM_WRITTEN: [string, unknown[], unknown[], string][] = [
  [
    'three OCI dependencies with conditions and tags',
    [
      { condition: 'memcached.enabled', name: 'memcached', repository: BITNAMI, version: '7.x.x' },
      { condition: 'mariadb.enabled', name: 'mariadb', repository: BITNAMI, version: '20.x.x' },
      { name: 'common', repository: BITNAMI, tags: ['bitnami-common'], version: '2.x.x' },
    ],
    [
      { name: 'memcached', repository: BITNAMI, version: '7.6.1' },
      { name: 'mariadb', repository: BITNAMI, version: '20.2.2' },
      { name: 'common', repository: BITNAMI, version: '2.29.1' },
    ],
    'sha256:3426d768d431843713b2527ff564792332f0019a69c03e605134725f10a65cc9',
  ],
  [
    'one HTTP dependency with a condition',
    [{ name: 'redis-ha', version: '4.15.0', repository: 'https://dandydeveloper.github.io/charts/', condition: 'redis-ha.enabled' }],
    [{ name: 'redis-ha', repository: 'https://dandydeveloper.github.io/charts/', version: '4.15.0' }],
    'sha256:dbe1d621ce62ce8cf42eb1b60b8d35667beb8920bc3dbf7417f77081c8ed5f2d',
  ],
];

describe('helmLockDigest', () => {
  test.each(HELM_WRITTEN)('%s: the digest Helm wrote', (_name, req, lock, digest) => {
    expect(helmLockDigest(req, lock)).toBe(digest);
  });
  test('field order does not matter, values do', () => {
    const [, req, lock, digest] = HELM_WRITTEN[1];
    const reordered = (req as Record<string, string>[]).map((d) => Object.fromEntries(Object.entries(d).reverse()));
    expect(helmLockDigest(reordered, lock)).toBe(digest);
    expect(helmLockDigest(req, [{ ...(lock[0] as object), version: '4.15.1' }])).not.toBe(digest);
  });
  test('values it cannot reproduce exactly give no digest', () => {
    expect(helmLockDigest([{ name: 'a', version: 1.2, repository: '' }], [])).toBeUndefined();
    expect(helmLockDigest([{ name: 'a\b', repository: '' }], [])).toBeUndefined();
  });
});

const umbrellaChart = (apiVersion: string) =>
  `apiVersion: v2\nname: platform\nversion: 2.4.0\ndependencies:\n  - name: api\n    version: ${apiVersion}\n    repository: file://../api\n  - name: redis\n    version: 19.x.x\n    repository: ${BITNAMI}\n    condition: redis.enabled\n`;
const lockFor = (apiVersion: string, digest: string) =>
  `dependencies:\n- name: api\n  repository: file://../api\n  version: ${apiVersion}\n- name: redis\n  repository: ${BITNAMI}\n  version: 19.6.4\ndigest: ${digest}\ngenerated: "2024-05-21T10:00:00.000000000Z"\n`;
const depsOf = (t: string) => (parseDocument(t).toJS() as { dependencies: unknown[] }).dependencies;
const inSyncLock = (apiVersion: string) => {
  const placeholder = lockFor(apiVersion, 'x');
  return lockFor(apiVersion, helmLockDigest(depsOf(umbrellaChart(apiVersion)), depsOf(placeholder))!);
};

describe('updateChartLock', () => {
  test('an in-sync lock gets the new pin and the digest Helm would compute, nothing else', () => {
    const before = inSyncLock('1.3.2');
    const r = updateChartLock(
      before,
      'charts/platform/Chart.lock',
      umbrellaChart('1.3.2'),
      [{ path: ['dependencies', 0, 'version'], value: '1.3.3' }],
      [{ name: 'api', repository: 'file://../api', version: '1.3.3' }],
    );
    expect(r.digestUpdated).toBe(true);
    expect(r.text).toBe(inSyncLock('1.3.3'));
    const changed = before.split('\n').filter((l, i) => r.text.split('\n')[i] !== l);
    expect(changed).toEqual(['  version: 1.3.2', expect.stringMatching(/^digest: sha256:/)]);
  });

  test('a lock already out of sync gets the new pin but keeps its digest', () => {
    const before = lockFor('1.3.2', 'sha256:0000000000000000000000000000000000000000000000000000000000000000');
    const r = updateChartLock(
      before,
      'Chart.lock',
      umbrellaChart('1.3.2'),
      [],
      [{ name: 'api', repository: 'file://../api', version: '1.3.3' }],
    );
    expect(r.digestUpdated).toBe(false);
    expect(r.text).toBe(before.replace('version: 1.3.2', 'version: 1.3.3'));
  });

  test('a lock that does not pin the chart is left alone', () => {
    const before = inSyncLock('1.3.2');
    const r = updateChartLock(
      before,
      'Chart.lock',
      umbrellaChart('1.3.2'),
      [],
      [{ name: 'other', repository: 'file://../other', version: '9.9.9' }],
    );
    expect(r.intended).toEqual([]);
    expect(r.text).toBe(before);
  });
});

describe('bump planning keeps Chart.lock in step', () => {
  const opts: BumpOptions = {
    level: 'patch',
    cascade: true,
    artifacthubChanges: false,
    policy: 'independent',
    changelog: 'auto',
    date: '2026-11-21',
  };
  const files = (lock: string): Record<string, string> => ({
    'charts/api/Chart.yaml': 'apiVersion: v2\nname: api\nversion: 1.3.2\n',
    'charts/platform/Chart.yaml': umbrellaChart('1.3.2'),
    'charts/platform/Chart.lock': lock,
  });
  function run(tree: Record<string, string>) {
    const plan = planChartBumps(['charts/api'], ['charts/api', 'charts/platform'], (p) => tree[p], opts);
    const out = { ...tree };
    for (const e of plan.edits) {
      const after = e.update(out[e.path]);
      if (after === undefined || after === out[e.path]) continue;
      e.check?.(out[e.path], after);
      out[e.path] = after;
    }
    return { plan, out };
  }

  test('cascade moves the pin and the digest', () => {
    const { plan, out } = run(files(inSyncLock('1.3.2')));
    expect(out['charts/platform/Chart.yaml']).toBe(umbrellaChart('1.3.3').replace('version: 2.4.0', 'version: 2.4.1'));
    expect(out['charts/platform/Chart.lock']).toBe(inSyncLock('1.3.3'));
    expect(plan.bumps.find((b) => b.path === 'charts/platform')?.lock).toBe('charts/platform/Chart.lock');
    expect(plan.warnings).toEqual([]);
  });

  test('a stale digest is kept and reported', () => {
    const stale = lockFor('1.3.2', 'sha256:1111111111111111111111111111111111111111111111111111111111111111');
    const { plan, out } = run(files(stale));
    expect(out['charts/platform/Chart.lock']).toBe(stale.replace('version: 1.3.2', 'version: 1.3.3'));
    // At the lock's digest line, so the runner annotates the file.
    const digestLine = stale.split('\n').findIndex((l) => l.startsWith('digest:')) + 1;
    expect(digestLine).toBeGreaterThan(1);
    expect(plan.warnings).toEqual([
      {
        file: 'charts/platform/Chart.lock',
        line: digestLine,
        message: expect.stringContaining('dependency versions updated, but its digest did not match'),
      },
    ]);
  });
});
