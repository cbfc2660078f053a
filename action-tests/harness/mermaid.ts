import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { node24, repoRoot } from './run-action.ts';

/** What mermaid's parser made of one diagram: its type, or the parse error. */
export type MermaidParse = { type: string } | { error: string };

/** The ```mermaid blocks of a Markdown text, in order. */
export function mermaidBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/^```mermaid\n([\s\S]*?)^```$/gm)].map((m) => m[1]);
}

/** Parses each diagram with the mermaid package (harness/mermaid-parse.mjs on Node 24, jsdom as its DOM). */
export async function parseMermaid(diagrams: readonly string[]): Promise<MermaidParse[]> {
  const node = await node24();
  return new Promise((done, fail) => {
    const child = spawn(node, [join(repoRoot, 'action-tests', 'harness', 'mermaid-parse.mjs')], { stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d) => (stderr += d));
    child.on('error', fail);
    child.on('close', (code) =>
      code === 0 ? done(JSON.parse(stdout) as MermaidParse[]) : fail(new Error(`mermaid-parse exited ${code}: ${stderr}`)),
    );
    child.stdin.end(JSON.stringify(diagrams));
  });
}
