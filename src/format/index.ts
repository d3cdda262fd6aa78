// Every way an Article is written out — Markdown, plain text, JSON, file names — shared by
// the CLI and the extension, so both produce the same bytes.
export type { FormatOptions } from './options.js';
export type { ArticleJson } from './json.js';
export type { FileNameOptions } from './filename.js';
export { toMarkdown, escapeMarkdown } from './markdown.js';
export { toText } from './text.js';
export { toHtml, escapeHtml } from './html.js';
export type { HtmlOptions } from './html.js';
export { articleJson, toJson } from './json.js';
export { fileName, safeFileName } from './filename.js';
export { countChars } from './count.js';
