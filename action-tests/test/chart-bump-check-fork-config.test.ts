import { generateKeyPairSync } from 'node:crypto';
import { type Files, fixturesRemovedAfterAll } from '../harness/git-fixture.ts';
import { runAction, type ActionRun } from '../harness/run-action.ts';

// A pull request from a fork controls every file of its tree, .github/lockstep.yml included. The
// guard's rules come from the base commit (as CODEOWNERS does): each test below is a PR written to
// switch the guard off through its own config, and each must still fail on the base's rules.

const DIGEST = `sha256:${'0123456789abcdef'.repeat(4)}`;
const chart = (name: string, version: string) =>
  `apiVersion: v2\nname: ${name}\ndescription: ${name} chart\ntype: application\nversion: ${version}\nappVersion: "1.7.3"\n`;
const PROD = `image:\n  repository: ghcr.io/acme/api\n  tag: "1.7.3"\n  digest: ${DIGEST}\n`;
// The fixture's chart reads none of its values: the values contract is off (its own cases are chart-bump-check-values-contract.test.ts).
const CONFIG =
  'charts: [charts/*]\nvalues-contract: off\nenvironments:\n  - { name: dev, values: charts/myapp/values-dev.yaml }\n  - { name: prod, values: charts/myapp/values-prod.yaml, protected: true }\n';

const REPO: Files = {
  '.github/lockstep.yml': CONFIG,
  'charts/myapp/Chart.yaml': chart('myapp', '1.4.2'),
  'charts/myapp/values.yaml': 'replicaCount: 1\nimage:\n  repository: ghcr.io/acme/api\n  tag: ""\n',
  'charts/myapp/values-dev.yaml': 'image:\n  tag: latest\n',
  'charts/myapp/values-prod.yaml': PROD,
  'charts/myapp/templates/deployment.yaml': 'apiVersion: apps/v1\nkind: Deployment\n',
  'charts/myapp/README.md': '# myapp\n',
  'libs/README.md': 'not a chart\n',
};

const newRepo = fixturesRemovedAfterAll();

/** main holds `base`; the pull request branch `pr` adds `changes` on top. */
function pullRequest(changes: Files, base: Files = REPO) {
  const repo = newRepo(base);
  const fork = repo.git('rev-parse', 'HEAD');
  repo.checkout('pr', true);
  const head = repo.commit('chore: change charts', changes);
  repo.push('pr');
  repo.push('main');
  const event = { pull_request: { number: 9, base: { sha: fork, ref: 'main' }, head: { sha: head, ref: 'pr' } } };
  return { repo, event };
}

const check = (pr: ReturnType<typeof pullRequest>, inputs: Record<string, string> = {}): Promise<ActionRun> =>
  runAction('chart-bump-check', { workspace: pr.repo.dir, eventName: 'pull_request', event: pr.event, inputs });

const errors = (run: ActionRun) =>
  run.annotations.filter((a) => a.level === 'error').map((a) => `${a.file}:${a.line}: ${a.message.replace(/^\S+:\d+: /, '')}`);

const UNBUMPED = { 'charts/myapp/templates/deployment.yaml': 'apiVersion: apps/v1\nkind: Deployment\nspec: {}\n' };
const NOT_BUMPED = 'charts/myapp/Chart.yaml:5: charts/myapp changed but version 1.4.2 was not bumped — needs 1.4.3 or higher';

