/**
 * Renders a job summary (Markdown with the HTML @actions/core writes) for a
 * terminal: tags stripped, entities decoded, Markdown tables aligned.
 */

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** Decodes the HTML entities summaries use (`&lt;`, `&#124;`, `&#x27;`). */
export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** Turns the HTML parts of a summary into plain text lines (block tags become line breaks). */
function stripHtml(s: string): string {
  return s
    .replace(/<h([1-6])[^>]*>/gi, (_m, n: string) => `\n${'#'.repeat(Number(n))} `)
    .replace(/<\/h[1-6]>/gi, '\n')
    .replace(/<li[^>]*>/gi, '\n- ')
    .replace(/<\/(?:p|div|ul|ol|table|tr|details|pre|blockquote)>/gi, '\n')
    .replace(/<summary[^>]*>/gi, '\n▸ ')
    .replace(/<\/t[dh]>/gi, ' | ')
    .replace(/<hr\s*\/?>/gi, '\n────\n')
    .replace(/<[a-z/!][^>]*>/gi, '');
}

/** Inline Markdown a terminal cannot show: bold and code spans lose their markers. */
function inline(s: string): string {
  return s.replace(/\*\*(.+?)\*\*/g, '$1').replace(/`([^`]+)`/g, '$1');
}

/** Splits one Markdown table row into cells, honouring `\|` escapes. */
function splitRow(line: string): string[] {
  const body = line.trim().replace(/^\|/, '').replace(/\|$/, '');
  const cells: string[] = [];
  let cur = '';
  for (let i = 0; i < body.length; i++) {
    if (body[i] === '\\' && body[i + 1] === '|') {
      cur += '|';
      i++;
    } else if (body[i] === '|') {
      cells.push(cur);
      cur = '';
    } else cur += body[i];
  }
  cells.push(cur);
  return cells.map((c) => c.trim());
}

// Emoji below U+1F300 that terminals draw two columns wide (East Asian Width "W").
const WIDE_SYMBOLS = new Set([
  0x231a, 0x231b, 0x23e9, 0x23ea, 0x23eb, 0x23ec, 0x23f0, 0x23f3, 0x25fd, 0x25fe, 0x2614, 0x2615, 0x267f, 0x2693, 0x26a1, 0x26aa, 0x26ab,
  0x26bd, 0x26be, 0x26c4, 0x26c5, 0x26ce, 0x26d4, 0x26ea, 0x26f2, 0x26f3, 0x26f5, 0x26fa, 0x26fd, 0x2705, 0x270a, 0x270b, 0x2728, 0x274c,
  0x274e, 0x2753, 0x2754, 0x2755, 0x2757, 0x2795, 0x2796, 0x2797, 0x27b0, 0x27bf, 0x2b1b, 0x2b1c, 0x2b50, 0x2b55,
]);

/** Display width in a terminal: wide characters (CJK, emoji) take two columns, joiners none. */
export function displayWidth(s: string): number {
  let w = 0;
  let last = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (c === 0xfe0f) {
      // Emoji presentation selector: a narrow symbol before it (⚠️) is drawn wide.
      if (last === 1) w += 1;
      last = 0;
      continue;
    }
    if (c === 0x200d || (c >= 0xfe00 && c <= 0xfe0e) || (c >= 0x300 && c <= 0x36f) || (c >= 0x1f3fb && c <= 0x1f3ff)) continue;
    const wide =
      WIDE_SYMBOLS.has(c) ||
      (c >= 0x2648 && c <= 0x2653) ||
      (c >= 0x1100 && c <= 0x115f) ||
      (c >= 0x2e80 && c <= 0xa4cf) ||
      (c >= 0xac00 && c <= 0xd7a3) ||
      (c >= 0xf900 && c <= 0xfaff) ||
      (c >= 0xff00 && c <= 0xff60) ||
      (c >= 0x1f300 && c <= 0x1faff);
    last = wide ? 2 : 1;
    w += last;
  }
  return w;
}

function pad(s: string, width: number): string {
  return s + ' '.repeat(Math.max(0, width - displayWidth(s)));
}

/** Aligns a block of Markdown table lines (header, `---` separator, rows). */
function renderTable(lines: string[]): string[] {
  const rows = lines
    .filter((l, i) => !(i === 1 && /^\s*\|?\s*:?-{2,}/.test(l)))
    .map((l) =>
      splitRow(l).map((c) =>
        inline(
          decodeEntities(stripHtml(c))
            .replace(/\s*\n\s*/g, ' ')
            .trim(),
        ),
      ),
    );
  const cols = Math.max(...rows.map((r) => r.length));
  const widths = Array.from({ length: cols }, (_, c) => Math.max(...rows.map((r) => displayWidth(r[c] ?? ''))));
  const fmt = (r: string[]) =>
    widths
      .map((w, c) => pad(r[c] ?? '', w))
      .join(' │ ')
      .trimEnd();
  const [head, ...rest] = rows;
  return [fmt(head), widths.map((w) => '─'.repeat(w)).join('─┼─'), ...rest.map(fmt)];
}

/** HTML tables (as core.summary.addTable writes them) as Markdown table lines. */
function htmlTablesToMarkdown(s: string): string {
  return s.replace(/<table[^>]*>([\s\S]*?)<\/table>/gi, (_m, body: string) => {
    const rows = [...body.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/gi)].map((r) =>
      [...r[1].matchAll(/<t[dh][^>]*>([\s\S]*?)<\/t[dh]>/gi)].map((c) => c[1].replace(/\n/g, ' ').replace(/\|/g, '\\|').trim()),
    );
    if (rows.length === 0) return '';
    const lines = rows.map((r) => `| ${r.join(' | ')} |`);
    lines.splice(1, 0, `|${rows[0].map(() => ' --- |').join('')}`);
    return `\n${lines.join('\n')}\n`;
  });
}

/** The summary as terminal text. */
export function renderSummary(summary: string): string {
  // Inside table cells a <br> is a line break in the cell: keep the row on one line.
  const text = htmlTablesToMarkdown(summary.replace(/\r\n/g, '\n').replace(/<br\s*\/?>/gi, ' ⏎ '));
  const out: string[] = [];
  let table: string[] = [];
  let inFence = false;
  const flush = () => {
    if (table.length) out.push(...renderTable(table));
    table = [];
  };
  for (const raw of text.split('\n')) {
    if (/^\s*(```|~~~)/.test(raw)) {
      flush();
      inFence = !inFence;
      continue;
    }
    if (inFence) {
      out.push(`    ${raw}`);
      continue;
    }
    if (/^\s*\|.*\|\s*$/.test(raw)) {
      table.push(raw);
      continue;
    }
    flush();
    for (const line of decodeEntities(stripHtml(raw)).split('\n')) out.push(inline(line));
  }
  flush();
  // Collapse the blank lines that stripped tags leave behind.
  return out
    .map((l) => l.trimEnd())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
