// The colours of every Mermaid chart lockstep writes (metrics' bar charts,
// status' flowchart). GitHub draws a ```mermaid block on the page's own
// background, white (#ffffff) or near-black (#0d1117) by the reader's theme,
// and one block cannot know which: every colour here is a mid-tone whose
// WCAG contrast is at least 3.5:1 against both (checked in a real browser by
// action-tests/test/delivery-report-browser.test.ts), and the chart's own
// background is transparent. Set per block with Mermaid's init directive.

/** Text, axes and lines: GitHub's muted grey, 4.6:1 on white and 4.2:1 on #0d1117. */
export const INK = '#6e7781';

/** One colour per series (environments in the config's order), each ≥ 3.5:1 on both backgrounds. */
export const PALETTE = ['#1f6feb', '#bc4c00', '#1a7f37', '#8250df', '#1b7c83', '#9a6700', '#bf3989', '#6b7f00', '#6e7781', '#cf222e'];

/** A failure (a rollback, a fix release; an environment behind): red, 5.4:1 on white, 3.5:1 on #0d1117. */
export const ALARM = '#cf222e';

/** A week with nothing to measure: the muted grey at a quarter strength, a shade behind the bars, not a value. */
export const NOTHING = '#6e778140';

/** A Mermaid init directive line: `%%{init: {…}}%%` of `config`. */
export function initDirective(config: object): string {
  return `%%{init: ${JSON.stringify(config)}}%%`;
}

/** The xychart theme: transparent background, `INK` for every text and axis, `palette` for the series in order. */
export function xyChartTheme(palette: readonly string[]): object {
  const ink = Object.fromEntries(
    ['title', 'xAxisLabel', 'xAxisTitle', 'xAxisTick', 'xAxisLine', 'yAxisLabel', 'yAxisTitle', 'yAxisTick', 'yAxisLine', 'legendText'].map(
      (k) => [`${k}Color`, INK],
    ),
  );
  return {
    theme: 'base',
    themeVariables: {
      xyChart: { backgroundColor: 'transparent', ...ink, dataLabelColor: '#ffffff', plotColorPalette: palette.join(', ') },
    },
  };
}