describe('chart-bump-check takes its rules from the base commit, not from the pull request (bundled, Node 24)', () => {
  test('a PR that adds ignore: ["**"] to the config still fails its unbumped chart; the summary says what the new config would decide', async () => {
    const pr = pullRequest({ ...UNBUMPED, '.github/lockstep.yml': `${CONFIG}ignore: ["**"]\n` });
    const run = await check(pr);
    expect([run.code, run.outputs.ok]).toEqual([1, 'false']);
    expect(errors(run)).toEqual([NOT_BUMPED]);
    expect(run.summary).toContain(
      "This pull request changes `.github/lockstep.yml`. The check applied the base commit's version of it; under the pull request's version it would pass.",
    );
  });

  test('a PR that points charts: elsewhere still has its chart checked', async () => {
    const pr = pullRequest({ ...UNBUMPED, '.github/lockstep.yml': CONFIG.replace('charts: [charts/*]', 'charts: [libs/*]') });
    const run = await check(pr);
    expect(run.code).toBe(1);
    expect(errors(run)).toEqual([NOT_BUMPED]);
    expect(run.summary).toContain(
      "under the pull request's version the check could not run: .github/lockstep.yml:1: charts: 'libs/\\*' matches no chart (no folder holding a Chart.yaml) at the head or the base — charts here: charts/myapp.",
    );
  });

  test('a PR that drops protected: true cannot bring a latest tag into prod', async () => {
    const pr = pullRequest({
      'charts/myapp/Chart.yaml': chart('myapp', '1.4.3'),
      'charts/myapp/values-prod.yaml': PROD.replace('"1.7.3"', 'latest'),
      '.github/lockstep.yml': CONFIG.replace(', protected: true', ''),
    });
    const run = await check(pr);
    expect(run.code).toBe(1);
    expect(errors(run)).toEqual([
      'charts/myapp/values-prod.yaml:3: image at image uses the tag latest — use a release tag and pin the digest',
    ]);
    expect(run.summary).toContain("under the pull request's version it would pass.");
  });

  test('a PR whose config is invalid is still checked under the base config; the invalid file is an error of its own', async () => {
    const pr = pullRequest({ ...UNBUMPED, '.github/lockstep.yml': 'charts: 5\n' });
    const run = await check(pr);
    expect(run.code).toBe(1);
    // The schema's own words for the key (issue 73 item 10).
    const invalid =
      ".github/lockstep.yml:1: 'charts' is 5, which must be array: Chart folders or globs. Absent: every folder holding a Chart.yaml, not inside another chart; []: no chart. An entry matching no chart folder is an error — write it as the schema says (see docs/configuration.md)";
    expect(errors(run)).toEqual([NOT_BUMPED, invalid]);
    // The summary escapes the brackets as Markdown (the file's text never becomes markup).
    expect(run.summary).toContain(`under the pull request's version the check could not run: ${invalid.replace('[]', '\\[\\]')}.`);
  });

  test('a PR that adds a config where the base has none is checked with the defaults', async () => {
    const { '.github/lockstep.yml': _, ...withoutConfig } = REPO;
    const pr = pullRequest({ ...UNBUMPED, '.github/lockstep.yml': 'charts: [charts/*]\nignore: ["templates/*"]\n' }, withoutConfig);
    const run = await check(pr, { charts: 'charts/*' });
    expect(run.code).toBe(1);
    expect(errors(run)).toEqual([NOT_BUMPED]);
    expect(run.summary).toContain("under the pull request's version it would pass.");
  });

  test('a lone .github/lockstep.yaml at the base is named, not silently skipped', async () => {
    const { '.github/lockstep.yml': _, ...withoutConfig } = REPO;
    const pr = pullRequest(UNBUMPED, { ...withoutConfig, '.github/lockstep.yaml': CONFIG });
    const run = await check(pr);
    expect(run.code).toBe(1);
    expect(run.annotations.map((a) => a.message)).toEqual([
      'config file .github/lockstep.yml does not exist at the base commit — did you mean .github/lockstep.yaml? (rename it, or set config: .github/lockstep.yaml under with:)',
    ]);
  });

  test('the config input names another file: that file is read at the base too', async () => {
    const pr = pullRequest(
      { ...UNBUMPED, 'ci/lockstep.yml': `${CONFIG}ignore: [templates/deployment.yaml]\n` },
      { ...REPO, 'ci/lockstep.yml': CONFIG },
    );
    const run = await check(pr, { config: 'ci/lockstep.yml' });
    expect(run.code).toBe(1);
    expect(errors(run)).toEqual([NOT_BUMPED]);
    expect(run.summary).toContain('This pull request changes `ci/lockstep.yml`.');
  });

  test("a config change that the base's rules also pass: the PR passes and the summary still names the change", async () => {
    const pr = pullRequest({ 'libs/README.md': 'changed\n', '.github/lockstep.yml': `${CONFIG}changelog: required\n` });
    const run = await check(pr);
    expect([run.code, run.outputs.ok]).toEqual([0, 'true']);
    expect(run.summary).toContain(
      "This pull request changes `.github/lockstep.yml`. The check applied the base commit's version of it; under the pull request's version it would pass.",
    );
  });

  test('the new config would fail where the base passes: said, not enforced', async () => {
    const pr = pullRequest(
      { 'charts/myapp/README.md': '# myapp\n\nMore.\n', '.github/lockstep.yml': CONFIG },
      { ...REPO, '.github/lockstep.yml': `${CONFIG}ignore: [README.md]\n` },
    );
    const run = await check(pr);
    expect([run.code, run.outputs.ok]).toEqual([0, 'true']);
    expect(run.summary).toContain("under the pull request's version it would fail (1 error).");
  });
});

