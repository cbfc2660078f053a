import { changedThroughDependencies } from '../../src/checks/changed-charts.ts';
import type { ChartBumpInput, PathSet } from '../../src/checks/types.ts';
import { ParseCache } from '../../src/text/parse-cache.ts';

// Which charts a pull request changes through their file:// dependencies (checks/changed-charts.ts). A Chart.yaml is
// parsed only where it may name a changed chart (text/spelled.ts): these hold the answer where a dependency names
// its chart through a YAML escape, through `..` (its own folder's parent, spelled nowhere in it), or through a chart
// that is itself changed only through a dependency.

async function dependents(files: Record<string, string>, changed: string[]) {
  const head: PathSet = new Set(Object.keys(files));
  const tops = Object.keys(files)
    .filter((p) => p.endsWith('/Chart.yaml'))
    .map((p) => p.slice(0, -'/Chart.yaml'.length));
  const counted = new Map(changed.map((c) => [c, [`${c}/templates/x.yaml`]]));
  const input = { head, base: head, changed: [] } as unknown as ChartBumpInput;
  const read = async (_tree: PathSet, path: string) => files[path];
  const found = await changedThroughDependencies(tops, counted, input, read, new ParseCache());
  return Object.fromEntries([...found].sort(([a], [b]) => a.localeCompare(b)));
}

const chart = (name: string, ...repositories: string[]) =>
  [
    'apiVersion: v2',
    `name: ${name}`,
    'version: 1.0.0',
    'dependencies:',
    ...repositories.map((r) => `  - { name: dep, version: 1.0.0, repository: ${r} }`),
    '',
  ].join('\n');

describe('charts changed through a file:// dependency, each Chart.yaml read only where it may name one', () => {
  test('a written-out dependency on the changed library, and one on another chart: the first found', async () => {
    const files = {
      'charts/lib/Chart.yaml': 'apiVersion: v2\nname: lib\ntype: library\nversion: 1.0.0\n',
      'charts/api/Chart.yaml': chart('api', 'file://../lib'),
      'charts/web/Chart.yaml': chart('web', 'file://../common'),
      'charts/common/Chart.yaml': 'apiVersion: v2\nname: common\nversion: 1.0.0\n',
    };
    expect(await dependents(files, ['charts/lib'])).toEqual({ 'charts/api': 'charts/lib' });
  });

  test('a dependency named through a double-quoted escape is found', async () => {
    const files = {
      'charts/lib/Chart.yaml': 'apiVersion: v2\nname: lib\nversion: 1.0.0\n',
      'charts/api/Chart.yaml': chart('api', '"file://../\\x6cib"'),
    };
    expect(await dependents(files, ['charts/lib'])).toEqual({ 'charts/api': 'charts/lib' });
  });

  test('a dependency on `..`, the folder holding the chart, which its text never names, is found', async () => {
    const files = {
      'platform/Chart.yaml': 'apiVersion: v2\nname: platform\nversion: 1.0.0\n',
      'platform/addons/Chart.yaml': chart('addons', 'file://..'),
      'platform/tools/Chart.yaml': chart('tools', '"file://../"'),
    };
    expect(await dependents(files, ['platform'])).toEqual({ 'platform/addons': 'platform', 'platform/tools': 'platform' });
  });

  test('a chain: web depends on api, api on the changed lib; web never names lib and is found all the same', async () => {
    const files = {
      'charts/lib/Chart.yaml': 'apiVersion: v2\nname: lib\nversion: 1.0.0\n',
      'charts/api/Chart.yaml': chart('api', 'file://../lib'),
      'charts/web/Chart.yaml': chart('web', 'file://../api'),
      'charts/edge/Chart.yaml': chart('edge', 'file://../web'),
      'charts/other/Chart.yaml': chart('other', 'file://../unrelated'),
    };
    expect(await dependents(files, ['charts/lib'])).toEqual({
      'charts/api': 'charts/lib',
      'charts/edge': 'charts/web',
      'charts/web': 'charts/api',
    });
  });
});
