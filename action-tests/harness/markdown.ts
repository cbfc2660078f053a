import MarkdownIt from 'markdown-it';

/** What a Markdown text renders as live markup (not text): the parts an injection would aim for. */
export interface LiveMarkdown {
  /** Every heading's text, in order. */
  headings: string[];
  /** Every link: its visible text and its target. */
  links: { text: string; href: string }[];
  /** Every image's source. */
  images: string[];
  /** Every piece of raw HTML, inline or block, as written. */
  html: string[];
  /** Every table: its rows' cell texts (header row first). */
  tables: string[][][];
  /** All text content, as a reader sees it (inline markup removed). */
  text: string;
}

// GitHub renders summaries and PR bodies as GFM: tables, raw HTML (sanitised) and bare URLs made links.
const md = new MarkdownIt({ html: true, linkify: true });

/**
 * Parses Markdown as GitHub would (CommonMark + GFM tables, raw HTML on,
 * bare URLs linked) and lists what is live markup, so a test can say that
 * untrusted text did not become any.
 */
export function liveMarkdown(markdown: string): LiveMarkdown {
  const out: LiveMarkdown = { headings: [], links: [], images: [], html: [], tables: [], text: '' };
  const tokens = md.parse(markdown, {});
  const texts: string[] = [];
  let table: string[][] | undefined;
  let row: string[] | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.type === 'heading_open') out.headings.push(tokens[i + 1].content);
    if (t.type === 'html_block') out.html.push(t.content);
    if (t.type === 'table_open') out.tables.push((table = []));
    if (t.type === 'tr_open') table?.push((row = []));
    if ((t.type === 'th_open' || t.type === 'td_open') && row) row.push(inlineText(tokens[i + 1]));
    if (t.type !== 'inline') continue;
    texts.push(inlineText(t));
    const children = t.children ?? [];
    for (let j = 0; j < children.length; j++) {
      const c = children[j];
      if (c.type === 'image') out.images.push(c.attrGet('src') ?? '');
      if (c.type === 'html_inline') out.html.push(c.content);
      if (c.type === 'link_open') {
        let text = '';
        for (let k = j + 1; k < children.length && children[k].type !== 'link_close'; k++) text += children[k].content;
        out.links.push({ text, href: c.attrGet('href') ?? '' });
      }
    }
  }
  out.text = texts.join('\n');
  return out;
}

function inlineText(t: { children: { type: string; content: string }[] | null; content: string }): string {
  if (!t.children) return t.content;
  return t.children.map((c) => (c.type === 'softbreak' || c.type === 'hardbreak' ? '\n' : c.content)).join('');
}
