// The pure engine: (Document, url) → Article. No browser globals, no network, no clock.
export type { Article, Piece, Removal, RemovalPlace, PageFailure, FetchPage, Progress, ExtractOptions } from './types.js';
export type { ContentBlock, ParagraphBlock, HeadingBlock, ListBlock, TableBlock, ImageBlock, QuoteBlock, CodeBlock } from './types.js';
export { cleanDocument, extractArticle, providePager, provideStructuredData } from './extract.js';
export { decodeHtml, sniffCharset } from './decode.js';
export { provideReadability } from './locate.js';
// Where each removal stood among the kept blocks, for a reader that shows and restores them.
export { placeRemovals } from './removed-places.js';
export { ArticleLoader, type LoaderOptions, type Snapshot } from './loader.js';
