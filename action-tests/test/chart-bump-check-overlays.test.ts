import { type Files, fixturesRemovedAfterAll } from '../harness/git-fixture.ts';
import {
  overlayConfig,
  overlayDigest as d,
  overlayKustomization,
  overlayRepository,
  type OverlayPins,
} from '../harness/overlay-fixture.ts';
import { runAction, type ActionRun } from '../harness/run-action.ts';
import { runCli } from '../harness/run-cli.ts';

// End-to-end (issue 44, item 3): the committed chart-bump-check bundle enforces a protected environment's rules
// (every image by digest, no latest) on its Kustomize overlay, at the overlay's file:line, in a repository that
// holds no chart at all (deploy/base and three overlays, an Argo CD Application per environment).

const PINS: Record<'dev' | 'staging' | 'prod', OverlayPins> = {
  dev: { api: ['1.8.0', ''], worker: ['latest', ''] },
  staging: { api: ['1.7.3', d('c')], worker: ['0.9.1', d('b')] },
  prod: { api: ['1.7.3', d('c')], worker: ['0.9.0', d('e')] },
};
const PROD = 'deploy/overlays/prod/kustomization.yaml';
// The repository holds no chart: the config says so (charts: []), and the protected overlays are still checked.
const NO_CHARTS = ['charts: []'];
const newRepo = fixturesRemovedAfterAll();

function pullRequest(changes: Files, repoFiles: Files = overlayRepository(PINS, { config: overlayConfig({ extra: NO_CHARTS }) })) {
  const repo = newRepo(repoFiles);
  const base = repo.git('rev-parse', 'HEAD');
  repo.checkout('pr', true);
  const head = repo.commit('chore: overlays', changes);
  repo.push('pr');
  repo.checkout('main');
  repo.push('main');
  repo.checkout('pr');
  return { repo, event: { pull_request: { number: 7, base: { sha: base, ref: 'main' }, head: { sha: head, ref: 'pr' } } } };
}

function check(pr: ReturnType<typeof pullRequest>): Promise<ActionRun> {
  return runAction('chart-bump-check', { workspace: pr.repo.dir, eventName: 'pull_request', event: pr.event });
}

const errors = (run: ActionRun) =>
  run.annotations.filter((a) => a.level === 'error').map((a) => `${a.file}:${a.line}: ${a.message.replace(/^\S+:\d+: /, '')}`);

describe('chart-bump-check: protected Kustomize overlays, no chart in the repository', () => {
  test('every prod entry by digest passes; dev (not protected) may use latest', async () => {
    const run = await check(pullRequest({ [PROD]: overlayKustomization('prod', { ...PINS.prod, api: ['1.8.0', d('a')] }) }));
    expect(errors(run)).toEqual([]);
    expect(run.code).toBe(0);
    expect(run.outputs.ok).toBe('true');
    expect(run.summary).toContain(`| ${PROD} | ✅ every image this file pins is pinned by digest |`);
  });

  test('an entry without a digest and one tagged latest fail at their lines', async () => {
    const run = await check(pullRequest({ [PROD]: overlayKustomization('prod', { api: ['1.8.0', ''], worker: ['latest', d('e')] }) }));
    expect(run.code).toBe(1);
    expect(run.outputs.ok).toBe('false');
    expect(errors(run)).toEqual([
      `${PROD}:8: ghcr.io/acme/api is not pinned by a sha256 digest in a protected environment — set digest: sha256:… (promote-env writes it from a digests file or with resolve-digests)`,
      `${PROD}:10: ghcr.io/acme/worker uses the tag latest in a protected environment — pin a released version and its digest`,
    ]);
  });

  test.each([
    ['not YAML', 'images:\n  - name: [ghcr.io/acme/api\n', `${PROD}:3: invalid YAML`],
    ['images not a list', 'images:\n  name: ghcr.io/acme/api\n', `${PROD}:1: images is not a list`],
    [
      'two entries for one image',
      overlayKustomization('prod', PINS.prod, { after: ['  - name: ghcr.io/acme/api', `    digest: ${d('f')}`] }),
      `${PROD}:14: two entries for the image ghcr.io/acme/api (lines 8 and 14)`,
    ],
  ])('a protected overlay that is %s fails closed at file:line', async (_, text, start) => {
    const run = await check(pullRequest({ [PROD]: text }));
    expect(run.code).toBe(1);
    expect(errors(run)).toHaveLength(1);
    expect(errors(run)[0].startsWith(start)).toBe(true);
  });

  test('a kustomization path that holds none (protected or not) is an error at its config line', async () => {
    const files = overlayRepository(PINS, {
      config: overlayConfig({
        extra: NO_CHARTS,
        environments: [
          '  - { name: dev, kustomization: deploy/overlays/dve }',
          '  - { name: prod, kustomization: deploy/overlays/prd, protected: true }',
        ],
      }),
    });
    const run = await check(pullRequest({ 'deploy/overlays/dev/kustomization.yaml': overlayKustomization('dev', PINS.staging) }, files));
    expect(run.code).toBe(1);
    expect(errors(run)).toEqual([
      '.github/lockstep.yml:6: kustomization deploy/overlays/prd is no file, nor a folder holding kustomization.yaml, kustomization.yml or Kustomization, at the head — point kustomization at an overlay folder, its kustomization.yaml, or its Argo CD Application (paths relative to the repository promoted in)',
      '.github/lockstep.yml:5: kustomization deploy/overlays/dve is no file, nor a folder holding kustomization.yaml, kustomization.yml or Kustomization, at the head — point kustomization at an overlay folder, its kustomization.yaml, or its Argo CD Application (paths relative to the repository promoted in)',
    ]);
  });
});

