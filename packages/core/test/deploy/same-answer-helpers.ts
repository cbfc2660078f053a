// What the same-answer tests (issue 72) ask each command with: hydrate's render of an environment (the kind's
// module), what status says it runs, and the check's render of a pull request, with the real Helm 3 and kubectl.

import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll } from '@jest/globals';
import type { EnvironmentConfig } from '../../src/config/config.ts';
import { parseConfigText } from '../../src/config/config.ts';
import type { ChartPuller } from '../../src/deploy/chart-pull.ts';
import { renderDeployed } from '../../src/deploy/render.ts';
import { nodeTransport } from '../../src/http/transport.ts';
import { pullChartArchive, resolveChartVersion } from '../../src/registry/chart.ts';
import { RegistryClient } from '../../src/registry/client.ts';
import { hydrateRefuses } from '../../src/operations/hydrate/judge.ts';
import type { CommitReader, Renderers } from '../../src/deploy/model.ts';
import { renderChecks, type CheckReader } from '../../src/operations/check/render.ts';
import type { RemoteCharts } from '../../src/operations/check/remote-chart.ts';
import { statusJson } from '../../src/operations/status/view.ts';
import { renderedImages } from '../../src/render/images.ts';
import type { RenderedObject } from '../../src/render/objects.ts';
import { findKustomize } from '../../src/render/find.ts';
import { findHelm } from '../../src/render/helm.ts';
import { KustomizeRenderer } from '../../src/render/kustomize.ts';
import { Renderer } from '../../src/render/render.ts';
import { repo, status } from '../operations/rendered-repo.ts';
import { GIT_ENV, runGit } from '../helpers.ts';
import { testWorld } from '../test-world.ts';

const notAsked: ChartPuller = {
  oci: async () => {
    throw new Error('not asked');
  },
  repository: async () => {
    throw new Error('not asked');
  },
  resolve: async () => {
    throw new Error('not asked');
  },
};

/** The real Helm 3 and kubectl as a run's renderers; `pull`, where charts come from a registry (none asked by default). */
export const renderers = (pull: ChartPuller = notAsked): Renderers => {
  const helmFound = findHelm({ PATH: dirname(process.env.LOCKSTEP_HELM!) });
  const kustomize = findKustomize({ PATH: dirname(process.env.LOCKSTEP_KUBECTL!) })!;
  return {
    helm: async () => {
      const helm = await helmFound;
      return helm ? { renderer: new Renderer(helm.path, {}, {}, false, false, () => kustomize), helm } : undefined;
    },
    kustomize: () => ({ renderer: new KustomizeRenderer(kustomize), tool: kustomize }),
    pull,
  };
};

/** One commit's files as a CommitReader. */
export const reader = (files: Record<string, string>): CommitReader => ({
  list: async (dir) => {
    const prefix = dir === '' || dir === '.' ? '' : `${dir}/`;
    const under = Object.keys(files).filter((p) => p.startsWith(prefix));
    return under.length > 0 ? under : undefined;
  },
  read: async (p) => files[p],
});

/** A render's containers as `<object> (container <name>) <image>`. */
export const imagesOf = (objects: Iterable<RenderedObject>) =>
  renderedImages(objects).map((i) => `${i.object} (container ${i.container}) ${i.image}`);

/** What hydrate's render of `e` runs: each container's object and image. */
export async function hydrated(
  e: Partial<EnvironmentConfig>,
  files: Record<string, string>,
  charts: string[] = [],
  pull?: ChartPuller,
): Promise<string[]> {
  const r = await renderDeployed({ name: 'prod', protected: true, ...e }, charts, reader(files), renderers(pull), (p) => p, hydrateRefuses);
  if (!r.ok) throw new Error(r.message);
  return imagesOf(r.objects.values());
}

/** What status says prod runs for service api, read from its render: the object and the image. */
export async function statusSays(files: Record<string, string>): Promise<string[]> {
  const s = await status(repo(files));
  const prod = (
    statusJson(s) as unknown as {
      environments: { 'read-from-render'?: Record<string, string>; services: Record<string, { tag: string; digest: string }> }[];
    }
  ).environments[0];
  const pin = prod.services.api;
  return [`${prod['read-from-render']?.api} ghcr.io/acme/api:${pin.tag}@${pin.digest}`];
}

/**
 * The check's render of a pull request from `base` to `head` (each a commit's files), under `base`'s config, with
 * the real Helm 3 and kubectl on PATH: `charts`, the changed charts the check renders with; `tags`, other commits
 * the check may read (`refs/tags/<chart>-<version>`: a release tag's files); `remote`, where the check pulls a chart
 * no folder of this repository holds. What the pull request changed is the paths whose text differs between the two.
 */
export async function checkRendered(
  base: Record<string, string>,
  head: Record<string, string>,
  charts: unknown[] = [],
  tags: Record<string, Record<string, string>> = {},
  remote?: RemoteCharts,
) {
  const commits: Record<string, Record<string, string>> = { ...tags, base, head };
  const checkReader: CheckReader = {
    list: async (commit, dir) => Object.keys(commits[commit] ?? {}).filter((p) => dir === '.' || p.startsWith(`${dir}/`)),
    read: async (commit, p) => commits[commit]?.[p],
  };
  const config = parseConfigText(base['.github/lockstep.yml'], '.github/lockstep.yml');
  const PATH = `${dirname(process.env.LOCKSTEP_HELM!)}:${dirname(process.env.LOCKSTEP_KUBECTL!)}:/usr/bin:/bin`;
  const env = { PATH, HOME: process.env.HOME ?? '/tmp' };
  const changed = new Set([...new Set([...Object.keys(base), ...Object.keys(head)])].filter((p) => base[p] !== head[p]));
  const tree = { changed, headPaths: new Set(Object.keys(head)) };
  return renderChecks('auto', config, charts as never, { base: 'base', head: 'head' }, checkReader, env, (p) => p, undefined, tree, remote);
}

