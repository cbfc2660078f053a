import { deployment } from '../../../../action-tests/harness/overlay-fixture.ts';
import { digest } from '../helpers.ts';
import { dryRun, repo } from './rendered-repo.ts';

// Issue 72 item 1 (one environment rendered one way in every command): a promotion into a values file that no
// Argo CD Application names renders the target with the chart folder holding the file, as the pull request check,
// status and hydrate render it, with the real Helm 3. It once rendered only an environment with an application:.

const FILES: Record<string, string> = {
  '.github/lockstep.yml': [
    'charts: [charts/*]',
    'services:',
    '  api: { image: ghcr.io/acme/api, values-key: image }',
    'environments:',
    '  - { name: staging, values: charts/api/values-staging.yaml }',
    '  - { name: prod, values: charts/api/values-prod.yaml, protected: true }',
    '',
  ].join('\n'),
  'charts/api/Chart.yaml': 'apiVersion: v2\nname: api\nversion: 1.0.0\n',
  'charts/api/values.yaml': 'image:\n  repository: ghcr.io/acme/api\n  tag: ""\n  digest: ""\n',
  'charts/api/templates/api.yaml': deployment('api', '{{ .Values.image.repository }}:{{ .Values.image.tag }}@{{ .Values.image.digest }}'),
  'charts/api/values-staging.yaml': `image:\n  tag: "1.1.0"\n  digest: ${digest('2')}\n`,
  'charts/api/values-prod.yaml': `image:\n  tag: "1.0.0"\n  digest: ${digest('1')}\n`,
};

test('promote staging → prod renders prod before and after with its chart folder: the image it will run', async () => {
  const r = await dryRun(repo(FILES), 'staging', 'prod');
  const rendered = r.rendered as unknown as { environment: string; object: string; change: string; diff: string }[];
  expect(rendered.map((x) => [x.environment, x.object, x.change])).toEqual([['prod', 'Deployment api', 'changed']]);
  expect(rendered[0].diff).toContain(`-        - image: ghcr.io/acme/api:1.0.0@${digest('1')}`);
  expect(rendered[0].diff).toContain(`+        - image: ghcr.io/acme/api:1.1.0@${digest('2')}`);
});

test('a protected target whose chart folder no longer renders with the promoted values refuses the promotion', async () => {
  // prod's file sets what the template fails on: the render after the edit fails, and prod is protected.
  const files = {
    ...FILES,
    'charts/api/templates/api.yaml': `{{- if eq .Values.image.tag "1.1.0" }}{{ fail "1.1.0 is not for prod" }}{{- end }}\n${FILES['charts/api/templates/api.yaml']}`,
  };
  await expect(dryRun(repo(files), 'staging', 'prod')).rejects.toThrow(
    'render: the chart does not render after the change in prod, a protected environment:',
  );
});
