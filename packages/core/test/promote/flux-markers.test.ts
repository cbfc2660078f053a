import { UserError, UserErrors } from '../../src/errors.ts';
import { parseConfigText } from '../../src/config/config.ts';
import { planPromotion } from '../../src/promote/plan.ts';
import type { PlanWorld } from '../../src/promote/plan-world.ts';
import { planWorldDouble } from './ports-double.ts';
import { checkRoute } from '../../src/promote/request.ts';
import { digest } from '../helpers.ts';
import { promoteRequestFor } from '../helpers.ts';

// Issue 56 item 4: Flux image automation markers anywhere under the environment's overlay (the files kustomize
// reads for it, under its own folder) are pin locations: Deployments, a HelmRelease patch's values. Laid out as
// fluxcd/flux2-kustomize-helm-example: clusters/<env> holds the Flux Kustomization, apps/base the shared
// manifests (never written: every environment builds them), apps/<env> the environment's overlay.
const d = digest;

function world(files: Record<string, string>): PlanWorld {
  return planWorldDouble({
    readBase: async (p) => files[p],
    lastCommit: async () => 'f'.repeat(40),
    resolveDigest: async () => d('9'),
  });
}

const failure = async (p: Promise<unknown>): Promise<string[]> => {
  const e = await p.then(
    () => undefined,
    (x: unknown) => x,
  );
  if (e instanceof UserErrors) return e.errors.map((x) => x.format());
  if (e instanceof UserError) return [e.format()];
  throw new Error(`expected a UserError, got ${String(e)}`);
};

const CONFIG = [
  'services:',
  '  podinfo: { image: ghcr.io/acme/podinfo, image-policy: "flux-system:podinfo" }',
  'environments:',
  '  - { name: staging, flux-kustomization: clusters/staging/apps.yaml }',
  '  - { name: production, flux-kustomization: clusters/production/apps.yaml, protected: true }',
  '',
].join('\n');

async function plan(files: Record<string, string>, config = CONFIG) {
  const req = promoteRequestFor(parseConfigText(config, '.github/lockstep.yml'), {
    from: { kind: 'env', env: 'staging' },
    to: 'production',
  });
  return planPromotion(req, checkRoute(req), world(files));
}

const fluxKs = (env: string) =>
  `apiVersion: kustomize.toolkit.fluxcd.io/v1\nkind: Kustomization\nmetadata:\n  name: apps\n  namespace: flux-system\nspec:\n  interval: 10m\n  sourceRef:\n    kind: GitRepository\n    name: flux-system\n  path: ./apps/${env}\n  prune: true\n`;

/** apps/<env>/podinfo/deployment.yaml: a Service, then the Deployment whose image carries a whole-image marker. */
const deployment = (image: string) =>
  [
    'apiVersion: v1',
    'kind: Service',
    'metadata:',
    '  name: podinfo',
    'spec:',
    '  ports: [{ port: 9898 }]',
    '---',
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata:',
    '  name: podinfo',
    'spec:',
    '  template:',
    '    spec:',
    '      containers:',
    '        - name: podinfo',
    `          image: ${image} # {"$imagepolicy": "flux-system:podinfo"}`,
    '        - name: envoy',
    '          image: ghcr.io/acme/envoy:1.0 # {"$imagepolicy": "flux-system:envoy"}',
    '          # {"$imagepolicy": "flux-system:podinfo"} on a line of its own names nothing',
    '',
  ].join('\n');

/** apps/<env>/podinfo-values.yaml: the environment's HelmRelease patch, its values marked :tag and :digest. */
const releasePatch = (tag: string, digestOf: string) =>
  [
    'apiVersion: helm.toolkit.fluxcd.io/v2',
    'kind: HelmRelease',
    'metadata:',
    '  name: podinfo',
    'spec:',
    '  values:',
    '    image:',
    `      tag: "${tag}" # {"$imagepolicy": "flux-system:podinfo:tag"}`,
    `      digest: ${digestOf}   # {"$imagepolicy": "flux-system:podinfo:digest"}`,
    '      note: "kept # {\\"$imagepolicy\\": \\"flux-system:podinfo\\"}"',
    '',
  ].join('\n');

