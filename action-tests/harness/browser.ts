import { createRequire } from 'node:module';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import MarkdownIt from 'markdown-it';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

// The delivery report as a person sees it on GitHub: the Markdown rendered to
// HTML (markdown-it, raw HTML on, as GitHub's summaries allow), each
// ```mermaid block drawn by the real mermaid 11 (the npm package's dist file,
// loaded from node_modules: no network) in a real headless Chromium (Debian's
// `chromium`, installed by scripts/test-prereqs.mjs), in the page column and
// colours GitHub uses in its light and dark themes. What was drawn is read
// back from the SVG (computed colours, sizes, shapes) for the tests to judge.

/** GitHub's two page themes: the page's background and text colours, and the mermaid theme GitHub picks for each. */
export const THEMES = {
  light: { background: '#ffffff', text: '#1f2328', mermaid: 'default' },
  dark: { background: '#0d1117', text: '#e6edf3', mermaid: 'dark' },
} as const;
export type Theme = keyof typeof THEMES;

/** The width of GitHub's Markdown column on a repository or job-summary page (px). */
export const PAGE_COLUMN = 830;

/** Debian's chromium: the one browser the tests drive (never a downloaded one). */
const CHROMIUM = '/usr/bin/chromium';

/** Whether Debian's chromium is installed: the demo skips its screenshots without it (the tests' setup installs it). */
export function hasChromium(): boolean {
  return existsSync(CHROMIUM);
}

const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** One drawn text: its words, its computed fill and its height on the page (font size × the SVG's scale), px. */
export interface DrawnText {
  text: string;
  fill: string;
  px: number;
}

/** One drawn shape: its computed fill and stroke, its box on the page, and the SVG groups it sits in (class names). */
export interface DrawnShape {
  fill: string;
  stroke: string;
  width: number;
  height: number;
  x: number;
  groups: string[];
}

/** What mermaid drew for one block. */
export interface Drawn {
  /** The SVG's aria-roledescription: `xychart`, `flowchart-v2`, or `error` when mermaid drew its error diagram. */
  kind: string;
  /** The mermaid source, for messages. */
  source: string;
  /** The SVG's width and height as drawn in the column (px), and its natural width (viewBox). */
  width: number;
  height: number;
  naturalWidth: number;
  texts: DrawnText[];
  /** xychart: each bar, grouped by plot (`bar-plot-0`, …). */
  bars: DrawnShape[];
  /** xychart: each line plot: its stroke and the number of points its path goes through. */
  lines: { plot: string; stroke: string; points: number }[];
  /** flowchart: each node's shape, its label and the label's texts as drawn (colour computed by the page), each edge label. */
  nodes: (DrawnShape & { label: string; texts: DrawnText[] })[];
  edgeLabels: string[];
  /** The block sits inside a closed `<details>`. */
  folded: boolean;
}

/** A rendered report: each diagram, and the page's visible text outside them. */
export interface RenderedReport {
  diagrams: Drawn[];
  text: string;
  /** Each Markdown table's drawn width, px (the column is PAGE_COLUMN wide). */
  tables: number[];
}

/** A WCAG 2 contrast ratio of two CSS colours (`rgb(…)`/`#rrggbb`); an `rgba` fill is blended onto `over` first. */
export function contrast(a: string, b: string): number {
  const [la, lb] = [luminance(parseColour(a, b)), luminance(parseColour(b, b))];
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

function parseColour(c: string, over: string): [number, number, number] {
  const hex = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(c.trim());
  if (hex) return [parseInt(hex[1], 16), parseInt(hex[2], 16), parseInt(hex[3], 16)];
  const m = /^rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:[,\s/]+([\d.]+))?\s*\)$/.exec(c.trim());
  if (!m) throw new Error(`not a colour: ${c}`);
  const rgb: [number, number, number] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const alpha = m[4] === undefined ? 1 : Number(m[4]);
  if (alpha >= 1) return rgb;
  const under = parseColour(over, over);
  return rgb.map((v, k) => v * alpha + under[k] * (1 - alpha)) as [number, number, number];
}

