import { gzipSync } from 'node:zlib';
import { pack } from 'tar-stream';
import { readChartArchive } from '../../src/charts/archive.ts';
import type { ChartValuesFiles } from '../../src/values/chart-drift.ts';
import { archiveTree, chartMeta, readChartValues, type ChartTree } from '../../src/values/chart-files.ts';

// An umbrella chart's subcharts as values-drift reads them (issue 57, item 4):
// what charts/ holds (a folder, a .tgz), else a file:// folder of the same
// tree; a remote dependency not vendored is kept unread with why.

async function tgz(files: Record<string, string>): Promise<Buffer> {
  const tar = pack();
  const chunks: Buffer[] = [];
  tar.on('data', (c: unknown) => chunks.push(c as Buffer));
  const ended = new Promise<void>((resolve) => tar.on('end', () => resolve()));
  for (const [name, text] of Object.entries(files)) tar.entry({ name }, text);
  tar.finalize();
  await ended;
  return gzipSync(Buffer.concat(chunks));
}

/** A tree over files by path (a commit of the repository, as the git port reads it). */
function tree(files: Record<string, string | Buffer>): ChartTree {
  return {
    text: (p) => Promise.resolve(typeof files[p] === 'string' ? files[p] : undefined),
    list: (dir) => Promise.resolve(Object.keys(files).filter((k) => k.startsWith(`${dir}/`))),
    bytes: (p) => Promise.resolve(Buffer.isBuffer(files[p]) ? files[p] : undefined),
  };
}

/** The tree of a read chart as names, versions, keys and why, without the texts. */
function shape(c: ChartValuesFiles): unknown {
  return {
    chart: `${c.name} ${c.version}`,
    values: c.values,
    templates: c.templates,
    reads: c.reads,
    dependencies: c.dependencies.map((d) => ({
      key: d.key,
      ...(d.chart ? { chart: shape(d.chart) } : { unread: d.unread }),
      imports: d.imports,
    })),
  };
}

const SHOP = [
  'apiVersion: v2',
  'name: shop',
  'version: 1.1.0',
  'dependencies:',
  '  - name: api',
  '    alias: backend',
  '    version: ~0.4.0',
  '    repository: file://../api',
  '    condition: backend.enabled,global.backend.enabled',
  '    tags: [core]',
  '    import-values: [defaults, { child: service.port, parent: ports.api }]',
  '  - name: worker',
  '    version: 2.0.0',
  '    repository: file://../worker',
  '  - name: redis',
  '    version: 17.3.0',
  '    repository: https://charts.bitnami.com/bitnami',
  '',
].join('\n');

test('an aliased file:// subchart with its own file:// subchart, a vendored .tgz preferred to the folder, a remote one unread; conditions, tags and imports as Helm reads them', async () => {
  const workerTgz = await tgz({
    'worker/Chart.yaml': 'name: worker\nversion: 2.0.0\n',
    'worker/values.yaml': 'queue: jobs\n',
    'worker/templates/d.yaml': 'q: {{ .Values.queue }}\n',
  });
  const files = {
    'charts/shop/Chart.yaml': SHOP,
    'charts/shop/values.yaml': 'backend:\n  logLevel: info\n',
    'charts/shop/templates/cm.yaml': 'n: {{ .Values.nameOverride }}\n',
    'charts/shop/charts/worker-2.0.0.tgz': workerTgz,
    'charts/shop/charts/_skipped/Chart.yaml': 'name: skipped\nversion: 1.0.0\n',
    'charts/api/Chart.yaml':
      'name: api\nversion: 0.4.0\ndependencies:\n  - { name: db, version: 1.x, repository: "file://../db", tags: [storage] }\n',
    'charts/api/values.yaml': 'replicas: 1\n',
    'charts/api/templates/d.yaml': 'r: {{ .Values.replicas }}\n',
    'charts/db/Chart.yaml': 'name: db\nversion: 1.2.0\n',
    'charts/db/templates/s.yaml': 'p: {{ .Values.poolSize }}\n',
    // The folder charts/shop does not use: the .tgz in its charts/ is what it vendors.
    'charts/worker/Chart.yaml': 'name: worker\nversion: 2.0.0\n',
    'charts/worker/values.yaml': 'stale: true\n',
  };
  const chart = await readChartValues(tree(files), 'charts/shop', { ...chartMeta(SHOP), name: 'shop', version: '1.1.0' });
  expect(shape(chart)).toEqual({
    chart: 'shop 1.1.0',
    values: 'backend:\n  logLevel: info\n',
    templates: ['n: {{ .Values.nameOverride }}\n'],
    // Tags are read from the top chart's values, whichever level declares them.
    reads: [
      ['backend', 'enabled'],
      ['global', 'backend', 'enabled'],
      ['tags', 'core'],
      ['tags', 'storage'],
    ],
    dependencies: [
      {
        key: 'backend',
        imports: [
          { child: ['exports', 'defaults'], parent: [] },
          { child: ['service', 'port'], parent: ['ports', 'api'] },
        ],
        chart: {
          chart: 'api 0.4.0',
          values: 'replicas: 1\n',
          templates: ['r: {{ .Values.replicas }}\n'],
          reads: [],
          dependencies: [
            {
              key: 'db',
              imports: [],
              chart: { chart: 'db 1.2.0', values: undefined, templates: ['p: {{ .Values.poolSize }}\n'], reads: [], dependencies: [] },
            },
          ],
        },
      },
      {
        key: 'worker',
        imports: [],
        chart: { chart: 'worker 2.0.0', values: 'queue: jobs\n', templates: ['q: {{ .Values.queue }}\n'], reads: [], dependencies: [] },
      },
      {
        key: 'redis',
        imports: undefined,
        unread:
          'subchart redis 17.3.0 of chart shop 1.1.0 comes from https://charts.bitnami.com/bitnami and is not in its charts/ folder: lockstep reads the file:// subcharts and those charts/ holds, and downloads none',
      },
    ],
  });
});

