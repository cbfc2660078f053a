export const id = 5216;
export const ids = [5216];
export const modules = {

/***/ 15216:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MAX_DRAWN: () => (/* binding */ MAX_DRAWN),
/* harmony export */   mermaidText: () => (/* binding */ mermaidText),
/* harmony export */   statusFlowchart: () => (/* binding */ statusFlowchart),
/* harmony export */   statusMarkdown: () => (/* binding */ statusMarkdown)
/* harmony export */ });
/* harmony import */ var _report_mermaid_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(65339);
/* harmony import */ var _report_view_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57987);
/* harmony import */ var _view_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(29894);
// `lockstep status --markdown`: the status table, then the environments as a
// Mermaid flowchart GitHub renders, top to bottom: dev → staging → prod, each
// node with the versions the environment pins, an arrow labelled with what
// waits to move where something does, the environment behind marked.



/** Services listed in one node at most: a 300-service platform still draws a readable chart. */
const MAX_IN_NODE = 12;
/** Text inside a quoted Mermaid label: quotes and angle brackets as Mermaid's entity codes, no line break. */
function mermaidText(s) {
    return s
        .replace(/[\r\n]+/g, ' ')
        .replace(/#/g, '#35;')
        .replace(/"/g, '#quot;')
        .replace(/</g, '#lt;')
        .replace(/>/g, '#gt;');
}
/** A node's box: GitHub's dark text colour, so white labels read on it in both themes. */
const NODE_FILL = '#24292f';
/** Environments drawn at most: past this, the status table alone says it (a picture that tall stops reading). */
const MAX_DRAWN = 12;
/**
 * The flowchart, top to bottom (ten environments keep the page's width):
 * one node per environment (its name, then `service tag` lines), one arrow
 * per next promotion, labelled only where something waits to move; the
 * environment something waits for is marked behind (a red border and the
 * word). Colours for both GitHub themes (report/mermaid.ts).
 */
function statusFlowchart(s) {
    const lines = [
        // An arrow's label: white on a grey box (4.6:1), the box mid-grey on either page.
        (0,_report_mermaid_js__WEBPACK_IMPORTED_MODULE_2__/* .initDirective */ .im)({
            theme: 'base',
            themeVariables: { lineColor: _report_mermaid_js__WEBPACK_IMPORTED_MODULE_2__/* .INK */ .Pg, textColor: _report_mermaid_js__WEBPACK_IMPORTED_MODULE_2__/* .INK */ .Pg, primaryTextColor: '#ffffff', edgeLabelBackground: _report_mermaid_js__WEBPACK_IMPORTED_MODULE_2__/* .INK */ .Pg },
        }),
        'flowchart TD',
    ];
    // A node's label: white on a dark box (14.7:1), readable on either page; the box's border is what the page sees
    // (grey 4.6:1 on white and 4.2:1 on #0d1117; red behind). Grey text on a see-through box read 4.2:1 on the dark page.
    lines.push(`  classDef env fill:${NODE_FILL},stroke:${_report_mermaid_js__WEBPACK_IMPORTED_MODULE_2__/* .INK */ .Pg},stroke-width:2px,color:#ffffff`);
    lines.push(`  classDef behind fill:${NODE_FILL},stroke:${_report_mermaid_js__WEBPACK_IMPORTED_MODULE_2__/* .ALARM */ ._$},stroke-width:3px,color:#ffffff`);
    const behind = new Set();
    const edges = [];
    for (const n of s.next) {
        const from = s.environments.indexOf(n.from);
        const to = s.environments.indexOf(n.to);
        if (from < 0 || to < 0)
            continue;
        if (!n.error && n.changes.length === 0 && !n.chart) {
            edges.push(`  e${from} --> e${to}`);
            continue;
        }
        const waiting = n.error
            ? 'cannot plan'
            : [
                ...n.changes.map((c) => `${c.service} ${c.oldTag ?? '—'} → ${c.newTag ?? '—'}`),
                ...(n.chart ? [`chart ${n.chart.old || '—'} → ${n.chart.new}`] : []),
            ]
                .slice(0, MAX_IN_NODE)
                .map(mermaidText)
                .join('<br/>');
        if (!n.error)
            behind.add(to);
        edges.push(`  e${from} -- "${waiting}" --> e${to}`);
    }
    s.environments.forEach((env, col) => {
        const pins = s.rows.map((r) => `${r.service} ${r.cells[col]?.split(' ')[0] ?? '?'}`);
        const shown = pins.slice(0, MAX_IN_NODE).map(mermaidText);
        if (pins.length > MAX_IN_NODE)
            shown.push(`… and ${pins.length - MAX_IN_NODE} more`);
        const name = `<b>${mermaidText(env)}</b>${behind.has(col) ? ' (behind)' : ''}`;
        lines.push(`  e${col}["${name}<br/>${shown.join('<br/>')}"]:::${behind.has(col) ? 'behind' : 'env'}`);
    });
    return [...lines, ...edges].join('\n');
}
/**
 * The status table for a page column: a column per environment while there are no more environments than
 * services, else a row per environment and a column per service (ten environments of `1.7.0 sha256:…` cells
 * side by side are twice GitHub's 830 px column wide; three services are not).
 */
function pageTable(s) {
    // The page lists every environment: the terminal's folding of waves (view.ts) is for a terminal's width.
    const view = (0,_view_js__WEBPACK_IMPORTED_MODULE_1__.statusView)({ ...s, waves: undefined });
    if (s.environments.length <= s.rows.length)
        return view;
    return {
        ...view,
        headers: ['environment', ...s.rows.map((r) => r.service)],
        rows: s.environments.map((env, col) => [env, ...s.rows.map((r) => r.cells[col] ?? '?')]),
    };
}
/** The Markdown: the status table and notes, then the flowchart (up to MAX_DRAWN environments). */
function statusMarkdown(s) {
    const table = (0,_report_view_js__WEBPACK_IMPORTED_MODULE_0__/* .renderMarkdown */ .Gc)(pageTable(s)).trimEnd();
    if (s.environments.length > MAX_DRAWN)
        return [
            table,
            '',
            `${s.environments.length} environments: the table above shows them; a picture is drawn for ${MAX_DRAWN} at most.`,
            '',
        ].join('\n');
    return [table, '', '```mermaid', statusFlowchart(s), '```', ''].join('\n');
}


/***/ }),

