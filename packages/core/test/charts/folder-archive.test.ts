import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { folderArchive } from '../../src/charts/folder-archive.ts';

// A chart given to Helm as one archive instead of a folder (charts/folder-archive.ts): for each chart below, the real
// `helm template` of both majors (Helm 3.17.3 and Helm 4.1.4) prints the same bytes, or the same error, from the
// archive as from a folder holding the files. A template lists every file Helm loaded with its digest, so a file
// loaded on one side only, or loaded with other bytes, shows. Where Helm's archive reader reads a name otherwise,
// no archive is made (the folder is written as before).

const HELMS = [
  ['Helm 3.17.3', process.env.LOCKSTEP_HELM!],
  ['Helm 4.1.4', process.env.LOCKSTEP_HELM4!],
] as const;

let root: string;
beforeEach(() => (root = mkdtempSync(join(tmpdir(), 'lockstep-folder-archive-'))));
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** Every file of .Files with its digest, and the chart's own and its subchart's templates. */
const LIST_FILES = [
  'apiVersion: v1',
  'kind: ConfigMap',
  'metadata: { name: {{ .Chart.Name }}-files }',
  'data:',
  '{{- range $path, $_ := .Files.Glob "**" }}',
  '  {{ $path | quote }}: {{ $.Files.Get $path | sha256sum | quote }}',
  '{{- end }}',
  '  replicas: {{ .Values.replicas | quote }}',
  '',
].join('\n');

const BASE = {
  'Chart.yaml': 'apiVersion: v2\nname: shop\nversion: 1.2.3\ndependencies: [{ name: sub, version: 0.1.0 }]\n',
  'values.yaml': 'replicas: 2\n',
  'templates/files.yaml': LIST_FILES,
  'charts/sub/Chart.yaml': 'apiVersion: v2\nname: sub\nversion: 0.1.0\n',
  'charts/sub/templates/files.yaml': LIST_FILES,
  'charts/sub/values.yaml': 'replicas: 1\n',
  'files/config.txt': 'a=1\n',
};

/** `helm template` of `chart` (a folder or an archive): its output, or its error. */
function template(helm: string, chart: string): string {
  const r = spawnSync(helm, ['template', 'r1', chart, '--namespace', 'ns'], {
    encoding: 'utf8',
    env: { PATH: '/usr/bin:/bin', HOME: root },
  });
  return r.status === 0 ? r.stdout : `exit ${r.status}: ${r.stderr.replaceAll(root, '<root>')}`;
}

/** The chart written as a folder and as folderArchive's archive, each rendered by `helm`. */
async function both(files: Record<string, string>, helm: string): Promise<{ folder: string; archive: string }> {
  const dir = join(root, 'folder', 'shop');
  for (const [p, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, p)), { recursive: true });
    writeFileSync(join(dir, p), text);
  }
  const archive = await folderArchive(new Map(Object.entries(files)));
  expect(archive).toBeDefined();
  const tgz = join(root, 'shop.tgz');
  writeFileSync(tgz, archive!);
  return { folder: template(helm, dir), archive: template(helm, tgz) };
}

describe.each(HELMS)('%s renders the archive as it renders the folder', (_label, helm) => {
  test('a chart with a subchart folder and a file: the same objects, the same files listed', async () => {
    const { folder, archive } = await both(BASE, helm);
    expect(folder).toContain('"files/config.txt": "');
    expect(archive).toBe(folder);
  });

  test('.helmignore rules (a file, a folder, a glob, a negation-free pattern under a subchart) and the hidden template rule', async () => {
    const files = {
      ...BASE,
      '.helmignore': '# comments\n*.bak\nsecret/\nfiles/skip-*.txt\ncharts/sub/private.txt\n',
      'secret/key.txt': 'not loaded\n',
      'notes.bak': 'not loaded\n',
      'files/skip-me.txt': 'not loaded\n',
      'files/keep-me.txt': 'loaded\n',
      'charts/sub/private.txt': 'not loaded\n',
      'charts/sub/public.txt': 'loaded\n',
      // A subchart's own .helmignore is not read by Helm's folder loader (only the top one is): its rule does not apply.
      'charts/sub/.helmignore': 'public.txt\n',
      'templates/.hidden.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata: { name: hidden }\n',
    };
    const { folder, archive } = await both(files, helm);
    expect(folder).not.toContain('secret/key.txt');
    expect(folder).not.toContain('name: hidden');
    expect(folder).toContain('"public.txt": "');
    expect(archive).toBe(folder);
  });

  test('byte order marks, a name over 100 characters, non-ASCII names, CRLF lines', async () => {
    const long = `files/${'d'.repeat(60)}/${'f'.repeat(70)}.txt`;
    const files = {
      ...BASE,
      'values.yaml': '\ufeffreplicas: 3\r\n',
      [long]: 'long\n',
      'files/résumé-日本.txt': 'unicode\n',
      'files/bom.txt': '\ufeffwith a mark\n',
    };
    const { folder, archive } = await both(files, helm);
    expect(folder).toContain('replicas: "3"');
    expect(folder).toContain(long);
    expect(folder).toContain('résumé-日本.txt');
    expect(archive).toBe(folder);
  });

  test('a template error: the same message', async () => {
    const broken = await both({ ...BASE, 'templates/bad.yaml': '{{ .Values.missing.deeper }}\n' }, helm);
    expect(broken.folder).toMatch(/^exit 1: .*nil pointer evaluating interface \{\}\.deeper/s);
    expect(broken.archive).toBe(broken.folder);
  });
});

describe('no archive where Helm reads one otherwise than the folder', () => {
  const none = async (extra: Record<string, string>) => folderArchive(new Map(Object.entries({ ...BASE, ...extra })));

  test('a backslash in a name, a name starting with "..", a drive-letter folder, an empty or dot segment', async () => {
    expect(await none({ 'files/a\\b.txt': 'x' })).toBeUndefined();
    expect(await none({ '..hidden': 'x' })).toBeUndefined();
    expect(await none({ 'c:/x.txt': 'x' })).toBeUndefined();
    expect(await none({ 'files//x.txt': 'x' })).toBeUndefined();
    expect(await none({ 'files/./x.txt': 'x' })).toBeUndefined();
  });

  test('a file whose name is also a folder, a .helmignore Helm refuses, a file over 1 MiB, nothing loaded', async () => {
    expect(await none({ files: 'a file and a folder' })).toBeUndefined();
    expect(await none({ '.helmignore': 'docs/**/x\n' })).toBeUndefined();
    expect(await none({ 'files/big.bin': 'x'.repeat(1024 * 1024 + 1) })).toBeUndefined();
    expect(await folderArchive(new Map([['.helmignore', '*\n']]))).toBeUndefined();
  });

  test('no Chart.yaml, or one the .helmignore leaves out (Helm 4 reads it from the folder first)', async () => {
    const { 'Chart.yaml': _, ...noChart } = BASE;
    expect(await folderArchive(new Map(Object.entries(noChart)))).toBeUndefined();
    expect(await none({ '.helmignore': 'Chart.yaml\n' })).toBeUndefined();
  });

  test('the same chart otherwise: an archive', async () => {
    expect((await none({ 'files/ok.txt': 'x' }))?.subarray(0, 3)).toEqual(Buffer.from([0x1f, 0x8b, 0x08]));
  });
});
