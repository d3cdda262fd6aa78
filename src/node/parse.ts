// Node's DOM: linkedom. The engine itself never imports it, so the extension ships without it.
import { parseHTML } from 'linkedom';

/** Parses an HTML string into a Document the engine can read. */
export function parseHtml(html: string): Document {
  // linkedom expects a full document; a fragment still gets <html><body>.
  const { document } = parseHTML(/<html[\s>]/i.test(html) ? html : `<!DOCTYPE html><html><head></head><body>${html}</body></html>`);
  return document as unknown as Document;
}
