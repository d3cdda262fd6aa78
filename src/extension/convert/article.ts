// An article with every text it shows converted (title, headings, paragraphs, list items, table
// cells, captions): what the panel shows after 简/繁 is also what its copy and download write.
// Addresses (the URL, page URLs, image sources) are left as they are.
import type { Article, ContentBlock } from '../../engine/types.js';

function block(b: ContentBlock, f: (s: string) => string): ContentBlock {
  switch (b.type) {
    case 'paragraph':
    case 'heading':
    case 'quote':
    case 'code':
      return { ...b, text: f(b.text) };
    case 'list':
      return { ...b, items: b.items.map(f) };
    case 'table':
      return { ...b, rows: b.rows.map((row) => row.map(f)) };
    case 'image':
      return { ...b, alt: f(b.alt) };
  }
}

export function convertArticle(a: Article, f: (s: string) => string): Article {
  return {
    ...a,
    title: f(a.title),
    byline: a.byline === null ? null : f(a.byline),
    pieces: a.pieces.map((p) => ({
      ...p,
      heading: p.heading === null ? null : f(p.heading),
      paragraphs: p.paragraphs.map(f),
      ...(p.blocks ? { blocks: p.blocks.map((b) => block(b, f)) } : {}),
    })),
  };
}
