import { dirname } from 'node:path';
import { type Files, fixturesRemovedAfterAll } from '../harness/git-fixture.ts';
import { deployment, overlayDigest as d } from '../harness/overlay-fixture.ts';
import { runAction, type ActionRun } from '../harness/run-action.ts';

// End-to-end (issue 72, audit item 1): a protected Kustomize overlay with no `images:` entry runs whatever its base
// and its strategic-merge patch write. The committed chart-bump-check bundle, with the real kubectl 1.31's
// kustomize, says "every rendered image pinned by digest" of prod only when prod's render at the head pins every
// image; a tag set by the patch fails the check at the patch's line; a pull request that touches nothing prod
// builds from leaves prod not judged, never "pinned".

const TOOLS = `${dirname(process.env.LOCKSTEP_HELM!)}:${dirname(process.env.LOCKSTEP_KUBECTL!)}:/usr/bin:/bin`;

const kustomization = (env: string, extra: string[] = []) =>
  [
    'apiVersion: kustomize.config.k8s.io/v1beta1',
    'kind: Kustomization',
    `namespace: myapp-${env}`,
    'resources:',
    '  - ../../base',
    ...extra,
    '',
  ].join('\n');
/** A strategic-merge patch of the api Deployment: its container's image and the replicas. */
const patch = (image: string, replicas = 2) =>
  [
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata:',
    '  name: api',
    'spec:',
    `  replicas: ${replicas}`,
    '  template:',
    '    spec:',
    '      containers:',
    '        - name: api',
    `          image: ${image}`,
    '',
  ].join('\n');

const REPO: Files = {
  '.github/lockstep.yml': [
    'charts: []',
    'services:',
    '  api: { image: ghcr.io/acme/api }',
    'environments:',
    '  - { name: dev, kustomization: deploy/overlays/dev }',
    '  - { name: prod, kustomization: deploy/overlays/prod, protected: true }',
    '',
  ].join('\n'),
  'deploy/base/kustomization.yaml': 'apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n  - api.yaml\n',
  'deploy/base/api.yaml': deployment('api', `ghcr.io/acme/api:1.0.0@${d('a')}`),
  'deploy/overlays/dev/kustomization.yaml': kustomization('dev'),
  // prod: no images: entry; its patch runs simple-env-app:2.0 by tag.
  'deploy/overlays/prod/kustomization.yaml': kustomization('prod', ['patches:', '  - path: patch.yaml']),
  'deploy/overlays/prod/patch.yaml': patch('simple-env-app:2.0'),
};

const newRepo = fixturesRemovedAfterAll();

function pullRequest(files: Files, changes: Files) {
  const repo = newRepo(files);
  const base = repo.git('rev-parse', 'HEAD');
  repo.checkout('pr', true);
  const head = repo.commit('feat: change', changes);
  repo.push('pr');
  repo.checkout('main');
  repo.push('main');
  repo.checkout('pr');
  return { repo, event: { pull_request: { number: 7, base: { sha: base, ref: 'main' }, head: { sha: head, ref: 'pr' } } } };
}

const check = (changes: Files, files: Files = REPO): Promise<ActionRun> => {
  const pr = pullRequest(files, changes);
  return runAction('chart-bump-check', { workspace: pr.repo.dir, eventName: 'pull_request', event: pr.event, env: { PATH: TOOLS } });
};

const said = (run: ActionRun, level: 'error' | 'warning') =>
  run.annotations.filter((a) => a.level === level).map((a) => `${a.file}:${a.line}: ${a.message.replace(/^\S+:\d+: /, '')}`);

const TAG_AT_PATCH =
  'deploy/overlays/prod/patch.yaml:11: prod, a protected environment would run an image not pinned by digest: Deployment myapp-prod/api: container api runs simple-env-app:2.0, not pinned by digest (spec.template.spec.containers[0].image); this line writes simple-env-app:2.0 — pin it as <image>@sha256:<64 hex> (the overlay images: entry or the values key promote-env writes), so what is reviewed is what runs';

describe('chart-bump-check: a protected overlay with no images: entry, its patch running a tag (issue 72 audit item 1)', () => {
  test('a pull request touching the patch fails at the patch line that sets the tag; prod is never said pinned', async () => {
    const run = await check({ 'deploy/overlays/prod/patch.yaml': patch('simple-env-app:2.0', 3) });
    expect(run.code).toBe(1);
    expect(run.outputs.ok).toBe('false');
    expect(said(run, 'error')).toEqual([TAG_AT_PATCH]);
    expect(run.summary).toContain('| prod | ❌ 1 of 1 rendered images not pinned by digest |');
    expect(run.summary).not.toContain('✅ every rendered image');
    expect(run.summary).toContain('-  replicas: 2\n+  replicas: 3');
  });

  test("a pull request touching only the base prod builds from fails at the patch's tag too", async () => {
    const run = await check({ 'deploy/base/api.yaml': deployment('api', `ghcr.io/acme/api:1.0.1@${d('b')}`) });
    expect(run.code).toBe(1);
    expect(said(run, 'error')).toEqual([TAG_AT_PATCH]);
    expect(run.summary).toContain('| prod | ❌ 1 of 1 rendered images not pinned by digest |');
    // kustomize lays the patch over the base: prod still runs the patch's tag, unchanged; dev gets the base's new digest.
    expect(run.summary).toContain(
      '- 1 changed, 0 added, 0 removed in dev (overlay deploy/overlays/dev with kubectl kustomize (kustomize v5.4.2))\n- 0 changed, 0 added, 0 removed in prod (overlay deploy/overlays/prod with kubectl kustomize (kustomize v5.4.2))',
    );
    expect(run.summary).toContain(`+        - image: ghcr.io/acme/api:1.0.1@${d('b')}`);
    expect(run.summary).not.toContain('✅ every rendered image');
  });

  test('a pull request touching nothing prod builds from leaves prod not judged, never pinned', async () => {
    const run = await check({ 'README.md': '# myapp\n' });
    expect(run.code).toBe(0);
    expect(said(run, 'error')).toEqual([]);
    expect(run.summary).toContain(
      '| Protected environment | Images it runs (its render at the head) |\n| --- | --- |\n| prod | ⚪ not judged: this pull request changes nothing it renders, so its images were not rendered |',
    );
    expect(run.summary).not.toContain('✅ every rendered image');
    // prod's kustomization pins no image (its patch sets it): the file is never said all pinned.
    expect(run.summary).toContain('| deploy/overlays/prod/kustomization.yaml | ⚪ pins no image: what runs is judged by the render |');
    expect(run.summary).not.toContain('✅ every image this file pins');
  });

  test('prod is said pinned once every image its render runs is by digest', async () => {
    const run = await check({ 'deploy/overlays/prod/patch.yaml': patch(`simple-env-app:2.0@${d('c')}`) });
    expect(run.code).toBe(0);
    expect(said(run, 'error')).toEqual([]);
    expect(run.summary).toContain('| prod | ✅ every rendered image pinned by digest (1 image judged) |');
    expect(run.summary).toContain(`-        - image: simple-env-app:2.0\n+        - image: simple-env-app:2.0@${d('c')}`);
  });
});
