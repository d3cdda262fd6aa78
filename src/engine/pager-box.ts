// A pager known by its shape, whatever its name: a box of nothing but page numbers, steps and a
// label. It travels with the generic reader (a site rule names its own pager), so the script every
// known-site page runs at start-up does not carry it.
import { isElement, tagOf, textOf } from './dom.js';

/** A pager's own label before its numbers (WordPress's wp_link_pages "分页阅读：", "Pages:"). */
const LABEL = '(?:分页(?:阅读|浏览)?|页码|阅读分页|pages?)\\s{0,2}[:：]';
const PAGER_LABEL = new RegExp(`^${LABEL}$`, 'i');
/** One entry of a pager: its label, a page number, a step (上一页, 下一页, »), an ellipsis. */
const PAGER_ENTRY = new RegExp(`^(?:${LABEL}|\\d{1,3}|\\[\\d{1,3}\\]|上一页|下一页|上页|下页|首页|尾页|末页|前一页|后一页|[«»‹›<>]{1,2}|…|\\.\\.\\.)$`, 'i');
const PAGER_STEP = /上一?页|下一?页|首页|尾页|末页|前一页|后一页/;

/**
 * A pager by its shape, whatever its name ("<div class=page><a>1</a><a>2</a><a>下一页</a></div>"):
 * nothing but entries, at least two of them and a step among them (a row of bare numbers may
 * be a table's). Its joined text ("12下一页") matches no pager line.
 */
export function isPagerBox(el: Element): boolean {
  if (tagOf(el) === 'BODY' || el.childElementCount < 2) return false;
  const entries: string[] = [];
  const read = (box: Element): boolean => {
    for (let n = box.firstChild; n; n = n.nextSibling) {
      if (n.nodeType === 3) {
        // Loose text between the links: separators, the label, the current page's number.
        for (const t of (n.nodeValue ?? '').split(/[\s|｜·-]+/)) {
          if (!t) continue;
          if (!PAGER_ENTRY.test(t)) return false;
          entries.push(t);
        }
      } else if (isElement(n)) {
        const t = textOf(n).trim();
        if (!t) continue;
        if (PAGER_ENTRY.test(t)) entries.push(t);
        else if (!/^(?:UL|OL|LI|SPAN|DIV|B|STRONG|FONT)$/.test(tagOf(n)) || !read(n)) return false;
      }
    }
    return true;
  };
  return read(el) && entries.length >= 2 && entries.some((t) => PAGER_STEP.test(t) || PAGER_LABEL.test(t));
}

