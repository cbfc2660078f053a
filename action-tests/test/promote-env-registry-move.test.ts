import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GitFixture } from '../harness/git-fixture.ts';
import { type GitHubDouble, startGitHubDouble } from '../harness/github-double/index.ts';
import { digest } from '../harness/promote-fixture.ts';
import { runPromoteEnv } from '../harness/promote-fixture.ts';
import type { ActionRun } from '../harness/run-action.ts';

// End-to-end (issue 38, item 5): the config's services.api.image moved to a new
// registry while the values files still pull from the old one. The committed
// promote-env bundle writes the repository with the new digest in the same
// edit (map, registry/repository split, and repo:tag@sha256: string styles),
// or refuses naming both; a digest never lands beside a repository without it.

const REPO = 'acme/monorepo';
const d = digest;
const NEW_API = 'registry.acme.example/platform/api';

const CONFIG = (api = NEW_API) =>
  [
    'services:',
    `  api: { image: ${api}, values-key: services.api.image }`,
    '  worker: { image: ghcr.io/acme/worker, values-key: services.worker.image }',
    '  web: { image: ghcr.io/acme/web, values-key: services.web.image }',
    'environments:',
    '  - { name: dev, values: environments/dev/values.yaml, auto-merge: true }',
    '  - { name: staging, values: environments/staging/values.yaml }',
    '  - { name: prod, values: environments/prod/values.yaml, protected: true }',
    '',
  ].join('\n');

/** An environment's values: api as a map (registry split when asked), worker as a map, web as one repo:tag@digest string. */
const VALUES = (env: string, api: { repository: string; tag: string; digest: string; registry?: string }) =>
  [
    `# ${env} overrides`,
    'services:',
    '  api:',
    '    image:',
    ...(api.registry ? [`      registry: ${api.registry}`] : []),
    `      repository: ${api.repository}   # moved with the registry`,
    `      tag: "${api.tag}"`,
    `      digest: ${api.digest}`,
    '    replicas: 3',
    '  worker:',
    '    image:',
    '      repository: ghcr.io/acme/worker',
    '      tag: "0.9.1"',
    `      digest: ${d('b')}`,
    '  web:',
    `    image: ghcr.io/acme/web:2.0.0@${d('c')}`,
    '',
  ].join('\n');

let fixture: GitFixture | undefined;
let double: GitHubDouble | undefined;
let ws: string;

afterEach(async () => {
  await double?.stop();
  fixture?.cleanup();
  double = undefined;
  fixture = undefined;
});

async function setUp(files: Record<string, string>): Promise<void> {
  fixture = GitFixture.create({ 'README.md': '# acme\n', ...files });
  double = await startGitHubDouble({ repositories: [{ fullName: REPO, path: fixture.origin }] });
  ws = fixture.clone('main');
}

const run = (inputs: Record<string, string>): Promise<ActionRun> => runPromoteEnv(ws, double!, inputs);

const origin = (...args: string[]) => execFileSync('git', ['--git-dir', fixture!.origin, ...args], { encoding: 'utf8' }).trim();
/** A file on the promotion branch at origin, byte for byte. */
const promoted = (path: string) =>
  execFileSync('git', ['--git-dir', fixture!.origin, 'show', `refs/heads/promote/staging:${path}`], { encoding: 'utf8' });

test('a digests file built in the new registry: staging gets the new repository and digest in the same edit, the PR says so', async () => {
  const old = VALUES('staging', { repository: 'ghcr.io/acme/api', tag: '1.7.3', digest: d('1') });
  await setUp({
    '.github/lockstep.yml': CONFIG(),
    'environments/dev/values.yaml': VALUES('dev', { repository: 'ghcr.io/acme/api', tag: '1.7.3', digest: d('1') }),
    'environments/staging/values.yaml': old,
    'environments/prod/values.yaml': VALUES('prod', { repository: 'ghcr.io/acme/api', tag: '1.7.3', digest: d('1') }),
  });
  writeFileSync(
    join(ws, 'image-digests.json'),
    `{\n  "api": {"digest": "${d('2')}", "image": "${NEW_API}", "sha": "abc1234def", "tag": "1.8.0"}\n}\n`,
  );
  const r = await run({ to: 'staging', digests: 'image-digests.json', 'verify-source': 'false' });
  if (r.code !== 0) throw new Error(`exit ${r.code}\n${r.stdout}`);
  const after = promoted('environments/staging/values.yaml');
  expect(after).toBe(
    old
      .replace('repository: ghcr.io/acme/api   #', `repository: ${NEW_API}   #`)
      .replace('tag: "1.7.3"', 'tag: "1.8.0"')
      .replace(`digest: ${d('1')}`, `digest: ${d('2')}`),
  );
  // One commit on top of main changes it.
  expect(origin('rev-list', '--count', 'main..refs/heads/promote/staging')).toBe('1');
  const note = `api: the image moves from ghcr.io/acme/api to ${NEW_API} (environments/staging/values.yaml:6); the repository is written with the digest.`;
  expect(double!.pulls(REPO)[0].body).toContain(note);
});