const MARKED_BASE = 'image: ghcr.io/acme/podinfo:6.0.0 # {"$imagepolicy": "flux-system:podinfo"}\n';

function repo(prod = { tag: '6.5.0', digest: d('b') }): Record<string, string> {
  const env = (name: string, tag: string, digestOf: string) => ({
    [`clusters/${name}/apps.yaml`]: fluxKs(name),
    [`apps/${name}/kustomization.yaml`]: [
      'apiVersion: kustomize.config.k8s.io/v1beta1',
      'kind: Kustomization',
      'resources:',
      '  - ../base/podinfo',
      '  - podinfo',
      'patches:',
      '  - path: podinfo-values.yaml',
      '',
    ].join('\n'),
    [`apps/${name}/podinfo/kustomization.yaml`]: 'resources:\n  - deployment.yaml\n',
    [`apps/${name}/podinfo/deployment.yaml`]: deployment(`ghcr.io/acme/podinfo:${tag}@${digestOf}`),
    [`apps/${name}/podinfo-values.yaml`]: releasePatch(tag, digestOf),
    // Not named by the kustomization: kustomize never reads it, so neither does lockstep.
    [`apps/${name}/notes.yaml`]: MARKED_BASE,
  });
  return {
    'apps/base/podinfo/kustomization.yaml': 'resources:\n  - release.yaml\n',
    'apps/base/podinfo/release.yaml': MARKED_BASE,
    ...env('staging', '6.5.4', d('a')),
    ...env('production', prod.tag, prod.digest),
  };
}

describe('image automation markers beside the pins, under the environment’s overlay', () => {
  test('every marker of the policy in the files kustomize reads under apps/production is written; apps/base and unread files are not', async () => {
    const p = await plan(repo());
    expect(p.files.map((f) => [f.path, f.after])).toEqual([
      ['apps/production/podinfo-values.yaml', releasePatch('6.5.4', d('a'))],
      ['apps/production/podinfo/deployment.yaml', deployment(`ghcr.io/acme/podinfo:6.5.4@${d('a')}`)],
    ]);
    expect(p.changes.map((c) => [c.service, c.file, c.line, c.oldTag, c.newTag, c.oldDigest, c.newDigest])).toEqual([
      ['podinfo', 'apps/production/podinfo-values.yaml', 8, '6.5.0', '6.5.4', d('b'), d('a')],
    ]);
    expect(p.notes).toContain(
      "apps/production/podinfo/deployment.yaml:19: the image automation marker of flux-system:envoy names no service's image-policy; left as it is.",
    );
    expect(p.notes.filter((n) => n.includes('flux-system:envoy'))).toHaveLength(1);
  });

  test('a kustomize overlay’s images: entry and a Deployment marker in its folder: both get the pin', async () => {
    const overlay = (tag: string, digestOf: string) =>
      `resources:\n  - deployment.yaml\nimages:\n  - name: ghcr.io/acme/podinfo\n    newTag: "${tag}"\n    digest: ${digestOf}\n`;
    const config = CONFIG.replace(/flux-kustomization: clusters\/(\w+)\/apps\.yaml/g, 'kustomization: deploy/$1');
    const files = {
      'deploy/staging/kustomization.yaml': overlay('6.5.4', d('a')),
      'deploy/staging/deployment.yaml': deployment(`ghcr.io/acme/podinfo:6.5.4@${d('a')}`),
      'deploy/production/kustomization.yaml': overlay('6.5.0', d('b')),
      'deploy/production/deployment.yaml': deployment(`ghcr.io/acme/podinfo:6.5.0@${d('b')}`),
    };
    const p = await plan(files, config);
    expect(p.files.map((f) => [f.path, f.after])).toEqual([
      ['deploy/production/kustomization.yaml', overlay('6.5.4', d('a'))],
      ['deploy/production/deployment.yaml', deployment(`ghcr.io/acme/podinfo:6.5.4@${d('a')}`)],
    ]);
  });

  test('protected: a marker file that would hold no digest after the write (a :tag marker alone) is refused at its line', async () => {
    const files = repo();
    const tagOnly = (tag: string) => releasePatch(tag, d('0')).replace(/ {6}digest: .*\n/, '');
    files['apps/staging/podinfo-values.yaml'] = tagOnly('6.5.4');
    files['apps/production/podinfo-values.yaml'] = tagOnly('6.5.0');
    expect(await failure(plan(files))).toEqual([
      "apps/production/podinfo-values.yaml:8: podinfo's image automation markers (flux-system:podinfo) in apps/production/podinfo-values.yaml would hold no sha256 digest in a protected environment — add a :digest marker beside the :tag one, or mark the whole image (repo:tag@sha256:…) so the digest has a place",
    ]);
  });

  test('markers that disagree across two files of the environment: refused at the second’s line', async () => {
    const files = repo();
    files['apps/production/podinfo/deployment.yaml'] = deployment(`ghcr.io/acme/podinfo:6.4.0@${d('b')}`);
    expect(await failure(plan(files))).toEqual([
      'apps/production/podinfo/deployment.yaml:17: $imagepolicy flux-system:podinfo says tag 6.4.0, $imagepolicy flux-system:podinfo:tag (apps/production/podinfo-values.yaml:8) says 6.5.0 — make the fields agree (one image, one version) before promoting',
    ]);
  });
});

