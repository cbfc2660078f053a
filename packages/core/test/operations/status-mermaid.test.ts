import { mermaidBlocks, parseMermaid } from '../../../../action-tests/harness/mermaid.ts';
import { statusFlowchart, statusMarkdown } from '../../src/operations/status/mermaid.ts';
import type { StatusResult } from '../../src/operations/status/run.ts';

// The status flowchart with names and tags as an attacker would write them:
// quotes, brackets and arrows that would end a Mermaid label or add an edge.

const hostile: StatusResult = {
  base: 'main',
  environments: ['dev"]-->x["', 'prod<script>'],
  rows: [
    { service: 'api"] --> evil["', cells: ['1.0.0# sha256:aaaa', '0.9.0 sha256:bbbb'] },
    ...Array.from({ length: 14 }, (_, i) => ({ service: `s${i}`, cells: ['1.0.0 x', '1.0.0 x'] })),
  ],
  next: [
    {
      from: 'dev"]-->x["',
      to: 'prod<script>',
      changes: [{ service: 'api"] --> evil["', file: 'v.yaml', line: 1, oldTag: '0.9.0', newTag: '1.0.0"', verified: '' }],
    },
  ],
  pins: [],
};

test('hostile names stay inside their labels, the node lists 12 services and says how many more, and mermaid parses it', async () => {
  const chart = statusFlowchart(hostile);
  expect(chart.split('\n')).toEqual([
    '%%{init: {"theme":"base","themeVariables":{"lineColor":"#6e7781","textColor":"#6e7781","primaryTextColor":"#ffffff","edgeLabelBackground":"#6e7781"}}}%%',
    'flowchart TD',
    '  classDef env fill:#24292f,stroke:#6e7781,stroke-width:2px,color:#ffffff',
    '  classDef behind fill:#24292f,stroke:#cf222e,stroke-width:3px,color:#ffffff',
    `  e0["<b>dev#quot;]--#gt;x[#quot;</b><br/>api#quot;] --#gt; evil[#quot; 1.0.0#35;<br/>${Array.from({ length: 11 }, (_, i) => `s${i} 1.0.0`).join('<br/>')}<br/>… and 3 more"]:::env`,
    `  e1["<b>prod#lt;script#gt;</b> (behind)<br/>api#quot;] --#gt; evil[#quot; 0.9.0<br/>${Array.from({ length: 11 }, (_, i) => `s${i} 1.0.0`).join('<br/>')}<br/>… and 3 more"]:::behind`,
    '  e0 -- "api#quot;] --#gt; evil[#quot; 0.9.0 → 1.0.0#quot;" --> e1',
  ]);
  const [parsed] = await parseMermaid([chart]);
  expect(parsed).toEqual({ type: 'flowchart-v2' });
  expect(mermaidBlocks(statusMarkdown(hostile))).toEqual([`${chart}\n`]);
});

test('more environments than services: a row per environment, a column per service, so the table fits the page column', () => {
  const names = ['dev', 'qa', 'staging', 'prod'];
  const wide: StatusResult = {
    base: 'main',
    environments: names,
    rows: [
      { service: 'api', cells: ['1.1.0 sha256:aaaa', '1.1.0 sha256:aaaa', '1.0.0 sha256:bbbb', '1.0.0 sha256:bbbb'] },
      { service: 'web', cells: ['2.0.0 sha256:cccc', '2.0.0 sha256:cccc', '2.0.0 sha256:cccc', 'missing'] },
    ],
    next: [],
    pins: [],
  };
  const table = statusMarkdown(wide)
    .split('\n')
    .filter((l) => l.startsWith('|'));
  expect(table).toEqual([
    '| environment | api | web |',
    '| --- | --- | --- |',
    '| dev | 1.1.0 sha256:aaaa | 2.0.0 sha256:cccc |',
    '| qa | 1.1.0 sha256:aaaa | 2.0.0 sha256:cccc |',
    '| staging | 1.0.0 sha256:bbbb | 2.0.0 sha256:cccc |',
    '| prod | 1.0.0 sha256:bbbb | missing |',
  ]);
  // As many services as environments: a column per environment, as the terminal shows it.
  const square = statusMarkdown({
    ...wide,
    environments: names.slice(0, 2),
    rows: wide.rows.map((r) => ({ ...r, cells: r.cells.slice(0, 2) })),
  });
  expect(square).toContain('| service | dev | qa |');
});