test('promoting from dev, which already pulls from the new registry: the repository comes along with the digest', async () => {
  const old = VALUES('staging', { repository: 'ghcr.io/acme/api', tag: '1.7.3', digest: d('1') });
  await setUp({
    '.github/lockstep.yml': CONFIG(),
    'environments/dev/values.yaml': VALUES('dev', { repository: NEW_API, tag: '1.8.0', digest: d('2') }),
    'environments/staging/values.yaml': old,
    'environments/prod/values.yaml': VALUES('prod', { repository: 'ghcr.io/acme/api', tag: '1.7.3', digest: d('1') }),
  });
  const r = await run({ from: 'dev', to: 'staging' });
  if (r.code !== 0) throw new Error(`exit ${r.code}\n${r.stdout}`);
  const after = promoted('environments/staging/values.yaml');
  expect(after).toContain(`      repository: ${NEW_API}   # moved with the registry\n      tag: "1.8.0"\n      digest: ${d('2')}\n`);
  // worker and web did not move: their lines are as they were.
  expect(after.split('\n').slice(9)).toEqual(old.split('\n').slice(9));
});

test('the one-string style (repo:tag@sha256:) is rewritten whole with the new repository', async () => {
  const stringStyle = (env: string, image: string) =>
    [
      `# ${env}`,
      'services:',
      '  api:',
      `    image: ${image}`,
      '  worker:',
      `    image: ghcr.io/acme/worker:0.9.1@${d('b')}`,
      '  web:',
      `    image: ghcr.io/acme/web:2.0.0@${d('c')}`,
      '',
    ].join('\n');
  await setUp({
    '.github/lockstep.yml': CONFIG(),
    'environments/dev/values.yaml': stringStyle('dev', `ghcr.io/acme/api:1.7.3@${d('1')}`),
    'environments/staging/values.yaml': stringStyle('staging', `ghcr.io/acme/api:1.7.3@${d('1')}`),
    'environments/prod/values.yaml': stringStyle('prod', `ghcr.io/acme/api:1.7.3@${d('1')}`),
  });
  writeFileSync(
    join(ws, 'image-digests.json'),
    JSON.stringify({ api: { digest: d('2'), image: NEW_API, sha: 'abc1234def', tag: '1.8.0' } }),
  );
  const r = await run({ to: 'staging', digests: 'image-digests.json', 'verify-source': 'false' });
  if (r.code !== 0) throw new Error(`exit ${r.code}\n${r.stdout}`);
  expect(promoted('environments/staging/values.yaml')).toBe(stringStyle('staging', `${NEW_API}:1.8.0@${d('2')}`));
});

test('registry: and repository: split, and a new image without a registry host: refused naming both, nothing written', async () => {
  await setUp({
    '.github/lockstep.yml': CONFIG('acme/api'),
    'environments/dev/values.yaml': VALUES('dev', { registry: 'ghcr.io', repository: 'acme/api', tag: '1.7.3', digest: d('1') }),
    'environments/staging/values.yaml': VALUES('staging', { registry: 'ghcr.io', repository: 'acme/api', tag: '1.7.3', digest: d('1') }),
    'environments/prod/values.yaml': VALUES('prod', { registry: 'ghcr.io', repository: 'acme/api', tag: '1.7.3', digest: d('1') }),
  });
  const digests = JSON.stringify({ api: { digest: d('2'), image: 'acme/api', sha: 'abc1234def', tag: '1.8.0' } });
  writeFileSync(join(ws, 'image-digests.json'), digests);
  const main = origin('rev-parse', 'main');
  const r = await run({ to: 'staging', digests: 'image-digests.json', 'verify-source': 'false' });
  expect(r.code).toBe(1);
  expect(r.annotations.filter((a) => a.level === 'error').map((a) => [a.file, a.line, a.message])).toEqual([
    [
      'environments/staging/values.yaml',
      7,
      'environments/staging/values.yaml:7: services.api.image pulls ghcr.io/acme/api, but the promoted digest is in acme/api, which has no registry host to write in registry: — write the full image name in repository: (and drop registry:), or fix services.<name>.image in the config',
    ],
  ]);
  expect(origin('rev-parse', 'main')).toBe(main);
  expect(origin('for-each-ref', '--format=%(refname)', 'refs/heads/promote/')).toBe('');
  expect(readFileSync(join(ws, 'image-digests.json'), 'utf8')).toBe(digests);
});
