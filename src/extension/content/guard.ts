// Neutralises the copy guards of template sites: handlers that cancel selection, the context
// menu and Ctrl+C, copy listeners that replace the clipboard with "复制需要登录", and
// `user-select: none`. A capture listener on window runs before any listener the page puts on
// document or an element (and before <body oncopy>), so stopping the event there keeps the
// page's handlers from ever seeing it while the browser's own default action (select, copy,
// show the menu) still happens. Registered at document_start, it also precedes the page's own
// window listeners.

const CSS = 'html,body,body *{-webkit-user-select:text!important;user-select:text!important}';

/** Stopped always: they only ever serve to block the user's own selecting and menu. */
const ALWAYS = ['selectstart', 'contextmenu'] as const;
/** Stopped unless the site's own control asked for them (see below). */
const COPY = ['copy', 'cut', 'beforecopy'] as const;
/** A copy this soon after a click on one of the site's controls is the site's own ("复制链接"). */
const SITE_COPY_MS = 1000;

function isCopyShortcut(e: KeyboardEvent): boolean {
  return (e.ctrlKey || e.metaKey) && !e.altKey && /^[acx]$/i.test(e.key);
}

/** A button, link or other control of the site: a copy it starts is a feature, not a guard. */
function isControl(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest('button, a[href], [role=button], input[type=button], input[type=submit], [onclick]') !== null;
}

/**
 * Installs the neutraliser; returns a function that takes it all back. What it leaves alone:
 * a copy started by a click on the site's own control (its "复制链接" button writing through a
 * copy handler), drags of the site's draggable items, and every key but Ctrl/⌘+A/C/X.
 */
export function neutraliseCopyGuards(): () => void {
  let siteCopyUntil = 0;
  const stop = (e: Event): void => {
    siteCopyUntil = 0; // a menu's Copy is the user's
    e.stopImmediatePropagation();
  };
  const onClick = (e: Event): void => {
    siteCopyUntil = e.isTrusted && isControl(e.target) ? Date.now() + SITE_COPY_MS : 0;
  };
  const onCopy = (e: Event): void => {
    if (Date.now() > siteCopyUntil) e.stopImmediatePropagation();
  };
  // Dragging a selection or an image out is the user's; an item the site made draggable is the site's feature.
  const onDrag = (e: Event): void => {
    if (!(e.target instanceof Element && e.target.closest('[draggable=true]'))) e.stopImmediatePropagation();
  };
  const onKey = (e: KeyboardEvent): void => {
    if (!isCopyShortcut(e)) return;
    siteCopyUntil = 0; // the user's own copy follows
    e.stopImmediatePropagation();
  };
  const listeners: [string, (e: Event) => void][] = [
    ...ALWAYS.map((t) => [t, stop] as [string, (e: Event) => void]),
    ...COPY.map((t) => [t, onCopy] as [string, (e: Event) => void]),
    ['click', onClick],
    ['dragstart', onDrag],
    ['keydown', onKey as (e: Event) => void],
    ['keyup', onKey as (e: Event) => void],
  ];
  for (const [type, f] of listeners) window.addEventListener(type, f, true);
  const removeCss = addCss(CSS);
  return () => {
    for (const [type, f] of listeners) window.removeEventListener(type, f, true);
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