describe('the PR check runs every check a command runs on the config alone, every error at once (issue 52 item 10; bundled, Node 24)', () => {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const PRIVATE = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  const PUBLIC = publicKey.export({ type: 'spki', format: 'pem' }).toString();
  const SIGNED = `${CONFIG}services:\n  api: { image: ghcr.io/acme/api, values-key: image }\nverify:\n  keys: [.github/cosign.pub]\n`;

  test('a changed config with a typo and a bad min-soak: both at their lines; once fixed, its private key file under verify.keys at its line', async () => {
    const config = [
      'charts: [charts/*]',
      'environments:',
      '  - { name: dev, values: charts/myapp/values-dev.yaml, min-sok: 1h }',
      '  - { name: prod, values: charts/myapp/values-prod.yaml, protected: true, min-soak: soon }',
      'services:',
      '  api: { image: ghcr.io/acme/api, values-key: image }',
      'verify:',
      '  keys: [.github/cosign.key]',
      '',
    ].join('\n');
    const pr = pullRequest({ '.github/lockstep.yml': config, '.github/cosign.key': PRIVATE });
    const run = await check(pr);
    expect([run.code, run.outputs.ok]).toEqual([1, 'false']);
    expect(errors(run)).toEqual([
      ".github/lockstep.yml:3: unknown key 'environments.0.min-sok' — did you mean min-soak? (docs/configuration.md lists every key)",
      ".github/lockstep.yml:4: 'environments.prod.min-soak' is 'soon', not a duration — write a number and a unit (m, h or d), e.g. 30m, 1h, 2d or 1h30m",
    ]);
    // Once both are fixed, the key file is read at the head and refused at the line that names it.
    const fixed = pullRequest({
      '.github/lockstep.yml': config.replace(', min-sok: 1h', '').replace('min-soak: soon', 'min-soak: 1h'),
      '.github/cosign.key': PRIVATE,
    });
    const again = await check(fixed);
    expect([again.code, again.outputs.ok]).toEqual([1, 'false']);
    expect(errors(again)).toEqual([
      '.github/lockstep.yml:8: verify.keys[0]: .github/cosign.key is a private key (-----BEGIN PRIVATE KEY-----), not a public key: whoever reads the repository can sign with it — remove it from the repository, treat the key as leaked (make a new pair, re-sign), and list the public key (cosign.pub: -----BEGIN PUBLIC KEY-----)',
    ]);
    expect(again.summary).toContain(
      "under the pull request's version the check could not run: .github/lockstep.yml:8: verify.keys\\[0\\]: .github/cosign.key is a private key (-----BEGIN PRIVATE KEY-----)",
    );
  });

  test('a changed config whose after: names no environment: refused at its line, as promote-env and lockstep config refuse it', async () => {
    const config = [
      'charts: [charts/*]',
      'environments:',
      '  - { name: dev, values: charts/myapp/values-dev.yaml }',
      '  - { name: prod, values: charts/myapp/values-prod.yaml, protected: true, after: [devv] }',
      '',
    ].join('\n');
    const run = await check(pullRequest({ '.github/lockstep.yml': config }));
    expect([run.code, run.outputs.ok]).toEqual([1, 'false']);
    expect(errors(run)).toEqual([
      ".github/lockstep.yml:4: environment prod has after: 'devv', which is not an environment (did you mean dev?) — list the environments whose pins prod is promoted from; environments, in order: dev, prod",
    ]);
    // Naming an environment of the file, the pull request passes.
    const fixed = await check(pullRequest({ '.github/lockstep.yml': config.replace('[devv]', '[dev]') }));
    expect([fixed.code, fixed.outputs.ok, errors(fixed)]).toEqual([0, 'true', []]);
  });

  test('the config unchanged, its key file swapped for a private key: refused at the config line that names the file', async () => {
    const base = { ...REPO, '.github/lockstep.yml': SIGNED, '.github/cosign.pub': PUBLIC };
    const pr = pullRequest({ '.github/cosign.pub': PRIVATE }, base);
    const run = await check(pr);
    expect([run.code, run.outputs.ok]).toEqual([1, 'false']);
    expect(errors(run)).toEqual([
      '.github/lockstep.yml:9: verify.keys[0]: .github/cosign.pub is a private key (-----BEGIN PRIVATE KEY-----), not a public key: whoever reads the repository can sign with it — remove it from the repository, treat the key as leaked (make a new pair, re-sign), and list the public key (cosign.pub: -----BEGIN PUBLIC KEY-----)',
    ]);
    expect(run.summary).toContain('**The config as this pull request leaves it**');
    // The key file deleted: no command could verify with it.
    const gone = await check(pullRequest({ '.github/cosign.pub': null }, base));
    expect(errors(gone)).toEqual([
      '.github/lockstep.yml:9: verify.keys: .github/cosign.pub is not a file at the head commit — paths in verify: are relative to the working directory; commit the public key file (cosign.pub)',
    ]);
    // A public key changed for another public key: passes.
    const other = generateKeyPairSync('ec', { namedCurve: 'P-256' }).publicKey.export({ type: 'spki', format: 'pem' }).toString();
    const rotated = await check(pullRequest({ '.github/cosign.pub': other }, base));
    expect([rotated.code, rotated.outputs.ok, errors(rotated)]).toEqual([0, 'true', []]);
  });
});
