// Neutralises the copy guards of template sites: handlers that cancel selection, the context
// menu and Ctrl+C, copy listeners that replace the clipboard with "复制需要登录", and
// `user-select: none`. A capture listener on window runs before any listener the page puts on
// document or an element (and before <body oncopy>), so stopping the event there keeps the
// page's handlers from ever seeing it while the browser's own default action (select, copy,
// show the menu) still happens. Registered at document_start, it also precedes the page's own
// window listeners.

const STOPPED = ['copy', 'cut', 'beforecopy', 'selectstart', 'contextmenu', 'dragstart'] as const;
const CSS = 'html,body,body *{-webkit-user-select:text!important;user-select:text!important}';

function isCopyShortcut(e: KeyboardEvent): boolean {
  return (e.ctrlKey || e.metaKey) && !e.altKey && /^[acx]$/i.test(e.key);
}

/** Installs the neutraliser; returns a function that takes it all back. */
export function neutraliseCopyGuards(): () => void {
  const stop = (e: Event): void => e.stopImmediatePropagation();
  const stopKey = (e: KeyboardEvent): void => {
    if (isCopyShortcut(e)) e.stopImmediatePropagation();
  };
  for (const type of STOPPED) window.addEventListener(type, stop, true);
  window.addEventListener('keydown', stopKey, true);
  window.addEventListener('keyup', stopKey, true);
  const removeCss = addCss(CSS);
  return () => {
    for (const type of STOPPED) window.removeEventListener(type, stop, true);
    window.removeEventListener('keydown', stopKey, true);
    window.removeEventListener('keyup', stopKey, true);
    removeCss();
  };
}

/** An adopted style sheet adds no node to the page; where that is refused, a <style>. */
export function addCss(css: string): () => void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    return () => {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    };
  } catch {
    const style = document.createElement('style');
    style.textContent = css;
    (document.head ?? document.documentElement).append(style);
    return () => style.remove();
  }
}
