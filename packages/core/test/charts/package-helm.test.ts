import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { extract } from 'tar-stream';
import { packageChart } from '../../src/charts/package.ts';
import { deploymentState } from '../../src/charts/deployment-state.ts';
import { UserError } from '../../src/errors.ts';

// lockstep's chart archive against the real `helm package` of both majors (Helm 3.17.3 and Helm 4.1,
// LOCKSTEP_HELM and LOCKSTEP_HELM4 from jest's global setup): the same chart folders packaged by each,
// every entry compared (name, order, type, mode, owner, bytes). Helm 3 stamps entries with the moment it
// packages, Helm 4 with each file's modification time; lockstep writes fixed times (the same chart, the
// same digest), so the headers' times are the one thing left out of the comparison.

const HELMS = [
  ['Helm 3', process.env.LOCKSTEP_HELM!],
  ['Helm 4', process.env.LOCKSTEP_HELM4!],
];
let root: string;
beforeEach(() => (root = mkdtempSync(join(tmpdir(), 'lockstep-helm-'))));
afterEach(() => rmSync(root, { recursive: true, force: true }));

function write(base: string, files: Record<string, string>): void {
  for (const [p, text] of Object.entries(files)) {
    mkdirSync(dirname(join(base, p)), { recursive: true });
    writeFileSync(join(base, p), text);
  }
}

interface Entry {
  name: string;
  mode: number;
  type: string;
  uid: number;
  gid: number;
  data: string;
}

/** Every entry of the archive with its header's time (seconds since the epoch). */
async function timedEntries(tgz: Buffer): Promise<(Entry & { mtime: number })[]> {
  const out: (Entry & { mtime: number })[] = [];
  const x = extract();
  const done = new Promise<void>((resolve, reject) => {
    x.on('entry', (h, s, next) => {
      const chunks: Buffer[] = [];
      s.on('data', (c: unknown) => chunks.push(c as Buffer));
      s.on('end', () => {
        const data = Buffer.concat(chunks).toString('utf8');
        out.push({ name: h.name, mode: h.mode, type: h.type, uid: h.uid, gid: h.gid, data, mtime: h.mtime.getTime() / 1000 });
        next();
      });
    });
    x.on('finish', resolve);
    x.on('error', reject);
  });
  x.end(gunzipSync(tgz));
  await done;
  return out;
}

/** Every entry of the archive, the header's time left out. */
async function entries(tgz: Buffer): Promise<Entry[]> {
  return (await timedEntries(tgz)).map(({ mtime: _, ...e }) => e);
}

/** `helm package` of `dir` (after `helm dependency build` when asked), the archive's bytes. */
function helmPackage(helm: string, dir: string, build = false): Buffer {
  if (build) execFileSync(helm, ['dependency', 'build', dir], { stdio: 'pipe' });
  const out = join(root, 'helm-out');
  mkdirSync(out, { recursive: true });
  execFileSync(helm, ['package', dir, '--destination', out], { stdio: 'pipe' });
  const [file] = readdirSync(out);
  const tgz = readFileSync(join(out, file));
  rmSync(out, { recursive: true });
  return tgz;
}

const FANCY = {
  'Chart.yaml': `apiVersion: v2
name: fancy
version: 1.2.0+build.7
appVersion: "1.10"
description: "A chart: with colons, # hash and a very long description that goes on and on past eighty columns for sure"
kubeVersion: ">=1.25.0-0"
home: https://example.com/fancy
keywords: [web, "yes", "on", '1.0', "null", "-dash", "@at", it's]
maintainers:
  - name: "O'Brien"
    email: ob@example.com
    url: https://example.com/~ob
  - {name: Ann}
sources: ["https://github.com/acme/fancy"]
annotations:
  artifacthub.io/changes: |
    - kind: added
      description: thing
  category: "Web: servers"
  item10: a
  item9: b
  Zeta: z
  _under: u
  a-b: x
  ab: y
  number: "42"
  tab: "a\\tb"
  emoji: "ship 🚢"
  long: 'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen'
deprecated: false
type: application
dependencies:
  - name: sub
    version: "~0.1.0"
    repository: "file://../sub"
    condition: sub.enabled
    tags: [one, two]
    import-values: [{child: a, parent: b}, simple]
    alias: subby
`,
  'values.yaml': 'x: 1\n',
  'values.schema.json': '{"type":"object"}\n',
  'templates/a.yaml': 'kind: A\n',
  'templates/NOTES.txt': 'hello\n',
  'README.md': '# fancy\n',
  'charts/subby-chart/Chart.yaml': 'apiVersion: v2\nname: sub\nversion: 0.1.0\n',
  'charts/subby-chart/values.yaml': 'y: 2\n',
};

