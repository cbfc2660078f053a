import { PAGE_COLUMN, ReportBrowser, THEMES, contrast, type Drawn, type RenderedReport, type Theme } from '../harness/browser.ts';
import { buildDeliveryHistory, environmentNames, type DeliveryHistory } from '../harness/delivery-history.ts';
import { GIT_ENV } from '../harness/git-fixture.ts';
import { mermaidBlocks } from '../harness/mermaid.ts';
import { runCli } from '../harness/run-cli.ts';

// The delivery report as a platform engineer reads it on GitHub: `lockstep
// metrics --markdown` and `lockstep status --markdown` through the committed
// CLI bundle, on the eight-week history of harness/delivery-history.ts (a
// rollback, two fix releases, a freeze week and a skipped release) with 3 and
// with 10 environments, rendered to HTML and drawn by the real mermaid 11 in
// Debian's headless Chromium, in GitHub's light and dark themes. One browser
// for the file; each report is drawn once per theme.

/** Building a history of 10 environments and drawing a report takes tens of seconds on a shared machine. */
const SLOW = 240_000;

const THEME_NAMES: Theme[] = ['light', 'dark'];
/** The window asked: 2026-08-24 up to and including Wednesday 2026-11-18 (the history begins 2026-09-30). */
const WINDOW = ['--from', '2026-08-24', '--to', '2026-11-18'];

let browser: ReportBrowser;
const histories = new Map<number, DeliveryHistory>();
/** Each report's Markdown and its drawing per theme, by `<command>-<environments>`. */
const reports = new Map<string, { markdown: string; drawn: Record<Theme, RenderedReport> }>();

async function report(command: 'metrics' | 'status', n: 3 | 10): Promise<{ markdown: string; drawn: Record<Theme, RenderedReport> }> {
  const key = `${command}-${n}`;
  const known = reports.get(key);
  if (known) return known;
  const h = histories.get(n)!;
  const r = await runCli([command, ...(command === 'metrics' ? WINDOW : []), '--markdown'], { cwd: h.fx.dir, env: { ...GIT_ENV } });
  expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: '' });
  const drawn = { light: await browser.render(r.stdout, 'light'), dark: await browser.render(r.stdout, 'dark') };
  reports.set(key, { markdown: r.stdout, drawn });
  return reports.get(key)!;
}

beforeAll(async () => {
  browser = await ReportBrowser.open();
  for (const n of [3, 10] as const) histories.set(n, buildDeliveryHistory(environmentNames(n)));
}, SLOW);
afterAll(async () => {
  await browser?.close();
  for (const h of histories.values()) h.fx.cleanup();
}, SLOW);

/** A short name of a drawing for failure messages: its title line (or its flowchart line). */
const nameOf = (d: Drawn) =>
  d.source
    .split('\n')
    .find((l) => /^\s*(title |flowchart)/.test(l))
    ?.trim() ?? d.source.slice(0, 60);

describe.each([3, 10] as const)('the delivery report with %i environments, drawn by mermaid in Chromium', (n) => {
  test.each(['metrics', 'status'] as const)(
    '%s --markdown: every block draws, none is an error diagram',
    async (command) => {
      const { markdown, drawn } = await report(command, n);
      const blocks = mermaidBlocks(markdown);
      expect(blocks.length).toBeGreaterThan(0);
      for (const theme of THEME_NAMES) {
        expect(drawn[theme].diagrams.map((d) => [nameOf(d), d.kind])).toEqual(
          drawn[theme].diagrams.map((d) => [nameOf(d), command === 'metrics' ? 'xychart' : 'flowchart-v2']),
        );
        expect(drawn[theme].diagrams).toHaveLength(blocks.length);
      }
    },
    SLOW,
  );
});

/** The drawings whose title line contains `words`. */
const titled = (r: RenderedReport, words: string) => r.diagrams.filter((d) => d.source.includes(words));
const WHITE = 'rgb(255, 255, 255)';
/** `at least <min>` when `v` is, else `v` itself: a failure names the value and what it belongs to. */
const atLeast = (v: number, min: number) => (v >= min ? `at least ${min}` : v);
/** A fill the harness reads as see-through (the grey shade of a week without data): not a value, not judged as one. */
const shade = (fill: string) => fill.startsWith('rgba(');