function luminance([r, g, b]: [number, number, number]): number {
  const lin = (v: number) => {
    const s = v / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

const md = new MarkdownIt({ html: true, linkify: true });
// A ```mermaid fence becomes the element GitHub replaces with the drawing; its text stays as written.
const fence = md.renderer.rules.fence!;
md.renderer.rules.fence = (tokens, idx, options, env, self) =>
  tokens[idx].info.trim() === 'mermaid'
    ? `<pre class="mermaid-source">${md.utils.escapeHtml(tokens[idx].content)}</pre>\n`
    : fence(tokens, idx, options, env, self);

const mermaidDist = createRequire(import.meta.url).resolve('mermaid/dist/mermaid.min.js');
/** What runs in the page: draws the blocks and reads the drawings back (browser-page.mjs). */
const pageScript = fileURLToPath(new URL('browser-page.mjs', import.meta.url));

/** One headless Chromium for a test file, and a page per theme, reused. */
export class ReportBrowser {
  private readonly context: BrowserContext;
  private readonly profile: string;
  private constructor(context: BrowserContext, profile: string) {
    this.context = context;
    this.profile = profile;
  }
  private readonly pages = new Map<Theme, Page>();

  static async open(): Promise<ReportBrowser> {
    const profile = mkdtempSync(join(tmpdir(), 'lockstep-chromium-'));
    // A fresh profile each time (Playwright passes it as --user-data-dir), removed on close.
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: FLAGS,
      viewport: { width: PAGE_COLUMN + 64, height: 900 },
      offline: true,
    });
    return new ReportBrowser(context, profile);
  }

  async close(): Promise<void> {
    await this.context.close();
    rmSync(this.profile, { recursive: true, force: true });
  }

  /** Renders `markdown` as GitHub would in `theme` and reads back every diagram. */
  async render(markdown: string, theme: Theme): Promise<RenderedReport> {
    const page = await this.page(theme, markdown);
    return page.evaluate<RenderedReport>('window.lockstepReport.readBack()');
  }

  /** Renders `markdown` in `theme`, every `<details>` open, and writes a PNG of the whole page to `path`. */
  async screenshot(markdown: string, theme: Theme, path: string, opts: { open?: boolean } = {}): Promise<void> {
    const page = await this.page(theme, markdown);
    if (opts.open) await page.evaluate('window.lockstepReport.openDetails()');
    await page.screenshot({ path, fullPage: true });
  }

  /** Writes `<dir>/<name>-light.png` and `<dir>/<name>-dark.png`, every `<details>` open; returns their paths. */
  async screenshots(markdown: string, dir: string, name: string): Promise<string[]> {
    const paths: string[] = [];
    for (const theme of Object.keys(THEMES) as Theme[]) {
      const path = join(dir, `${name}-${theme}.png`);
      await this.screenshot(markdown, theme, path, { open: true });
      paths.push(path);
    }
    return paths;
  }

  private async page(theme: Theme, markdown: string): Promise<Page> {
    let page = this.pages.get(theme);
    if (!page) {
      page = await this.context.newPage();
      this.pages.set(theme, page);
    }
    const t = THEMES[theme];
    await page.setContent(
      [
        '<!doctype html><html><head><meta charset="utf-8"><style>',
        `body { margin: 0; padding: 32px; background: ${t.background}; color: ${t.text};`,
        '  font: 16px/1.5 -apple-system, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif; }',
        `.markdown-body { width: ${PAGE_COLUMN}px; }`,
        'table { border-collapse: collapse; } th, td { border: 1px solid #808080; padding: 4px 10px; }',
        '.mermaid-figure { width: 100%; }',
        '</style></head><body><article class="markdown-body">',
        md.render(markdown),
        '</article></body></html>',
      ].join('\n'),
    );
    await page.addScriptTag({ path: mermaidDist });
    await page.addScriptTag({ path: pageScript });
    await page.evaluate(`window.lockstepReport.drawAll(${JSON.stringify(t.mermaid)})`);
    return page;
  }
}
