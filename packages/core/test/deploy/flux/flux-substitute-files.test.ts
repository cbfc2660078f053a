import { UserError, UserErrors } from '../../../src/errors.ts';
import { parseConfigText } from '../../../src/config/config.ts';
import { planPromotion } from '../../../src/promote/plan.ts';
import type { PlanWorld } from '../../../src/promote/plan-world.ts';
import { planWorldDouble } from '../../promote/ports-double.ts';
import { checkRoute } from '../../../src/promote/request.ts';
import { pinPaths } from '../../../src/promote/place.ts';
import { digest, promoteRequestFor } from '../../helpers.ts';

// Issue 56 item 3: a Flux Kustomization's postBuild.substituteFrom ConfigMap made by a configMapGenerator from
// `envs:` (.env files of KEY=value lines) or `files:` (a file's whole content one key's value): the variable is
// written where it lives, byte-minimally, Flux's precedence kept (substitute over substituteFrom, later over earlier).
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

const TAG_DIGEST = '{ tag: PODINFO_TAG, digest: PODINFO_DIGEST }';
const config = (substitute = TAG_DIGEST) =>
  [
    'services:',
    `  podinfo: { image: ghcr.io/acme/podinfo, flux-substitute: ${substitute} }`,
    'environments:',
    '  - { name: staging, flux-kustomization: clusters/staging/apps.yaml }',
    '  - { name: production, flux-kustomization: clusters/production/apps.yaml, protected: true }',
    '',
  ].join('\n');

async function plan(files: Record<string, string>, cfg = config()) {
  const req = promoteRequestFor(parseConfigText(cfg, '.github/lockstep.yml'), { from: { kind: 'env', env: 'staging' }, to: 'production' });
  return planPromotion(req, checkRoute(req), world(files));
}

const FROM = ['      - kind: ConfigMap', '        name: podinfo-vars'];
const fluxKs = (env: string, from = FROM, substitute: string[] = []) =>
  [
    'apiVersion: kustomize.toolkit.fluxcd.io/v1',
    'kind: Kustomization',
    'metadata:',
    '  name: apps',
    '  namespace: flux-system',
    'spec:',
    '  sourceRef:',
    '    kind: GitRepository',
    '    name: flux-system',
    '  path: ./apps/base/podinfo',
    '  postBuild:',
    '    substitute:',
    `      cluster_env: ${env}`,
    ...substitute,
    '    substituteFrom:',
    ...from,
    '',
  ].join('\n');

const generator = (source: string[]) =>
  ['resources:', '  - apps.yaml', 'configMapGenerator:', '  - name: podinfo-vars', ...source, ''].join('\n');

const envFile = (tag: string, digestOf: string, eol = '\n') =>
  ['# podinfo, promoted by lockstep', 'LOG_LEVEL=info', '', `PODINFO_TAG=${tag}`, `  PODINFO_DIGEST=${digestOf}`, 'EMPTY=', ''].join(eol);

const BASE = {
  'apps/base/podinfo/kustomization.yaml': 'resources:\n  - deployment.yaml\n',
  'apps/base/podinfo/deployment.yaml': 'image: ghcr.io/acme/podinfo:${PODINFO_TAG}@${PODINFO_DIGEST}\n',
};

