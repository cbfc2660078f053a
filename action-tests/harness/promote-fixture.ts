// What the promote-env and CLI tests share: the three environments' values
// files of the fixture monorepo, pinning api and worker by tag and digest, and
// the bundle run against the GitHub REST double.
import type { GitHubDouble } from './github-double/index.ts';
import { type ActionRun, runAction } from './run-action.ts';

/** A fake image digest: `sha256:` and `c` 64 times. */
export const digest = (c: string) => `sha256:${c.repeat(64)}`;

/**
 * One environment's values file: a `# <env> overrides` header, then api and
 * worker images pinned as `[tag, digest]`. `apiComment` is kept on api's
 * repository line and `after` lines follow the pins, for the tests that check
 * edits leave such bytes alone.
 */
export function environmentValues(
  env: string,
  api: [string, string],
  worker: [string, string],
  opts: { apiComment?: string; after?: string[] } = {},
): string {
  return [
    `# ${env} overrides`,
    'services:',
    '  api:',
    '    image:',
    `      repository: ghcr.io/acme/api${opts.apiComment ? `   # ${opts.apiComment}` : ''}`,
    `      tag: "${api[0]}"`,
    `      digest: ${api[1]}`,
    '  worker:',
    '    image:',
    '      repository: ghcr.io/acme/worker',
    `      tag: "${worker[0]}"`,
    `      digest: ${worker[1]}`,
    ...(opts.after ?? []),
    '',
  ].join('\n');
}

/**
 * The committed promote-env bundle run in `ws` as the runner would, its token
 * and API URLs those of the GitHub REST `double`, HOME the workspace; `env`
 * adds to (or replaces) the environment, e.g. a PATH with Helm on it.
 */
export function runPromoteEnv(
  ws: string,
  double: GitHubDouble,
  inputs: Record<string, string>,
  env: Record<string, string> = {},
): Promise<ActionRun> {
  return runAction('promote-env', {
    workspace: ws,
    inputs: { 'github-token': double.token, ...inputs },
    env: { ...double.env(), HOME: ws, ...env },
    timeoutMs: 90000,
  });
}

/**
 * The protected prod environment the CLI tests add, read by an Argo CD Application; its chart is in no registry a test
 * reaches (ghcr.io), so values-drift and the values contract, which read the promoted chart, are off.
 */
export const PROD_ENVIRONMENT =
  '  - { name: prod, values: charts/myapp/values-prod.yaml, application: apps/prod/myapp.yaml, protected: true, values-drift: off, values-contract: off }';

/** The fixture monorepo's `.github/lockstep.yml`: the chart, api and worker, dev and staging, then `more` environment lines. */
export function monorepoConfig(more: readonly string[] = []): string {
  return [
    'charts: [charts/*]',
    'services:',
    '  api: { image: ghcr.io/acme/api, values-key: services.api.image }',
    '  worker: { image: ghcr.io/acme/worker, values-key: services.worker.image }',
    'environments:',
    '  - { name: dev, values: charts/myapp/values-dev.yaml }',
    '  - { name: staging, values: charts/myapp/values-staging.yaml }',
    ...more,
    '',
  ].join('\n');
}
