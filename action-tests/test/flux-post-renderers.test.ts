import { execFileSync } from 'node:child_process';
import { dirname } from 'node:path';
import { DIGEST, fluxRepo, patch } from '../harness/flux-chart-fixture.ts';
import { GitFixture, fixturesRemovedAfterAll, type Files } from '../harness/git-fixture.ts';
import { runAction, type ActionRun } from '../harness/run-action.ts';
import { runCli } from '../harness/run-cli.ts';
import { startGitHubDouble } from '../harness/github-double/index.ts';
import { runPromoteEnv } from '../harness/promote-fixture.ts';

// Issue 72, end to end: a Flux HelmRelease is what helm-controller installs, Helm's output post-rendered by its
// spec.postRenderers (kustomize images and patches) and spec.commonMetadata. The committed chart-bump-check bundle
// judges the post-rendered images of a protected environment, the committed hydrate-env bundle writes the
// post-rendered manifests, and the committed promote-env bundle writes a promotion into the post-renderer's images
// entry that decides what runs, with the real Helm 3.17 and kubectl 1.31's kustomize, on Node 24.

const TOOLS = `${dirname(process.env.LOCKSTEP_HELM!)}:${dirname(process.env.LOCKSTEP_KUBECTL!)}:/usr/bin:/bin`;
const newRepo = fixturesRemovedAfterAll();
const FFF = `sha256:${'f'.repeat(64)}`;

/** production's HelmRelease patch with a post-renderer setting api's image to `image` lines. */
const postRendered = (image: string[]) =>
  patch('production', `ghcr.io/acme/api:1.0.0@${DIGEST}`).replace(
    '  # production values\n',
    [
      '  commonMetadata:',
      '    labels: { team: payments }',
      '  postRenderers:',
      '    - kustomize:',
      '        images:',
      '          - name: ghcr.io/acme/api',
      ...image.map((l) => `            ${l}`),
      '  # production values',
      '',
    ].join('\n'),
  );

function pullRequest(files: Files, changes: Files) {
  const repo = newRepo(files);
  const base = repo.git('rev-parse', 'HEAD');
  repo.checkout('pr', true);
  const head = repo.commit('chore: production post-renderer', changes);
  repo.push('pr');
  repo.checkout('main');
  repo.push('main');
  repo.checkout('pr');
  return { repo, event: { pull_request: { number: 7, base: { sha: base, ref: 'main' }, head: { sha: head, ref: 'pr' } } } };
}

const said = (run: ActionRun) =>
  run.annotations.filter((a) => a.level === 'error').map((a) => `${a.file}:${a.line}: ${a.message.replace(/^\S+:\d+: /, '')}`);

test('chart-bump-check: a post-renderer that sets a tag over production’s pinned values fails the check at its line; the CLI says the same', async () => {
  const base = { ...fluxRepo(), 'apps/production/myapp-values.yaml': postRendered(['newTag: "1.0.1"', `digest: ${FFF}`]) };
  const pr = pullRequest(base, { 'apps/production/myapp-values.yaml': postRendered(['newTag: "1.0.2"']) });
  const run = await runAction('chart-bump-check', {
    workspace: pr.repo.dir,
    eventName: 'pull_request',
    event: pr.event,
    env: { PATH: TOOLS },
  });
  expect(run.code).toBe(1);
  // Line 14 is the post-renderer's `newTag: "1.0.2"`: the values still pin a digest, kustomize drops it.
  const refusal =
    'apps/production/myapp-values.yaml:14: production, a protected environment would run an image not pinned by digest: Deployment production/api: container api runs ghcr.io/acme/api:1.0.2, not pinned by digest (spec.template.spec.containers[0].image); this line sets the tag 1.0.2';
  expect(said(run)).toEqual([
    `${refusal} — pin it as <image>@sha256:<64 hex> (the overlay images: entry or the values key promote-env writes), so what is reviewed is what runs`,
  ]);
  expect(run.summary).toContain(`-        - image: ghcr.io/acme/api:1.0.1@${FFF}\n+        - image: ghcr.io/acme/api:1.0.2\n`);
  expect(run.summary).toContain(
    '- 1 changed, 0 added, 0 removed in production (HelmRelease myapp (release production-myapp in production, post-rendered by 1 kustomize post-renderer and spec.commonMetadata): chart myapp 1.4.2 → 1.4.2 with Helm 3.17.3)',
  );
  expect(execFileSync('git', ['-C', pr.repo.dir, 'status', '--porcelain'], { encoding: 'utf8' })).toBe('');
  const cli = await runCli(['check', '--base', 'main', '--head', 'pr'], { cwd: pr.repo.dir, env: { PATH: TOOLS } });
  expect(cli.code).toBe(1);
  expect(cli.stdout + cli.stderr).toContain(refusal);
});