describe.each([3, 10] as const)('metrics --markdown with %i environments, as GitHub draws it', (n) => {
  test.each(THEME_NAMES)(
    '%s theme: bars, lines and text at 3:1 or more, no text under 11 px at the page column',
    async (theme) => {
      const { drawn } = await report('metrics', n);
      const bg = THEMES[theme].background;
      for (const d of drawn[theme].diagrams) {
        expect([nameOf(d), d.width]).toEqual([nameOf(d), Math.min(PAGE_COLUMN, d.naturalWidth)]);
        const solid = d.bars.filter((b) => !shade(b.fill) && b.height > 0);
        for (const b of solid) expect([nameOf(d), b.fill, atLeast(contrast(b.fill, bg), 3)]).toEqual([nameOf(d), b.fill, 'at least 3']);
        for (const l of d.lines)
          expect([nameOf(d), l.stroke, atLeast(contrast(l.stroke, bg), 3)]).toEqual([nameOf(d), l.stroke, 'at least 3']);
        for (const t of d.texts) {
          // A count written on a bar is read against the bar; every other text against the page.
          const against = t.fill === WHITE ? solid.map((b) => b.fill) : [bg];
          for (const under of against)
            expect([nameOf(d), t.text, atLeast(contrast(t.fill, under), 3)]).toEqual([nameOf(d), t.text, 'at least 3']);
          expect([nameOf(d), t.text, atLeast(t.px, 11)]).toEqual([nameOf(d), t.text, 'at least 11']);
        }
      }
    },
    SLOW,
  );

  test(
    'the overview first (stacked by environment, not folded), then each environment folded under <details>',
    async () => {
      const { drawn } = await report('metrics', n);
      const names = environmentNames(n);
      for (const theme of THEME_NAMES) {
        const r = drawn[theme];
        expect(r.diagrams.map((d) => [nameOf(d), d.folded])).toEqual([
          ['title "Promotions per week, by environment"', false],
          ['title "Rollbacks and fix releases per week, by environment"', false],
          ...names.flatMap((e) => [
            [`title "${e}: promotions per week, red line: rollbacks and fix releases"`, true],
            [`title "${e}: median lead time per week, days; grey: no landing"`, true],
          ]),
        ]);
        // One series per environment in the overview, each its own colour.
        const [promotions] = r.diagrams;
        const series = new Set(promotions.bars.map((b) => b.groups[0]));
        expect(series.size).toBe(n);
        expect(new Set(promotions.bars.map((b) => b.fill)).size).toBe(n);
      }
    },
    SLOW,
  );

  test(
    "each environment's bars and points match its figures; a week without a landing draws no bar",
    async () => {
      const { markdown, drawn } = await report('metrics', n);
      const names = environmentNames(n);
      // Promotions per calendar week (09-28* … 11-16*): the root commit (inferred) and 1.1.0 in the first week; 1.2.0 and
      // the fix 1.2.1; 1.3.0 (and the last environment's rollback); the freeze; 1.4.0; 1.5.0 into the first
      // environment only; 1.6.0 and the fix 1.6.1; 1.7.0 into all but the last.
      const first = [2, 2, 1, 0, 1, 1, 2, 1];
      const last = [2, 2, 2, 0, 1, 0, 2, 0];
      for (const theme of THEME_NAMES) {
        const r = drawn[theme];
        for (const [env, counts] of [
          [names[0], first],
          [names.at(-1)!, last],
        ] as const) {
          const [bars] = titled(r, `"${env}: promotions per week`);
          // The count written on each bar that has one; a week of none has no bar and no label.
          expect(bars.bars.map((b) => Math.round(b.height) > 0)).toEqual(counts.map((c) => c > 0));
          expect(bars.texts.filter((t) => t.fill === WHITE).map((t) => Number(t.text))).toEqual(counts.filter((c) => c > 0));
          // The red line goes through one point per week: 1 in each fix release's week (and the rollback's, last environment).
          expect(bars.lines.map((l) => l.points)).toEqual([8]);
          const [lead] = titled(r, `"${env}: median lead time per week`);
          const drawnLead = lead.bars.filter((b) => b.groups[0] === 'bar-plot-1').map((b) => Math.round(b.height) > 0);
          const shaded = lead.bars.filter((b) => b.groups[0] === 'bar-plot-0').map((b) => Math.round(b.height) > 20);
          // No landing in the freeze week; the last environment also skipped 1.5.0 and is behind on 1.7.0.
          const withData =
            env === names[0] ? [true, true, true, false, true, true, true, true] : [true, true, true, false, true, false, true, false];
          expect(drawnLead).toEqual(withData);
          expect(shaded).toEqual(withData.map((x) => !x));
        }
      }
      // The table beside the charts says it in words, in the charts' unit.
      expect(markdown).toContain('| week of 2026-10-19 | 0 | 0 | no landing | no landing | no landing |');
      expect(markdown).toContain(
        '| week of 2026-11-16 (partial: 2026-11-16 to 2026-11-18, 3 days) | 0 | 0 | no landing | no landing | no landing |',
      );
    },
    SLOW,
  );

  test(
    'the window in words, cut to the history with a line saying so; services in a column',
    async () => {
      const { drawn } = await report('metrics', n);
      const text = drawn.light.text;
      expect(text).toContain(', 2026-09-30 to 2026-11-18 (50 days, inclusive) (');
      expect(text).toContain(
        "The history of main begins on 2026-09-30, after the window's start: the figures cover 2026-09-30 to 2026-11-18 (50 days, inclusive), not from 2026-08-24.",
      );
      expect(text).not.toMatch(/T00:00:00/);
    },
    SLOW,
  );
});

