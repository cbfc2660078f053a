import { ansiStyle, renderTerminal, type ResultView } from '../../src/report/view.ts';

// The terminal's diff lines under the table (rendered manifest diffs): `+` green, `-` red, `@@` cyan, headings
// bold, context plain, control characters of rendered text shown, not run.

const view: ResultView = {
  title: 'promote-env: dev → staging',
  status: 'Dry run.',
  headers: ['service'],
  rows: [['api']],
  notes: [],
  warnings: [],
  diff: ['1 changed, 0 added, 0 removed in staging', 'changed: Deployment web', '@@ -1,2 +1,2 @@', ' spec:', '-  a: 1', '+  a: 2\u001b[2J'],
};

test('diff lines are coloured by their mark', () => {
  expect(renderTerminal(view, ansiStyle)).toBe(
    [
      '\u001b[1mservice\u001b[22m',
      'api',
      '',
      '\u001b[1m1 changed, 0 added, 0 removed in staging\u001b[22m',
      '\u001b[1mchanged: Deployment web\u001b[22m',
      '\u001b[36m@@ -1,2 +1,2 @@\u001b[39m',
      ' spec:',
      '\u001b[31m-  a: 1\u001b[39m',
      '\u001b[32m+  a: 2\\x1b[2J\u001b[39m',
      '',
      'Dry run.',
      '',
    ].join('\n'),
  );
});
