import {
  baseImage,
  entry,
  MINUTE,
  overlay,
  promoteAt,
  repository as repositoryOf,
  shallowClone,
  type Step,
} from './rendered-history-repo.ts';

// Issue 72: the soak of a pin that staging's overlay does not pin itself (its image comes from the shared base,
// `resources: [../../base]`) is measured on the render's history: the first-parent commits of every path
// kustomize reads for staging, each built with the real kubectl kustomize, back to where the image changed.

const T = Date.parse('2026-11-23T09:30:00Z');
const CONFIG = [
  'services:',
  '  api: { image: ghcr.io/acme/api }',
  'environments:',
  '  - { name: staging, kustomization: deploy/overlays/staging, min-soak: 1h }',
  '  - { name: prod, kustomization: deploy/overlays/prod }',
  '',
].join('\n');
const repository = (steps: Step[]) => repositoryOf(CONFIG, steps);

describe("staging runs the shared base's image (its overlay has no images: entry), min-soak 1h", () => {
  test('30 minutes after the base took 1.4.0: held, the time left measured from that commit', async () => {
    const { dir, shas } = repository([{ at: T, files: baseImage('1.4.0'), message: 'base: api 1.4.0' }]);
    const { r, holds, debug } = await promoteAt(dir, T + 30 * MINUTE);
    expect(r.outcome).toBe('held');
    expect(holds).toEqual([
      `api: run in staging by its render since 2026-11-23 09:30 UTC (${shas[0].slice(0, 12)}, committer date: GitHub not asked (no token); a direct push can backdate it), min-soak 1h: 30m left`,
    ]);
    expect(debug).toContain(
      'api: soaking in staging since 2026-11-23 09:30 UTC (committer date: GitHub not asked (no token); a direct push can backdate it), by its render (its pin place pins no image of it; measured on the history of the files its render reads)',
    );
  });

  test('two hours after: it passes, and 1.4.0 is promoted into prod', async () => {
    const { dir } = repository([{ at: T, files: baseImage('1.4.0'), message: 'base: api 1.4.0' }]);
    const { r, holds } = await promoteAt(dir, T + 120 * MINUTE);
    expect(holds).toEqual([]);
    expect(r.outcome).toBe('dry-run');
    expect(JSON.parse(r.outputs.changes).map((c: Record<string, string>) => [c['old-tag'], c['new-tag']])).toEqual([['1.2.0', '1.4.0']]);
  });

  test('a README change and a base change that keeps the image do not restart it; the base taking 1.5.0 does', async () => {
    const steps = [
      { at: T, files: baseImage('1.4.0'), message: 'base: api 1.4.0' },
      { at: T + 40 * MINUTE, files: { 'README.md': 'environments, and how they are promoted\n' }, message: 'readme' },
      { at: T + 50 * MINUTE, files: baseImage('1.4.0', '2'), message: 'base: two replicas' },
    ];
    // At 10:40 the last commit is 20 minutes old, but staging has run 1.4.0 since 09:30: not held.
    const kept = await promoteAt(repository(steps).dir, T + 70 * MINUTE);
    expect(kept.holds).toEqual([]);
    expect(kept.r.outcome).toBe('dry-run');
    const T2 = T + 180 * MINUTE;
    const { dir, shas } = repository([...steps, { at: T2, files: baseImage('1.5.0', '2'), message: 'base: api 1.5.0' }]);
    const { r, holds } = await promoteAt(dir, T2 + 20 * MINUTE);
    expect(r.outcome).toBe('held');
    expect(holds).toEqual([
      `api: run in staging by its render since 2026-11-23 12:30 UTC (${shas[3].slice(0, 12)}, committer date: GitHub not asked (no token); a direct push can backdate it), min-soak 1h: 40m left`,
    ]);
  });
});