describe.each([3, 10] as const)('status --markdown with %i environments, as GitHub draws it', (n) => {
  test.each(THEME_NAMES)(
    '%s theme: top to bottom within the page column, text 12 px or more, node labels 4.5:1 on their boxes, the table inside the column, the one that waits marked behind',
    async (theme) => {
      const { drawn } = await report('status', n);
      const names = environmentNames(n);
      const [chart] = drawn[theme].diagrams;
      const bg = THEMES[theme].background;
      expect(chart.width).toBeLessThanOrEqual(PAGE_COLUMN);
      expect(Math.min(...chart.texts.map((t) => t.px))).toBeGreaterThanOrEqual(12);
      // Only the arrow into the last environment carries a label: what waits to move there.
      expect(chart.edgeLabels).toEqual(['api 1.6.1 → 1.7.0worker 1.6.1 → 1.7.0']);
      const behind = chart.nodes.filter((node) => node.label.includes('(behind)'));
      expect(behind.map((node) => node.label.split(' ')[0])).toEqual([names.at(-1)]);
      expect(contrast(behind[0].stroke, bg)).toBeGreaterThanOrEqual(3);
      for (const node of chart.nodes) expect(contrast(node.stroke, bg)).toBeGreaterThanOrEqual(3);
      // Each node's label read against what is under it (its box's fill, or the page where the box is see-through): WCAG AA, 4.5:1.
      for (const node of chart.nodes) {
        const under = node.fill === 'none' || /^rgba\(.*,\s*0\)$/.test(node.fill) ? bg : node.fill;
        expect(node.texts.length).toBeGreaterThan(0);
        for (const t of node.texts)
          expect([t.text, t.fill, atLeast(contrast(t.fill, under), 4.5)]).toEqual([t.text, t.fill, 'at least 4.5']);
      }
      for (const t of chart.texts) if (t.fill !== WHITE) expect([t.text, atLeast(contrast(t.fill, bg), 3)]).toEqual([t.text, 'at least 3']);
      // The status table fits the page column too (a row per environment past the services' count).
      expect(drawn[theme].tables.length).toBeGreaterThan(0);
      for (const w of drawn[theme].tables) expect(w).toBeLessThanOrEqual(PAGE_COLUMN);
      // Top to bottom: every node in one column, each below the one before.
      expect(new Set(chart.nodes.map((node) => Math.round(node.x))).size).toBeLessThanOrEqual(2);
    },
    SLOW,
  );
});
