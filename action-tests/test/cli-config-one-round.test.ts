import { fixturesRemovedAfterAll } from '../harness/git-fixture.ts';
import { runCli } from '../harness/run-cli.ts';

// Issue 73, item 10: `lockstep config` says every mistake of the file in one run, each in the words of the
// rule it breaks, through the committed CLI bundle. The file below holds eight: an unknown key, a charts:
// entry matching no chart, a values file that does not exist, a bad duration, auto-merge on a protected
// environment, a team the schema's pattern refuses (said as the schema says it, never "unknown key … remove
// it", which invited deleting a gate), an after: and a wave naming no environment. It took four runs.

const newRepo = fixturesRemovedAfterAll();
const CONFIG = [
  'tag-prefx: v',
  'charts: [chart/*]',
  'services:',
  '  api: { image: ghcr.io/acme/api, values-key: api.image }',
  'environments:',
  '  - { name: dev, values: charts/api/values-dev.yaml }',
  '  - name: staging',
  '    values: charts/api/values-staging.yaml',
  '    min-soak: 3x',
  '  - name: prod',
  '    values: charts/api/values-dev.yaml',
  '    protected: true',
  '    auto-merge: true',
  '    approval: { teams: [sre] }',
  '    after: [qa]',
  'waves:',
  '  first: [dev, stagin]',
  '',
].join('\n');

test('lockstep config says the eight mistakes of the file in one run, in the order of the file, exit 1', async () => {
  const repo = newRepo({
    '.github/lockstep.yml': CONFIG,
    'charts/api/Chart.yaml': 'apiVersion: v2\nname: api\nversion: 1.2.0\n',
    'charts/api/values-dev.yaml': 'api:\n  image:\n    repository: ghcr.io/acme/api\n    tag: "1.0.0"\n',
  });
  const cli = await runCli(['config'], { cwd: repo.dir });
  expect({ code: cli.code, stdout: cli.stdout }).toEqual({ code: 1, stdout: '' });
  expect(cli.stderr.trimEnd().split('\n')).toEqual([
    `.github/lockstep.yml:1: unknown key 'tag-prefx' — did you mean tag-prefix? (docs/configuration.md lists every key)`,
    `.github/lockstep.yml:2: chart 'chart/*' matches no folder holding a Chart.yaml — did you mean charts/*? fix \`charts:\` in the config (paths or globs relative to the working directory)`,
    `.github/lockstep.yml:8: environments[1].values: charts/api/values-staging.yaml does not exist — create it, or fix the path (relative to the working directory)`,
    `.github/lockstep.yml:9: 'environments.staging.min-soak' is '3x', not a duration — write a number and a unit (m, h or d), e.g. 30m, 1h, 2d or 1h30m`,
    `.github/lockstep.yml:13: environment prod is protected and sets auto-merge: true — protected promotions are draft pull requests merged by a person: remove auto-merge or protected`,
    `.github/lockstep.yml:14: 'environments.2.approval.teams.0' is "sre", not as the schema requires: A team as org/team-slug (the organisation, a slash, the team), e.g. acme/platform — write it as the schema says (see docs/configuration.md)`,
    `.github/lockstep.yml:15: environment prod has after: 'qa', which is not an environment — list the environments whose pins prod is promoted from; environments, in order: dev, staging, prod`,
    `.github/lockstep.yml:17: wave 'first' names 'stagin', which is not an environment (did you mean staging?) — list environments of the config in waves.first; environments, in order: dev, staging, prod`,
  ]);
});

test("a team written without its organisation is said in the schema's words, alone, at its line", async () => {
  const repo = newRepo({
    '.github/lockstep.yml': 'environments:\n  - name: prod\n    values: values-prod.yaml\n    approval: { teams: [sre] }\n',
    'values-prod.yaml': 'image: {}\n',
  });
  const cli = await runCli(['config'], { cwd: repo.dir });
  expect({ code: cli.code, stderr: cli.stderr }).toEqual({
    code: 1,
    stderr:
      '.github/lockstep.yml:4: \'environments.0.approval.teams.0\' is "sre", not as the schema requires: A team as org/team-slug (the organisation, a slash, the team), e.g. acme/platform — write it as the schema says (see docs/configuration.md)\n',
  });
});