test('a packaged chart (its subcharts as folders in the archive, as helm package writes them) is read the same way', async () => {
  const files = await readChartArchive(
    await tgz({
      'shop/Chart.yaml': 'name: shop\nversion: 1.1.0\ndependencies:\n  - { name: api, version: 0.4.0, repository: "file://../api" }\n',
      'shop/charts/api/Chart.yaml': 'name: api\nversion: 0.4.0\n',
      'shop/charts/api/values.yaml': 'replicas: 1\n',
      'shop/charts/api/templates/d.yaml': 'r: {{ .Values.replicas }}\n',
      'shop/charts/api/charts/db/Chart.yaml': 'name: db\nversion: 1.2.0\n',
      'shop/charts/api/charts/db/templates/s.yaml': 'p: {{ .Values.poolSize }}\n',
      'shop/charts/api/README.md': 'not read\n',
    }),
    'the chart oci://r/shop:1.1.0',
    { templates: true, subcharts: true },
  );
  const chart = await readChartValues(archiveTree(files), '', { ...chartMeta(files.get('Chart.yaml')!), name: 'shop', version: '1.1.0' });
  expect(shape(chart)).toEqual({
    chart: 'shop 1.1.0',
    values: undefined,
    templates: [],
    reads: [],
    dependencies: [
      {
        key: 'api',
        imports: [],
        chart: {
          chart: 'api 0.4.0',
          values: 'replicas: 1\n',
          templates: ['r: {{ .Values.replicas }}\n'],
          reads: [],
          // Not listed in api's Chart.yaml, but in its charts/: rendered all the same, under its name.
          dependencies: [
            {
              key: 'db',
              imports: [],
              chart: { chart: 'db 1.2.0', values: undefined, templates: ['p: {{ .Values.poolSize }}\n'], reads: [], dependencies: [] },
            },
          ],
        },
      },
    ],
  });
});

test('file:// subcharts that depend on each other end at the depth bound, saying so; one outside the tree and one missing are unread with why', async () => {
  const files = {
    'a/Chart.yaml':
      'name: a\nversion: 1.0.0\ndependencies:\n  - { name: b, repository: "file://../b" }\n  - { name: c, repository: "file://../../c" }\n  - { name: d, repository: "file://../d" }\n',
    'b/Chart.yaml': 'name: b\nversion: 1.0.0\ndependencies:\n  - { name: a, repository: "file://../a" }\n',
  };
  const chart = await readChartValues(tree(files), 'a', { ...chartMeta(files['a/Chart.yaml']), name: 'a', version: '1.0.0' });
  let depth = 0;
  let at: ChartValuesFiles = chart;
  while (at.dependencies[0].chart) {
    at = at.dependencies[0].chart;
    depth++;
  }
  expect(depth).toBe(8);
  expect(at.dependencies[0].unread).toBe(
    `subchart ${at.name === 'a' ? 'b' : 'a'} 1.0.0 of chart ${at.name} 1.0.0 is nested deeper than 8 charts; lockstep reads no deeper`,
  );
  expect(chart.dependencies.slice(1).map((d) => d.unread)).toEqual([
    'subchart c of chart a 1.0.0 is at file://../../c, outside what lockstep reads',
    'subchart d of chart a 1.0.0: file://../d has no Chart.yaml at d',
  ]);
});

test('a vendored .tgz that is no archive is unread, naming it', async () => {
  const files = { 'x/Chart.yaml': 'name: x\nversion: 1.0.0\n', 'x/charts/bad-1.0.0.tgz': Buffer.from('not gzip') };
  const chart = await readChartValues(tree(files), 'x', { name: 'x', version: '1.0.0', dependencies: [] });
  expect(chart.dependencies.map((d) => [d.key, d.unread])).toEqual([
    ['bad-1.0.0.tgz', expect.stringMatching(/^x\/charts\/bad-1\.0\.0\.tgz is not a gzip'd chart archive \(/)],
  ]);
});
