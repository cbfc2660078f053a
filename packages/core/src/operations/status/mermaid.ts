// `lockstep status --markdown`: the status table, then the environments as a
// Mermaid flowchart GitHub renders: dev → staging → prod, each node with the
// versions the environment pins, each arrow with what is waiting to move.

import { renderMarkdown } from '../../report/view.ts';
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

/** The flowchart: one node per environment (its name, then `service tag` lines), one arrow per next promotion. */
export function statusFlowchart(s: StatusResult): string {
  const lines = ['flowchart LR'];
  s.environments.forEach((env, col) => {
    const pins = s.rows.map((r) => `${r.service} ${r.cells[col]?.split(' ')[0] ?? '?'}`);
    const shown = pins.slice(0, MAX_IN_NODE).map(mermaidText);
    if (pins.length > MAX_IN_NODE) shown.push(`… and ${pins.length - MAX_IN_NODE} more`);
    lines.push(`  e${col}["<b>${mermaidText(env)}</b><br/>${shown.join('<br/>')}"]`);
  });
  for (const n of s.next) {
    const from = s.environments.indexOf(n.from);
    const to = s.environments.indexOf(n.to);
    if (from < 0 || to < 0) continue;
    const waiting = n.error
      ? 'cannot plan'
      : n.changes.length === 0 && !n.chart
        ? 'nothing waiting'
        : [
            ...n.changes.map((c) => `${c.service} ${c.oldTag ?? '—'} → ${c.newTag ?? '—'}`),
            ...(n.chart ? [`chart ${n.chart.old || '—'} → ${n.chart.new}`] : []),
          ]
            .slice(0, MAX_IN_NODE)
            .map(mermaidText)
            .join('<br/>');
    lines.push(`  e${from} -- "${waiting}" --> e${to}`);
  }
  return lines.join('\n');
}

/** The Markdown: the status table and notes, then the flowchart. */
export function statusMarkdown(s: StatusResult): string {
  return [renderMarkdown(statusView(s)).trimEnd(), '', '```mermaid', statusFlowchart(s), '```', ''].join('\n');
}
