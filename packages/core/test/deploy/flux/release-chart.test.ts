import { UserError } from '../../../src/errors.ts';
import { releaseChartRevision } from '../../../src/deploy/flux/release-chart.ts';
import { fluxRepo } from '../../../../../action-tests/harness/flux-chart-fixture.ts';

// Issue 72: a HelmRelease's chart version as helm-controller resolves it, from the environment's own file, the
// base it patches, or (a chart from a GitRepository or Bucket) the chart folder's Chart.yaml.

const PATCH = 'apps/production/myapp-values.yaml';

async function revision(files: Record<string, string>, ref = PATCH) {
  const read = async (p: string) => files[p];
  return releaseChartRevision({ helmrelease: ref }, files[ref.replace(/#.*/, '')], ref.replace(/#.*/, ''), read);
}

test('a patch of a GitRepository base: the chart folder’s Chart.yaml version, at its line, not written by a promotion', async () => {
  const rev = await revision(fluxRepo({ source: 'git' }) as Record<string, string>);
  expect({ file: rev.file, line: rev.line, current: rev.current, chart: rev.chart }).toEqual({
    file: 'charts/myapp/Chart.yaml',
    line: 3,
    current: '1.4.2',
    chart: 'myapp',
  });
  expect(rev.fixed).toBe(
    "HelmRelease myapp takes its chart from GitRepository flux-system (./charts/myapp): helm-controller builds it from the source's revision, so its version is charts/myapp/Chart.yaml's and moves with the commit, not by a promotion",
  );
});

test('a patch of a HelmRepository base: the base’s spec.chart.spec.version, at the base’s line', async () => {
  const rev = await revision(fluxRepo({ source: 'helm' }) as Record<string, string>);
  expect({ file: rev.file, line: rev.line, current: rev.current, path: rev.path }).toEqual({
    file: 'apps/base/myapp/release.yaml',
    line: 11,
    current: '1.4.2',
    path: ['spec', 'chart', 'spec', 'version'],
  });
  expect(rev.fixed).toContain("is apps/base/myapp/release.yaml's, which apps/production/myapp-values.yaml patches");
});

test('a patch that pins its own version: its own line, written by a promotion', async () => {
  const files = fluxRepo({ source: 'helm' }) as Record<string, string>;
  files[PATCH] = files[PATCH].replace('  # production values\n', '  chart:\n    spec:\n      version: 1.5.0\n  # production values\n');
  const rev = await revision(files);
  expect({ file: rev.file, line: rev.line, current: rev.current, fixed: rev.fixed }).toEqual({
    file: PATCH,
    line: 10,
    current: '1.5.0',
    fixed: undefined,
  });
});

test('a whole HelmRelease from a GitRepository that writes a version: Flux ignores it, the Chart.yaml’s is read', async () => {
  const files = fluxRepo({ source: 'git' }) as Record<string, string>;
  const release = files['apps/base/myapp/release.yaml'].replace(
    '      chart: ./charts/myapp\n',
    '      chart: ./charts/myapp\n      version: 9.9.9\n',
  );
  const rev = await revision({ ...files, 'clusters/production/release.yaml': release }, 'clusters/production/release.yaml');
  expect({ file: rev.file, current: rev.current }).toEqual({ file: 'charts/myapp/Chart.yaml', current: '1.4.2' });
});

test('no version in the patch nor the base of a HelmRepository chart: refused at the base, as Flux deploys the newest', async () => {
  const files = fluxRepo({ source: 'helm' }) as Record<string, string>;
  files['apps/base/myapp/release.yaml'] = files['apps/base/myapp/release.yaml'].replace('      version: 1.4.2\n', '');
  const e = await revision(files).catch((err: unknown) => err);
  expect(e).toBeInstanceOf(UserError);
  expect((e as UserError).format()).toBe(
    'apps/base/myapp/release.yaml:10: HelmRelease myapp has no spec.chart.spec.version, so Flux deploys the newest chart — pin one chart version: version: <x.y.z> under spec.chart.spec (chart myapp)',
  );
});

test('a GitRepository chart path the repository does not hold: refused naming the file', async () => {
  const files = fluxRepo({ source: 'git' }) as Record<string, string>;
  delete files['charts/myapp/Chart.yaml'];
  const e = await revision(files).catch((err: unknown) => err);
  expect((e as UserError).format()).toBe(
    "apps/base/myapp/release.yaml:1: HelmRelease myapp takes its chart from GitRepository flux-system (./charts/myapp), but charts/myapp/Chart.yaml is not in the repository — point spec.chart.spec.chart at the chart's folder in the source",
  );
});