describe('an attacker’s markers beside the pins', () => {
  const withDeployment = (text: string) => ({ ...repo(), 'apps/production/podinfo/deployment.yaml': text });
  const prod = deployment(`ghcr.io/acme/podinfo:6.5.0@${d('b')}`);

  test('extra keys beside $imagepolicy: refused at the marker’s line, nothing planned', async () => {
    const bad = prod.replace('{"$imagepolicy": "flux-system:podinfo"}', '{"$imagepolicy": "flux-system:podinfo", "x": "evil.example/pwn"}');
    expect(await failure(plan(withDeployment(bad)))).toEqual([
      'apps/production/podinfo/deployment.yaml:17: the image automation marker of flux-system:podinfo carries x beside $imagepolicy — write the comment as exactly # {"$imagepolicy": "flux-system:podinfo"}',
    ]);
  });

  test('a marker that is no JSON: refused at its line, nothing planned', async () => {
    const bad = prod.replace('{"$imagepolicy": "flux-system:podinfo"}', '{"$imagepolicy": "flux-system:podinfo",}');
    expect(await failure(plan(withDeployment(bad)))).toEqual([
      'apps/production/podinfo/deployment.yaml:17: the image automation marker of flux-system:podinfo is no JSON object — write the comment as exactly # {"$imagepolicy": "flux-system:podinfo"}',
    ]);
  });

  test('a marker inside a string value names nothing: the string is left byte for byte', async () => {
    const p = await plan(repo());
    const after = p.files.find((f) => f.path === 'apps/production/podinfo-values.yaml')!.after;
    expect(after.split('\n')[9]).toBe('      note: "kept # {\\"$imagepolicy\\": \\"flux-system:podinfo\\"}"');
  });

  test('a marker of the policy in a Secret: refused at its line (lockstep never writes secrets), nothing planned', async () => {
    const secret = [
      'apiVersion: v1',
      'kind: Secret',
      'metadata:',
      '  name: pull',
      'stringData:',
      '  image: ghcr.io/acme/podinfo:6.5.0 # {"$imagepolicy": "flux-system:podinfo"}',
      '',
    ].join('\n');
    const files = { ...repo(), 'apps/production/podinfo/deployment.yaml': `${prod}---\n${secret}` };
    expect(await failure(plan(files))).toEqual([
      'apps/production/podinfo/deployment.yaml:27: an image automation marker of flux-system:podinfo in a Secret: lockstep never reads or writes secrets — move the image out of the Secret (a ConfigMap or the workload itself), or drop the marker',
    ]);
  });
});