test('in a clone holding only the tip (a later base change that kept the image), the history is deepened to where the image changed', async () => {
  const { origin, shas } = repository([
    { at: T, files: baseImage('1.4.0'), message: 'base: api 1.4.0' },
    { at: T + 10 * MINUTE, files: baseImage('1.4.0', '2'), message: 'base: two replicas' },
  ]);
  const { r, holds } = await promoteAt(shallowClone(origin), T + 30 * MINUTE);
  expect(r.outcome).toBe('held');
  expect(holds).toEqual([
    `api: run in staging by its render since 2026-11-23 09:30 UTC (${shas[0].slice(0, 12)}, committer date: GitHub not asked (no token); a direct push can backdate it), min-soak 1h: 30m left`,
  ]);
});

test("an overlay that pins api in its own images: entry is measured on its own history, as before (a later base change is not its pin's)", async () => {
  const { dir, shas } = repository([
    { at: T, files: { 'deploy/overlays/staging/kustomization.yaml': overlay('staging', entry('1.4.0')) }, message: 'promote: api 1.4.0' },
    { at: T + 20 * MINUTE, files: baseImage('1.5.0'), message: 'base: api 1.5.0' },
  ]);
  const { r, holds } = await promoteAt(dir, T + 30 * MINUTE);
  expect(r.outcome).toBe('held');
  expect(holds).toEqual([
    `api: pinned in staging since 2026-11-23 09:30 UTC (${shas[0].slice(0, 12)}, committer date: GitHub not asked (no token); a direct push can backdate it), min-soak 1h: 30m left`,
  ]);
});

describe("staging's values file sets no image: the chart's values.yaml sets the tag (the real Helm 3)", () => {
  const DEPLOYMENT = [
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata:',
    '  name: api',
    'spec:',
    '  selector:',
    '    matchLabels: { app: api }',
    '  template:',
    '    metadata:',
    '      labels: { app: api }',
    '    spec:',
    '      containers:',
    '        - name: api',
    '          {{- $i := .Values.services.api.image }}',
    '          image: "{{ $i.repository }}:{{ $i.tag | default .Chart.AppVersion }}"',
    '',
  ].join('\n');
  const values = (tag: string) =>
    ['services:', '  api:', '    image:', '      repository: ghcr.io/acme/api', `      tag: "${tag}"`, ''].join('\n');
  const chartConfig = [
    'services:',
    '  api: { image: ghcr.io/acme/api, values-key: services.api.image }',
    'environments:',
    '  - { name: staging, values: charts/myapp/values-staging.yaml, min-soak: 1h }',
    '  - { name: prod, values: charts/myapp/values-prod.yaml }',
    '',
  ].join('\n');
  const CHART = {
    'charts/myapp/Chart.yaml': 'apiVersion: v2\nname: myapp\nversion: 1.0.0\nappVersion: "6.14.0"\n',
    'charts/myapp/values.yaml': values('6.14.1'),
    'charts/myapp/templates/api.yaml': DEPLOYMENT,
    'charts/myapp/values-staging.yaml': 'replicas: 1\n',
    'charts/myapp/values-prod.yaml': ['services:', '  api:', '    image:', '      tag: 6.14.0', ''].join('\n'),
  };

  test("30 minutes after values.yaml took 6.14.3: held, measured from that commit (the chart's folder is read by the render)", async () => {
    const { dir, shas } = repositoryOf(
      chartConfig,
      [{ at: T, files: { 'charts/myapp/values.yaml': values('6.14.3') }, message: '6.14.3' }],
      CHART,
    );
    const { r, holds } = await promoteAt(dir, T + 30 * MINUTE);
    expect(r.outcome).toBe('held');
    expect(holds).toEqual([
      `api: run in staging by its render since 2026-11-23 09:30 UTC (${shas[0].slice(0, 12)}, committer date: GitHub not asked (no token); a direct push can backdate it), min-soak 1h: 30m left`,
    ]);
    const later = await promoteAt(dir, T + 61 * MINUTE);
    expect(later.holds).toEqual([]);
    expect(JSON.parse(later.r.outputs.changes).map((c: Record<string, string>) => [c['old-tag'], c['new-tag']])).toEqual([
      ['6.14.0', '6.14.3'],
    ]);
  });
});
