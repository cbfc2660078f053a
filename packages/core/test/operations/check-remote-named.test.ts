import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parseConfigText } from '../../src/config/config.ts';
import { nodeTransport } from '../../src/http/transport.ts';
import { renderChecks, type CheckReader } from '../../src/operations/check/render.ts';
import { remoteCharts } from '../../src/operations/check/remote-chart.ts';
import { fluxRepo } from '../../../../action-tests/harness/flux-chart-fixture.ts';
import { startServer, type LoopbackServer } from '../../../../action-tests/harness/loopback.ts';

// Issue 73, item 6: the pull request check contacts only the repositories and registries the base commit names.
// A pull request that points a HelmRepository at a service of the runner (http://127.0.0.1:…) or at any other
// host is refused at the line writing the URL, and the host is never asked; plain http is read only behind the
// test switch the harness sets, which no repository's text can set.

const TOOLS = { PATH: `${dirname(process.env.LOCKSTEP_HELM!)}:${dirname(process.env.LOCKSTEP_KUBECTL!)}:/usr/bin:/bin` };
const SWITCH = { LOCKSTEP_TEST_LOOPBACK_HTTP: '1' };

let victim: LoopbackServer;
let home: string;
beforeAll(async () => {
  // A service of the runner that would answer anything: what the attacker wants described in the summary.
  victim = await startServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/plain' });
    res.end('internal admin console: token=s3cr3t');
  });
  home = mkdtempSync(join(tmpdir(), 'lockstep-remote-named-'));
});
afterAll(async () => {
  await victim.stop();
  rmSync(home, { recursive: true, force: true });
});
beforeEach(() => (victim.requests.length = 0));

const reader = (commits: Record<string, Record<string, string>>): CheckReader => ({
  list: async (commit, dir) => Object.keys(commits[commit]).filter((p) => dir === '.' || dir === '' || p.startsWith(`${dir}/`)),
  read: async (commit, p) => commits[commit][p],
});

/** fluxRepo with chart myapp only behind the HelmRepository at `url` (classic, no `type: oci`). */
function remoteRepo(url: string): Record<string, string> {
  const files = fluxRepo({ source: 'helm' }) as Record<string, string>;
  for (const p of Object.keys(files)) if (p.startsWith('charts/')) delete files[p];
  files['.github/lockstep.yml'] = files['.github/lockstep.yml'].replace('charts: [charts/*]\n', '');
  files['apps/base/myapp/repository.yaml'] =
    `apiVersion: source.toolkit.fluxcd.io/v1\nkind: HelmRepository\nmetadata:\n  name: acme\n  namespace: flux-apps\nspec:\n  interval: 5m\n  url: ${url}\n`;
  return files;
}

const puller = (env: NodeJS.ProcessEnv) =>
  remoteCharts({
    transport: nodeTransport(),
    env,
    home,
    secret: () => {},
    retry: { attempts: 1, baseDelayMs: 1, maxDelayMs: 1, maxRetryAfterMs: 1 },
  });

async function check(base: Record<string, string>, head: Record<string, string>, env: NodeJS.ProcessEnv = SWITCH) {
  const remote = puller(env);
  try {
    const config = parseConfigText(base['.github/lockstep.yml'], '.github/lockstep.yml');
    return await renderChecks(
      'auto',
      config,
      [],
      { base: 'base', head: 'head' },
      reader({ base, head }),
      TOOLS,
      (p) => p,
      undefined,
      undefined,
      remote,
    );
  } finally {
    remote.close();
  }
}