describe('substituteFrom ConfigMaps generated from envs: and files:', () => {
  const envRepo = (prod: string, staging = envFile('6.5.4', d('a'))): Record<string, string> => ({
    ...BASE,
    ...Object.fromEntries(
      ['staging', 'production'].flatMap((env) => [
        [`clusters/${env}/apps.yaml`, fluxKs(env)],
        [`clusters/${env}/kustomization.yaml`, generator(['    envs:', '      - podinfo.env'])],
        [`clusters/${env}/podinfo.env`, env === 'staging' ? staging : prod],
      ]),
    ),
  });

  test('envs: the variables’ lines of the .env file are written, its comments, blank lines and other keys kept', async () => {
    const p = await plan(envRepo(envFile('6.5.0', d('b'))));
    expect(p.files.map((f) => [f.path, f.after])).toEqual([['clusters/production/podinfo.env', envFile('6.5.4', d('a'))]]);
    expect(p.changes.map((c) => [c.service, c.file, c.line, c.oldTag, c.newTag, c.newDigest])).toEqual([
      ['podinfo', 'clusters/production/podinfo.env', 4, '6.5.0', '6.5.4', d('a')],
    ]);
  });

  test('an env file with CRLF line ends keeps them', async () => {
    const p = await plan(envRepo(envFile('6.5.0', d('b'), '\r\n')));
    expect(p.files.map((f) => [f.path, f.after])).toEqual([['clusters/production/podinfo.env', envFile('6.5.4', d('a'), '\r\n')]]);
  });

  test('the older env: key is read as envs:', async () => {
    const files = envRepo(envFile('6.5.0', d('b')));
    files['clusters/production/kustomization.yaml'] = generator(['    env: podinfo.env']);
    const p = await plan(files);
    expect(p.files.map((f) => f.path)).toEqual(['clusters/production/podinfo.env']);
  });

  test('files: a whole-image variable’s file is written whole, its trailing newline kept', async () => {
    const files = {
      ...BASE,
      ...Object.fromEntries(
        ['staging', 'production'].flatMap((env) => [
          [`clusters/${env}/apps.yaml`, fluxKs(env)],
          [
            `clusters/${env}/kustomization.yaml`,
            generator(['    literals:', '      - LOG_LEVEL=info', '    files:', '      - PODINFO_IMAGE=podinfo.image']),
          ],
          [`clusters/${env}/podinfo.image`, `ghcr.io/acme/podinfo:${env === 'staging' ? `6.5.4@${d('a')}` : `6.5.0@${d('b')}`}\n`],
        ]),
      ),
    };
    const p = await plan(files, config('PODINFO_IMAGE'));
    expect(p.files.map((f) => [f.path, f.after])).toEqual([
      ['clusters/production/podinfo.image', `ghcr.io/acme/podinfo:6.5.4@${d('a')}\n`],
    ]);
  });

  test('files: without key= takes the file’s name as the key', async () => {
    const files = {
      ...BASE,
      ...Object.fromEntries(
        ['staging', 'production'].flatMap((env) => [
          [`clusters/${env}/apps.yaml`, fluxKs(env)],
          [`clusters/${env}/kustomization.yaml`, generator(['    files:', '      - vars/PODINFO_IMAGE'])],
          [`clusters/${env}/vars/PODINFO_IMAGE`, `ghcr.io/acme/podinfo:${env === 'staging' ? `6.5.4@${d('a')}` : `6.5.0@${d('b')}`}`],
        ]),
      ),
    };
    const p = await plan(files, config('PODINFO_IMAGE'));
    expect(p.files.map((f) => [f.path, f.after])).toEqual([
      ['clusters/production/vars/PODINFO_IMAGE', `ghcr.io/acme/podinfo:6.5.4@${d('a')}`],
    ]);
  });

  test('a later substituteFrom entry over an earlier one: only the later generator’s env file is written', async () => {
    const from = ['      - kind: ConfigMap', '        name: defaults', ...FROM];
    const files = envRepo(envFile('6.5.0', d('b')));
    for (const env of ['staging', 'production']) {
      files[`clusters/${env}/apps.yaml`] = fluxKs(env, from);
      files[`clusters/${env}/defaults.yaml`] =
        `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: defaults\ndata:\n  PODINFO_TAG: "1.0.0"\n  PODINFO_DIGEST: ${d('c')}\n`;
      files[`clusters/${env}/kustomization.yaml`] = generator(['    envs:', '      - podinfo.env']).replace(
        '  - apps.yaml',
        '  - apps.yaml\n  - defaults.yaml',
      );
    }
    const p = await plan(files);
    expect(p.files.map((f) => [f.path, f.after])).toEqual([['clusters/production/podinfo.env', envFile('6.5.4', d('a'))]]);
  });

  test('substitute over substituteFrom: variables set in spec.postBuild.substitute are written there, the env file left', async () => {
    const files = envRepo(envFile('6.5.0', d('b')));
    const sub = (tag: string, digestOf: string) => [`      PODINFO_TAG: "${tag}"`, `      PODINFO_DIGEST: ${digestOf}`];
    files['clusters/staging/apps.yaml'] = fluxKs('staging', FROM, sub('6.5.4', d('a')));
    files['clusters/production/apps.yaml'] = fluxKs('production', FROM, sub('6.5.0', d('b')));
    const p = await plan(files);
    expect(p.files.map((f) => [f.path, f.after])).toEqual([
      ['clusters/production/apps.yaml', fluxKs('production', FROM, sub('6.5.4', d('a')))],
    ]);
  });

  test('the history of the env file says when the pins changed', async () => {
    const files = envRepo(envFile('6.5.0', d('b')));
    const env = {
      name: 'production',
      values: 'clusters/production/apps.yaml',
      kustomization: 'clusters/production/apps.yaml',
      protected: true,
    };
    expect(await pinPaths(env, async (p) => files[p])).toEqual([
      'clusters/production/apps.yaml',
      'apps/base/podinfo',
      'clusters/production/kustomization.yaml',
      'clusters/production/podinfo.env',
    ]);
  });

  test('an env file not in the repository: refused at the substituteFrom entry, nothing planned', async () => {
    const files = envRepo(envFile('6.5.0', d('b')));
    delete files['clusters/production/podinfo.env'];
    expect(await failure(plan(files))).toEqual([
      'clusters/production/apps.yaml:15: spec.postBuild.substituteFrom ConfigMap podinfo-vars is read only in part (its env file podinfo.env is not in the repository), and no other source sets PODINFO_TAG — set PODINFO_TAG in spec.postBuild.substitute, or keep ConfigMap podinfo-vars in the repository (a ConfigMap manifest or configMapGenerator literals)',
    ]);
  });

  test('an env file climbing out of the repository: refused at the entry as not in the repository', async () => {
    const files = envRepo(envFile('6.5.0', d('b')));
    files['clusters/production/kustomization.yaml'] = generator(['    envs:', '      - ../../../etc/podinfo.env']);
    expect((await failure(plan(files)))[0]).toMatch(
      /^clusters\/production\/apps\.yaml:15: .*its env file \.\.\/\.\.\/\.\.\/etc\/podinfo\.env is not in the repository/,
    );
  });

  test('the variables split between literals and an env file: refused at the entry, nothing planned', async () => {
    const files = envRepo(envFile('6.5.0', d('b')).replace(/PODINFO_TAG=.*\n/, ''));
    files['clusters/production/kustomization.yaml'] = generator([
      '    literals:',
      '      - PODINFO_TAG=6.5.0',
      '    envs:',
      '      - podinfo.env',
    ]);
    expect(await failure(plan(files))).toEqual([
      "clusters/production/apps.yaml:15: ConfigMap podinfo-vars (configMapGenerator of clusters/production/kustomization.yaml) holds PODINFO_TAG, PODINFO_DIGEST in clusters/production/kustomization.yaml and clusters/production/podinfo.env; lockstep writes one file per environment — keep the environment's flux-substitute variables in one source of the generator: its literals, one env file, or one whole-image file",
    ]);
  });
});