const dirs: string[] = [];
afterAll(() => dirs.forEach((x) => rmSync(x, { recursive: true, force: true })));

/**
 * rendered-repo.ts's repo with a history: each of `released` (a tag → the files of its commit) committed and tagged
 * in turn, then main's `files` over them; the tags pushed to origin with main. Its world sees kubectl and Helm 3.
 */
export function releasedRepo(released: Record<string, Record<string, string>>, files: Record<string, string>) {
  const dir = mkdtempSync(join(tmpdir(), 'lockstep-released-'));
  const origin = mkdtempSync(join(tmpdir(), 'lockstep-released-origin-'));
  dirs.push(dir, origin);
  runGit(origin, 'init', '-q', '--bare', '-b', 'main');
  runGit(dir, 'init', '-q', '-b', 'main');
  const commit = (at: Record<string, string>, message: string) => {
    if (runGit(dir, 'ls-files') !== '') runGit(dir, 'rm', '-rq', '.');
    for (const [p, t] of Object.entries(at)) {
      mkdirSync(dirname(join(dir, p)), { recursive: true });
      writeFileSync(join(dir, p), t);
    }
    runGit(dir, 'add', '.');
    runGit(dir, 'commit', '-qm', message);
  };
  for (const [tag, at] of Object.entries(released)) {
    commit(at, tag);
    runGit(dir, 'tag', tag);
  }
  commit(files, 'environments');
  runGit(dir, 'remote', 'add', 'origin', origin);
  runGit(dir, 'push', '-q', 'origin', 'main', '--tags');
  const tools = [dirname(process.env.LOCKSTEP_KUBECTL!), dirname(process.env.LOCKSTEP_HELM!)];
  return testWorld(dir, { env: { ...GIT_ENV, PATH: [...tools, process.env.PATH].join(':') } });
}

/**
 * Packages the chart folder `dir` of `files` with the real Helm and pushes it to `oci` (plain http), as a release
 * workflow would: the manifest digest `helm push` reports (`Digest: sha256:…`).
 */
export async function helmPush(files: Record<string, string>, dir: string, oci: string): Promise<string> {
  const root = mkdtempSync(join(tmpdir(), 'lockstep-same-answer-helm-'));
  dirs.push(root);
  for (const [p, t] of Object.entries(files)) {
    mkdirSync(dirname(join(root, 'src', p)), { recursive: true });
    writeFileSync(join(root, 'src', p), t);
  }
  const env = { ...process.env, HOME: root, HELM_CONFIG_HOME: join(root, 'config'), HELM_CACHE_HOME: join(root, 'cache') };
  const helm = process.env.LOCKSTEP_HELM!;
  const out = execFileSync(helm, ['package', join(root, 'src', dir), '--destination', root], { env, encoding: 'utf8' });
  const tgz = out.trim().split(': ').pop()!;
  const pushed = spawnSync(helm, ['push', tgz, oci, '--plain-http'], { env, encoding: 'utf8' });
  if (pushed.status !== 0) throw new Error(`helm push: ${pushed.stderr}`);
  const said = /^Digest: (sha256:[0-9a-f]{64})$/m.exec(`${pushed.stdout}\n${pushed.stderr}`);
  if (!said) throw new Error(`helm push said no digest: ${pushed.stdout}${pushed.stderr}`);
  return said[1];
}

/** Charts pulled as hydrate pulls them: from the registry a source names (plain http to a loopback host), a range resolved against its tags. */
export const puller = (): ChartPuller => {
  const client = new RegistryClient({ transport: nodeTransport() });
  return {
    oci: (ref) => pullChartArchive(client, ref),
    resolve: (ref) => resolveChartVersion(client, ref),
    repository: async () => {
      throw new Error('not asked');
    },
  };
};

/**
 * Environment `env`'s OCIRepository of chart podinfo in `host`'s `charts/` (the semver `range` and the digest
 * `pinned`) and the HelmRelease installing it with `image`, in one file, as Flux's chartRef examples write them.
 */
export const podinfoChartRef = (host: string, env: string, range: string, pinned: string, image: string) =>
  [
    'apiVersion: source.toolkit.fluxcd.io/v1',
    'kind: OCIRepository',
    'metadata: { name: podinfo, namespace: podinfo }',
    'spec:',
    '  interval: 10m',
    `  url: oci://${host}/charts/podinfo`,
    '  ref:',
    `    semver: "${range}"`,
    `    digest: ${pinned}`,
    '---',
    'apiVersion: helm.toolkit.fluxcd.io/v2',
    'kind: HelmRelease',
    'metadata: { name: podinfo, namespace: podinfo }',
    'spec:',
    '  interval: 10m',
    `  targetNamespace: ${env}`,
    '  chartRef: { kind: OCIRepository, name: podinfo }',
    '  values:',
    `    image: ${image}`,
    '',
  ].join('\n');
