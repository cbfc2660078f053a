import { ReportBrowser, type Drawn, type RenderedReport, type Theme } from '../harness/browser.ts';
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

/** A short name of a drawing for failure messages: its first line after the directive. */
const nameOf = (d: Drawn) =>
  d.source
    .split('\n')
    .find((l) => /title|flowchart/.test(l))
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