/** An umbrella with a file:// subchart, its Chart.lock written by `helm dependency update`, charts/ left empty. */
function umbrella(helm: string): string {
  write(root, {
    'api/Chart.yaml': 'apiVersion: v2\nname: api\nversion: 1.2.0\ndescription: "The API: v1"\n',
    'api/values.yaml': 'replicas: 2\n',
    'api/templates/deploy.yaml': 'kind: Deployment\n',
    'api/.helmignore': '*.tmp\n',
    'api/notes.tmp': 'scratch\n',
    'umbrella/Chart.yaml':
      'apiVersion: v2\nname: umbrella\nversion: 0.1.0\ndependencies:\n  - name: api\n    version: 1.2.0\n    repository: file://../api\n',
    'umbrella/templates/cm.yaml': 'kind: ConfigMap\n',
  });
  execFileSync(helm, ['dependency', 'update', join(root, 'umbrella')], { stdio: 'pipe' });
  rmSync(join(root, 'umbrella/charts'), { recursive: true, force: true });
  return join(root, 'umbrella');
}

test('the re-serialised Chart.yaml, literally: keys in go-yaml order, quoting and folding as Helm writes them', async () => {
  const dir = join(root, 'chart');
  write(dir, FANCY);
  const chartYaml = (await entries((await packageChart(dir, 'chart', root)).archive)).find((e) => e.name === 'fancy/Chart.yaml')!;
  expect(chartYaml.data).toBe(`annotations:
  _under: u
  Zeta: z
  a-b: x
  ab: "true"
  artifacthub.io/changes: |
    - kind: added
      description: thing
  category: 'Web: servers'
  emoji: "ship \\U0001F6A2"
  item9: b
  item10: a
  long: one two three four five six seven eight nine ten eleven twelve thirteen fourteen
    fifteen
  number: "42"
  tab: "a\\tb"
apiVersion: v2
appVersion: "1.10"
dependencies:
- alias: subby
  condition: sub.enabled
  import-values:
  - child: a
    parent: b
  - simple
  name: sub
  repository: file://../sub
  tags:
  - one
  - two
  version: ~0.1.0
description: 'A chart: with colons, # hash and a very long description that goes on
  and on past eighty columns for sure'
home: https://example.com/fancy
keywords:
- web
- "yes"
- "on"
- "1.0"
- "null"
- -dash
- '@at'
- it's
kubeVersion: '>=1.25.0-0'
maintainers:
- email: ob@example.com
  name: O'Brien
  url: https://example.com/~ob
- name: Ann
name: fancy
sources:
- https://github.com/acme/fancy
type: application
version: 1.2.0+build.7
`);
});