test('hydrate-env: production’s branch holds the manifests as helm-controller installs them, post-rendered', async () => {
  const fixture = GitFixture.create(
    {
      ...fluxRepo({
        config: [
          '  - { name: production, helmrelease: apps/production/myapp-values.yaml, protected: true, hydrate: { branch: environment/production } }',
        ],
      }),
      'apps/production/myapp-values.yaml': postRendered(['newTag: "1.0.1"', `digest: ${FFF}`]),
    },
    'feat: production post-rendered',
  );
  try {
    const r = await runAction('hydrate-env', {
      workspace: fixture.clone('main'),
      inputs: { 'github-token': '' },
      env: { PATH: TOOLS },
      timeoutMs: 120_000,
    });
    if (r.code !== 0) throw new Error(`exit ${r.code}\n${r.stdout}\n${r.stderr}`);
    const manifest = execFileSync('git', ['--git-dir', fixture.origin, 'show', 'environment/production-next:manifest.yaml'], {
      encoding: 'utf8',
    });
    expect(manifest).toBe(
      [
        '---',
        'apiVersion: apps/v1',
        'kind: Deployment',
        'metadata:',
        '  labels:',
        '    team: payments',
        '  name: api',
        'spec:',
        '  replicas: 1',
        '  selector:',
        '    matchLabels:',
        '      app: api',
        '  template:',
        '    metadata:',
        '      labels:',
        '        app: api',
        '    spec:',
        '      containers:',
        `        - image: ghcr.io/acme/api:1.0.1@${FFF}`,
        '          name: api',
        '',
      ].join('\n'),
    );
  } finally {
    fixture.cleanup();
  }
});

test('promote-env: staging → production writes the post-renderer’s entry, which decides what production runs; its values stay', async () => {
  const DDD = `sha256:${'d'.repeat(64)}`;
  const fixture = GitFixture.create(
    {
      ...fluxRepo({
        config: [
          '  - { name: staging, helmrelease: apps/staging/myapp-values.yaml }',
          '  - { name: production, helmrelease: apps/production/myapp-values.yaml, protected: true }',
          'services:',
          '  api: { image: ghcr.io/acme/api, values-key: image }',
        ],
      }),
      'apps/staging/myapp-values.yaml': patch('staging', `ghcr.io/acme/api:1.2.0@${DDD}`),
      'apps/production/myapp-values.yaml': postRendered(['newTag: "1.0.1"', `digest: ${FFF}`]),
    },
    'feat: production post-rendered',
  );
  const double = await startGitHubDouble({ repositories: [{ fullName: 'acme/monorepo', path: fixture.origin }] });
  try {
    const r = await runPromoteEnv(fixture.clone('main'), double, { from: 'staging', to: 'production' }, { PATH: TOOLS });
    if (r.code !== 0) throw new Error(`exit ${r.code}\n${r.stdout}\n${r.stderr}`);
    const written = execFileSync(
      'git',
      ['--git-dir', fixture.origin, 'show', 'refs/heads/promote/production:apps/production/myapp-values.yaml'],
      { encoding: 'utf8' },
    );
    expect(written).toBe(postRendered(['newTag: "1.2.0"', `digest: ${DDD}`]));
    // The render proved it: what production runs after the edit is the promoted image.
    expect(r.stdout).toContain(`  -        - image: ghcr.io/acme/api:1.0.1@${FFF}\n  +        - image: ghcr.io/acme/api:1.2.0@${DDD}\n`);
    const [pull] = double.pulls('acme/monorepo');
    // Line 13 is the post-renderer's entry (`- name: ghcr.io/acme/api`), the line the table points at.
    expect(pull.body).toContain(
      '| api | 1.0.1 → 1.2.0 | sha256:ffffffffffff → sha256:dddddddddddd | apps/production/myapp-values.yaml:13 | staging | — |',
    );
  } finally {
    await double.stop();
    fixture.cleanup();
  }
});

