// The job summary's table lives with the other Markdown escaping (text/markdown.ts); re-exported for its callers.
export { markdownTable } from '../text/markdown.ts';
