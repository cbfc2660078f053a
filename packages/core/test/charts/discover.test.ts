import {
  chartOwner,
  chartPatternMatcher,
  findCharts,
  isInsideChartsFolder,
  normalizePattern,
  owningChart,
} from '../../src/charts/discover.ts';

// A monorepo file list as `git ls-files` prints it.
const FILES = [
  'README.md',
  'charts/myapp/Chart.yaml',
  'charts/myapp/values.yaml',
  'charts/myapp/templates/deployment.yaml',
  'charts/myapp/charts/redis/Chart.yaml', // vendored subchart
  'charts/myapp/charts/redis/charts/common/Chart.yaml', // subchart of the subchart
  'charts/common/Chart.yaml',
  'charts/common-extra/Chart.yaml',
  'deploy/helm/platform/Chart.yaml',
  'deploy/helm/platform/charts/local/Chart.yaml',
  'charts/mylib/src/charts/Chart.yaml', // under a folder named charts/, but not another chart's charts/
  'docs/Chart.yaml.md',
  'services/api/Dockerfile',
];

describe('findCharts', () => {
  test('finds every top-level chart, skipping subcharts under another chart’s charts/', () => {
    expect(findCharts(FILES)).toEqual([
      'charts/common',
      'charts/common-extra',
      'charts/myapp',
      'charts/mylib/src/charts',
      'deploy/helm/platform',
    ]);
  });

  test.each([
    [['charts/*'], ['charts/common', 'charts/common-extra', 'charts/myapp']],
    [['charts/'], ['charts/common', 'charts/common-extra', 'charts/myapp', 'charts/mylib/src/charts']], // a plain folder: the charts below it
    [['deploy'], ['deploy/helm/platform']],
    [['charts/**'], ['charts/common', 'charts/common-extra', 'charts/myapp', 'charts/mylib/src/charts']],
    [['./charts/myapp/Chart.yaml'], ['charts/myapp']],
    [['./charts/myapp'], ['charts/myapp']],
    [['charts/myapp/'], ['charts/myapp']],
    [['charts/common'], ['charts/common']],
    [['charts/common*'], ['charts/common', 'charts/common-extra']],
    [
      ['deploy/**', 'charts/myapp'],
      ['charts/myapp', 'deploy/helm/platform'],
    ],
    [['charts/myapp/charts/redis'], []], // a subchart is part of its parent, never a chart of its own
    [[], ['charts/common', 'charts/common-extra', 'charts/myapp', 'charts/mylib/src/charts', 'deploy/helm/platform']],
  ])('patterns %j → %j', (patterns, expected) => {
    expect(findCharts(FILES, patterns)).toEqual(expected);
  });

  test('a chart at the repository root', () => {
    expect(findCharts(['Chart.yaml', 'values.yaml', 'charts/dep/Chart.yaml'])).toEqual(['.']);
    expect(findCharts(['Chart.yaml'], ['.'])).toEqual(['.']);
    expect(findCharts(['Chart.yaml'], ['./'])).toEqual(['.']);
    expect(isInsideChartsFolder('charts/dep', new Set(['.', 'charts/dep']))).toBe(true);
  });

  // Plain folders are compared as text (no matcher compiled); globs and names with glob characters go to picomatch.
  test.each([
    [['charts/a.b'], 'charts/a.b', true],
    [['charts/a.b'], 'charts/aXb', false],
    [['charts/a.b'], 'charts/a.b/sub', true],
    [['charts'], 'charts-old/x', false],
    [['charts/c++'], 'charts/c++', true],
    [['charts/c++'], 'charts/cc', false],
    [['charts/v@1'], 'charts/v@1', true],
    [['charts/{a,b}'], 'charts/b', true],
    [['charts/[ab]'], 'charts/c', false],
    [['.', 'charts/*'], 'anything/deep', true],
  ])('chartPatternMatcher(%j)(%j) = %s', (patterns, dir, expected) => {
    expect(chartPatternMatcher(patterns)(dir)).toBe(expected);
  });

  test('accepts any iterable', () => {
    expect(findCharts(new Set(['a/Chart.yaml', 'a/charts/b/Chart.yaml']))).toEqual(['a']);
  });
});

test.each([
  ['charts/myapp/charts/redis', true],
  ['charts/myapp', false],
  ['charts/mylib/src/charts', false],
  ['other/charts/x', false],
  ['charts/x', false], // no chart at the root in this set
])('isInsideChartsFolder(%j) = %s', (dir, inside) => {
  expect(
    isInsideChartsFolder(dir, new Set(['charts/myapp', 'charts/myapp/charts/redis', 'charts/mylib/src/charts', 'other/charts/x'])),
  ).toBe(inside);
});

test.each([
  ['charts/', 'charts'],
  ['./charts/x', 'charts/x'],
  ['charts/x/Chart.yaml', 'charts/x'],
  [' charts\\x\\ ', 'charts/x'],
  ['./', '.'],
  ['Chart.yaml', 'Chart.yaml'],
])('normalizePattern(%j) = %j', (p, expected) => expect(normalizePattern(p)).toBe(expected));

describe('owningChart', () => {
  const charts = ['charts/common', 'charts/common-extra', 'charts/myapp', 'charts/myapp/charts/redis'];
  test.each([
    ['charts/myapp/values.yaml', 'charts/myapp'],
    ['charts/myapp/charts/redis/values.yaml', 'charts/myapp/charts/redis'], // longest match wins
    ['charts/common-extra/values.yaml', 'charts/common-extra'], // not charts/common: a prefix must end at a folder
    ['charts/common/templates/_helpers.tpl', 'charts/common'],
    ['charts/myapp', 'charts/myapp'],
    ['charts/other/values.yaml', undefined],
    ['README.md', undefined],
  ])('%s → %s', (path, owner) => {
    expect(owningChart(path, charts)).toBe(owner);
    expect(chartOwner(charts)(path)).toBe(owner);
  });
  test('a root chart owns everything not owned by a deeper chart', () => {
    expect(owningChart('README.md', ['.', 'charts/a'])).toBe('.');
    expect(owningChart('charts/a/values.yaml', ['.', 'charts/a'])).toBe('charts/a');
    expect(chartOwner(['.', 'charts/a'])('README.md')).toBe('.');
    expect(chartOwner(['.', 'charts/a'])('charts/a/values.yaml')).toBe('charts/a');
  });
  test('chartOwner agrees with owningChart on every path of a generated tree', () => {
    const dirs = ['.', 'a', 'a/b', 'a/bc', 'a/b/charts/c', 'ab', 'x/y/z'];
    // Not 'a' itself with '.' listed first: owningChart keeps '.' on that length tie (a path equal to a
    // one-letter chart folder), chartOwner takes the deeper folder as its doc says; below, asserted apart.
    const paths = ['a/b', 'a/b/', 'a/bc/f', 'a/b/charts/c/d/e.yaml', 'ab/f', 'abc', 'x/y', 'x/y/z/w', 'x/y/zz', 'f'];
    for (const charts of [dirs, dirs.slice(1), ['a/b/charts/c']])
      for (const path of paths) expect([path, chartOwner(charts)(path)]).toEqual([path, owningChart(path, charts)]);
    expect(chartOwner(dirs)('a')).toBe('a');
  });
});
