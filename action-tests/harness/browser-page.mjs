// Runs inside the Chromium page of harness/browser.ts, after mermaid's dist
// file: draws each ```mermaid block as GitHub does (mermaid.render, the theme
// GitHub picks for the page) and reads back what was drawn, from the computed
// styles and boxes, for the tests to judge. A classic script: it defines
// window.lockstepReport.
/* global window, document, getComputedStyle, NodeFilter, SVGElement */

/** Each mermaid source replaced by its drawing (an SVG, or an error diagram standing for a failed one). */
async function drawAll(theme) {
  window.mermaid.initialize({ startOnLoad: false, theme, securityLevel: 'strict' });
  const blocks = [...document.querySelectorAll('pre.mermaid-source')];
  for (const [k, pre] of blocks.entries()) {
    const source = pre.textContent ?? '';
    const figure = document.createElement('div');
    figure.className = 'mermaid-figure';
    figure.dataset.source = source;
    try {
      figure.innerHTML = (await window.mermaid.render(`diagram-${k}`, source)).svg;
    } catch (e) {
      figure.innerHTML = `<svg aria-roledescription="error"><text>${String(e).replace(/</g, '&lt;')}</text></svg>`;
    }
    pre.replaceWith(figure);
  }
  // mermaid leaves its scratch element of a failed diagram in the body.
  document.querySelectorAll('body > [id^="ddiagram-"], body > [id^="diagram-"]').forEach((n) => n.remove());
}

const box = (el) => el.getBoundingClientRect();
const style = (el) => getComputedStyle(el);
/** The class names of the SVG groups around `el`, innermost first. */
const groupsOf = (el) => {
  const out = [];
  for (let p = el.parentElement; p && p.tagName !== 'svg'; p = p.parentElement)
    if (p.getAttribute('class')) out.push(p.getAttribute('class'));
  return out;
};

/** Every piece of text drawn under `root`: each text node, styled by its parent (SVG text by fill, HTML labels by color) as the page computes it. */
function textsIn(root, scale) {
  const texts = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const parent = n.parentElement;
    const words = (n.textContent ?? '').trim();
    if (words === '' || parent.closest('style')) continue;
    const s = style(parent);
    texts.push({ text: words, fill: parent instanceof SVGElement ? s.fill : s.color, px: parseFloat(s.fontSize) * scale });
  }
  return texts;
}

/** What one drawing shows. */
function readDiagram(fig) {
  const svg = fig.querySelector('svg');
  const vb = svg.viewBox?.baseVal;
  const width = box(svg).width;
  const scale = vb && vb.width > 0 ? width / vb.width : 1;
  const texts = textsIn(svg, scale);
  const shape = (el) => ({
    fill: style(el).fill,
    stroke: style(el).stroke,
    width: box(el).width,
    height: box(el).height,
    x: box(el).x,
    groups: groupsOf(el),
  });
  const bars = [...svg.querySelectorAll('g[class^="bar-plot-"] rect')].map(shape);
  const lines = [...svg.querySelectorAll('g[class^="line-plot-"] path')].map((p) => ({
    plot: p.parentElement.getAttribute('class') ?? '',
    stroke: style(p).stroke,
    points: (p.getAttribute('d') ?? '').match(/[ML]/g)?.length ?? 0,
  }));
  const nodes = [...svg.querySelectorAll('g.node')].map((n) => ({
    ...shape(n.querySelector('rect, polygon, path, circle')),
    groups: [n.getAttribute('class') ?? ''],
    label: (n.textContent ?? '').trim(),
    texts: textsIn(n, scale),
  }));
  const edgeLabels = [...svg.querySelectorAll('g.edgeLabel')].map((l) => (l.textContent ?? '').trim()).filter((l) => l !== '');
  return {
    kind: svg.getAttribute('aria-roledescription') ?? '',
    source: fig.dataset.source ?? '',
    width,
    height: box(svg).height,
    naturalWidth: vb?.width || width,
    texts,
    bars,
    lines,
    nodes,
    edgeLabels,
  };
}

/** Every drawing (each `<details>` opened first, as the reader who unfolds it: a folded one has no size), and the page's text outside them. */
function readBack() {
  const folded = [...document.querySelectorAll('.mermaid-figure')].map((f) => f.closest('details')?.open === false);
  openDetails();
  const diagrams = [...document.querySelectorAll('.mermaid-figure')].map((f, k) => ({ ...readDiagram(f), folded: folded[k] }));
  const prose = document.querySelector('.markdown-body').cloneNode(true);
  prose.querySelectorAll('.mermaid-figure').forEach((f) => f.remove());
  // Each table's drawn width: a table wider than the column runs past it (GitHub then scrolls it sideways).
  const tables = [...prose.ownerDocument.querySelectorAll('.markdown-body table')].map((t) => box(t).width);
  return { diagrams, text: prose.textContent ?? '', tables };
}

/** Opens every `<details>`, as a reader who unfolds them all. */
function openDetails() {
  document.querySelectorAll('details').forEach((d) => (d.open = true));
}

window.lockstepReport = { drawAll, readBack, openDetails };
