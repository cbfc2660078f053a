import { GIT_ENV, GitFixture } from '../../../action-tests/harness/git-fixture.ts';
import { digest as d } from '../../../action-tests/harness/promote-fixture.ts';
import type { CliIo } from '../src/io.ts';
import { runCli } from '../src/program.ts';

// Issue 72: an environment of many apps named by a glob of Flux HelmRelease files with `#<name>`
// (`apps/prod/*.yaml#podinfo`): each matched file is an app (its id what the wildcard matched), and its
// HelmRelease is the one named podinfo among the file's documents, as `#<name>` picks it in a one-app
// environment. A matched file with no HelmRelease of that name is an error naming the file. Driven through the
// CLI's source in process: `lockstep status` and `lockstep promote --from staging --to prod` (a dry run).

const release = (name: string, env: string, tag: string, c: string) =>
  [
    'apiVersion: helm.toolkit.fluxcd.io/v2',
    'kind: HelmRelease',
    'metadata:',
    `  name: ${name}`,
    `  namespace: ${env}`,
    'spec:',
    '  chart:',
    '    spec:',
    `      chart: ${name}`,
    '      version: "6.5.0"',
    '      sourceRef: { kind: HelmRepository, name: podinfo }',
    '  values:',
    '    image:',
    `      repository: ghcr.io/stefanprodan/${name}`,
    `      tag: "${tag}"`,
    `      digest: ${d(c)}`,
  ].join('\n');
// Each cluster's file: its HelmRepository, podinfo's HelmRelease and a second HelmRelease (redis) beside it.
const cluster = (env: string, tag: string, c: string) =>
  [
    'apiVersion: source.toolkit.fluxcd.io/v1',
    'kind: HelmRepository',
    'metadata: { name: podinfo }',
    'spec: { url: https://stefanprodan.github.io/podinfo }',
    '---',
    release('podinfo', env, tag, c),
    '---',
    release('redis', env, '7.2.0', 'e'),
    '',
  ].join('\n');

const FILES = {
  '.github/lockstep.yml': [
    'services:',
    '  podinfo: { image: ghcr.io/stefanprodan/podinfo, values-key: image }',
    'environments:',
    '  - { name: staging, helmrelease: "apps/staging/*.yaml#podinfo" }',
    '  - { name: prod, helmrelease: "apps/prod/*.yaml#podinfo" }',
    'render: off',
    '',
  ].join('\n'),
  'apps/staging/eu.yaml': cluster('staging', '6.5.1', 'b'),
  'apps/staging/us.yaml': cluster('staging', '6.5.2', 'c'),
  'apps/prod/eu.yaml': cluster('prod', '6.5.0', 'a'),
  'apps/prod/us.yaml': cluster('prod', '6.5.0', 'a'),
};

let fixture: GitFixture | undefined;
afterEach(() => {
  fixture?.cleanup();
  fixture = undefined;
});

async function lockstep(cwd: string, ...args: string[]): Promise<{ code: number; out: string; err: string }> {
  const io: CliIo & { out: string; err: string } = {
    cwd,
    env: { PATH: process.env.PATH, HOME: cwd, ...GIT_ENV },
    out: '',
    err: '',
    color: false,
    stdout: (t) => void (io.out += t),
    stderr: (t) => void (io.err += t),
    readStdin: () => '',
  };
  const code = await runCli(args, io);
  return { code, out: io.out, err: io.err };
}

describe('helmrelease: a glob with #<name>', () => {
  test("promote staging → prod plans each cluster's podinfo in its own file, redis left alone", async () => {
    fixture = GitFixture.create(FILES);
    const ws = fixture.clone('main');
    const r = await lockstep(ws, 'promote', '--from', 'staging', '--to', 'prod', '--json');
    if (r.code !== 0) throw new Error(`exit ${r.code}\n${r.out}\n${r.err}`);
    const out = JSON.parse(r.out) as { changes: Record<string, unknown>[] };
    expect(out.changes.map((c) => [c.app, c.service, c.file, c.line, c['old-tag'], c['new-tag'], c['new-digest']])).toEqual([
      ['eu', 'podinfo', 'apps/prod/eu.yaml', 20, '6.5.0', '6.5.1', d('b')],
      ['us', 'podinfo', 'apps/prod/us.yaml', 20, '6.5.0', '6.5.2', d('c')],
    ]);
  });

  test('status shows prod as one column, each cluster an app with its podinfo', async () => {
    fixture = GitFixture.create(FILES);
    const r = await lockstep(fixture.clone('main'), 'status', '--json');
    if (r.code !== 0) throw new Error(`exit ${r.code}\n${r.out}\n${r.err}`);
    const s = JSON.parse(r.out) as {
      environments: { name: string; apps?: Record<string, { services: Record<string, { tag: string }> }> }[];
    };
    expect(s.environments.map((e) => e.name)).toEqual(['staging', 'prod']);
    const tags = (i: number) =>
      Object.fromEntries(
        Object.entries(s.environments[i].apps ?? {}).map(([app, a]) => [
          app,
          Object.fromEntries(Object.entries(a.services).map(([k, v]) => [k, v?.tag])),
        ]),
      );
    expect(tags(0)).toEqual({ eu: { podinfo: '6.5.1' }, us: { podinfo: '6.5.2' } });
    expect(tags(1)).toEqual({ eu: { podinfo: '6.5.0' }, us: { podinfo: '6.5.0' } });
  });

  test('a matched file with no HelmRelease named podinfo: promote refuses naming the file; status shows it unreadable', async () => {
    const redisOnly = (env: string) =>
      [
        'apiVersion: source.toolkit.fluxcd.io/v1',
        'kind: HelmRepository',
        'metadata: { name: podinfo }',
        '---',
        release('redis', env, '7.2.0', 'e'),
        '',
      ].join('\n');
    fixture = GitFixture.create({ ...FILES, 'apps/staging/ap.yaml': redisOnly('staging'), 'apps/prod/ap.yaml': redisOnly('prod') });
    const ws = fixture.clone('main');
    const promote = await lockstep(ws, 'promote', '--from', 'staging', '--to', 'prod');
    expect(promote.code).toBe(1);
    const said = "apps/staging/ap.yaml:1: no HelmRelease named 'podinfo' in the file";
    expect(promote.err).toContain(
      `${said} — point helmrelease at the HelmRelease (or the patch of it) the environment deploys: <file>#<metadata.name>`,
    );
    // status reads leniently (an app whose file it cannot read shows ?), and its next promotion says the same file.
    const status = await lockstep(ws, 'status');
    expect(status.code).toBe(0);
    expect(status.out).toMatch(/^ap\/podinfo +\? +\? *$/m);
    expect(status.out).toContain(`staging → prod: cannot plan: ${said}`);
  });
});
