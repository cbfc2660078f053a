import { mkdirSync, mkdtempSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { extract, pack } from 'tar-stream';
import { packageChart } from '../../src/charts/package.ts';
import { UserError } from '../../src/errors.ts';
import { digestOf } from '../../src/registry/manifest.ts';

let root: string;
beforeEach(() => (root = mkdtempSync(join(tmpdir(), 'lockstep-package-'))));
afterEach(() => rmSync(root, { recursive: true, force: true }));

function write(base: string, files: Record<string, string | Buffer>): void {
  for (const [p, text] of Object.entries(files)) {
    mkdirSync(dirname(join(base, p)), { recursive: true });
    writeFileSync(join(base, p), text);
  }
}

async function entries(tgz: Buffer): Promise<{ name: string; mode: number; uid: number; mtime: number; uname: string; text: string }[]> {
  const out: { name: string; mode: number; uid: number; mtime: number; uname: string; text: string }[] = [];
  const x = extract();
  const done = new Promise<void>((resolve, reject) => {
    x.on('entry', (h, s, next) => {
      const chunks: Buffer[] = [];
      s.on('data', (c: unknown) => chunks.push(c as Buffer));
      s.on('end', () => {
        out.push({
          name: h.name,
          mode: h.mode,
          uid: h.uid,
          mtime: h.mtime.getTime(),
          uname: h.uname,
          text: Buffer.concat(chunks).toString('utf8'),
        });
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

async function tgzOf(files: Record<string, string>): Promise<Buffer> {
  const p = pack();
  const chunks: Buffer[] = [];
  p.on('data', (c: unknown) => chunks.push(c as Buffer));
  const ended = new Promise<void>((resolve) => p.on('end', resolve));
  for (const [name, text] of Object.entries(files)) p.entry({ name }, text);
  p.finalize();
  await ended;
  return gzipSync(Buffer.concat(chunks));
}

const API = {
  'Chart.yaml':
    'apiVersion: v2\nname: api\nversion: 1.0.0+build.7\ndependencies:\n  - name: cache\n    version: 0.3.0\n    repository: https://charts.example\nkeywords: [a, b]\n',
  'values.yaml': 'a: 1\n',
  'templates/a.yaml': 'kind: A\n',
};
/** api's dependency, vendored as `helm dependency build` leaves it: Helm packages no chart without its dependencies. */
let CACHE: Buffer;
beforeAll(
  async () =>
    (CACHE = await tgzOf({ 'cache/Chart.yaml': 'apiVersion: v2\nname: cache\nversion: 0.3.0\n', 'cache/values.yaml': 'size: 1\n' })),
);

test('the same chart gives the same bytes wherever it sits and whatever its files’ times: fixed mtimes, modes, owners; gzip without time, OS 255', async () => {
  write(join(root, 'one'), { ...API, 'charts/cache-0.3.0.tgz': CACHE });
  write(join(root, 'two/deeper'), { ...API, 'charts/cache-0.3.0.tgz': CACHE });
  utimesSync(join(root, 'two/deeper/values.yaml'), new Date('2001-02-03'), new Date('2001-02-03'));
  const a = await packageChart(join(root, 'one'), 'one', root);
  const b = await packageChart(join(root, 'two/deeper'), 'two/deeper', root);
  expect(digestOf(a.archive)).toBe(digestOf(b.archive));
  expect([...a.archive.subarray(0, 10)]).toEqual([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 2, 255]);
  const list = await entries(a.archive);
  expect(list.map((e) => [e.name, e.mode, e.uid, e.mtime, e.uname])).toEqual([
    ['api/Chart.yaml', 0o644, 0, 0, ''],
    ['api/values.yaml', 0o644, 0, 0, ''],
    ['api/templates/a.yaml', 0o644, 0, 0, ''],
    ['api/charts/cache/Chart.yaml', 0o644, 0, 0, ''],
    ['api/charts/cache/values.yaml', 0o644, 0, 0, ''],
  ]);
  // Chart.yaml as Helm writes it: keys sorted, sequences not indented, unknown keys dropped.
  expect(list[0].text).toBe(
    'apiVersion: v2\ndependencies:\n- name: cache\n  repository: https://charts.example\n  version: 0.3.0\nkeywords:\n- a\n- b\nname: api\nversion: 1.0.0+build.7\n',
  );
  expect(a.metadata).toEqual({
    name: 'api',
    version: '1.0.0+build.7',
    keywords: ['a', 'b'],
    apiVersion: 'v2',
    dependencies: [{ name: 'cache', version: '0.3.0', repository: 'https://charts.example' }],
  });
});

test('a packaged dependency in charts/ is expanded under charts/<its name>/, as Helm writes it', async () => {
  write(join(root, 'api'), {
    ...API,
    'charts/cache-0.3.0.tgz': await tgzOf({
      'cache/Chart.yaml': 'apiVersion: v2\nname: cache\nversion: 0.3.0\n',
      'cache/values.yaml': 'size: 1\n',
    }),
  });
  write(join(root, 'api'), { 'charts/.keep': '', 'charts/_skipped/x': 'y' });
  const p = await packageChart(join(root, 'api'), 'api', root);
  expect(p.files).toEqual([
    'api/Chart.yaml',
    'api/values.yaml',
    'api/templates/a.yaml',
    'api/charts/cache/Chart.yaml',
    'api/charts/cache/values.yaml',
  ]);
});

test('a dependency archive whose paths climb out is refused, naming it', async () => {
  write(join(root, 'api'), {
    ...API,
    'charts/evil.tgz': await tgzOf({ 'cache/Chart.yaml': 'apiVersion: v2\nname: cache\nversion: 0.3.0\n', 'cache/../../../etc/x': 'boom' }),
  });
  await expect(packageChart(join(root, 'api'), 'charts/api', root)).rejects.toThrow(
    "charts/api/charts/evil.tgz holds the path 'cache/../../../etc/x', which leaves the chart",
  );
});

test('a symbolic link is followed inside the workspace and refused when it leads out', async () => {
  write(join(root, 'ws/api'), { ...API, 'charts/cache-0.3.0.tgz': CACHE });
  write(join(root, 'ws'), { 'shared/NOTES.txt': 'shared\n' });
  symlinkSync(join(root, 'ws/shared/NOTES.txt'), join(root, 'ws/api/NOTES.txt'));
  expect((await packageChart(join(root, 'ws/api'), 'api', join(root, 'ws'))).files).toContain('api/NOTES.txt');
  write(root, { 'secret.txt': 'token\n' });
  symlinkSync(join(root, 'secret.txt'), join(root, 'ws/api/leak.txt'));
  const e = await packageChart(join(root, 'ws/api'), 'api', join(root, 'ws')).catch((x: unknown) => x);
  expect(e).toBeInstanceOf(UserError);
  expect((e as Error).message).toBe('api/leak.txt is a symbolic link to outside the workspace; lockstep does not package it');
});

test('a .helmignore rule leaves files and whole folders out; Helm refuses a broken rule', async () => {
  write(join(root, 'api'), {
    ...API,
    'charts/cache-0.3.0.tgz': CACHE,
    '.helmignore': '*.orig\nci/\n',
    'x.orig': '',
    'ci/a.yaml': '',
    'templates/.hidden': '',
  });
  expect((await packageChart(join(root, 'api'), 'api', root)).files).toEqual([
    'api/Chart.yaml',
    'api/values.yaml',
    'api/templates/a.yaml',
    'api/.helmignore',
    'api/charts/cache/Chart.yaml',
    'api/charts/cache/values.yaml',
  ]);
  write(join(root, 'api'), { '.helmignore': 'docs/**\n' });
  await expect(packageChart(join(root, 'api'), 'charts/api', root)).rejects.toThrow(UserError);
});