describe('the pull request check contacts only what the base names', () => {
  test('a PR pointing the HelmRepository at a loopback service: never contacted; production refused at the url line, staging warned', async () => {
    const base = remoteRepo('https://charts.example.com/acme');
    const head = {
      ...base,
      'apps/base/myapp/repository.yaml': base['apps/base/myapp/repository.yaml'].replace(
        'https://charts.example.com/acme',
        `${victim.url}/`,
      ),
    };
    const out = await check(base, head);
    expect(victim.requests).toEqual([]);
    expect(out?.problems.map((p) => `${p.level} ${p.file}:${p.line}: ${p.message} — ${p.hint}`)).toEqual([
      `warning apps/base/myapp/repository.yaml:8: staging cannot be judged at the head: chart myapp 1.4.2 comes from ${victim.url}, which the base commit does not name: the pull request check contacts only the repositories and registries the base names, so it is not pulled — add the new source in a pull request of its own that no release uses yet (a HelmRepository or OCIRepository beside the release); once it is merged, point the release at it`,
      `error apps/base/myapp/repository.yaml:8: production, a protected environment cannot be judged at the head: chart myapp 1.4.2 comes from ${victim.url}, which the base commit does not name: the pull request check contacts only the repositories and registries the base names, so it is not pulled — add the new source in a pull request of its own that no release uses yet (a HelmRepository or OCIRepository beside the release); once it is merged, point the release at it`,
    ]);
    expect(JSON.stringify(out)).not.toContain('admin console');
  });

  test('a PR naming a new https host in a quoted url, with a comment: refused at that line, nothing fetched', async () => {
    const base = remoteRepo('https://charts.example.com/acme');
    const moved = base['apps/base/myapp/repository.yaml'].replace(
      '  url: https://charts.example.com/acme',
      '  # moved\n  url: "https://attacker.example/acme" # ours now',
    );
    const out = await check(base, { ...base, 'apps/base/myapp/repository.yaml': moved });
    expect(out?.problems.map((p) => `${p.level} ${p.file}:${p.line}`)).toEqual([
      'warning apps/base/myapp/repository.yaml:9',
      'error apps/base/myapp/repository.yaml:9',
    ]);
    expect(out?.problems[1].message).toContain('comes from https://attacker.example/acme, which the base commit does not name');
  });

  test('a source the base already names beside the release (the way out): pulled, not refused for its URL', async () => {
    const base = remoteRepo('https://charts.example.com/acme');
    // The base holds a second HelmRepository no release uses yet; the pull request points the release at it.
    base['apps/base/myapp/mirror.yaml'] =
      `apiVersion: source.toolkit.fluxcd.io/v1\nkind: HelmRepository\nmetadata:\n  name: mirror\n  namespace: flux-apps\nspec:\n  url: ${victim.url}/charts\n`;
    base['apps/base/myapp/kustomization.yaml'] = base['apps/base/myapp/kustomization.yaml'].replace(
      '  - release.yaml\n',
      '  - release.yaml\n  - mirror.yaml\n',
    );
    const head = { ...base, 'apps/base/myapp/release.yaml': base['apps/base/myapp/release.yaml'].replace('name: acme', 'name: mirror') };
    const out = await check(base, head);
    expect(victim.requests.map((r) => r.url)).toEqual(['/charts/index.yaml']);
    expect(out?.problems.map((p) => p.message).join('\n')).not.toContain('does not name');
  });
});

describe('plain http only behind the test switch', () => {
  const source = () => ({ repoURL: `${victim.url}/charts`, chart: 'myapp' });

  test('without LOCKSTEP_TEST_LOOPBACK_HTTP a loopback repository is refused before anything is sent', async () => {
    const pull = puller({ LOCKSTEP_TEST_LOOPBACK_HTTP: 'true' });
    try {
      const got = await pull(source(), '1.0.0');
      expect(got).toEqual({
        problem: `refusing http://${victim.host}: the pull request check reads charts over https only (plain http to this machine is for lockstep's own tests)`,
        host: victim.host,
      });
      expect(victim.requests).toEqual([]);
    } finally {
      pull.close();
    }
  });

  test('a loopback OCI registry is refused the same way', async () => {
    const pull = puller({});
    try {
      const got = await pull({ repoURL: `oci://${victim.host}/acme`, chart: 'myapp' }, '1.0.0');
      expect(got && 'problem' in got ? got.problem : got).toMatch(
        /^refusing http:\/\/127\.0\.0\.1:\d+: the pull request check reads charts over https only/,
      );
      expect(victim.requests).toEqual([]);
    } finally {
      pull.close();
    }
  });

  test('with the switch the test harness sets, the loopback repository is read', async () => {
    const pull = puller(SWITCH);
    try {
      const got = await pull(source(), '1.0.0');
      expect(got && 'problem' in got ? got.problem : got).toBe(
        `${victim.url}/charts/index.yaml has no entries: it is not a Helm repository index`,
      );
      expect(victim.requests.map((r) => r.url)).toEqual(['/charts/index.yaml']);
    } finally {
      pull.close();
    }
  });
});