test('promote-env: a post-renderer of the shared base is copied into production’s own patch and written there; the base is untouched', async () => {
  const DDD = `sha256:${'d'.repeat(64)}`;
  const files = fluxRepo({
    config: [
      '  - { name: staging, helmrelease: apps/staging/myapp-values.yaml }',
      '  - { name: production, helmrelease: apps/production/myapp-values.yaml, protected: true }',
      'services:',
      '  api: { image: ghcr.io/acme/api, values-key: image }',
    ],
  });
  const base = String(files['apps/base/myapp/release.yaml']);
  const baseList = [
    '  postRenderers:',
    '    - kustomize:',
    '        images:',
    '          - name: ghcr.io/acme/api',
    '            newTag: "1.0.1"',
    `            digest: ${FFF}`,
  ];
  // staging replaces the base's list with its own (1.2.0@DDD); production runs the base's (1.0.1@FFF).
  const staging = patch('staging', 'ghcr.io/acme/api:1.0.0').replace(
    '  # staging values\n',
    [
      '  postRenderers:',
      '    - kustomize:',
      '        images:',
      '          - name: ghcr.io/acme/api',
      '            newTag: "1.2.0"',
      `            digest: ${DDD}`,
      '  # staging values',
      '',
    ].join('\n'),
  );
  const fixture = GitFixture.create(
    {
      ...files,
      'apps/base/myapp/release.yaml': `${base}${baseList.join('\n')}\n`,
      'apps/staging/myapp-values.yaml': staging,
      'apps/production/myapp-values.yaml': patch('production', `ghcr.io/acme/api:1.0.0@${DIGEST}`),
    },
    'feat: base post-rendered',
  );
  const double = await startGitHubDouble({ repositories: [{ fullName: 'acme/monorepo', path: fixture.origin }] });
  try {
    const r = await runPromoteEnv(fixture.clone('main'), double, { from: 'staging', to: 'production' }, { PATH: TOOLS });
    if (r.code !== 0) throw new Error(`exit ${r.code}\n${r.stdout}\n${r.stderr}`);
    const show = (path: string) =>
      execFileSync('git', ['--git-dir', fixture.origin, 'show', `refs/heads/promote/production:${path}`], { encoding: 'utf8' });
    // production's patch as it was, the base's list appended under its spec with a comment, the entry written.
    expect(show('apps/production/myapp-values.yaml')).toBe(
      patch('production', `ghcr.io/acme/api:1.0.0@${DIGEST}`) +
        [
          "  # spec.postRenderers of apps/base/myapp/release.yaml, copied by lockstep to pin this environment's images here (a patch replaces the list whole)",
          ...baseList.slice(0, 4),
          '            newTag: "1.2.0"',
          `            digest: ${DDD}`,
          '',
        ].join('\n'),
    );
    expect(show('apps/base/myapp/release.yaml')).toBe(`${base}${baseList.join('\n')}\n`);
    // The render proved it with the real Helm and kustomize: production now runs what staging runs.
    expect(r.stdout).toContain(`  -        - image: ghcr.io/acme/api:1.0.1@${FFF}\n  +        - image: ghcr.io/acme/api:1.2.0@${DDD}\n`);
    const [pull] = double.pulls('acme/monorepo');
    // Line 6 is production's `spec:`, under which the list is copied.
    expect(pull.body).toContain(
      '| api | 1.0.1 → 1.2.0 | sha256:ffffffffffff → sha256:dddddddddddd | apps/production/myapp-values.yaml:6 | staging | — |',
    );
  } finally {
    await double.stop();
    fixture.cleanup();
  }
});
