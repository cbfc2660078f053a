import { readChartFolder } from '../../src/render/render.ts';

// Helm's loader reads every charts/<name>.tgz of a chart as a subchart, whether or not a dependencies: entry names it
// (issue 72 audit item 2). Lockstep reads a chart's files as text and cannot hand Helm that archive: rendering
// without it would judge another chart than the one the cluster receives, so the side is refused at the archive.

const REFUSED = (file: string, name: string) => ({
  unavailable: `${name} unavailable (a packaged subchart kept in git is not read)`,
  refused: {
    file,
    line: 1,
    hint: 'unpack it into a folder under charts/, so the subchart the cluster receives is the one reviewed (Helm loads every charts/*.tgz, named by dependencies: or not)',
  },
});

function reader(tree: Map<string, string>) {
  return {
    list: async (dir: string) => [...tree.keys()].filter((p) => p.startsWith(`${dir}/`)),
    read: async (p: string) => tree.get(p),
  };
}

const APP: [string, string][] = [
  ['charts/app/Chart.yaml', 'apiVersion: v2\nname: app\nversion: 1.0.0\n'],
  ['charts/app/templates/cm.yaml', 'kind: ConfigMap\n'],
];

describe('readChartFolder: a packaged subchart no dependencies: entry names', () => {
  test('is refused at the archive, not rendered without it', async () => {
    const tree = new Map([...APP, ['charts/app/charts/redis-19.0.0.tgz', '\u001f\u008b\u0008']]);
    expect(await readChartFolder(reader(tree), 'charts/app')).toEqual(REFUSED('charts/app/charts/redis-19.0.0.tgz', 'redis-19.0.0.tgz'));
  });

  test("is refused inside a vendored subchart's charts/ too", async () => {
    const tree = new Map([
      ...APP,
      ['charts/app/charts/cache/Chart.yaml', 'apiVersion: v2\nname: cache\nversion: 1.0.0\n'],
      ['charts/app/charts/cache/charts/metrics.tgz', '\u001f\u008b\u0008'],
    ]);
    expect(await readChartFolder(reader(tree), 'charts/app')).toEqual(REFUSED('charts/app/charts/cache/charts/metrics.tgz', 'metrics.tgz'));
  });

  test("renders when the chart's .helmignore leaves the archive out, as helm does; a .tgz outside charts/ is a plain file", async () => {
    const tree = new Map([...APP, ['charts/app/.helmignore', '*.tgz\n'], ['charts/app/charts/redis-19.0.0.tgz', '\u001f\u008b\u0008']]);
    const read = await readChartFolder(reader(tree), 'charts/app');
    expect('files' in read && [...read.files.keys()].sort()).toEqual([
      '.helmignore',
      'Chart.yaml',
      'charts/redis-19.0.0.tgz',
      'templates/cm.yaml',
    ]);
    const plain = new Map([...APP, ['charts/app/files/bundle.tgz', 'x']]);
    const kept = await readChartFolder(reader(plain), 'charts/app');
    expect('files' in kept && [...kept.files.keys()].sort()).toEqual(['Chart.yaml', 'files/bundle.tgz', 'templates/cm.yaml']);
  });
});
