// Locate the body: the site rule's selector when it finds real text, else Mozilla
// Readability (on the working clone) as the reader fallback for any other page.
import { Readability } from '@mozilla/readability';
import type { SiteRule } from '../rules/define.js';
import { selectAll, textOf } from './dom.js';

/** A body shorter than this is not the article (an empty container of the template). */
const MIN_BODY_CHARS = 40;

export function locateByRule(doc: Document, rule: SiteRule | null): Element | null {
  if (!rule?.body) return null;
  let best: Element | null = null;
  let bestLen = MIN_BODY_CHARS - 1;
  for (const el of selectAll(doc, rule.body)) {
    const len = textOf(el).length;
    if (len > bestLen) {
      best = el;
      bestLen = len;
    }
  }
  return best;
}

/** Readability's pick of the article element, or null when it finds none. */
export function locateByReadability(doc: Document): Element | null {
  try {
    const reader = new Readability(doc, {
      charThreshold: 100,
      keepClasses: true,
      serializer: (el: Node) => el,
    } as unknown as ConstructorParameters<typeof Readability>[1]);
    const result = reader.parse() as unknown as { content?: Element } | null;
    const el = result?.content ?? null;
    return el && textOf(el).length >= MIN_BODY_CHARS ? el : null;
  } catch {
    return null;
  }
}

/** Last resort when Readability gives up (short pages): the page's main container or body. */
export function locateFallback(doc: Document): Element | null {
  for (const el of selectAll(doc, 'article, main, [role="main"], body')) {
    if (textOf(el).length >= MIN_BODY_CHARS) return el;
  }
  return null;
}
