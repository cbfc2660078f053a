import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname } from 'node:path';
import { type Files, fixturesRemovedAfterAll, GitFixture } from '../harness/git-fixture.ts';
import { type GitHubDouble, startGitHubDouble } from '../harness/github-double/index.ts';
import {
  overlayConfig,
  overlayDigest as d,
  overlayKustomization,
  overlayRepository,
  type OverlayPins,
} from '../harness/overlay-fixture.ts';
import { runPromoteEnv } from '../harness/promote-fixture.ts';
import { runAction } from '../harness/run-action.ts';

// Issue 52, item 1: a pull request's overlay that names a URL in any field kustomize loads a file from (here
// `patches[].path` and a configMapGenerator's `files`) makes the real kubectl kustomize fetch it from the runner's
// loopback (the closed proxy does not cover 127.0.0.1), and the body would land in the public job summary. A real
// HTTP server on 127.0.0.1 records every request: the committed bundles must never contact it.

const PINS: Record<'dev' | 'staging' | 'prod', OverlayPins> = {
  dev: { api: ['1.8.0', d('a')], worker: ['0.9.1', d('b')] },
  staging: { api: ['1.7.3', d('c')], worker: ['0.9.1', d('b')] },
  prod: { api: ['1.7.3', d('c')], worker: ['0.9.0', d('e')] },
};
const WITH_KUBECTL = `${dirname(process.env.LOCKSTEP_KUBECTL!)}:${process.env.PATH ?? '/usr/bin:/bin'}`;
const STOLEN = 'STOLEN-FROM-LOOPBACK';

let server: Server;
let port: number;
const hits: string[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    hits.push(req.url ?? '');
    const patch = `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\n  annotations:\n    stolen: ${STOLEN}\n`;
    res.end(req.url?.endsWith('.yaml') ? patch : `${STOLEN}\n`);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => {
  hits.length = 0;
});

/** An overlay that patches from the loopback server and generates a ConfigMap from a file on it. */
const attack = (env: 'dev' | 'staging', pins: OverlayPins) =>
  overlayKustomization(env, pins, {
    after: [
      'patches:',
      `  - path: http://127.0.0.1:${port}/p.yaml`,
      'configMapGenerator:',
      '  - name: leak',
      `    files: [http://127.0.0.1:${port}/f.txt]`,
    ],
  });

const newRepo = fixturesRemovedAfterAll();

describe('a URL in any field kustomize loads is refused before kustomize runs', () => {
  test('chart-bump-check: the pull request overlay patching from the loopback is not built; the server is never contacted', async () => {
    const repo = newRepo(overlayRepository(PINS, { config: overlayConfig({ extra: ['charts: []'] }) }));
    const base = repo.git('rev-parse', 'HEAD');
    repo.checkout('pr', true);
    const head = repo.commit('chore: dev overlay', { 'deploy/overlays/dev/kustomization.yaml': attack('dev', PINS.dev) });
    repo.push('pr');
    repo.checkout('main');
    repo.push('main');
    repo.checkout('pr');
    const event = { pull_request: { number: 7, base: { sha: base, ref: 'main' }, head: { sha: head, ref: 'pr' } } };
    const run = await runAction('chart-bump-check', { workspace: repo.dir, eventName: 'pull_request', event, env: { PATH: WITH_KUBECTL } });
    expect(hits).toEqual([]);
    expect(run.summary).toContain(
      `- dev: not rendered: deploy/overlays/dev/kustomization.yaml:15: patches\\[0\\].path http://127.0.0.1:${port}/p.yaml is a URL; lockstep renders without network and fetched nothing\n`,
    );
    expect([run.stdout, run.stderr, run.summary].join('\n')).not.toContain(STOLEN);
  });

  test('promote-env: a target overlay generating a ConfigMap from the loopback is not built; the pull request body holds nothing of it', async () => {
    const files: Files = overlayRepository(PINS);
    files['deploy/overlays/staging/kustomization.yaml'] = attack('staging', PINS.staging);
    const fixture = GitFixture.create(files);
    let double: GitHubDouble | undefined;
    try {
      double = await startGitHubDouble({ repositories: [{ fullName: 'acme/monorepo', path: fixture.origin }] });
      const ws = fixture.clone('main');
      const r = await runPromoteEnv(ws, double, { from: 'dev', to: 'staging' }, { PATH: WITH_KUBECTL });
      if (r.code !== 0) throw new Error(`exit ${r.code}\n${r.stdout}\n${r.stderr}`);
      expect(hits).toEqual([]);
      const body = double.pulls('acme/monorepo')[0].body;
      expect(r.stdout).toContain(
        `staging: not rendered: deploy/overlays/staging/kustomization.yaml:15: patches[0].path http://127.0.0.1:${port}/p.yaml is a URL; lockstep renders without network and fetched nothing`,
      );
      expect([r.stdout, r.stderr, r.summary, body].join('\n')).not.toContain(STOLEN);
    } finally {
      await double?.stop();
      fixture.cleanup();
    }
  });
});