/***/ 65339:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ab: () => (/* binding */ PALETTE),
/* harmony export */   K$: () => (/* binding */ NOTHING),
/* harmony export */   Pg: () => (/* binding */ INK),
/* harmony export */   _$: () => (/* binding */ ALARM),
/* harmony export */   im: () => (/* binding */ initDirective),
/* harmony export */   pz: () => (/* binding */ xyChartTheme)
/* harmony export */ });
// The colours of every Mermaid chart lockstep writes (metrics' bar charts,
// status' flowchart). GitHub draws a ```mermaid block on the page's own
// background, white (#ffffff) or near-black (#0d1117) by the reader's theme,
// and one block cannot know which: every colour here is a mid-tone whose
// WCAG contrast is at least 3.5:1 against both (checked in a real browser by
// action-tests/test/delivery-report-browser.test.ts), and the chart's own
// background is transparent. Set per block with Mermaid's init directive.
/** Text, axes and lines: GitHub's muted grey, 4.6:1 on white and 4.2:1 on #0d1117. */
const INK = '#6e7781';
/** One colour per series (environments in the config's order), each ≥ 3.5:1 on both backgrounds. */
const PALETTE = ['#1f6feb', '#bc4c00', '#1a7f37', '#8250df', '#1b7c83', '#9a6700', '#bf3989', '#6b7f00', '#6e7781', '#cf222e'];
/** A failure (a rollback, a fix release; an environment behind): red, 5.4:1 on white, 3.5:1 on #0d1117. */
const ALARM = '#cf222e';
/** A week with nothing to measure: the muted grey at a quarter strength, a shade behind the bars, not a value. */
const NOTHING = '#6e778140';
/** A Mermaid init directive line: `%%{init: {…}}%%` of `config`. */
function initDirective(config) {
    return `%%{init: ${JSON.stringify(config)}}%%`;
}
/** The xychart theme: transparent background, `INK` for every text and axis, `palette` for the series in order. */
function xyChartTheme(palette) {
    const ink = Object.fromEntries(['title', 'xAxisLabel', 'xAxisTitle', 'xAxisTick', 'xAxisLine', 'yAxisLabel', 'yAxisTitle', 'yAxisTick', 'yAxisLine', 'legendText'].map((k) => [`${k}Color`, INK]));
    return {
        theme: 'base',
        themeVariables: {
            xyChart: { backgroundColor: 'transparent', ...ink, dataLabelColor: '#ffffff', plotColorPalette: palette.join(', ') },
        },
    };
}


/***/ })

};
