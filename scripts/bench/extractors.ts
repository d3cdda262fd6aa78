// The three contenders, each from an HTML string (parse included), and a common way to
// turn Readability's / Defuddle's HTML output into paragraphs for scoring.
import { Readability } from '@mozilla/readability';
import { DefuddleClass } from 'defuddle/node';
import { parseHTML } from 'linkedom';
import { cleanHtml } from '../../src/index.js';

export interface Plain {
  title: string | null;
  /** HTML of the extracted content (null when the tool found none). */
  content: string | null;
}

export function readabilityAlone(html: string): Plain {
  const { document } = parseHTML(html);
  const r = new Readability(document as unknown as Document).parse();
  return { title: r?.title ?? null, content: r?.content ?? null };
}

/**
 * Defuddle on a linkedom DOM, the way defuddle/node's own linkedom path prepares it
 * (dist/utils/linkedom-compat.js): linkedom lacks document.styleSheets and getComputedStyle,
 * so those two are stubbed, and document.URL is set to the page's address. The synchronous
 * parse() is used: no Markdown conversion and no async fallbacks that could reach the network.
 */
export function defuddleLinkedom(html: string, url: string): Plain {
  const { document } = parseHTML(html);
  const doc = document as unknown as Document & { styleSheets: unknown; URL: string };
  const view = (document as unknown as { defaultView?: { getComputedStyle?: unknown } }).defaultView;
  if (!doc.styleSheets) (doc as { styleSheets: unknown }).styleSheets = [];
  if (view && !view.getComputedStyle) view.getComputedStyle = () => ({ display: '' });
  (doc as { URL: string }).URL = url;
  const r = new DefuddleClass(doc, { url }).parse();
  return { title: r.title || null, content: r.content || null };
}

export function qingwen(html: string, url: string) {
  return cleanHtml(html, url);
}

const BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, td, th, dd, dt, div, section, article, figcaption';

/**
 * Paragraphs of an HTML fragment: the text of each innermost block element (<p>, <div>,
 * <li>, headings …), split where two <br>s in a row separate paragraphs. Text sitting
 * directly in a container next to blocks counts as its own paragraph.
 */
export function paragraphsOf(content: string | null): string[] {
  if (!content) return [];
  const { document } = parseHTML(`<!DOCTYPE html><html><body><div id="qw-root">${content}</div></body></html>`);
  const root = document.getElementById('qw-root')!;
  for (const br of Array.from(root.querySelectorAll('br'))) br.replaceWith(document.createTextNode('\u0001'));
  const out: string[] = [];
  const push = (text: string) => {
    for (const part of text.split(/\s*\u0001\s*\u0001[\s\u0001]*/)) {
      const t = part.replace(/\u0001/g, '\n').replace(/[ \t\r\n\u00a0]+/g, (m) => (m.includes('\n') ? '\n' : ' ')).trim().replace(/^[\u3000 ]+/, '');
      if (t) out.push(t);
    }
  };
  const walk = (el: Element) => {
    const hasBlockChild = Array.from(el.children).some((c) => c.matches(BLOCKS) || c.querySelector(BLOCKS));
    if (!hasBlockChild) {
      push(el.textContent ?? '');
      return;
    }
    let loose = '';
    for (const n of Array.from(el.childNodes)) {
      if (n.nodeType === 1 && ((n as Element).matches(BLOCKS) || (n as Element).querySelector(BLOCKS))) {
        push(loose);
        loose = '';
        walk(n as Element);
      } else loose += n.textContent ?? '';
    }
    push(loose);
  };
  walk(root as unknown as Element);
  return out;
}
