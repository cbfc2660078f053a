import { appendSummary } from '../action/workflow-commands.ts';
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

/**
 * Appends Markdown to the job summary; prints it when the runner gives no
 * summary file. Over GitHub's limit it is cut with a note naming `where` the
 * full text is (see appendSummary).
 */
export async function writeSummary(markdown: string, where?: string): Promise<void> {
  appendSummary(markdown, where);
}
