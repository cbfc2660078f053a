// Parses Mermaid diagrams with the mermaid package's own parser (mermaid.parse),
// for tests that check what lockstep writes renders on GitHub. mermaid's
// sanitizer (DOMPurify) needs a DOM even to parse, so a jsdom window is made
// the global one before mermaid loads. Reads a JSON array of diagram texts on
// standard input; prints a JSON array of { type } or { error }.
import { JSDOM } from 'jsdom';

const dom = new JSDOM('<!doctype html><html><body></body></html>');
globalThis.window = dom.window;
globalThis.document = dom.window.document;
const { default: mermaid } = await import('mermaid');

let input = '';
for await (const chunk of process.stdin) input += chunk;
const out = [];
for (const text of JSON.parse(input)) {
  try {
    const r = await mermaid.parse(text);
    out.push({ type: r.diagramType });
  } catch (e) {
    out.push({ error: String(e instanceof Error ? e.message : e).split('\n')[0] });
  }
}
process.stdout.write(JSON.stringify(out));