// A repository of overlays only, whose config has no charts: key at all: the check has no chart to check, says so in
// one line, and checks the environments (without the user writing charts: []).
describe('chart-bump-check and lockstep check: no chart anywhere, no charts: key', () => {
  const overlayOnly = () => overlayRepository(PINS, { config: overlayConfig() });
  const NO_CHART_LINE = 'no Chart.yaml under the working directory — no chart to check; the environments are checked';

  test('a protected overlay with a bare tag fails at its file:line (action and CLI)', async () => {
    const pr = pullRequest({ [PROD]: overlayKustomization('prod', { ...PINS.prod, api: ['1.8.0', ''] }) }, overlayOnly());
    const run = await check(pr);
    expect(run.stdout).toContain(NO_CHART_LINE);
    expect(errors(run)).toEqual([
      `${PROD}:8: ghcr.io/acme/api is not pinned by a sha256 digest in a protected environment — set digest: sha256:… (promote-env writes it from a digests file or with resolve-digests)`,
    ]);
    expect(run.code).toBe(1);
    expect(run.outputs.ok).toBe('false');

    const cli = await runCli(['check', '--base', 'main'], { cwd: pr.repo.dir });
    expect(cli.code).toBe(1);
    expect(cli.stdout + cli.stderr).toContain(NO_CHART_LINE);
    expect(cli.stdout + cli.stderr).toContain(`${PROD}:8: ghcr.io/acme/api is not pinned by a sha256 digest in a protected environment`);
    expect(cli.stdout + cli.stderr).not.toContain('matches no chart');
  });

  test('every protected entry by digest passes (action and CLI)', async () => {
    const pr = pullRequest({ [PROD]: overlayKustomization('prod', { ...PINS.prod, api: ['1.8.0', d('a')] }) }, overlayOnly());
    const run = await check(pr);
    expect(run.stdout).toContain(NO_CHART_LINE);
    expect(errors(run)).toEqual([]);
    expect(run.code).toBe(0);
    expect(run.summary).toContain(`| ${PROD} | ✅ every image this file pins is pinned by digest |`);

    const cli = await runCli(['check', '--base', 'main'], { cwd: pr.repo.dir });
    // The one line, on stderr as the CLI's notes are; nothing else there.
    expect({ code: cli.code, stderr: cli.stderr }).toEqual({ code: 0, stderr: `${NO_CHART_LINE}\n` });
  });

  test('a repository with no chart and no environment passes, saying there was nothing to check (issue 72 item 7)', async () => {
    const files = { ...overlayOnly(), '.github/lockstep.yml': 'services:\n  api: { image: ghcr.io/acme/api }\n' };
    const run = await check(pullRequest({ [PROD]: overlayKustomization('prod', PINS.prod) }, files));
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('no Chart.yaml under the working directory — no chart to check; nothing else to check');
    expect(run.annotations.filter((a) => a.level === 'error')).toEqual([]);
    expect(run.stdout + run.stderr).not.toContain('matches no chart');
  });

  test('the adoption pull request (the base has no config) of a repository without charts passes, saying the defaults were applied', async () => {
    const { '.github/lockstep.yml': config, ...withoutConfig } = overlayOnly();
    const pr = pullRequest({ '.github/lockstep.yml': config }, withoutConfig);
    const run = await check(pr);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      'no Chart.yaml under the working directory — no chart to check; nothing else to check (the base commit has no config: the defaults were applied)',
    );
    expect(run.summary).toContain(
      "This pull request adds `.github/lockstep.yml`. The base commit has none, so the check applied the defaults; under the pull request's version it would pass.",
    );
    const cli = await runCli(['check', '--base', 'main'], { cwd: pr.repo.dir });
    expect(cli.code).toBe(0);
    expect(cli.stdout + cli.stderr).not.toContain('--working-directory');
  });
});
