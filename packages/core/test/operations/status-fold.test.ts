import { statusMarkdown } from '../../src/operations/status/mermaid.ts';
import type { StatusResult } from '../../src/operations/status/run.ts';
import { statusView } from '../../src/operations/status/view.ts';

// A fleet: dev, staging, then prod-001 … prod-012 in two waves of six.
const prods = Array.from({ length: 12 }, (_, i) => `prod-${String(i + 1).padStart(3, '0')}`);
const fleet = (): StatusResult => ({
  base: 'main',
  baseSha: 'a'.repeat(40),
  environments: ['dev', 'staging', ...prods],
  waves: { 'wave-01': prods.slice(0, 6), 'wave-02': prods.slice(6) },
  rows: [
    // api: every prod at 1.2.0 but prod-009, still at 1.1.0.
    {
      service: 'api',
      cells: [
        '1.3.0 sha256:aaaa…',
        '1.2.0 sha256:bbbb…',
        ...prods.map((p) => (p === 'prod-009' ? '1.1.0 sha256:cccc…' : '1.2.0 sha256:bbbb…')),
      ],
    },
    { service: 'web', cells: ['2.0.0 sha256:dddd…', '2.0.0 sha256:dddd…', ...prods.map(() => '2.0.0 sha256:dddd…')] },
  ],
  next: [],
  pins: [],
});

test('past twelve environments the terminal table folds each wave into one column: its common pin, or mixed', () => {
  const v = statusView(fleet());
  expect(v.headers).toEqual(['service', 'dev', 'staging', 'wave-01 (6)', 'wave-02 (6)']);
  expect(v.rows).toEqual([
    ['api', '1.3.0 sha256:aaaa…', '1.2.0 sha256:bbbb…', '1.2.0 sha256:bbbb…', 'mixed (2)'],
    ['web', '2.0.0 sha256:dddd…', '2.0.0 sha256:dddd…', '2.0.0 sha256:dddd…', '2.0.0 sha256:dddd…'],
  ]);
  expect(v.notes[0]).toBe(
    '2 waves folded into one column each (more than 12 environments): a cell is what every environment of the wave pins, or mixed (how many different pins); lockstep status --json lists each environment.',
  );
});

test('at twelve environments or fewer every environment keeps its column, waves or not', () => {
  const s = fleet();
  const few: StatusResult = {
    ...s,
    environments: s.environments.slice(0, 12),
    rows: s.rows.map((r) => ({ ...r, cells: r.cells.slice(0, 12) })),
  };
  const v = statusView(few);
  expect(v.headers).toEqual(['service', 'dev', 'staging', ...prods.slice(0, 10)]);
  expect(v.notes).toEqual([]);
});

test("the page's table (status --markdown) lists every environment, folded in the terminal only", () => {
  const md = statusMarkdown(fleet());
  expect(md).toContain('| prod-009 |');
  expect(md).not.toContain('wave-01 (6)');
  expect(md).not.toContain('mixed (2)');
});
