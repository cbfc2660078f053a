import * as core from '@actions/core';
import { escapeHtml } from '../action/run.ts';

/** A Markdown table for the job summary; cells are escaped. */
export function markdownTable(headers: string[], rows: (string | number | boolean)[][]): string {
  const cell = (v: string | number | boolean) => escapeHtml(String(v)).replace(/\r?\n/g, '<br>');
  const lines = [
    `| ${headers.map(cell).join(' | ')} |`,
    `| ${headers.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`),
  ];
  return lines.join('\n');
}

/** Appends Markdown to the job summary when the runner provides one. */
export async function writeSummary(markdown: string): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) {
    core.info(markdown);
    return;
  }
  await core.summary.addRaw(markdown, true).write();
}
