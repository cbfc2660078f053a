import { escapeTableCell } from '../text/markdown.ts';

/** A Markdown table for the job summary; every header and cell is plain text, escaped (escapeTableCell). */
export function markdownTable(headers: string[], rows: (string | number | boolean)[][]): string {
  const cell = (v: string | number | boolean) => escapeTableCell(String(v));
  const lines = [
    `| ${headers.map(cell).join(' | ')} |`,
    `| ${headers.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`),
  ];
  return lines.join('\n');
}