test('tar header times differ between the majors: Helm 3 stamps the moment it packages, Helm 4 each file’s mtime, lockstep the epoch', async () => {
  const dir = join(root, 'chart');
  write(dir, {
    'Chart.yaml': 'apiVersion: v2\nname: t\nversion: 0.1.0\n',
    'values.yaml': 'a: 1\n',
    'templates/cm.yaml': 'kind: ConfigMap\n',
  });
  // A checkout of 2001-09-09 (mtime 1000000000): Helm 4 carries it into the archive, Helm 3 writes the time it runs.
  for (const f of ['Chart.yaml', 'values.yaml', 'templates/cm.yaml']) utimesSync(join(dir, f), 1_000_000_000, 1_000_000_000);
  const before = Math.floor(Date.now() / 1000);
  const helm3 = await timedEntries(helmPackage(process.env.LOCKSTEP_HELM!, dir));
  const helm4 = await timedEntries(helmPackage(process.env.LOCKSTEP_HELM4!, dir));
  const ours = await timedEntries((await packageChart(dir, 'chart', root)).archive);
  const names = ['t/Chart.yaml', 't/values.yaml', 't/templates/cm.yaml'];
  expect(helm3.map((e) => e.name)).toEqual(names);
  for (const e of helm3) expect(e.mtime).toBeGreaterThanOrEqual(before);
  expect(helm4.map((e) => [e.name, e.mtime])).toEqual(names.map((n) => [n, 1_000_000_000]));
  expect(ours.map((e) => [e.name, e.mtime])).toEqual(names.map((n) => [n, 0]));
  // Everything else agrees.
  expect(await entries(helmPackage(process.env.LOCKSTEP_HELM4!, dir))).toEqual(await entries(helmPackage(process.env.LOCKSTEP_HELM!, dir)));
});

test('a chart of apiVersion v3, where the majors differ: Helm 3.17 packages it as a v2 chart, Helm 4.1 refuses it; lockstep writes what Helm 3 writes', async () => {
  const dir = join(root, 'chart');
  write(dir, { 'Chart.yaml': 'apiVersion: v3\nname: three\nversion: 0.1.0\n', 'templates/cm.yaml': 'kind: ConfigMap\n' });
  const refused = spawnSync(process.env.LOCKSTEP_HELM4!, ['package', dir, '--destination', join(root, 'out')], { encoding: 'utf8' });
  expect([refused.status, refused.stderr.trim()]).toEqual([1, 'Error: invalid chart apiVersion']);
  const ours = await entries((await packageChart(dir, 'chart', root)).archive);
  expect(ours).toEqual(await entries(helmPackage(process.env.LOCKSTEP_HELM!, dir)));
  expect(ours.map((e) => e.name)).toEqual(['three/Chart.yaml', 'three/templates/cm.yaml']);
});

