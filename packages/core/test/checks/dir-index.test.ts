import { DirIndex } from '../../src/checks/dir-index.ts';

// The order git ls-tree lists folders in (a directory sorts as if it ended in `/`), which is not Array#sort's.
const DIRS = [
  'charts/a-b',
  'charts/a.b',
  'charts/a',
  'charts/a/charts/z',
  'charts/a/charts/common',
  'charts/a/charts/common/charts/inner',
  'charts/ab',
  'charts/ab/charts/x',
  'charts/b',
  '.',
];

test('under() returns exactly the folders below a prefix, in the order given', () => {
  const index = new DirIndex(DIRS);
  expect(index.under('charts/a/charts/')).toEqual(['charts/a/charts/z', 'charts/a/charts/common', 'charts/a/charts/common/charts/inner']);
  expect(index.under('charts/ab/charts/')).toEqual(['charts/ab/charts/x']);
  expect(index.under('charts/a-b/charts/')).toEqual([]);
  expect(index.under('charts/b/charts/')).toEqual([]);
  expect(index.under('charts/')).toEqual(DIRS.filter((d) => d !== '.'));
  expect(index.under('zzz/')).toEqual([]);
  expect(index.under('')).toEqual(DIRS);
});

test('duplicates are kept once and the full list keeps its order', () => {
  const index = new DirIndex(['charts/b', 'charts/a', 'charts/b', 'charts/a/charts/c']);
  expect(index.all).toEqual(['charts/b', 'charts/a', 'charts/a/charts/c']);
  expect(index.under('charts/a/charts/')).toEqual(['charts/a/charts/c']);
});

test('a thousand charts with vendored subcharts: every chart finds its own and no other', () => {
  const dirs: string[] = [];
  for (let i = 0; i < 1000; i++) {
    dirs.push(`charts/svc-${i}`);
    if (i % 10 === 0) dirs.push(`charts/svc-${i}/charts/common`);
  }
  const index = new DirIndex(dirs);
  expect(index.under('charts/svc-10/charts/')).toEqual(['charts/svc-10/charts/common']);
  expect(index.under('charts/svc-1/charts/')).toEqual([]);
  expect(index.under('charts/svc-100/charts/')).toEqual(['charts/svc-100/charts/common']);
  expect(index.under('charts/svc-999/charts/')).toEqual([]);
});
