// `lockstep status --markdown`: the status table, then the environments as a
// Mermaid flowchart GitHub renders, top to bottom: dev → staging → prod, each
// node with the versions the environment pins, an arrow labelled with what
// waits to move where something does (and the gate that holds it), the
// environment behind marked, a held one (a rollback, a gate) marked held.

import { ALARM, INK, initDirective, PALETTE } from '../../report/mermaid.ts';
import { changeName } from '../../promote/fleet.ts';
import { renderMarkdown, type ResultView } from '../../report/view.ts';
import { statusView } from './view.ts';
import type { StatusResult } from './run.ts';

/** Services listed in one node at most: a 300-service platform still draws a readable chart. */
const MAX_IN_NODE = 12;

/** Text inside a quoted Mermaid label: quotes and angle brackets as Mermaid's entity codes, no line break. */
export function mermaidText(s: string): string {
  return s
    .replace(/[\r\n]+/g, ' ')
    .replace(/#/g, '#35;')
    .replace(/"/g, '#quot;')
    .replace(/</g, '#lt;')
    .replace(/>/g, '#gt;');
}

/** A held node's border: the palette's amber (4.9:1 on white, 3.9:1 on #0d1117; the behind red is 5.4:1 and 3.5:1). */
const HELD = PALETTE[5];

/** A node's box: GitHub's dark text colour, so white labels read on it in both themes. */
const NODE_FILL = '#24292f';

/** Environments drawn at most: past this, the status table alone says it (a picture that tall stops reading). */
export const MAX_DRAWN = 12;

/**
 * The flowchart, top to bottom (ten environments keep the page's width):
 * one node per environment (its name, then `service tag` lines), one arrow
 * per next promotion, labelled only where something waits to move; the
 * environment something waits for is marked behind (a red border and the
 * word). Colours for both GitHub themes (report/mermaid.ts).
 */
export function statusFlowchart(s: StatusResult): string {
  const lines = [
    // An arrow's label: white on a grey box (4.6:1), the box mid-grey on either page.
    initDirective({
      theme: 'base',
      themeVariables: { lineColor: INK, textColor: INK, primaryTextColor: '#ffffff', edgeLabelBackground: INK },
    }),
    'flowchart TD',
  ];
  // A node's label: white on a dark box (14.7:1), readable on either page; the box's border is what the page sees
  // (grey 4.6:1 on white and 4.2:1 on #0d1117; red behind). Grey text on a see-through box read 4.2:1 on the dark page.
  lines.push(`  classDef env fill:${NODE_FILL},stroke:${INK},stroke-width:2px,color:#ffffff`);
  lines.push(`  classDef behind fill:${NODE_FILL},stroke:${ALARM},stroke-width:3px,color:#ffffff`);
  const behind = new Set<number>();
  const held = new Set((s.held ?? []).map((h) => s.environments.indexOf(h.env)));
  const edges: string[] = [];
  for (const n of s.next) {
    const from = s.environments.indexOf(n.from);
    const to = s.environments.indexOf(n.to);
    if (from < 0 || to < 0) continue;
    const holds = [...new Set((n.holds ?? []).map((h) => `held by ${h.title}`))].map(mermaidText);
    if (holds.length > 0) held.add(to);
    if (from === to) continue;
    if (!n.error && n.changes.length === 0 && !n.chart && !n.charts && !n.hydrated?.pending && holds.length === 0) {
      edges.push(`  e${from} --> e${to}`);
      continue;
    }
    const waiting = n.error
      ? ['cannot plan']
      : [
          ...n.changes.map((c) => `${changeName(c)} ${c.oldTag ?? '—'} → ${c.newTag ?? '—'}`),
          ...(n.chart ? [`chart ${n.chart.old || '—'} → ${n.chart.new}`] : []),
          ...(n.hydrated?.pending
            ? [`DRY ${n.hydrated.activeDry?.slice(0, 7) ?? '—'} → ${n.hydrated.proposedDry?.slice(0, 7) ?? '—'}`]
            : []),
        ]
          .slice(0, MAX_IN_NODE)
          .map(mermaidText);
    if (!n.error && waiting.length > 0) behind.add(to);
    edges.push(`  e${from} -- "${[...waiting, ...holds].join('<br/>')}" --> e${to}`);
  }
  // Held (by a rollback, or a gate on the promotion into it): a dashed amber border, whether or not it is behind.
  if (held.size > 0) lines.push(`  classDef held fill:${NODE_FILL},stroke:${HELD},stroke-width:3px,stroke-dasharray:6 4,color:#ffffff`);
  s.environments.forEach((env, col) => {
    const pins = s.rows.map((r) => `${r.service} ${r.cells[col]?.split(' ')[0] ?? '?'}`);
    const shown = pins.slice(0, MAX_IN_NODE).map(mermaidText);
    if (pins.length > MAX_IN_NODE) shown.push(`… and ${pins.length - MAX_IN_NODE} more`);
    const marks = [...(behind.has(col) ? ['behind'] : []), ...(held.has(col) ? ['held'] : [])];
    const name = `<b>${mermaidText(env)}</b>${marks.length > 0 ? ` (${marks.join(', ')})` : ''}`;
    lines.push(`  e${col}["${name}<br/>${shown.join('<br/>')}"]:::${held.has(col) ? 'held' : behind.has(col) ? 'behind' : 'env'}`);
  });
  return [...lines, ...edges].join('\n');
}

/**
 * The status table for a page column: a column per environment while there are no more environments than
 * services, else a row per environment and a column per service (ten environments of `1.7.0 sha256:…` cells
 * side by side are twice GitHub's 830 px column wide; three services are not).
 */
function pageTable(s: StatusResult): ResultView {
  // The page lists every environment: the terminal's folding of waves (view.ts) is for a terminal's width.
  const view = statusView({ ...s, waves: undefined });
  if (s.environments.length <= s.rows.length) return view;
  return {
    ...view,
    headers: ['environment', ...s.rows.map((r) => r.service)],
    rows: s.environments.map((env, col) => [env, ...s.rows.map((r) => r.cells[col] ?? '?')]),
  };
}

/** The Markdown: the status table and notes, then the flowchart (up to MAX_DRAWN environments). */
export function statusMarkdown(s: StatusResult): string {
  const table = renderMarkdown(pageTable(s)).trimEnd();
  if (s.environments.length > MAX_DRAWN)
    return [
      table,
      '',
      `${s.environments.length} environments: the table above shows them; a picture is drawn for ${MAX_DRAWN} at most.`,
      '',
    ].join('\n');
  return [table, '', '```mermaid', statusFlowchart(s), '```', ''].join('\n');
}