describe.each(HELMS)('against %s', (_major, helm) => {
  test.each([
    ['a simple chart', { 'Chart.yaml': 'apiVersion: v2\nname: web\nversion: 0.3.1\n', 'templates/svc.yaml': 'kind: Service\n' }],
    ['quoted strings, annotations, maintainers, keywords, dependencies and a vendored subchart', FANCY],
    [
      'strings that read as numbers, booleans, times or null under YAML 1.1, indicators, spaces, non-ASCII text, lines past 80 columns',
      {
        'Chart.yaml': `apiVersion: v2\nname: k\nversion: 0.1.0\nkeywords: ${JSON.stringify([
          ...['1e3', '0o17', '1_000', '+1', '.5', '1:20', '2024-01-01', '2024-01-01 10:00:00', '~', 'Off', '0x1F', '-', 'a: b', 'a #b'],
          ...['#x', 'x#', '- x', '?', 'key:', ':x', '---x', "'quoted'", '"dq"', 'a\\b', 'ü', '日本', '%x', '!x', '*x', '&x', '|x'],
          ...['>x', '`x', ',x', '[x', '{x', 'x,y', 'x]', '<<', '=', '1.', '-.inf', '.NaN', '0.', '+.5', '1e', '0b2', '0777', '089'],
          ...['1__2', 'null ', 'a  b', ' lead', 'trail ', 'x\u00a0y', `${'é'.repeat(50)} ${'é'.repeat(40)}`, `${'a'.repeat(79)} b c`],
          `${'a'.repeat(81)} b  c d`,
        ])}\n`,
      },
    ],
    [
      'long keys, literal blocks (kept and stripped breaks, a leading space or break), folded quoted strings, nested import-values',
      {
        'Chart.yaml': JSON.stringify({
          apiVersion: 'v2',
          name: 'k',
          version: '0.1.0',
          description: 'x '.repeat(60),
          annotations: {
            ['k'.repeat(90)]: 'v',
            [`a b c ${'x'.repeat(85)} y`]: 'long key with spaces',
            lit1: 'a\nb\n\n',
            lit2: '  indented\nsecond\n',
            lit3: 'trailing space \nx',
            lit4: 'x\n y',
            lit5: '\nleading break',
            dq: 'tab\there and a very long line that keeps going past the eighty column mark for sure yes  two',
            sq: 'colon: then a very long line that keeps going past the eighty column mark for sure yes it does',
            sq2: "it's: 'quoted' and a very long line that keeps going past the eighty column mark for sure ok",
            emo: '🚢 ship and a very long line that keeps going past the eighty column mark for sure yes it does',
            crlf: 'a\r\nb',
            empty: '',
          },
          dependencies: [
            {
              name: 'd',
              version: '1.0.0',
              repository: 'https://x',
              'import-values': [{ child: 'a.b', parent: 'c' }, 's', { child: 'x y: z', parent: 'q' }],
            },
          ],
        }),
        'charts/d/Chart.yaml': 'apiVersion: v2\nname: d\nversion: 1.0.0\n',
      },
    ],
    ['a chart without apiVersion, which Helm takes as v1', { 'Chart.yaml': 'name: s\nversion: 0.1.0\n', 'templates/a.yaml': 'a: 1\n' }],
    [
      'an apiVersion v1 chart with requirements.yaml and requirements.lock',
      {
        'Chart.yaml': 'apiVersion: v1\nname: old\nversion: 0.2.0\nappVersion: "2"\n',
        'requirements.yaml': 'dependencies:\n- name: dep\n  version: 1.0.0\n  repository: https://x.example\n',
        'requirements.lock':
          'dependencies:\n- name: dep\n  version: 1.0.0\n  repository: https://x.example\ndigest: sha256:x\ngenerated: "2024-01-01T00:00:00Z"\n',
        'charts/dep/Chart.yaml': 'apiVersion: v1\nname: dep\nversion: 1.0.0\n',
        'templates/a.yaml': 'k: v\n',
      },
    ],
    [
      'a Chart.lock, its time re-written in Go’s form',
      {
        'Chart.yaml':
          'apiVersion: v2\nname: l\nversion: 0.1.0\ndependencies:\n- name: dep\n  version: 1.0.0\n  repository: https://x.example\n',
        'Chart.lock':
          'dependencies:\n- name: dep\n  repository: https://x.example\n  version: 1.0.0\n  alias: zz\ndigest: sha256:abc\ngenerated: "2024-05-21T12:00:00.120+02:00"\n',
        'charts/dep/Chart.yaml': 'apiVersion: v2\nname: dep\nversion: 1.0.0\n',
      },
    ],
    [
      'line breaks, tabs and control characters, which Helm sanitises in some fields and keeps in others',
      {
        'Chart.yaml':
          'apiVersion: v2\nname: san\nversion: 0.1.0\ndescription: |\n  line one\n  line\ttwo\nhome: " https://x "\nicon: "a\\u200Bb"\n' +
          'keywords: ["a\\nb", "c\\u0007d", 1.5]\nmaintainers:\n  - name: "Ann\\nB"\n    email: "a\\tb@x"\nannotations:\n  k: "v\\nw"\n  " lead": "x "\n' +
          'dependencies:\n  - name: "dep"\n    version: "\\u0007"\n    repository: "file://../dep\\n"\n    enabled: true\n    condition: "a\\tb"\n',
        'charts/dep/Chart.yaml': 'apiVersion: v2\nname: dep\nversion: 1.0.0\n',
      },
    ],
  ])('%s: every entry is what helm package writes', async (_, files) => {
    const dir = join(root, 'chart');
    write(dir, files);
    const helmEntries = await entries(helmPackage(helm, dir));
    const ours = await entries((await packageChart(dir, 'chart', root)).archive);
    expect(ours).toEqual(helmEntries);
  });

  test('an umbrella with a file:// dependency and no charts/: the archive helm dependency build then helm package write', async () => {
    const dir = umbrella(helm);
    const ours = await packageChart(dir, 'umbrella', root);
    // Helm builds in its own copy, so the folder lockstep read keeps no charts/.
    const copy = mkdtempSync(join(tmpdir(), 'lockstep-helm-copy-'));
    cpSync(root, copy, { recursive: true });
    const theirs = await entries(helmPackage(helm, join(copy, 'umbrella'), true)).finally(() =>
      rmSync(copy, { recursive: true, force: true }),
    );
    expect(ours.files).toEqual([
      'umbrella/Chart.yaml',
      'umbrella/Chart.lock',
      'umbrella/templates/cm.yaml',
      'umbrella/charts/api/Chart.yaml',
      'umbrella/charts/api/values.yaml',
      'umbrella/charts/api/templates/deploy.yaml',
      'umbrella/charts/api/.helmignore',
    ]);
    expect(await entries(ours.archive)).toEqual(theirs);
  });

  test('a file:// dependency at another version than Chart.lock pins is refused, naming both', async () => {
    const dir = umbrella(helm);
    write(root, { 'api/Chart.yaml': 'apiVersion: v2\nname: api\nversion: 1.2.1\n' });
    write(dir, {
      'Chart.yaml':
        'apiVersion: v2\nname: umbrella\nversion: 0.1.0\ndependencies:\n  - name: api\n    version: ^1.2.0\n    repository: file://../api\n',
    });
    const e = await packageChart(dir, 'umbrella', root).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(UserError);
    expect((e as UserError).message).toBe('Chart.lock pins api 1.2.0 but umbrella/../api is 1.2.1');
    expect((e as UserError).file).toBe('umbrella/Chart.lock');
    expect((e as UserError).line).toBe(2);
  });

  test('an OCI dependency that is not vendored is refused at its line, as helm package refuses it; one under charts/ is used as it is', async () => {
    const dir = join(root, 'shop');
    write(dir, {
      'Chart.yaml':
        'apiVersion: v2\nname: shop\nversion: 2.0.0\ndependencies:\n  - name: redis\n    version: 19.0.0\n    repository: oci://127.0.0.1:5000/charts\n',
      'templates/cm.yaml': 'kind: ConfigMap\n',
    });
    const e = await packageChart(dir, 'shop', root).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(UserError);
    expect((e as UserError).message).toBe(
      'dependency redis 19.0.0 (oci://127.0.0.1:5000/charts) is not in shop/charts/; lockstep packages no chart without its dependencies and downloads none',
    );
    expect([(e as UserError).file, (e as UserError).line]).toEqual(['shop/Chart.yaml', 5]);
    const refused = spawnSync(helm, ['package', dir, '--destination', join(root, 'out')], { encoding: 'utf8' });
    expect(refused.status).not.toBe(0);
    expect(refused.stderr).toContain('found in Chart.yaml, but missing in charts/ directory: redis');

    write(dir, { 'charts/redis/Chart.yaml': 'apiVersion: v2\nname: redis\nversion: 19.0.0\n', 'charts/redis/values.yaml': 'a: 1\n' });
    const ours = await packageChart(dir, 'shop', root);
    expect(await entries(ours.archive)).toEqual(await entries(helmPackage(helm, dir)));
  });

  test('an apiVersion v1 chart whose requirements.yaml names a dependency charts/ does not hold is refused at that line, as helm package refuses it', async () => {
    const dir = join(root, 'old');
    write(dir, {
      'Chart.yaml': 'apiVersion: v1\nname: old\nversion: 0.2.0\n',
      'requirements.yaml': 'dependencies:\n- name: dep\n  version: 1.0.0\n  repository: https://x.example\n',
    });
    const e = await packageChart(dir, 'old', root).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(UserError);
    expect([(e as UserError).message, (e as UserError).file, (e as UserError).line]).toEqual([
      'dependency dep 1.0.0 (https://x.example) is not in old/charts/; lockstep packages no chart without its dependencies and downloads none',
      'old/requirements.yaml',
      2,
    ]);
    const refused = spawnSync(helm, ['package', dir, '--destination', join(root, 'out')], { encoding: 'utf8' });
    expect(refused.status).not.toBe(0);
    expect(refused.stderr).toContain('found in Chart.yaml, but missing in charts/ directory: dep');
  });

  test.each([
    [
      'a type Helm does not know',
      { 'Chart.yaml': 'apiVersion: v2\nname: s\nversion: 0.1.0\ntype: app\n' },
      'type app is neither application nor library; helm package refuses it',
      's/Chart.yaml',
      4,
    ],
    [
      'a values.schema.json that is not JSON',
      { 'Chart.yaml': 'apiVersion: v2\nname: s\nversion: 0.1.0\n', 'values.schema.json': '{bad\n' },
      expect.stringMatching(/^values\.schema\.json is not valid JSON \(.+\); helm package refuses it$/),
      's/values.schema.json',
      1,
    ],
    [
      'an alias with a dot',
      {
        'Chart.yaml':
          'apiVersion: v2\nname: s\nversion: 0.1.0\ndependencies:\n- name: d\n  version: 1.0.0\n  repository: file://../d\n  alias: d.x\n',
        'charts/d/Chart.yaml': 'apiVersion: v2\nname: d\nversion: 1.0.0\n',
      },
      "dependency d: alias 'd.x' holds characters Helm refuses",
      's/Chart.yaml',
      5,
    ],
    [
      'two dependencies of one name',
      {
        'Chart.yaml':
          'apiVersion: v2\nname: s\nversion: 0.1.0\ndependencies:\n- name: d\n  version: 1.0.0\n  repository: file://../d\n- name: d\n  version: 1.0.0\n  repository: file://../d\n',
        'charts/d/Chart.yaml': 'apiVersion: v2\nname: d\nversion: 1.0.0\n',
      },
      'more than one dependency is named or aliased d; helm package refuses it',
      's/Chart.yaml',
      8,
    ],
  ])('%s: refused at its line, as helm package refuses it', async (_, files, message, file, line) => {
    const dir = join(root, 's');
    write(dir, files);
    const e = await packageChart(dir, 's', root).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(UserError);
    expect([(e as UserError).message, (e as UserError).file, (e as UserError).line]).toEqual([message, file, line]);
    expect(spawnSync(helm, ['package', dir, '--destination', join(root, 'out')]).status).not.toBe(0);
  });
});

test("an environment's values file kept in the chart (deployment state) is packaged as helm package does with that line in .helmignore (issue 72 item 6)", async () => {
  const dir = join(root, 'chart');
  const files = {
    'Chart.yaml': 'apiVersion: v2\nname: myapp\nversion: 1.4.2\n',
    'values.yaml': 'image: { repository: ghcr.io/acme/api, tag: "" }\n',
    'values-prod.yaml': `image: { tag: 1.7.3, digest: "sha256:${'a'.repeat(64)}" }\n`,
    'values-dev.yaml': 'image: { tag: 1.8.0 }\n',
    'templates/cm.yaml': 'kind: ConfigMap\n',
  };
  write(dir, files);
  const isState = deploymentState(['charts/myapp/values-prod.yaml', 'charts/myapp/values-dev.yaml', 'charts/myapp/values.yaml']);
  const ours = await entries((await packageChart(dir, 'chart', root, (p) => isState(`charts/myapp/${p}`))).archive);
  const ignored = join(root, 'ignored');
  write(ignored, { ...files, '.helmignore': 'values-prod.yaml\nvalues-dev.yaml\n' });
  for (const [, helm] of HELMS) {
    const theirs = (await entries(helmPackage(helm, ignored))).filter((e) => e.name !== 'myapp/.helmignore');
    expect(ours).toEqual(theirs);
  }
  // The chart's own values.yaml is chart content, whoever names it as an environment's.
  expect(ours.map((e) => e.name)).toEqual(['myapp/Chart.yaml', 'myapp/values.yaml', 'myapp/templates/cm.yaml']);
});
